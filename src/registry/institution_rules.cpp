#include "registry/institution_rules.hpp"

#include <algorithm>
#include <map>

#include "registry/organisation_rules.hpp"

namespace sunshine::registry {

const std::vector<std::pair<std::string, std::string>>& InstitutionTypes() {
  static const std::vector<std::pair<std::string, std::string>> types = {
      {"vocational_college", "职业院校"},          {"technical_school", "技工学校"},
      {"technician_college", "技师学院"},          {"enterprise_centre", "企业培训中心"},
      {"private_institution", "民办职业培训机构"}, {"industry_association", "行业协会"},
      {"public_centre", "公共实训基地"},
  };
  return types;
}

std::vector<core::FieldError> CheckInstitution(const InstitutionInput& in,
                                               const std::optional<std::string>& region_level) {
  std::vector<core::FieldError> errors;
  CheckNameCodeTypeRegion(in.name, in.credit_code, in.override_credit_check.value_or(false), in.type,
                          InstitutionTypes(), region_level, errors);
  return errors;
}

Transition ApplyLifecycle(Institution& inst, const std::string& action, const LifecycleAction& in) {
  // action -> (allowed from, to, reason required)
  struct Rule {
    std::vector<std::string> from;
    std::string to;
    bool needs_reason;
  };
  static const std::map<std::string, Rule> kRules = {
      {"review", {{"applied"}, "under_review", false}},
      {"approve", {{"under_review"}, "active", false}},
      {"reject", {{"under_review"}, "applied", true}},
      {"suspend", {{"active"}, "suspended", true}},
      {"reinstate", {{"suspended"}, "active", true}},
      {"exit", {{"applied", "under_review", "active", "suspended"}, "exited", true}},
      {"mark_integrity", {{"active"}, "active", true}},
      {"unmark_integrity", {{"active", "suspended", "exited"}, "", true}},
  };
  Transition t;
  t.from = inst.status;
  const auto rule = kRules.find(action);
  if (rule == kRules.end()) {
    t.error = core::Error::Of(core::ErrorKind::kNotFound, "unknown_action", "不支持的操作：" + action);
    return t;
  }
  const auto& allowed = rule->second.from;
  if (std::find(allowed.begin(), allowed.end(), inst.status) == allowed.end()) {
    t.error = core::Error{core::ErrorKind::kConflict,
                          "invalid_transition",
                          "机构当前状态为「" + inst.status + "」，不能执行「" + action + "」",
                          {{"status", inst.status}}};
    return t;
  }
  if (rule->second.needs_reason && in.reason.find_first_not_of(' ') == std::string::npos) {
    t.error = core::Error::Invalid("invalid_fields", "请填写原因", {{"reason", "required"}});
    return t;
  }
  if (in.reason.size() > 1000) {
    t.error = core::Error::Invalid("invalid_fields", "原因过长", {{"reason", "too_long"}});
    return t;
  }
  if (action == "review" && in.auditor) inst.assigned_auditor = in.auditor;
  if (action == "exit" && in.expose.value_or(false)) {
    inst.exposed = true;
    inst.exposure_reason = in.reason;
    inst.integrity_model = false;  // an exposed institution is nobody's model
  }
  if (action == "mark_integrity") inst.integrity_model = true;
  if (action == "unmark_integrity") inst.integrity_model = false;
  if (!rule->second.to.empty()) inst.status = rule->second.to;
  t.to = inst.status;
  return t;
}

}  // namespace sunshine::registry
