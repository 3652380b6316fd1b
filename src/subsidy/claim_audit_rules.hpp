#pragma once
// Random audits of claims (抽查核查, issue 14 item 7; R-F3, R-F4) as pure rules: the checklist an
// auditor works through, what a conclusion must say, and who an audit may be assigned to. The
// sample itself is drawn by inspection::StratifiedSample (claims ranked by a hash of the draw's
// seed, spread over institutions), so anyone can redraw it from what the draw stores.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::subsidy {

// The checklist's items, in order (docs/subsidy-claims.md).
const std::vector<std::string>& AuditChecklistItems();

struct ChecklistEntry {
  static constexpr bool kReadByField = true;
  std::string item;    // one of AuditChecklistItems()
  std::string result;  // pass | fail | not_applicable
  std::string note;    // required for a fail
};

// Field errors of a checklist as sent: known items, each at most once, a known result, a note
// for every fail.
std::vector<core::FieldError> CheckChecklist(const std::vector<ChecklistEntry>& entries);

// An audit can be concluded when every item has a result; the outcome is issues_found when any
// failed (then the finding must say what), else no_issue.
struct Conclusion {
  std::string outcome;
  std::vector<core::FieldError> errors;
};
Conclusion Conclude(const std::vector<ChecklistEntry>& checklist, std::string_view finding);

// "user:<username>" or "auditor:<id>": who an audit is assigned to; nullopt when malformed.
struct Assignee {
  std::string kind;  // user | auditor
  std::string user;  // the username, for a user
  std::int64_t auditor_id = 0;
};
std::optional<Assignee> ParseAssignee(std::string_view text);

}  // namespace sunshine::subsidy
