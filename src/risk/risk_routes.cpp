#include "risk/risk_routes.hpp"

#include <algorithm>

#include "core/time.hpp"

namespace sunshine::risk {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::object RuleJson(const RuleInfo& r) {
  boost::json::array parameters;
  for (const auto& p : r.parameters) {
    parameters.push_back({{"name", p.name}, {"value", p.value}, {"unit", p.unit}, {"why", p.why}});
  }
  return {{"id", r.id},           {"version", r.version},           {"name", r.name},
          {"catches", r.catches}, {"source", r.source},             {"subject_kind", r.subject_kind},
          {"parameters", std::move(parameters)}};
}

boost::json::value At(const std::optional<std::int64_t>& at) {
  return at ? boost::json::value(core::FormatShanghai(*at)) : nullptr;
}
template <typename T>
boost::json::value OrNull(const std::optional<T>& v) {
  return v ? boost::json::value(*v) : nullptr;
}

boost::json::object AlertJson(const risk_store::Alert& a) {
  const auto& f = a.finding;
  return {{"id", a.id},
          {"rule_id", f.rule_id},
          {"rule_version", f.rule_version},
          {"subject_kind", f.subject_kind},
          {"subject_id", f.subject_id},
          {"institution_id", OrNull(f.institution_id)},
          {"institution_name", a.institution_name.empty() ? boost::json::value(nullptr) : boost::json::value(a.institution_name)},
          {"region_code", f.region_code},
          {"severity", f.severity},
          {"score", f.score},
          {"statistic", f.statistic},
          {"threshold", f.threshold},
          {"evidence", f.evidence},
          {"status", a.status},
          {"first_seen_at", core::FormatShanghai(a.first_seen_at)},
          {"last_seen_at", core::FormatShanghai(a.last_seen_at)},
          {"assignee", OrNull(a.assignee)},
          {"assigned_at", At(a.assigned_at)},
          {"assigned_by", OrNull(a.assigned_by)},
          {"decided_at", At(a.decided_at)},
          {"decided_by", OrNull(a.decided_by)},
          {"decision_reason", OrNull(a.decision_reason)},
          {"case_id", OrNull(a.case_id)}};
}

boost::json::object CaseJson(const case_store::Case& c) {
  return {{"id", c.id},
          {"title", c.title},
          {"institution_id", OrNull(c.institution_id)},
          {"institution_name", c.institution_name.empty() ? boost::json::value(nullptr) : boost::json::value(c.institution_name)},
          {"region_code", c.region_code},
          {"origin", c.origin},
          {"status", c.status},
          {"outcome", OrNull(c.outcome)},
          {"outcome_note", OrNull(c.outcome_note)},
          {"legacy_case_id", OrNull(c.legacy_case_id)},
          {"opened_at", core::FormatShanghai(c.opened_at)},
          {"opened_by", c.opened_by},
          {"closed_at", At(c.closed_at)},
          {"closed_by", OrNull(c.closed_by)},
          {"items", c.items}};
}

boost::json::object DetailJson(const CaseDetail& d) {
  auto out = CaseJson(d.record);
  boost::json::array items, alerts;
  for (const auto& i : d.items) {
    items.push_back({{"id", i.id},
                     {"kind", i.kind},
                     {"object_id", OrNull(i.object_id)},
                     {"note", i.note},
                     {"added_at", core::FormatShanghai(i.added_at)},
                     {"added_by", i.added_by}});
  }
  for (const auto& a : d.alerts) alerts.push_back(AlertJson(a));
  out["item_list"] = std::move(items);
  out["alerts"] = std::move(alerts);
  return out;
}

// ?region= (a region code: its subtree) and ?institution_id= of the alert list.
core::Result<risk_store::AlertFilter> FilterOf(const http::Context& ctx) {
  risk_store::AlertFilter filter{ctx.Query("rule").value_or(""), ctx.Query("status").value_or("")};
  std::vector<core::FieldError> errors;
  const auto digits = [](const std::string& s) {
    return !s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (const auto region = ctx.Query("region"); region && !region->empty()) {
    if (region->size() != 6 || !digits(*region)) {
      errors.push_back({"region", "not_a_region"});
    } else {
      filter.area_like = core::Scope{core::ScopeKind::kRegion, *region}.RegionPrefix() + "%";
    }
  }
  if (const auto institution = ctx.Query("institution_id"); institution && !institution->empty()) {
    if (!digits(*institution)) {
      errors.push_back({"institution_id", "not_an_id"});
    } else {
      filter.institution_id = std::stoll(*institution);
    }
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "筛选条件有误", std::move(errors));
  return filter;
}

template <class Input, class Call, class ToJson>
Reply Act(Context& ctx, Call call, ToJson to_json) {
  auto id = ctx.PathId("id");
  if (!id) return id.error();
  auto input = ctx.Body<Input>();
  if (!input) return input.error();
  auto done = call(*id, *input);
  if (!done) return done.error();
  return http::Json(http::Status::ok, to_json(*done));
}
}  // namespace

void RegisterRiskRoutes(http::Router& router, RiskService& service, QueueService& queue) {
  router.Get("/api/v1/risk/rules", "risk:rule:read",
             "The risk rules: what each catches, why, the source of the pattern, its version and parameters as set",
             [&service](Context&) -> Reply {
               boost::json::array items;
               for (const auto& r : service.rules()) items.push_back(RuleJson(r));
               return http::Json(http::Status::ok, {{"items", std::move(items)}});
             });
  router.Get("/api/v1/risk/alerts", "risk:alert:read",
             "Risk alerts within the caller's reach (an officer's region, and those assigned to the caller; a "
             "third-party auditor sees only those assigned to it), highest score first; ?rule=, "
             "?status=open|assigned|dismissed|confirmed, ?region= (a region code), ?institution_id=; each with the rule "
             "and version, subject, severity and score, the statistic and threshold that fired, the ids of the "
             "evidence and its place in the queue",
             [&queue](Context& ctx) -> Reply {
               auto filter = FilterOf(ctx);
               if (!filter) return filter.error();
               return http::KeysetPage(
                   ctx,
                   [&](std::int64_t after, int limit) { return queue.Alerts(ctx.principal(), *filter, after, limit); },
                   AlertJson, risk_store::Cursor);
             });
  router.Get("/api/v1/risk/alerts/{id}", "risk:alert:read",
             "One risk alert within the caller's reach, with the check-ins its evidence names (who, where, when, "
             "which photo)",
             [&queue](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto detail = queue.Alert(ctx.principal(), *id);
               if (!detail) return detail.error();
               auto out = AlertJson(detail->alert);
               boost::json::array checkins;
               for (const auto& c : detail->checkins) {
                 checkins.push_back({{"id", c.id},
                                     {"trainee_id", c.trainee_id},
                                     {"trainee_name", c.trainee_name},
                                     {"class_id", c.class_id},
                                     {"class_name", c.class_name},
                                     {"session_id", c.session_id},
                                     {"kind", c.kind},
                                     {"captured_at", core::FormatShanghai(c.captured_at)},
                                     {"latitude", static_cast<double>(c.latitude_e6) / 1e6},
                                     {"longitude", static_cast<double>(c.longitude_e6) / 1e6},
                                     {"distance_m", OrNull(c.distance_m)},
                                     {"photo_sha256", c.photo_sha256},
                                     {"counts", c.counts},
                                     {"terminal_id", c.terminal_id}});
               }
               out["checkins"] = std::move(checkins);
               return http::Json(http::Status::ok, out);
             });
  router.Get("/api/v1/risk/alerts/{id}/photos/{sha256}", "risk:alert:read",
             "The photo of a check-in the alert names (each view audited)", [&queue](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto photo = queue.Photo(ctx.actor(), *id, std::string(ctx.PathParam("sha256")));
               if (!photo) return photo.error();
               return http::Bytes(std::move(photo->bytes), photo->content_type);
             });
  router.Get("/api/v1/risk/summary", "risk:case:read",
             "The risk dashboard's figures in the caller's region: alerts by city, rule and status; cases by city and "
             "status",
             [&queue](Context& ctx) -> Reply {
               auto summary = queue.Summary(ctx.principal());
               if (!summary) return summary.error();
               boost::json::array alerts, cases;
               for (const auto& a : summary->alerts) {
                 alerts.push_back({{"city_code", a.city_code}, {"rule_id", a.rule_id}, {"status", a.status}, {"count", a.count}});
               }
               for (const auto& c : summary->cases) {
                 cases.push_back({{"city_code", c.city_code}, {"status", c.status}, {"count", c.count}});
               }
               return http::Json(http::Status::ok, {{"alerts", std::move(alerts)}, {"cases", std::move(cases)}});
             });
  router.Post("/api/v1/risk/alerts/{id}/actions/assign", "risk:alert:assign",
              "Assign an undecided alert to an officer whose region holds it (user:<username>) or a third-party "
              "auditor (auditor:<id>)",
              [&queue](Context& ctx) -> Reply {
                return Act<AssignAlertInput>(
                    ctx, [&](std::int64_t id, const AssignAlertInput& in) { return queue.Assign(ctx.actor(), id, in); },
                    AlertJson);
              });
  router.Post("/api/v1/risk/alerts/{id}/actions/dismiss", "risk:alert:decide",
              "Dismiss an undecided alert with the reason it is not fraud (it stays dismissed when found again)",
              [&queue](Context& ctx) -> Reply {
                return Act<DismissAlertInput>(
                    ctx, [&](std::int64_t id, const DismissAlertInput& in) { return queue.Dismiss(ctx.actor(), id, in); },
                    AlertJson);
              });
  router.Post("/api/v1/risk/alerts/{id}/actions/confirm", "risk:alert:decide",
              "Confirm an undecided alert into an open case of its institution (case_id) or a new case; returns the "
              "case",
              [&queue](Context& ctx) -> Reply {
                return Act<ConfirmAlertInput>(
                    ctx, [&](std::int64_t id, const ConfirmAlertInput& in) { return queue.Confirm(ctx.actor(), id, in); },
                    DetailJson);
              });
  router.Get("/api/v1/risk/cases", "risk:case:read",
             "Risk cases of the caller's region, newest first; ?status=open|closed", [&queue](Context& ctx) -> Reply {
               const auto status = ctx.Query("status").value_or("");
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return queue.Cases(ctx.principal(), status, after, limit); },
                   CaseJson);
             });
  router.Get("/api/v1/risk/cases/{id}", "risk:case:read",
             "One risk case with what it gathers (alerts, inspections, claim audits, recoveries, notes)",
             [&queue](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto detail = queue.Case(ctx.principal(), *id);
               if (!detail) return detail.error();
               return http::Json(http::Status::ok, DetailJson(*detail));
             });
  router.Post("/api/v1/risk/cases/{id}/items", "risk:case:manage",
              "Gather an inspection, claim audit or recovery of the case's institution, or a note, into an open case",
              [&queue](Context& ctx) -> Reply {
                return Act<CaseItemInput>(
                    ctx, [&](std::int64_t id, const CaseItemInput& in) { return queue.AddItem(ctx.actor(), id, in); },
                    DetailJson);
              });
  router.Post("/api/v1/risk/cases/{id}/actions/close", "risk:case:manage",
              "Close an open case with its outcome (no_action, warning, recovery, suspension, exit with expose); "
              "suspension and exit change the institution in the same transaction",
              [&queue](Context& ctx) -> Reply {
                return Act<CloseCaseInput>(
                    ctx, [&](std::int64_t id, const CloseCaseInput& in) { return queue.Close(ctx.actor(), id, in); },
                    DetailJson);
              });
  router.Get("/api/v1/institutions/{id}/risk", "risk:score:read",
             "An institution's risk score from the alerts about it that still stand, with each rule's weight and "
             "contribution",
             [&queue](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto view = queue.InstitutionScore(ctx.principal(), *id);
               if (!view) return view.error();
               boost::json::array parts;
               for (const auto& p : view->risk.parts) {
                 const auto* rule = FindRule(p.rule_id);
                 parts.push_back({{"rule_id", p.rule_id},
                                  {"name", rule ? rule->name : p.rule_id},
                                  {"top_score", p.top_score},
                                  {"alerts", p.alerts},
                                  {"weight", p.weight},
                                  {"contribution", p.contribution}});
               }
               return http::Json(http::Status::ok, {{"institution_id", view->institution_id},
                                                    {"institution_name", view->institution_name},
                                                    {"score", view->risk.score},
                                                    {"severity", SeverityOf(view->risk.score)},
                                                    {"parts", std::move(parts)}});
             });
}

}  // namespace sunshine::risk
