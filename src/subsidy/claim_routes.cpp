#include "subsidy/claim_routes.hpp"

#include "core/time.hpp"

namespace sunshine::subsidy {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::object ClaimJson(const claim_store::Claim& c) {
  return {{"id", c.id},
          {"class_id", c.class_id},
          {"class_name", c.class_name},
          {"institution_name", c.institution_name},
          {"claimant", c.claimant},
          {"kind", c.kind},
          {"region_code", c.region_code},
          {"status", c.status},
          {"claimed_on", c.claimed_on},
          {"lines", c.lines},
          {"paid_lines", c.paid_lines},
          {"amount_fen", c.amount_fen},
          {"proof_sm3", c.proof_sm3},
          {"submitted_at", core::FormatShanghai(c.submitted_at)},
          {"submitted_by", c.submitted_by}};
}

boost::json::object DetailJson(const ClaimDetail& d) {
  auto out = ClaimJson(d.claim);
  boost::json::array lines;
  for (const auto& l : d.lines) {
    const auto& r = l.row;
    lines.push_back({{"trainee_id", r.trainee_id},
                     {"name_masked", l.name_masked},
                     {"id_number_masked", l.id_number_masked},
                     {"position", r.position},
                     {"paid", r.paid},
                     {"amount_fen", r.amount_fen},
                     {"reasons", boost::json::parse(r.reasons)},
                     {"counted_minutes", r.counted_minutes},
                     {"certificate_number", r.certificate_number ? boost::json::value(*r.certificate_number) : nullptr}});
  }
  out["lines_detail"] = std::move(lines);
  return out;
}
}  // namespace

void RegisterClaimRoutes(http::Router& router, ClaimService& service) {
  router.Get("/api/v1/claims", "subsidy:claim:read",
             "Subsidy claims: an institution's own, or those of the classes in an officer's region; newest first",
             [&service](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return service.List(ctx.principal(), after, limit); },
                   [](const auto& c) { return ClaimJson(c); });
             });
  router.Post("/api/v1/claims", "subsidy:claim:submit",
              "Claim the subsidy of a finished class for the trainees who authorised it: the platform judges and "
              "prices every roster line and seals the proof",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<ClaimInput>();
                if (!input) return input.error();
                auto detail = service.Submit(ctx.actor(), *input);
                if (!detail) return detail.error();
                return http::Json(http::Status::created, DetailJson(*detail));
              });
  router.Get("/api/v1/claims/{id}", "subsidy:claim:read",
             "One claim with each line: paid and its amount, or every reason it is not",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto detail = service.Get(ctx.principal(), *id);
               if (!detail) return detail.error();
               return http::Json(http::Status::ok, DetailJson(*detail));
             });
  router.Get("/api/v1/claims/{id}/proof", "subsidy:claim:read",
             "The sealed snapshot of what justified each line at submission, its SM3 digest, and whether the "
             "digest still matches",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto proof = service.ProofOf(ctx.principal(), *id);
               if (!proof) return proof.error();
               return http::Json(http::Status::ok, {{"claim_id", *id},
                                                    {"sm3", proof->sm3},
                                                    {"intact", proof->intact},
                                                    {"proof", boost::json::parse(proof->json)}});
             });
}

}  // namespace sunshine::subsidy
