#include "registry/csv_import.hpp"

#include <map>
#include <stdexcept>

#include "core/text.hpp"
#include "registry/organisation_rules.hpp"
#include "registry/trainee_rules.hpp"

namespace sunshine::registry {
namespace {

// A choice given by id or by its Chinese name; anything else is kept as typed, so the
// service's check refuses it as "unknown" with the row and column.
std::string ChoiceId(const Choices& choices, const std::string& value) {
  for (const auto& [id, name] : choices) {
    if (value == name) return id;
  }
  return value;
}

// "退役军人；残疾人", "veteran,disabled", "退役军人、disabled": any of ; ； 、 , ， | separates.
std::vector<std::string> SplitList(const std::string& text, const Choices& choices) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    const auto begin = current.find_first_not_of(' ');
    if (begin != std::string::npos) {
      out.push_back(ChoiceId(choices, current.substr(begin, current.find_last_not_of(' ') - begin + 1)));
    }
    current.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    static const std::string_view kSeparators[] = {";", ",", "|", "；", "，", "、"};
    bool separator = false;
    for (auto sep : kSeparators) {
      if (std::string_view(text).substr(i, sep.size()) == sep) {
        flush();
        i += sep.size();
        separator = true;
        break;
      }
    }
    if (!separator) current += text[i++];
  }
  flush();
  return out;
}

struct Cells {
  const std::vector<std::string>& fields;
  const CsvTable::Row& row;
  std::string Get(const std::string& field) const {
    for (std::size_t i = 0; i < fields.size() && i < row.cells.size(); ++i) {
      if (fields[i] == field) {
        const auto& v = row.cells[i];
        const auto begin = v.find_first_not_of(" \t");
        return begin == std::string::npos ? "" : v.substr(begin, v.find_last_not_of(" \t") - begin + 1);
      }
    }
    return "";
  }
  std::optional<std::string> Optional(const std::string& field) const {
    auto value = Get(field);
    if (value.empty()) return std::nullopt;
    return value;
  }
};

// The shape and text policy of one row's cells: the errors, none when the row is well formed.
void CheckCells(const CsvTable::Row& row, const std::vector<std::string>& fields,
                const std::vector<std::string>& header, std::vector<core::FieldError>& errors) {
  if (row.cells.size() != fields.size()) {
    errors.push_back(
        {"row", "column_count", row.line, std::to_string(row.cells.size()) + " / " + std::to_string(fields.size())});
    return;
  }
  // The text policy every JSON body passes, cell by cell (a CRLF inside a quoted cell is
  // a line feed, as a text box would send it).
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string& cell = row.cells[i];
    // Copied only in the rare cell that holds a carriage return (hot path: every cell).
    std::string unix_lines;
    if (cell.find('\r') != std::string::npos) {
      for (std::size_t k = 0; k < cell.size(); ++k) {
        if (!(cell[k] == '\r' && k + 1 < cell.size() && cell[k + 1] == '\n')) unix_lines += cell[k];
      }
    }
    const auto reason =
        core::RefuseText(unix_lines.empty() ? std::string_view(cell) : unix_lines, core::TextLimitFor(fields[i]));
    if (!reason.empty()) errors.push_back({fields[i], std::string(reason), row.line, header[i]});
  }
}

constexpr std::size_t kChunkRows = 2000;

// Walks a CSV text chunk by chunk from its first data row; `visit` gets each chunk's rows.
template <class Visit>
core::Status EachChunk(std::string_view text, Visit visit) {
  auto reader = CsvReader::Open(text);
  if (!reader) return reader.error();
  std::vector<CsvTable::Row> rows;
  for (;;) {
    auto more = reader->Next(kChunkRows, rows);
    if (!more) return more.error();
    if (!*more) return core::Ok{};
    visit(rows);
  }
}

// An import of one kind: first every cell's shape and text (nothing converted while any is
// refused), then the kind's service walks the converted rows chunk by chunk, as often as it
// needs. The file is parsed again on each walk; only one chunk of it is held at once.
template <class Input, class Convert, class Store>
core::Result<std::int64_t> ImportAs(std::string_view text, const std::vector<std::string>& header,
                                    const std::vector<std::string>& fields, Convert convert, Store store,
                                    const ImportProgress& progress) {
  const auto told = [&](std::string_view stage, std::size_t rows) {
    if (progress) progress(stage, static_cast<std::int64_t>(rows));
  };
  std::vector<core::FieldError> errors, row_errors;
  std::int64_t total_errors = 0, bad_rows = 0;
  auto checked = EachChunk(text, [&](const std::vector<CsvTable::Row>& rows) {
    for (const auto& row : rows) {
      row_errors.clear();
      CheckCells(row, fields, header, row_errors);
      if (row_errors.empty()) continue;
      ++bad_rows;
      total_errors += static_cast<std::int64_t>(row_errors.size());
      // The report stops growing; every error is still counted and the refusal stands.
      for (auto& e : row_errors) {
        if (errors.size() < kMaxReportedErrors) errors.push_back(std::move(e));
      }
    }
    told("check", rows.size());
  });
  if (!checked) return checked.error();
  if (!errors.empty()) return ImportRejected(std::move(errors), total_errors, bad_rows);
  auto names = std::make_shared<std::map<std::string, std::string>>();
  for (std::size_t i = 0; i < fields.size(); ++i) (*names)[fields[i]] = header[i];
  const ImportColumnNames columns = names;
  const ImportChunks<Input> chunks = [&](const std::function<void(const std::vector<ImportRow<Input>>&)>& visit) {
    std::vector<ImportRow<Input>> converted;
    auto walked = EachChunk(text, [&](const std::vector<CsvTable::Row>& rows) {
      converted.clear();
      for (const auto& row : rows) converted.push_back({row.line, columns, convert(Cells{fields, row})});
      visit(converted);
      told("store", rows.size());
    });
    // The text was read whole once already; it cannot fail the second time.
    if (!walked) throw std::logic_error("import file changed between walks: " + walked.error().message);
  };
  return store(chunks);
}

TraineeInput TraineeOf(const Cells& c) {
  return {c.Get("name"),
          c.Get("id_number"),
          c.Get("phone"),
          c.Get("household_region_code"),
          c.Get("residence_region_code"),
          SplitList(c.Get("groups"), TraineeGroups()),
          ChoiceId(EmploymentStatuses(), c.Get("employment_status"))};
}

InstitutionInput InstitutionOf(const Cells& c) {
  return {c.Get("name"), c.Get("credit_code"), ChoiceId(InstitutionTypes(), c.Get("type")), c.Get("region_code"),
          std::nullopt};
}

OrganisationInput EnterpriseOf(const Cells& c) {
  const auto& kind = KindOf("enterprise");
  auto industry = c.Optional("industry");
  auto size = c.Optional("size");
  return {c.Get("name"),
          c.Get("credit_code"),
          ChoiceId(kind.types, c.Get("type")),
          c.Get("region_code"),
          industry ? std::optional(ChoiceId(Industries(), *industry)) : std::nullopt,
          size ? std::optional(ChoiceId(EnterpriseSizes(), *size)) : std::nullopt,
          std::nullopt};
}
}  // namespace

const std::vector<std::string>& ImportKinds() {
  static const std::vector<std::string> kinds = {"trainees", "institutions", "enterprises"};
  return kinds;
}

const std::vector<CsvColumn>& ImportColumns(std::string_view kind) {
  static const std::vector<CsvColumn> trainees = {
      {"name", {"name", "姓名"}},
      {"id_number", {"id_number", "身份证号", "公民身份号码", "身份证号码"}},
      {"phone", {"phone", "手机号", "手机号码", "联系电话"}},
      {"household_region_code", {"household_region_code", "户籍地区划代码", "户籍地"}},
      {"residence_region_code", {"residence_region_code", "常住地区划代码", "常住地"}},
      {"groups", {"groups", "重点群体", "人员类别"}, false},
      {"employment_status", {"employment_status", "就业状态"}},
  };
  static const std::vector<CsvColumn> institutions = {
      {"name", {"name", "机构名称", "名称"}},
      {"credit_code", {"credit_code", "统一社会信用代码", "信用代码"}},
      {"type", {"type", "机构类型", "类型"}},
      {"region_code", {"region_code", "所在区县代码", "区划代码"}},
  };
  static const std::vector<CsvColumn> enterprises = {
      {"name", {"name", "企业名称", "名称"}},         {"credit_code", {"credit_code", "统一社会信用代码", "信用代码"}},
      {"type", {"type", "企业类型", "类型"}},         {"region_code", {"region_code", "所在区县代码", "区划代码"}},
      {"industry", {"industry", "行业门类", "行业"}}, {"size", {"size", "企业规模", "规模"}},
  };
  if (kind == "trainees") return trainees;
  if (kind == "institutions") return institutions;
  return enterprises;
}

core::Result<std::int64_t> CsvImporter::Import(std::string_view kind, const core::Actor& actor,
                                               std::string_view csv_text, const ImportProgress& progress) {
  auto reader = CsvReader::Open(csv_text);
  if (!reader) return reader.error();
  const std::vector<std::string> header = reader->header();
  auto fields = MapHeader(header, ImportColumns(kind));
  if (!fields) return fields.error();
  if (kind == "trainees") {
    return ImportAs<TraineeInput>(
        csv_text, header, *fields, TraineeOf, [&](const auto& chunks) { return trainees_.Import(actor, chunks); },
        progress);
  }
  if (kind == "institutions") {
    return ImportAs<InstitutionInput>(
        csv_text, header, *fields, InstitutionOf,
        [&](const auto& chunks) { return institutions_.Import(actor, chunks); }, progress);
  }
  return ImportAs<OrganisationInput>(
      csv_text, header, *fields, EnterpriseOf,
      [&](const auto& chunks) { return organisations_.Import(KindOf("enterprise"), actor, chunks); }, progress);
}

}  // namespace sunshine::registry
