#include "risk/queue_service.hpp"

#include <algorithm>
#include <set>

#include "audit/store.hpp"
#include "auth/roles.hpp"
#include "auth/store.hpp"
#include "subsidy/claim_audit_rules.hpp"
#include "training/checkin_store.hpp"

namespace sunshine::risk {
namespace {
constexpr const char* kOfficerRoles[] = {"province_officer", "city_officer", "county_officer"};

core::Error Forbidden(const char* code, const char* message) {
  return core::Error::Of(core::ErrorKind::kForbidden, code, message);
}
core::Error NotFound(const char* message) { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", message); }
core::Error Conflict(const char* code, const char* message) {
  return core::Error::Of(core::ErrorKind::kConflict, code, message);
}

bool IsOfficer(const core::Principal& p) { return p.scope.kind == core::ScopeKind::kRegion; }
std::string RegionLike(const core::Principal& p) { return p.scope.RegionPrefix() + "%"; }

// Officers reach their region's alerts and those assigned to them; an auditor only those
// assigned to its organisation; nobody else anything.
std::optional<risk_store::Reach> ReachOf(const core::Principal& p) {
  if (IsOfficer(p)) return risk_store::Reach{RegionLike(p), "user:" + p.username};
  if (p.scope.OrganisationId("auditor")) return risk_store::Reach{"", p.scope.code};
  return std::nullopt;
}

bool Blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }
bool Decided(const risk_store::Alert& a) { return a.status == "dismissed" || a.status == "confirmed"; }

void Audit(db::Connection& connection, const core::Actor& actor, const char* action, const char* type, std::int64_t id,
           boost::json::object detail) {
  audit::Append(connection, actor,
                {.action = action, .object_type = type, .object_id = std::to_string(id),
                 .detail = boost::json::serialize(detail)});
}
}  // namespace

const RuleInfo* QueueService::Rule(const std::string& id) const { return FindRuleIn(rules_, id); }

core::Result<std::vector<risk_store::Alert>> QueueService::Alerts(const core::Principal& principal,
                                                                  const risk_store::AlertFilter& filter,
                                                                  std::int64_t after, int limit) {
  const auto reach = ReachOf(principal);
  if (!reach) return Forbidden("scope_required", "只有人社部门和受托第三方机构可以查看风险预警");
  std::vector<core::FieldError> errors;
  if (!filter.rule.empty() && !Rule(filter.rule)) errors.push_back({"rule", "unknown"});
  static const std::string kStatuses[] = {"open", "assigned", "dismissed", "confirmed"};
  if (!filter.status.empty() && std::find(std::begin(kStatuses), std::end(kStatuses), filter.status) == std::end(kStatuses)) {
    errors.push_back({"status", "unknown"});
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "筛选条件有误", std::move(errors));
  db::Connection connection(database_);
  return risk_store::Alerts(connection, *reach, filter, after, limit);
}

core::Result<AlertDetail> QueueService::Alert(const core::Principal& principal, std::int64_t id) {
  const auto reach = ReachOf(principal);
  if (!reach) return Forbidden("scope_required", "只有人社部门和受托第三方机构可以查看风险预警");
  db::Connection connection(database_);
  auto found = risk_store::FindAlert(connection, *reach, id);
  if (!found) return NotFound("预警不存在");
  AlertDetail detail{*found, {}};
  if (const auto* ids = found->finding.evidence.if_contains("checkin_ids"); ids && ids->is_array()) {
    for (const auto& v : ids->as_array()) {
      if (auto c = risk_store::FindCheckin(connection, v.to_number<std::int64_t>())) detail.checkins.push_back(*c);
    }
  }
  return detail;
}

core::Result<EvidencePhoto> QueueService::Photo(const core::Actor& actor, std::int64_t alert_id,
                                                const std::string& sha256) {
  const auto reach = ReachOf(*actor.principal);
  if (!reach) return Forbidden("scope_required", "只有人社部门和受托第三方机构可以查看风险预警");
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto alert = risk_store::FindAlert(connection, *reach, alert_id);
  if (!alert) return NotFound("预警不存在");
  // One indexed lookup of the photo's check-ins, matched against the ids the evidence names.
  std::set<std::int64_t> named;
  if (const auto* ids = alert->finding.evidence.if_contains("checkin_ids"); ids && ids->is_array()) {
    for (const auto& v : ids->as_array()) named.insert(v.to_number<std::int64_t>());
  }
  const auto carrying = risk_store::PhotoCheckins(connection, sha256);
  if (std::none_of(carrying.begin(), carrying.end(), [&](std::int64_t id) { return named.contains(id); })) {
    return NotFound("照片不在该预警的证据中");
  }
  const auto stored = training::checkin_store::FindPhoto(connection, sha256);
  if (!stored) return NotFound("照片尚未上传");
  auto bytes = photos_.Bytes(*stored, sha256);
  if (!bytes) return bytes.error();
  // A face photo is personal data: every view is on the record, committed before it is sent.
  audit::Append(connection, actor,
                {.action = "training:photo:view", .object_type = "photo", .object_id = sha256,
                 .detail = boost::json::serialize(boost::json::object{{"risk_alert_id", alert_id}})});
  transaction.Commit();
  return EvidencePhoto{stored->content_type, std::move(*bytes)};
}

core::Result<RiskSummary> QueueService::Summary(const core::Principal& principal) {
  if (!IsOfficer(principal)) return Forbidden("scope_required", "只有人社部门可以查看风险概况");
  db::Connection connection(database_);
  return RiskSummary{risk_store::SummariseAlerts(connection, RegionLike(principal)),
                     risk_store::SummariseCases(connection, RegionLike(principal))};
}

core::Result<risk_store::Alert> QueueService::Assign(const core::Actor& actor, std::int64_t id,
                                                     const AssignAlertInput& input) {
  const auto& p = *actor.principal;
  if (!IsOfficer(p)) return Forbidden("officers_assign", "只有人社部门可以分派预警");
  const auto assignee = subsidy::ParseAssignee(input.assignee);
  if (!assignee) return core::Error::Invalid("invalid_fields", "请选择核查人员或第三方机构", {{"assignee", "invalid"}});
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto alert = risk_store::FindAlert(connection, *ReachOf(p), id);
  if (!alert) return NotFound("预警不存在");
  if (Decided(*alert)) return Conflict("alert_decided", "该预警已处置");
  // An officer whose region holds the alert, or a third-party auditor registered on the platform.
  if (assignee->kind == "user") {
    const auto user = auth::store::FindUserByUsername(connection, assignee->user);
    const bool officer = user && std::find(std::begin(kOfficerRoles), std::end(kOfficerRoles), user->role) !=
                                     std::end(kOfficerRoles);
    if (!officer || !alert->finding.region_code.starts_with(user->scope.RegionPrefix())) {
      return core::Error::Invalid("invalid_fields", "核查人员须为预警所在地区的人社部门人员",
                                  {{"assignee", "not_an_officer_of_the_region"}});
    }
  } else if (!auth::store::OrganisationName(connection, "auditor", assignee->auditor_id)) {
    return core::Error::Invalid("invalid_fields", "第三方机构不存在", {{"assignee", "unknown_auditor"}});
  }
  alert->status = "assigned";
  alert->assignee = input.assignee;
  alert->assigned_at = database_.clock().Now();
  alert->assigned_by = p.username;
  risk_store::SaveWork(connection, *alert);
  Audit(connection, actor, "risk:alert:assign", "risk_alert", id, {{"assignee", input.assignee}});
  transaction.Commit();
  return *alert;
}

core::Result<risk_store::Alert> QueueService::Dismiss(const core::Actor& actor, std::int64_t id,
                                                      const DismissAlertInput& input) {
  const auto& p = *actor.principal;
  if (!IsOfficer(p)) return Forbidden("officers_decide", "只有人社部门可以处置预警");
  if (Blank(input.reason)) return core::Error::Invalid("invalid_fields", "请说明排除的理由", {{"reason", "required"}});
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto alert = risk_store::FindAlert(connection, *ReachOf(p), id);
  if (!alert) return NotFound("预警不存在");
  if (Decided(*alert)) return Conflict("alert_decided", "该预警已处置");
  alert->status = "dismissed";
  alert->decided_at = database_.clock().Now();
  alert->decided_by = p.username;
  alert->decision_reason = input.reason;
  risk_store::SaveWork(connection, *alert);
  Audit(connection, actor, "risk:alert:dismiss", "risk_alert", id, {{"reason", input.reason}});
  transaction.Commit();
  return *alert;
}

core::Result<CaseDetail> QueueService::Confirm(const core::Actor& actor, std::int64_t id,
                                               const ConfirmAlertInput& input) {
  const auto& p = *actor.principal;
  if (!IsOfficer(p)) return Forbidden("officers_decide", "只有人社部门可以处置预警");
  if (Blank(input.reason)) return core::Error::Invalid("invalid_fields", "请说明认定的理由", {{"reason", "required"}});
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto alert = risk_store::FindAlert(connection, *ReachOf(p), id);
  if (!alert) return NotFound("预警不存在");
  if (Decided(*alert)) return Conflict("alert_decided", "该预警已处置");
  const auto now = database_.clock().Now();
  std::int64_t case_id = 0;
  if (input.case_id) {
    const auto existing = case_store::Find(connection, RegionLike(p), *input.case_id);
    if (!existing) return core::Error::Invalid("invalid_fields", "案件不存在", {{"case_id", "unknown"}});
    if (existing->status != "open") return Conflict("case_closed", "该案件已办结");
    if (existing->institution_id && alert->finding.institution_id &&
        *existing->institution_id != *alert->finding.institution_id) {
      return core::Error::Invalid("invalid_fields", "预警与案件不是同一机构", {{"case_id", "other_institution"}});
    }
    case_id = existing->id;
  } else {
    case_store::Case c;
    const auto* rule = Rule(alert->finding.rule_id);
    const std::string who = alert->institution_name.empty() ? alert->finding.region_code : alert->institution_name;
    c.title = input.title && !Blank(*input.title) ? *input.title : (rule ? rule->name : alert->finding.rule_id) + "：" + who;
    c.institution_id = alert->finding.institution_id;
    c.region_code = alert->finding.region_code;
    c.opened_at = c.updated_at = now;
    c.opened_by = p.username;
    case_id = case_store::Insert(connection, c);
    Audit(connection, actor, "risk:case:open", "risk_case", case_id, {{"title", c.title}, {"alert_id", id}});
  }
  case_store::AddItem(connection, case_id, {0, "alert", alert->id, input.reason, now, p.username});
  alert->status = "confirmed";
  alert->decided_at = now;
  alert->decided_by = p.username;
  alert->decision_reason = input.reason;
  alert->case_id = case_id;
  risk_store::SaveWork(connection, *alert);
  Audit(connection, actor, "risk:alert:confirm", "risk_alert", id, {{"case_id", case_id}, {"reason", input.reason}});
  CaseDetail detail{*case_store::Find(connection, RegionLike(p), case_id), case_store::Items(connection, case_id),
                    risk_store::CaseAlerts(connection, case_id)};
  transaction.Commit();
  return detail;
}

core::Result<std::vector<case_store::Case>> QueueService::Cases(const core::Principal& principal,
                                                                const std::string& status, std::int64_t after,
                                                                int limit) {
  if (!IsOfficer(principal)) return Forbidden("scope_required", "只有人社部门可以查看风险案件");
  if (!status.empty() && status != "open" && status != "closed") {
    return core::Error::Invalid("invalid_query", "筛选条件有误", {{"status", "unknown"}});
  }
  db::Connection connection(database_);
  return case_store::List(connection, RegionLike(principal), status, after, limit);
}

core::Result<CaseDetail> QueueService::Case(const core::Principal& principal, std::int64_t id) {
  if (!IsOfficer(principal)) return Forbidden("scope_required", "只有人社部门可以查看风险案件");
  db::Connection connection(database_);
  auto found = case_store::Find(connection, RegionLike(principal), id);
  if (!found) return NotFound("案件不存在");
  return CaseDetail{*found, case_store::Items(connection, id), risk_store::CaseAlerts(connection, id)};
}

core::Result<CaseDetail> QueueService::AddItem(const core::Actor& actor, std::int64_t case_id,
                                               const CaseItemInput& input) {
  const auto& p = *actor.principal;
  if (!IsOfficer(p)) return Forbidden("scope_required", "只有人社部门可以办理风险案件");
  std::vector<core::FieldError> errors;
  static const std::string kKinds[] = {"inspection", "claim_audit", "recovery", "note"};
  if (std::find(std::begin(kKinds), std::end(kKinds), input.kind) == std::end(kKinds)) {
    errors.push_back({"kind", "unknown"});
  } else if (input.kind != "note" && !input.object_id) {
    errors.push_back({"object_id", "required"});
  }
  if (input.kind == "note" && Blank(input.note)) errors.push_back({"note", "required"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "案件材料有误", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto found = case_store::Find(connection, RegionLike(p), case_id);
  if (!found) return NotFound("案件不存在");
  if (found->status != "open") return Conflict("case_closed", "该案件已办结");
  std::optional<std::int64_t> object;
  if (input.kind != "note") {
    const auto owner = case_store::OwnerOf(connection, input.kind, *input.object_id);
    // What lies outside the caller's region is as unknown as what does not exist.
    if (!owner || !owner->region_code.starts_with(p.scope.RegionPrefix())) {
      return core::Error::Invalid("invalid_fields", "材料不存在", {{"object_id", "unknown"}});
    }
    if (found->institution_id && owner->institution_id != *found->institution_id) {
      return core::Error::Invalid("invalid_fields", "材料与案件不是同一机构", {{"object_id", "other_institution"}});
    }
    if (case_store::HasItem(connection, case_id, input.kind, *input.object_id)) {
      return Conflict("already_in_case", "该材料已在案件中");
    }
    object = input.object_id;
  }
  case_store::AddItem(connection, case_id, {0, input.kind, object, input.note, database_.clock().Now(), p.username});
  Audit(connection, actor, "risk:case:item", "risk_case", case_id,
        {{"kind", input.kind}, {"object_id", object ? boost::json::value(*object) : nullptr}});
  CaseDetail detail{*case_store::Find(connection, RegionLike(p), case_id), case_store::Items(connection, case_id),
                    risk_store::CaseAlerts(connection, case_id)};
  transaction.Commit();
  return detail;
}

core::Result<CaseDetail> QueueService::Close(const core::Actor& actor, std::int64_t case_id,
                                             const CloseCaseInput& input) {
  const auto& p = *actor.principal;
  if (!IsOfficer(p)) return Forbidden("scope_required", "只有人社部门可以办理风险案件");
  static const std::string kOutcomes[] = {"no_action", "warning", "recovery", "suspension", "exit"};
  std::vector<core::FieldError> errors;
  if (std::find(std::begin(kOutcomes), std::end(kOutcomes), input.outcome) == std::end(kOutcomes)) {
    errors.push_back({"outcome", "unknown"});
  }
  if (Blank(input.note)) errors.push_back({"note", "required"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "请填写办结结论", std::move(errors));
  const bool acts_on_institution = input.outcome == "suspension" || input.outcome == "exit";
  if (acts_on_institution) {
    const auto& granted = auth::PermissionsOf(p.role);
    if (std::find(granted.begin(), granted.end(), "registry:institution:lifecycle") == granted.end()) {
      return Forbidden("forbidden", "无权暂停或清退机构");
    }
  }
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto found = case_store::Find(connection, RegionLike(p), case_id);
  if (!found) return NotFound("案件不存在");
  if (found->status != "open") return Conflict("case_closed", "该案件已办结");
  const auto items = case_store::Items(connection, case_id);
  if (input.outcome == "recovery" &&
      std::none_of(items.begin(), items.end(), [](const auto& i) { return i.kind == "recovery"; })) {
    return core::Error::Invalid("invalid_fields", "案件中尚无追回记录", {{"outcome", "no_recovery_in_case"}});
  }
  boost::json::object detail{{"outcome", input.outcome}};
  if (acts_on_institution) {
    if (!found->institution_id) {
      return core::Error::Invalid("invalid_fields", "案件未涉及具体机构", {{"outcome", "no_institution"}});
    }
    registry::LifecycleAction action;
    action.reason = "风险案件 #" + std::to_string(case_id) + "：" + input.note;
    if (input.outcome == "exit") action.expose = input.expose.value_or(false);
    auto changed = institutions_.ActIn(connection, actor, *found->institution_id,
                                       input.outcome == "exit" ? "exit" : "suspend", action);
    if (!changed) return changed.error();
    detail["institution_status"] = changed->status;
    detail["exposed"] = changed->exposed;
  }
  const auto now = database_.clock().Now();
  found->outcome = input.outcome;
  found->outcome_note = input.note;
  found->updated_at = now;
  found->closed_at = now;
  found->closed_by = p.username;
  if (!case_store::Close(connection, *found)) return Conflict("case_closed", "该案件已办结");
  Audit(connection, actor, "risk:case:close", "risk_case", case_id, std::move(detail));
  CaseDetail out{*case_store::Find(connection, RegionLike(p), case_id), items, risk_store::CaseAlerts(connection, case_id)};
  transaction.Commit();
  return out;
}

core::Result<InstitutionRiskView> QueueService::InstitutionScore(const core::Principal& principal,
                                                                 std::int64_t institution_id) {
  if (!IsOfficer(principal)) return Forbidden("scope_required", "只有人社部门可以查看机构风险");
  auto institution = institutions_.Get(principal, institution_id);
  if (!institution) return institution.error();
  db::Connection connection(database_);
  std::vector<RuleStanding> standing;
  for (const auto& r : case_store::InstitutionAlerts(connection, institution_id)) {
    standing.push_back({r.rule_id, r.top_score, r.alerts});
  }
  return InstitutionRiskView{institution_id, institution->name, ScoreInstitution(standing)};
}

}  // namespace sunshine::risk
