#pragma once
// Bulk import from CSV (R-P3), the same for the API (`POST /api/v1/imports/{kind}`) and the CLI
// (`sunshine import`): the header names the columns (English field names or the Chinese
// headers in docs/imports.md), each row becomes the kind's input, and the kind's service
// checks every row and stores all or nothing. Choice columns (types, groups, statuses,
// industries, sizes) accept the id or the Chinese name.
#include <functional>
#include <string>
#include <string_view>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "registry/csv_table.hpp"
#include "registry/institution_service.hpp"
#include "registry/organisation_service.hpp"
#include "registry/trainee_service.hpp"

namespace sunshine::registry {

// "trainees", "institutions", "enterprises".
const std::vector<std::string>& ImportKinds();
// The columns of one kind, for the parser and for the documentation.
const std::vector<CsvColumn>& ImportColumns(std::string_view kind);

// Told after each chunk of rows: the stage ("check": every cell read and checked; "store": the
// service walking the rows, once or more) and how many rows the chunk held. For progress lines.
using ImportProgress = std::function<void(std::string_view stage, std::int64_t rows)>;

class CsvImporter {
 public:
  CsvImporter(TraineeService& trainees, InstitutionService& institutions, OrganisationService& organisations)
      : trainees_(trainees), institutions_(institutions), organisations_(organisations) {}
  // The number of records stored, or the refusal with every bad cell (nothing stored).
  core::Result<std::int64_t> Import(std::string_view kind, const core::Actor& actor, std::string_view csv_text,
                                    const ImportProgress& progress = nullptr);

 private:
  TraineeService& trainees_;
  InstitutionService& institutions_;
  OrganisationService& organisations_;
};

}  // namespace sunshine::registry
