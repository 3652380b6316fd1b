#include "subsidy/claim_audit_routes.hpp"

#include "core/time.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::object DrawJson(const claim_audit_store::Draw& d) {
  return {{"id", d.id},
          {"city_code", d.city_code},
          {"claimed_from", d.claimed_from},
          {"claimed_to", d.claimed_to},
          {"rate_1e4", d.rate_1e4},
          {"seed", d.seed},
          {"population_size", d.population_size},
          {"drawn", d.drawn},
          {"drawn_by", d.drawn_by},
          {"drawn_at", core::FormatShanghai(d.drawn_at)}};
}

boost::json::object AuditJson(const claim_audit_store::Audit& a) {
  const auto at = [](std::int64_t ms) { return ms ? boost::json::value(core::FormatShanghai(ms)) : nullptr; };
  return {{"id", a.id},
          {"draw_id", a.draw_id},
          {"claim_id", a.claim_id},
          {"city_code", a.city_code},
          {"institution_name", a.institution_name},
          {"class_name", a.class_name},
          {"approved_fen", a.approved_fen},
          {"status", a.status},
          {"assignee", TextOrNull(a.assignee)},
          {"assigned_by", TextOrNull(a.assigned_by)},
          {"assigned_at", at(a.assigned_at)},
          {"checklist", boost::json::parse(a.checklist)},
          {"outcome", TextOrNull(a.outcome)},
          {"finding", TextOrNull(a.finding)},
          {"concluded_by", TextOrNull(a.concluded_by)},
          {"concluded_at", at(a.concluded_at)}};
}

// One audit: with its evidence photos (their bytes at .../photos/{sha256}).
boost::json::object DetailJson(const claim_audit_store::Audit& a) {
  auto out = AuditJson(a);
  boost::json::array photos;
  for (const auto& p : a.photos.value_or(std::vector<inspection::inspection_store::EvidencePhoto>{})) {
    photos.push_back({{"sha256", p.sha256},
                      {"content_type", p.content_type},
                      {"bytes", p.bytes},
                      {"uploaded_at", core::FormatShanghai(p.uploaded_at)},
                      {"uploaded_by", p.uploaded_by}});
  }
  out["photos"] = std::move(photos);
  return out;
}

template <class Input, class Call>
Reply Act(Context& ctx, Call call) {
  auto id = ctx.PathId("id");
  if (!id) return id.error();
  auto input = ctx.Body<Input>();
  if (!input) return input.error();
  auto audit = call(*id, *input);
  if (!audit) return audit.error();
  return http::Json(http::Status::ok, DetailJson(*audit));
}
}  // namespace

void RegisterClaimAuditRoutes(http::Router& router, ClaimAuditService& service) {
  router.Post("/api/v1/claim-audits/draws", "subsidy:claim_audit:draw",
              "Draw a seeded random sample of the city's approved claims of a span of claim dates, at the configured "
              "rate; each drawn claim becomes an audit",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<AuditDrawInput>();
                if (!input) return input.error();
                auto result = service.Draw(ctx.actor(), *input);
                if (!result) return result.error();
                auto out = DrawJson(result->draw);
                out["population"] = boost::json::parse(result->draw.population);
                boost::json::array drawn;
                for (const auto id : result->claim_ids) drawn.push_back(id);
                out["claim_ids"] = std::move(drawn);
                return http::Json(http::Status::created, out);
              });
  router.Get("/api/v1/claim-audits/draws", "subsidy:claim_audit:read",
             "Claim audit draws of the cities in the caller's region, newest first, each with its seed",
             [&service](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return service.Draws(ctx.principal(), after, limit); },
                   DrawJson);
             });
  router.Get("/api/v1/claim-audits", "subsidy:claim_audit:read",
             "Claim audits: those of the cities in an officer's region and those assigned to the caller (an auditor "
             "sees only those assigned to it); newest first; ?status=unassigned|assigned|concluded",
             [&service](Context& ctx) -> Reply {
               const auto status = ctx.Query("status").value_or("");
               return http::KeysetPage(
                   ctx,
                   [&](std::int64_t after, int limit) { return service.List(ctx.principal(), status, after, limit); },
                   AuditJson);
             });
  router.Get("/api/v1/claim-audits/{id}", "subsidy:claim_audit:read", "One claim audit with its checklist and evidence",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto audit = service.Get(ctx.principal(), *id);
               if (!audit) return audit.error();
               return http::Json(http::Status::ok, DetailJson(*audit));
             });
  router.Post("/api/v1/claim-audits/{id}/photos", "subsidy:claim_audit:work",
              "Add an evidence photo to an open audit assigned to the caller (the body is the JPEG or PNG, "
              "Content-Type image/jpeg or image/png)",
              [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto audit = service.AddPhoto(ctx.actor(), *id, ctx.request().body(),
                                              std::string(ctx.request()[http::beast_http::field::content_type]));
                if (!audit) return audit.error();
                return http::Json(http::Status::ok, DetailJson(*audit));
              });
  router.Get("/api/v1/claim-audits/{id}/photos/{sha256}", "subsidy:claim_audit:read",
             "An evidence photo's bytes (each view audited)", [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto photo = service.Photo(ctx.actor(), *id, std::string(ctx.PathParam("sha256")));
               if (!photo) return photo.error();
               return http::Bytes(std::move(photo->bytes), photo->content_type);
             });
  router.Post("/api/v1/claim-audits/{id}/actions/assign", "subsidy:claim_audit:assign",
              "Assign an audit to an officer of the city (user:<username>) or a third-party auditor (auditor:<id>)",
              [&service](Context& ctx) -> Reply {
                return Act<AssignInput>(ctx, [&](std::int64_t id, const AssignInput& in) {
                  return service.Assign(ctx.actor(), id, in);
                });
              });
  router.Put("/api/v1/claim-audits/{id}/checklist", "subsidy:claim_audit:work",
             "Record checklist items of an audit assigned to the caller (each pass, fail with a note, or "
             "not_applicable); items sent replace what was saved for them",
             [&service](Context& ctx) -> Reply {
               return Act<ChecklistInput>(ctx, [&](std::int64_t id, const ChecklistInput& in) {
                 return service.SaveChecklist(ctx.actor(), id, in);
               });
             });
  router.Post("/api/v1/claim-audits/{id}/actions/conclude", "subsidy:claim_audit:work",
              "Conclude an audit assigned to the caller once every checklist item has a result: no_issue, or "
              "issues_found with the finding (which a recovery order may then cite as claim_audit:<id>)",
              [&service](Context& ctx) -> Reply {
                return Act<ConcludeInput>(ctx, [&](std::int64_t id, const ConcludeInput& in) {
                  return service.Conclude(ctx.actor(), id, in);
                });
              });
}

}  // namespace sunshine::subsidy
