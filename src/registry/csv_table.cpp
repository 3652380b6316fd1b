#include "registry/csv_table.hpp"

#include <csv.h>

#include <algorithm>
#include <memory>

#include "core/text.hpp"

namespace sunshine::registry {
namespace {

// libcsv skips blank lines; with CSV_REPALL_NL it reports every line end, so the collector
// counts lines itself and each row keeps the number Excel shows for it.
struct Collector {
  CsvTable table;
  std::vector<std::string> current;
  int line = 0;           // lines completed so far
  int embedded = 0;       // line breaks inside quoted fields of the current record
  bool last_cr = false;   // the previous line end was CR: a following LF is the same end
  bool header_done = false;
};

void OnField(void* data, std::size_t size, void* target) {
  auto* c = static_cast<Collector*>(target);
  c->current.emplace_back(static_cast<const char*>(data), size);
  for (char ch : c->current.back()) c->embedded += ch == '\n';
}

void OnRowEnd(int end, void* target) {
  auto* c = static_cast<Collector*>(target);
  const bool same_end = end == '\n' && c->last_cr;
  c->last_cr = end == '\r';
  auto cells = std::move(c->current);
  c->current.clear();
  if (same_end && cells.empty()) return;
  const int first_line = c->line + 1;
  c->line += 1 + c->embedded;
  c->embedded = 0;
  const bool blank = std::all_of(cells.begin(), cells.end(), [](const std::string& s) { return s.empty(); });
  if (blank) return;
  if (!c->header_done) {
    c->table.header = std::move(cells);
    c->header_done = true;
  } else {
    c->table.rows.push_back({first_line, std::move(cells)});
  }
}

std::string Trim(std::string s) {
  const auto begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  const auto end = s.find_last_not_of(" \t");
  return s.substr(begin, end - begin + 1);
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

struct CsvReader::State {
  std::string_view text;  // after the byte-order mark
  std::size_t offset = 0;  // how much of it libcsv has been given
  bool finished = false;   // csv_fini called
  csv_parser parser{};
  Collector collector;
  std::size_t taken = 0;   // rows of collector.table.rows handed out already
  State() { csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL); }
  ~State() { csv_free(&parser); }
  State(const State&) = delete;
  State& operator=(const State&) = delete;
};

CsvReader::CsvReader(std::unique_ptr<State> state) : state_(std::move(state)) {}
CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

core::Result<CsvReader> CsvReader::Open(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  // Strict UTF-8: a GBK file saved by an old Excel is refused with a clear message instead
  // of importing mojibake.
  if (!core::IsUtf8(text)) {
    return core::Error::Invalid("csv_not_utf8", "文件不是 UTF-8 编码：请在 Excel 中另存为「CSV UTF-8（逗号分隔）」后重试");
  }
  auto state = std::make_unique<State>();
  state->text = text;
  CsvReader reader(std::move(state));
  // Up to the header (and perhaps a few rows, kept for the first Next).
  while (!reader.state_->collector.header_done && !reader.state_->finished) {
    if (auto fed = reader.Feed(1); !fed) return fed.error();
  }
  if (!reader.state_->collector.header_done) return core::Error::Invalid("csv_empty", "文件为空：第一行应为列名");
  return reader;
}

const std::vector<std::string>& CsvReader::header() const { return state_->collector.table.header; }

// Gives libcsv slices of the text until `until_rows` rows wait beyond those handed out, or the
// text ends.
core::Status CsvReader::Feed(std::size_t until_rows) {
  State& s = *state_;
  constexpr std::size_t kSlice = 64 * 1024;
  while (!s.finished && s.collector.table.rows.size() - s.taken < until_rows) {
    const std::size_t size = std::min(kSlice, s.text.size() - s.offset);
    if (size > 0) {
      const std::size_t parsed =
          csv_parse(&s.parser, s.text.data() + s.offset, size, OnField, OnRowEnd, &s.collector);
      s.offset += parsed;
      if (parsed != size) break;
    }
    if (s.offset == s.text.size()) {
      s.finished = true;
      if (csv_fini(&s.parser, OnField, OnRowEnd, &s.collector) != 0) break;
    }
  }
  if (csv_error(&s.parser) != CSV_SUCCESS) {
    return core::Error::Invalid("csv_malformed",
                                "CSV 格式错误（第 " + std::to_string(s.collector.line + 1) +
                                    " 行附近）：" + csv_strerror(csv_error(&s.parser)) + "；请检查引号是否成对",
                                {{"file", "malformed", s.collector.line + 1, ""}});
  }
  return core::Ok{};
}

core::Result<bool> CsvReader::Next(std::size_t max_rows, std::vector<CsvTable::Row>& rows) {
  rows.clear();
  if (auto fed = Feed(max_rows); !fed) return fed.error();
  State& s = *state_;
  auto& pending = s.collector.table.rows;
  const std::size_t n = std::min(max_rows, pending.size() - s.taken);
  for (std::size_t i = 0; i < n; ++i) rows.push_back(std::move(pending[s.taken + i]));
  s.taken += n;
  // Drop what was handed out, so the collector holds one chunk at most.
  if (s.taken == pending.size()) {
    pending.clear();
    s.taken = 0;
  }
  return !rows.empty();
}

core::Result<CsvTable> ParseCsv(std::string_view text) {
  auto reader = CsvReader::Open(text);
  if (!reader) return reader.error();
  CsvTable table{reader->header(), {}};
  std::vector<CsvTable::Row> chunk;
  for (;;) {
    auto more = reader->Next(4096, chunk);
    if (!more) return more.error();
    if (!*more) break;
    for (auto& row : chunk) table.rows.push_back(std::move(row));
  }
  return table;
}

core::Result<std::vector<std::string>> MapHeader(const std::vector<std::string>& header,
                                                 const std::vector<CsvColumn>& columns) {
  std::vector<std::string> fields;
  std::vector<core::FieldError> errors;
  for (const auto& raw : header) {
    const std::string name = Lower(Trim(raw));
    std::string field;
    for (const auto& column : columns) {
      for (const auto& known : column.headers) {
        if (Lower(known) == name) field = column.field;
      }
    }
    if (field.empty())
      errors.push_back({raw, "unknown_column", 1, raw});
    else if (std::find(fields.begin(), fields.end(), field) != fields.end())
      errors.push_back({field, "duplicate_column", 1, raw});
    fields.push_back(field);
  }
  for (const auto& column : columns) {
    if (column.required && std::find(fields.begin(), fields.end(), column.field) == fields.end()) {
      errors.push_back({column.field, "missing_column", 1, column.headers.size() > 1 ? column.headers[1] : column.field});
    }
  }
  if (!errors.empty()) {
    return core::Error::Invalid("import_rejected", "列名有误：请使用文档中的中文或英文列名", std::move(errors));
  }
  return fields;
}

}  // namespace sunshine::registry
