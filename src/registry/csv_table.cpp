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

core::Result<CsvTable> ParseCsv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  // Strict UTF-8: a GBK file saved by an old Excel is refused with a clear message instead
  // of importing mojibake.
  if (!core::IsUtf8(text)) {
    return core::Error::Invalid("csv_not_utf8", "文件不是 UTF-8 编码：请在 Excel 中另存为「CSV UTF-8（逗号分隔）」后重试");
  }
  csv_parser parser;
  csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
  std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
  Collector collector;
  const std::size_t parsed = csv_parse(&parser, text.data(), text.size(), OnField, OnRowEnd, &collector);
  const bool failed = parsed != text.size() || csv_fini(&parser, OnField, OnRowEnd, &collector) != 0;
  if (failed) {
    return core::Error::Invalid("csv_malformed",
                                "CSV 格式错误（第 " + std::to_string(collector.line + 1) +
                                    " 行附近）：" + csv_strerror(csv_error(&parser)) + "；请检查引号是否成对",
                                {{"file", "malformed", collector.line + 1, ""}});
  }
  if (!collector.header_done) return core::Error::Invalid("csv_empty", "文件为空：第一行应为列名");
  return std::move(collector.table);
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
