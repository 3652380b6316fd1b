#pragma once
// The training project catalogue (R-C2), pure rules. A project names what is trained (an
// occupation at a level, or a special ability) and how (training type); its standard - hours,
// subsidy in fen, validity, region limits - lives in versions. A change of standard is a new
// version from a date on: history is never rewritten, so a class filed under the old standard
// keeps it ("standard in force for project P on date D").
#include <boost/describe.hpp>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "registry/occupation_rules.hpp"

namespace sunshine::registry {

// Training types of R-W2 (the notice's 二(二)).
const std::vector<std::pair<std::string, std::string>>& TrainingTypes();  // id, zh-CN name
bool IsTrainingType(std::string_view id);

struct ProjectVersion {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  int standard_hours = 0;
  std::int64_t subsidy_fen = 0;
  std::string valid_from;                 // "YYYY-MM-DD", inclusive
  std::optional<std::string> valid_to;    // inclusive; none = until further notice
  std::vector<std::string> region_codes;  // empty = the whole province
  std::int64_t created_at = 0;
  std::string created_by;
};

struct Project {
  std::int64_t id = 0;
  std::string name;
  std::int64_t occupation_id = 0;
  std::optional<int> level;  // none for a special ability
  std::string training_type;
  std::int64_t created_at = 0;
  std::vector<ProjectVersion> versions;  // ascending valid_from
};

struct StandardInput {
  int standard_hours = 0;
  std::int64_t subsidy_fen = 0;
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::optional<std::vector<std::string>> region_codes;
  static constexpr std::array<std::string_view, 2> kNullable{"valid_to", "region_codes"};
};
BOOST_DESCRIBE_STRUCT(StandardInput, (), (standard_hours, subsidy_fen, valid_from, valid_to, region_codes))

// PATCH: only the name. Occupation, level and type define what was subsidised under the
// project, and standards change by new versions (ADR 0004), so neither is patched.
struct ProjectPatch {
  std::optional<std::string> name;
};
BOOST_DESCRIBE_STRUCT(ProjectPatch, (), (name))

struct ProjectInput {
  std::string name;
  std::int64_t occupation_id = 0;
  std::optional<int> level;
  std::string training_type;
  int standard_hours = 0;
  std::int64_t subsidy_fen = 0;
  std::string valid_from;
  std::optional<std::string> valid_to;
  std::optional<std::vector<std::string>> region_codes;
  static constexpr std::array<std::string_view, 3> kNullable{"level", "valid_to", "region_codes"};
};
BOOST_DESCRIBE_STRUCT(ProjectInput, (),
                      (name, occupation_id, level, training_type, standard_hours, subsidy_fen, valid_from, valid_to,
                       region_codes))

// Refusals of a project's identity against its occupation (nullopt: no such occupation).
std::vector<core::FieldError> CheckProject(const ProjectInput& input, const std::optional<Occupation>& occupation);

// Refusals of a standard on its own (hours, money, dates).
std::vector<core::FieldError> CheckStandard(const StandardInput& input);

// How a new version joins the existing ones: it must start after the latest version starts
// (the past is not rewritten); a latest version still open on that date is closed the day
// before. Returns the refusals, and in `close_latest_at` the valid_to to give the latest.
struct VersionPlan {
  std::vector<core::FieldError> errors;
  std::optional<std::string> close_latest_at;
};
VersionPlan PlanNewVersion(const std::vector<ProjectVersion>& versions, const StandardInput& input);

// The version in force on `date` ("YYYY-MM-DD"), or nullptr. Versions never overlap.
const ProjectVersion* StandardInForce(const std::vector<ProjectVersion>& versions, std::string_view date);

}  // namespace sunshine::registry
