#pragma once
// Training institutions (R-C3), pure rules: the record's checks and the lifecycle.
#include <boost/describe.hpp>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::registry {

struct Institution {
  std::int64_t id = 0;
  std::string name;
  std::string credit_code;
  std::string type;
  std::string region_code;
  std::string status = "applied";
  std::optional<std::string> assigned_auditor;
  bool exposed = false;
  std::optional<std::string> exposure_reason;
  bool integrity_model = false;
  bool credit_check_overridden = false;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

struct InstitutionInput {
  std::string name;
  std::string credit_code;
  std::string type;
  std::string region_code;
  // GB 32100 allows that some early codes fail the check character (policy_rules.md 4.2): an
  // officer may accept such a code on purpose. Length and alphabet are never overridden.
  std::optional<bool> override_credit_check;
};
BOOST_DESCRIBE_STRUCT(InstitutionInput, (), (name, credit_code, type, region_code, override_credit_check))

// Corrections of the register entry. The credit code never changes: it is the identity.
struct InstitutionPatch {
  std::optional<std::string> name;
  std::optional<std::string> type;
  std::optional<std::string> region_code;
};
BOOST_DESCRIBE_STRUCT(InstitutionPatch, (), (name, type, region_code))

// Institution types, id -> zh-CN.
const std::vector<std::pair<std::string, std::string>>& InstitutionTypes();

// Every refused field; `region_level` is the level of region_code (nullopt: no such region).
std::vector<core::FieldError> CheckInstitution(const InstitutionInput& input,
                                               const std::optional<std::string>& region_level);

struct LifecycleAction {
  std::string reason;
  std::optional<std::string> auditor;  // review: a third-party auditor organisation
  std::optional<bool> expose;          // exit: publish on the exposure list (cheating)
  static constexpr std::array<std::string_view, 1> kNullable{"auditor"};  // null: no auditor
};
BOOST_DESCRIBE_STRUCT(LifecycleAction, (), (reason, auditor, expose))

// Applies `action` ("review", "approve", "reject", "suspend", "reinstate", "exit",
// "mark_integrity", "unmark_integrity") to the institution, or names why it may not.
// Errors: unknown_action (404), invalid_transition (409), and field errors for the reason.
struct Transition {
  std::optional<core::Error> error;
  std::string from, to;
};
Transition ApplyLifecycle(Institution& institution, const std::string& action, const LifecycleAction& input);

// May this institution file classes and claims? Only an active one.
inline bool CanFile(const Institution& institution) { return institution.status == "active"; }

}  // namespace sunshine::registry
