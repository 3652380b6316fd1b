#include "risk/risk_routes.hpp"

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

boost::json::object AlertJson(const risk_store::Alert& a) {
  const auto& f = a.finding;
  return {{"id", a.id},
          {"rule_id", f.rule_id},
          {"rule_version", f.rule_version},
          {"subject_kind", f.subject_kind},
          {"subject_id", f.subject_id},
          {"institution_id", f.institution_id ? boost::json::value(*f.institution_id) : nullptr},
          {"institution_name", a.institution_name.empty() ? boost::json::value(nullptr) : boost::json::value(a.institution_name)},
          {"region_code", f.region_code},
          {"severity", f.severity},
          {"score", f.score},
          {"statistic", f.statistic},
          {"threshold", f.threshold},
          {"evidence", f.evidence},
          {"status", a.status},
          {"first_seen_at", core::FormatShanghai(a.first_seen_at)},
          {"last_seen_at", core::FormatShanghai(a.last_seen_at)}};
}
}  // namespace

void RegisterRiskRoutes(http::Router& router, RiskService& service) {
  router.Get("/api/v1/risk/rules", "risk:rule:read",
             "The risk rules: what each catches, why, the source of the pattern, its version and parameters as set",
             [&service](Context&) -> Reply {
               boost::json::array items;
               for (const auto& r : service.rules()) items.push_back(RuleJson(r));
               return http::Json(http::Status::ok, {{"items", std::move(items)}});
             });
  router.Get("/api/v1/risk/alerts", "risk:alert:read",
             "Risk alerts in the caller's region, highest score first; ?rule= and ?status=open|assigned|dismissed|"
             "confirmed; each with the rule and version, subject, severity and score, the statistic and threshold "
             "that fired, and the ids of the evidence",
             [&service](Context& ctx) -> Reply {
               const risk_store::AlertFilter filter{ctx.Query("rule").value_or(""), ctx.Query("status").value_or("")};
               return http::KeysetPage(
                   ctx,
                   [&](std::int64_t after, int limit) { return service.Alerts(ctx.principal(), filter, after, limit); },
                   AlertJson, risk_store::Cursor);
             });
}

}  // namespace sunshine::risk
