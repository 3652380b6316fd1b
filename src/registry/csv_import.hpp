#pragma once
// Bulk import from CSV or Excel (R-P3), the same for the API (`POST /api/v1/imports/{kind}`) and
// the CLI (`sunshine import`): the header names the columns (English field names or the Chinese
// headers in docs/imports.md), each row becomes the kind's input, and the kind's service
// checks every row and stores all or nothing. Choice columns (types, groups, statuses,
// industries, sizes) accept the id or the Chinese name.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "registry/bulk_import.hpp"
#include "registry/csv_table.hpp"
#include "registry/institution_service.hpp"
#include "registry/organisation_service.hpp"
#include "registry/trainee_service.hpp"

namespace sunshine::registry {

// Told after each chunk of rows: the stage ("check": every cell read and checked; "store": the
// service walking the rows, once or more) and how many rows the chunk held. For progress lines.
using ImportProgress = std::function<void(std::string_view stage, std::int64_t rows)>;

// One row's cells by field name, trimmed.
struct ImportCells {
  const std::vector<std::string>& fields;
  const CsvTable::Row& row;
  std::string Get(const std::string& field) const;
  std::optional<std::string> Optional(const std::string& field) const;
};

// A kind of import: its columns, the permission that may run it (the right to register one of
// it), and what stores a file of it (all rows or none).
struct ImportKind {
  using Handler = std::function<core::Result<std::int64_t>(const core::Actor&, std::string_view csv_text,
                                                           const ImportProgress&)>;
  std::string kind;        // "trainees", "institutions", "enterprises", "history"
  std::string permission;  // e.g. "registry:trainee:create"
  std::vector<CsvColumn> columns;
  Handler handler;
};

// A choice given by id or by its Chinese name (e.g. "apprenticeship" or "企业新型学徒制培训"):
// the id; anything else is kept as typed, so the kind's check refuses it as "unknown" with
// the row and column.
std::string ImportChoice(const std::vector<std::pair<std::string, std::string>>& choices, const std::string& value);

namespace detail {
core::Status EachCsvChunk(std::string_view text,
                          const std::function<void(const std::vector<CsvTable::Row>&)>& visit);
void CheckCells(const CsvTable::Row& row, const std::vector<std::string>& fields,
                const std::vector<std::string>& header, std::vector<core::FieldError>& errors);
}  // namespace detail

// An import of one kind: first every cell's shape and text (nothing converted while any is
// refused), then the kind's service walks the converted rows chunk by chunk, as often as it
// needs. The file is parsed again on each walk; only one chunk of it is held at once.
// `convert(ImportCells)` makes one row's input; `store(ImportChunks<Input>)` checks and stores.
template <class Input, class Convert, class Store>
core::Result<std::int64_t> ImportCsv(std::string_view text, const std::vector<CsvColumn>& columns, Convert convert,
                                     Store store, const ImportProgress& progress) {
  auto reader = CsvReader::Open(text);
  if (!reader) return reader.error();
  const std::vector<std::string> header = reader->header();
  auto mapped = MapHeader(header, columns);
  if (!mapped) return mapped.error();
  const std::vector<std::string>& fields = *mapped;
  const auto told = [&](std::string_view stage, std::size_t rows) {
    if (progress) progress(stage, static_cast<std::int64_t>(rows));
  };
  std::vector<core::FieldError> errors, row_errors;
  std::int64_t total_errors = 0, bad_rows = 0;
  auto checked = detail::EachCsvChunk(text, [&](const std::vector<CsvTable::Row>& rows) {
    for (const auto& row : rows) {
      row_errors.clear();
      detail::CheckCells(row, fields, header, row_errors);
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
  const ImportColumnNames column_names = names;
  const ImportChunks<Input> chunks = [&](const std::function<void(const std::vector<ImportRow<Input>>&)>& visit) {
    std::vector<ImportRow<Input>> converted;
    auto walked = detail::EachCsvChunk(text, [&](const std::vector<CsvTable::Row>& rows) {
      converted.clear();
      for (const auto& row : rows) converted.push_back({row.line, column_names, convert(ImportCells{fields, row})});
      visit(converted);
      told("store", rows.size());
    });
    // The text was read whole once already; it cannot fail the second time.
    if (!walked) throw std::logic_error("import file changed between walks: " + walked.error().message);
  };
  return store(chunks);
}

// The importer of every kind, for the API (`POST /api/v1/imports/{kind}`) and the CLI. A file
// may be CSV (UTF-8) or an Excel workbook (.xlsx: its first sheet is read as CSV).
class CsvImporter {
 public:
  CsvImporter(TraineeService& trainees, InstitutionService& institutions, OrganisationService& organisations);
  // Another capability's kind (e.g. the subsidy history).
  void Add(ImportKind kind) { kinds_.push_back(std::move(kind)); }
  const std::vector<ImportKind>& kinds() const { return kinds_; }
  const ImportKind* Find(std::string_view kind) const;

  // What a file is, as its sender declared it (the API's Content-Type; the CLI looks at the
  // file's first bytes and converts a workbook itself, to count its rows for the progress line).
  enum class Format { kCsv, kXlsx };

  // The number of records stored, or the refusal with every bad cell (nothing stored). A file
  // declared a workbook that is not one is xlsx_unreadable; a workbook declared CSV is read as
  // the CSV it claims to be, and refused as such (csv_not_utf8 or csv_malformed).
  core::Result<std::int64_t> Import(std::string_view kind, const core::Actor& actor, std::string_view file,
                                    Format format, const ImportProgress& progress = nullptr) const;

 private:
  std::vector<ImportKind> kinds_;
};

}  // namespace sunshine::registry
