#include "registry/csv_import.hpp"

#include <map>
#include <stdexcept>

#include "core/text.hpp"
#include "reports/xlsx_read.hpp"
#include "registry/organisation_rules.hpp"
#include "registry/trainee_rules.hpp"

namespace sunshine::registry {

std::string ImportChoice(const std::vector<std::pair<std::string, std::string>>& choices, const std::string& value) {
  for (const auto& [id, name] : choices) {
    if (value == name) return id;
  }
  return value;
}

namespace {


// "退役军人；残疾人", "veteran,disabled", "退役军人、disabled": any of ; ； 、 , ， | separates.
std::vector<std::string> SplitList(const std::string& text, const Choices& choices) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    const auto begin = current.find_first_not_of(' ');
    if (begin != std::string::npos) {
      out.push_back(ImportChoice(choices, current.substr(begin, current.find_last_not_of(' ') - begin + 1)));
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

}  // namespace

// The shape and text policy of one row's cells: the errors, none when the row is well formed.
void detail::CheckCells(const CsvTable::Row& row, const std::vector<std::string>& fields,
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

namespace {
constexpr std::size_t kChunkRows = 2000;
}  // namespace

// Walks a CSV text chunk by chunk from its first data row; `visit` gets each chunk's rows.
core::Status detail::EachCsvChunk(std::string_view text,
                                  const std::function<void(const std::vector<CsvTable::Row>&)>& visit) {
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

std::string ImportCells::Get(const std::string& field) const {
  for (std::size_t i = 0; i < fields.size() && i < row.cells.size(); ++i) {
    if (fields[i] == field) {
      const auto& v = row.cells[i];
      const auto begin = v.find_first_not_of(" \t");
      return begin == std::string::npos ? "" : v.substr(begin, v.find_last_not_of(" \t") - begin + 1);
    }
  }
  return "";
}

std::optional<std::string> ImportCells::Optional(const std::string& field) const {
  auto value = Get(field);
  if (value.empty()) return std::nullopt;
  return value;
}

namespace {
TraineeInput TraineeOf(const ImportCells& c) {
  return {c.Get("name"),
          c.Get("id_number"),
          c.Get("phone"),
          c.Get("household_region_code"),
          c.Get("residence_region_code"),
          SplitList(c.Get("groups"), TraineeGroups()),
          ImportChoice(EmploymentStatuses(), c.Get("employment_status"))};
}

InstitutionInput InstitutionOf(const ImportCells& c) {
  return {c.Get("name"), c.Get("credit_code"), ImportChoice(InstitutionTypes(), c.Get("type")), c.Get("region_code"),
          std::nullopt};
}

OrganisationInput EnterpriseOf(const ImportCells& c) {
  const auto& kind = KindOf("enterprise");
  auto industry = c.Optional("industry");
  auto size = c.Optional("size");
  return {c.Get("name"),
          c.Get("credit_code"),
          ImportChoice(kind.types, c.Get("type")),
          c.Get("region_code"),
          industry ? std::optional(ImportChoice(Industries(), *industry)) : std::nullopt,
          size ? std::optional(ImportChoice(EnterpriseSizes(), *size)) : std::nullopt,
          std::nullopt};
}

const std::vector<CsvColumn> kTraineeColumns = {
    {"name", {"name", "姓名"}},
    {"id_number", {"id_number", "身份证号", "公民身份号码", "身份证号码"}},
    {"phone", {"phone", "手机号", "手机号码", "联系电话"}},
    {"household_region_code", {"household_region_code", "户籍地区划代码", "户籍地"}},
    {"residence_region_code", {"residence_region_code", "常住地区划代码", "常住地"}},
    {"groups", {"groups", "重点群体", "人员类别"}, false},
    {"employment_status", {"employment_status", "就业状态"}},
};
const std::vector<CsvColumn> kInstitutionColumns = {
    {"name", {"name", "机构名称", "名称"}},
    {"credit_code", {"credit_code", "统一社会信用代码", "信用代码"}},
    {"type", {"type", "机构类型", "类型"}},
    {"region_code", {"region_code", "所在区县代码", "区划代码"}},
};
const std::vector<CsvColumn> kEnterpriseColumns = {
    {"name", {"name", "企业名称", "名称"}},         {"credit_code", {"credit_code", "统一社会信用代码", "信用代码"}},
    {"type", {"type", "企业类型", "类型"}},         {"region_code", {"region_code", "所在区县代码", "区划代码"}},
    {"industry", {"industry", "行业门类", "行业"}}, {"size", {"size", "企业规模", "规模"}},
};
}  // namespace

CsvImporter::CsvImporter(TraineeService& trainees, InstitutionService& institutions,
                         OrganisationService& organisations) {
  Add({"trainees", "registry:trainee:create", kTraineeColumns,
       [&trainees](const core::Actor& actor, std::string_view text, const ImportProgress& progress) {
         return ImportCsv<TraineeInput>(
             text, kTraineeColumns, TraineeOf, [&](const auto& chunks) { return trainees.Import(actor, chunks); },
             progress);
       }});
  Add({"institutions", "registry:institution:create", kInstitutionColumns,
       [&institutions](const core::Actor& actor, std::string_view text, const ImportProgress& progress) {
         return ImportCsv<InstitutionInput>(
             text, kInstitutionColumns, InstitutionOf,
             [&](const auto& chunks) { return institutions.Import(actor, chunks); }, progress);
       }});
  Add({"enterprises", "registry:enterprise:create", kEnterpriseColumns,
       [&organisations](const core::Actor& actor, std::string_view text, const ImportProgress& progress) {
         return ImportCsv<OrganisationInput>(
             text, kEnterpriseColumns, EnterpriseOf,
             [&](const auto& chunks) { return organisations.Import(KindOf("enterprise"), actor, chunks); }, progress);
       }});
}

const ImportKind* CsvImporter::Find(std::string_view kind) const {
  for (const auto& k : kinds_) {
    if (k.kind == kind) return &k;
  }
  return nullptr;
}

core::Result<std::int64_t> CsvImporter::Import(std::string_view kind, const core::Actor& actor, std::string_view file,
                                               Format format, const ImportProgress& progress) const {
  const ImportKind* found = Find(kind);
  if (!found) return core::Error::Invalid("unknown_import_kind", "不支持的导入类型", {{"kind", "unknown"}});
  if (format == Format::kXlsx) {
    auto csv = reports::XlsxToCsv(file);
    if (!csv) return csv.error();
    return found->handler(actor, *csv, progress);
  }
  return found->handler(actor, file, progress);
}

}  // namespace sunshine::registry
