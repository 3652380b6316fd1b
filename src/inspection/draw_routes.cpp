#include "inspection/draw_routes.hpp"

#include "core/time.hpp"

namespace sunshine::inspection {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::object DrawJson(const draw_store::DrawRecord& d, bool with_classes) {
  boost::json::object out{{"id", d.id},
                          {"date", d.date},
                          {"region_code", d.region_code},
                          {"rate", d.rate_1e4 ? boost::json::value(*d.rate_1e4 / 10000.0) : nullptr},
                          {"count", d.count ? boost::json::value(*d.count) : nullptr},
                          {"seed", d.seed},
                          {"population", d.population},
                          {"drawn", d.drawn},
                          {"created_at", core::FormatShanghai(d.created_at)},
                          {"created_by", d.created_by},
                          {"auditor_id", d.auditor_id ? boost::json::value(*d.auditor_id) : nullptr},
                          {"auditor_name", d.auditor_name ? boost::json::value(*d.auditor_name) : nullptr}};
  if (with_classes) {
    boost::json::array classes;
    for (const auto& c : d.classes) {
      classes.push_back({{"class_id", c.class_id}, {"class_name", c.class_name}, {"institution_id", c.institution_id},
                         {"institution_name", c.institution_name}, {"drawn", c.drawn},
                         {"inspection_status", c.inspection_status ? boost::json::value(*c.inspection_status) : nullptr},
                         {"inspection_outcome", c.inspection_outcome ? boost::json::value(*c.inspection_outcome) : nullptr}});
    }
    out["classes"] = std::move(classes);
    out["reproduced"] = DrawService::Reproduced(d);
  }
  return out;
}

boost::json::object EngagementJson(const Engagement& e) {
  return {{"id", e.id},
          {"auditor_id", e.auditor_id},
          {"auditor_name", e.auditor_name},
          {"region_code", e.region_code},
          {"region_name", e.region_name},
          {"valid_from", e.valid_from},
          {"valid_to", e.valid_to},
          {"note", e.note},
          {"created_at", core::FormatShanghai(e.created_at)},
          {"created_by", e.created_by}};
}
}  // namespace

void RegisterEngagementRoutes(http::Router& router, EngagementService& service) {
  router.Get("/api/v1/spot-checks/engagements", "inspection:engagement:read",
             "Third-party auditors engaged for spot checks: in the officer's region, or the auditor's own; newest "
             "first",
             [&service](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return service.List(ctx.principal(), after, limit); },
                   [](const auto& e) { return EngagementJson(e); });
             });
  router.Post("/api/v1/spot-checks/engagements", "inspection:engagement:create",
              "Engage a third-party auditor to spot-check the classes of a region within the officer's own for a "
              "period",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<EngagementInput>();
                if (!input) return input.error();
                auto engagement = service.Engage(ctx.actor(), *input);
                if (!engagement) return engagement.error();
                return http::Json(http::Status::created, EngagementJson(*engagement));
              });
}

void RegisterDrawRoutes(http::Router& router, DrawService& service) {
  router.Get("/api/v1/spot-checks/draws", "inspection:draw:read",
             "Spot-check draws in the caller's region, or an engaged auditor's own, newest first",
             [&service](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return service.List(ctx.principal(), after, limit); },
                   [](const auto& d) { return DrawJson(d, false); });
             });

  router.Post("/api/v1/spot-checks/draws", "inspection:draw:create",
              "Draw a random sample, stratified by institution, of the classes running on site in the caller's "
              "region (or a region an auditor is engaged for) on a day (a rate or a count); the population and seed "
              "are kept so anyone can re-derive it",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<DrawInput>();
                if (!input) return input.error();
                auto draw = service.Draw(ctx.actor(), *input);
                if (!draw) return draw.error();
                return http::Json(http::Status::created, DrawJson(*draw, true));
              });

  router.Get("/api/v1/spot-checks/draws/{id}", "inspection:draw:read",
             "One draw with its population, the classes drawn, and whether the rule still gives that sample",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto draw = service.Get(ctx.principal(), *id);
               if (!draw) return draw.error();
               return http::Json(http::Status::ok, DrawJson(*draw, true));
             });
}

}  // namespace sunshine::inspection
