#include "subsidy/claim_audit_rules.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "subsidy/payee_rules.hpp"

namespace sunshine::subsidy {

const std::vector<std::string>& AuditChecklistItems() {
  // What auditors of claims check (policy_rules.md §3.8, subsidy_certificates_vouchers_risk.md §4):
  // the roster against the filing, the people themselves (by phone), the attendance against the
  // check-ins and the photos, the certificates against the issuing body, the amounts against the
  // standard, and the money against the bank.
  static const std::vector<std::string> items = {"roster_as_filed", "trainees_reached", "attendance_real",
                                                 "certificates_genuine", "amounts_per_standard", "money_received"};
  return items;
}

std::vector<core::FieldError> CheckChecklist(const std::vector<ChecklistEntry>& entries) {
  static const std::set<std::string, std::less<>> kResults = {"pass", "fail", "not_applicable"};
  const auto& items = AuditChecklistItems();
  std::vector<core::FieldError> errors;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string at = "items[" + std::to_string(i) + "]";
    const auto& e = entries[i];
    if (std::find(items.begin(), items.end(), e.item) == items.end()) {
      errors.push_back({at + ".item", "unknown"});
    } else if (!seen.insert(e.item).second) {
      errors.push_back({at + ".item", "duplicate"});
    }
    if (!kResults.contains(e.result)) errors.push_back({at + ".result", "unknown"});
    if (e.result == "fail" && core::IsBlank(e.note)) errors.push_back({at + ".note", "required"});
  }
  return errors;
}

Conclusion Conclude(const std::vector<ChecklistEntry>& checklist, std::string_view finding) {
  Conclusion out;
  bool failed = false;
  for (const auto& item : AuditChecklistItems()) {
    const auto it = std::find_if(checklist.begin(), checklist.end(), [&](const auto& e) { return e.item == item; });
    if (it == checklist.end()) {
      out.errors.push_back({"checklist", "incomplete", 0, "", item});
    } else {
      failed = failed || it->result == "fail";
    }
  }
  if (failed && core::IsBlank(finding)) out.errors.push_back({"finding", "required"});
  out.outcome = failed ? "issues_found" : "no_issue";
  return out;
}

std::optional<Assignee> ParseAssignee(std::string_view text) {
  if (text.starts_with("user:") && text.size() > 5) return Assignee{"user", std::string(text.substr(5)), 0};
  if (const auto [kind, id] = SplitKindId(text); kind == "auditor") return Assignee{"auditor", "", id};
  return std::nullopt;
}

}  // namespace sunshine::subsidy
