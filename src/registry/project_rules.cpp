#include "registry/project_rules.hpp"

#include <set>

#include "core/time.hpp"

namespace sunshine::registry {

const std::vector<std::pair<std::string, std::string>>& TrainingTypes() {
  static const std::vector<std::pair<std::string, std::string>> types = {
      {"employment_skills", "就业技能培训"},
      {"pre_job", "岗前培训"},
      {"skill_upgrade", "岗位技能提升培训"},
      {"job_transfer", "转岗转业培训"},
      {"apprenticeship", "企业新型学徒制培训"},
      {"project_based", "项目制培训"},
      {"park_order", "园区培训、订单定向培训"},
      {"entrepreneurship", "创业培训"},
      {"work_in_lieu", "以工代训"},
      {"sector_programme", "行业专项培训"},
  };
  return types;
}

bool IsTrainingType(std::string_view id) {
  for (const auto& [type, name] : TrainingTypes()) {
    if (type == id) return true;
  }
  return false;
}

std::vector<core::FieldError> CheckProject(const ProjectInput& in, const std::optional<Occupation>& occupation) {
  std::vector<core::FieldError> errors;
  if (in.name.find_first_not_of(' ') == std::string::npos)
    errors.push_back({"name", "required"});
  else if (in.name.size() > 128)
    errors.push_back({"name", "too_long"});
  if (!IsTrainingType(in.training_type)) errors.push_back({"training_type", "unknown"});
  if (!occupation) {
    errors.push_back({"occupation_id", "unknown"});
  } else if (occupation->kind == "special_ability") {
    if (in.level) errors.push_back({"level", "not_allowed"});
  } else if (!in.level) {
    errors.push_back({"level", "required"});
  } else if (*in.level < *occupation->highest_level || *in.level > *occupation->lowest_level) {
    errors.push_back({"level", "not_offered"});  // this occupation has no such level
  }
  return errors;
}

std::vector<core::FieldError> CheckStandard(const StandardInput& in) {
  std::vector<core::FieldError> errors;
  if (in.standard_hours < 1 || in.standard_hours > 5000) errors.push_back({"standard_hours", "out_of_range"});
  if (in.subsidy_fen < 0 || in.subsidy_fen > 100000000) errors.push_back({"subsidy_fen", "out_of_range"});
  const bool from_ok = core::IsDate(in.valid_from);
  if (!from_ok) errors.push_back({"valid_from", "not_a_date"});
  if (in.valid_to) {
    if (!core::IsDate(*in.valid_to))
      errors.push_back({"valid_to", "not_a_date"});
    else if (from_ok && *in.valid_to < in.valid_from)
      errors.push_back({"valid_to", "before_valid_from"});
  }
  if (in.region_codes) {
    std::set<std::string> seen;
    for (const auto& code : *in.region_codes) {
      if (code.size() != 6 || code.find_first_not_of("0123456789") != std::string::npos || !seen.insert(code).second) {
        errors.push_back({"region_codes", "invalid"});
        break;
      }
    }
  }
  return errors;
}

VersionPlan PlanNewVersion(const std::vector<ProjectVersion>& versions, const StandardInput& in) {
  VersionPlan plan;
  plan.errors = CheckStandard(in);
  if (!plan.errors.empty() || versions.empty()) return plan;
  const ProjectVersion& latest = versions.back();
  if (in.valid_from <= latest.valid_from) {
    plan.errors.push_back({"valid_from", "not_after_current"});
    return plan;
  }
  if (!latest.valid_to || *latest.valid_to >= in.valid_from) plan.close_latest_at = core::DayBefore(in.valid_from);
  return plan;
}

const ProjectVersion* StandardInForce(const std::vector<ProjectVersion>& versions, std::string_view date) {
  for (const auto& v : versions) {
    if (v.valid_from <= date && (!v.valid_to || date <= *v.valid_to)) return &v;
  }
  return nullptr;
}

}  // namespace sunshine::registry
