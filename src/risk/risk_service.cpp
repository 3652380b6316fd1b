#include "risk/risk_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "training/calendar.hpp"

namespace sunshine::risk {

core::Result<ScanResult> RiskService::Scan(const core::Actor& actor, const std::string& from, const std::string& to,
                                           const std::string& rule) {
  std::vector<core::FieldError> errors;
  if (!core::IsDate(from)) errors.push_back({"from", "not_a_date"});
  if (!core::IsDate(to)) errors.push_back({"to", "not_a_date"});
  if (errors.empty() && to < from) errors.push_back({"to", "before_from"});
  if (!rule.empty() && !FindRule(rule)) errors.push_back({"rule", "unknown"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "扫描条件有误", std::move(errors));
  const auto from_at = *core::AtShanghai(from, "00:00"), to_at = *core::AtShanghai(training::AddDays(to, 1), "00:00");
  const auto started = database_.clock().Now();

  // Read each rule's rows and judge them; nothing is held while it reads.
  std::vector<Finding> findings;
  ScanResult result;
  std::string names;
  {
    db::Connection connection(database_);
    for (const auto& info : Catalogue()) {
      if (!rule.empty() && info.id != rule) continue;
      std::vector<Finding> found;
      if (info.id == "photo_reuse") found = PhotoReuse(risk_store::PhotoUses(connection, from_at, to_at), info);
      if (info.id == "terminal_burst") found = TerminalBurst(risk_store::TerminalCheckins(connection, from_at, to_at), info);
      if (info.id == "implausible_age") found = ImplausibleAge(risk_store::RosterAges(connection, from, to), info);
      result.found[info.id] = static_cast<int>(found.size());
      names += (names.empty() ? "" : ",") + info.id;
      findings.insert(findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
  }

  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto now = database_.clock().Now();
  for (const auto& f : findings) result.raised += risk_store::Upsert(connection, f, now) ? 1 : 0;
  const risk_store::Scan scan{names, from, to, started, now, static_cast<int>(findings.size()), result.raised,
                              actor.principal ? actor.principal->username : actor.system_name};
  result.scan_id = risk_store::InsertScan(connection, scan);
  boost::json::object found;
  for (const auto& [id, n] : result.found) found[id] = n;
  audit::Append(connection, actor,
                {.action = "risk:scan:run", .object_type = "risk_scan", .object_id = std::to_string(result.scan_id),
                 .detail = boost::json::serialize(boost::json::object{
                     {"from", from}, {"to", to}, {"found", std::move(found)}, {"raised", result.raised}})});
  transaction.Commit();
  return result;
}

core::Result<std::vector<risk_store::Alert>> RiskService::Alerts(const core::Principal& principal,
                                                                 const risk_store::AlertFilter& filter,
                                                                 std::int64_t after, int limit) {
  if (principal.scope.kind != core::ScopeKind::kRegion) {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有人社部门可以查看风险预警");
  }
  std::vector<core::FieldError> errors;
  if (!filter.rule.empty() && !FindRule(filter.rule)) errors.push_back({"rule", "unknown"});
  if (!filter.status.empty() && filter.status != "open" && filter.status != "assigned" && filter.status != "dismissed" &&
      filter.status != "confirmed") {
    errors.push_back({"status", "unknown"});
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "筛选条件有误", std::move(errors));
  db::Connection connection(database_);
  return risk_store::Alerts(connection, principal.scope.RegionPrefix() + "%", filter, after, limit);
}

}  // namespace sunshine::risk
