#include "assessment/sitting_checkin_routes.hpp"

#include "core/time.hpp"
#include "training/checkin_routes.hpp"

namespace sunshine::assessment {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::object CaptureJson(const sitting_checkin_store::Capture& c) {
  boost::json::array reasons;
  if (auto parsed = boost::json::parse(c.reasons); parsed.is_array()) reasons = parsed.as_array();
  return {{"id", c.id},
          {"trainee_id", c.trainee_id},
          {"name_masked", c.name},
          {"terminal_id", c.terminal_id},
          {"terminal_name", c.terminal_name},
          {"captured_at", core::FormatShanghai(c.captured_at)},
          {"received_at", core::FormatShanghai(c.received_at)},
          {"latitude", c.latitude_e6 / 1e6},
          {"longitude", c.longitude_e6 / 1e6},
          {"distance_m", c.distance_m ? boost::json::value(*c.distance_m) : nullptr},
          {"face_score", c.face_score},
          {"liveness_score", c.liveness_score},
          {"photo_sha256", c.photo_sha256},
          {"counts", c.counts},
          {"reasons", std::move(reasons)}};
}

boost::json::object HostedJson(const HostedSittingView& v) {
  const auto& s = v.sitting;
  boost::json::array candidates;
  for (const auto& c : v.candidates) candidates.push_back({{"trainee_id", c.trainee_id}, {"name_masked", c.name_masked}});
  return {{"id", s.id},
          {"date", s.date},
          {"start", s.start},
          {"end", s.end},
          {"place", s.place},
          {"occupation_name", s.occupation_name},
          {"level", s.level ? boost::json::value(*s.level) : nullptr},
          {"organiser_name", s.organiser_name},
          {"candidates", std::move(candidates)}};
}
}  // namespace

void RegisterSittingCheckinRoutes(http::Router& router, SittingCheckinService& service) {
  router.Post("/api/v1/assessments/checkins/batches", "assessment:checkin:upload",
              "Upload a signed batch of candidates' check-ins at sittings the terminal's institution hosts; stored "
              "whole or not at all, with each capture's outcome",
              [&service](Context& ctx) -> Reply {
                auto receipt = service.Upload(ctx.actor(), ctx.request());
                if (!receipt) return receipt.error();
                return http::Json(http::Status::ok, training::ReceiptJson(*receipt, "event_id"));
              });
  router.Get("/api/v1/terminal/sittings", "assessment:schedule:read",
             "A signed download of the planned sittings the terminal's institution hosts between two dates, with "
             "the candidates' masked names",
             [&service](Context& ctx) -> Reply {
               auto sittings = service.Schedule(ctx.principal(), ctx.Query("from"), ctx.Query("to"));
               if (!sittings) return sittings.error();
               boost::json::array items;
               for (const auto& s : *sittings) items.push_back(HostedJson(s));
               return http::Json(http::Status::ok, {{"items", std::move(items)}});
             });
  router.Get("/api/v1/assessments/sittings/{id}/checkins", "assessment:sitting:read",
             "Every terminal capture at a sitting in time order: who, when, where, scores, whether and why it counts",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto captures = service.Captures(ctx.principal(), *id);
               if (!captures) return captures.error();
               boost::json::array items;
               for (const auto& c : *captures) items.push_back(CaptureJson(c));
               return http::Json(http::Status::ok, {{"items", std::move(items)}});
             });
  router.Get("/api/v1/assessments/sittings/{id}/photos/{sha256}", "assessment:sitting:read",
             "A photo taken at one of the sitting's check-ins (each view audited)",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto photo = service.PhotoOf(ctx.actor(), *id, std::string(ctx.PathParam("sha256")));
               if (!photo) return photo.error();
               return http::Bytes(std::move(photo->bytes), photo->content_type);
             });
}

}  // namespace sunshine::assessment
