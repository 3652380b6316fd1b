#include "inspection/inspection_routes.hpp"

#include "core/time.hpp"

namespace sunshine::inspection {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
constexpr char kPath[] = "/api/v1/spot-checks/draws/{id}/classes/{class_id}/inspection";

boost::json::value Degrees(const std::optional<std::int64_t>& e6) {
  return e6 ? boost::json::value(static_cast<double>(*e6) / 1e6) : nullptr;
}
boost::json::value Instant(const std::optional<std::int64_t>& at) {
  return at ? boost::json::value(core::FormatShanghai(*at)) : nullptr;
}

boost::json::object InspectionJson(const InspectionView& v) {
  const auto& r = v.record;
  boost::json::array photos, videos;
  for (const auto& p : v.photos) {
    photos.push_back({{"sha256", p.sha256}, {"content_type", p.content_type}, {"bytes", p.bytes},
                      {"uploaded_at", core::FormatShanghai(p.uploaded_at)}, {"uploaded_by", p.uploaded_by}});
  }
  for (const auto& x : v.videos) {
    videos.push_back({{"camera_id", x.camera_id}, {"from", core::FormatShanghai(x.from_at)},
                      {"to", core::FormatShanghai(x.to_at)}, {"reference", x.reference},
                      {"added_at", core::FormatShanghai(x.added_at)}, {"added_by", x.added_by}});
  }
  boost::json::object out{{"id", r.id},
                          {"draw_id", r.draw_id},
                          {"draw_date", v.draw_date},
                          {"class_id", r.class_id},
                          {"class_name", r.class_name},
                          {"institution_name", r.institution_name},
                          {"session_id", r.session_id ? boost::json::value(*r.session_id) : nullptr},
                          {"inspector", r.inspector},
                          {"arrived_at", core::FormatShanghai(r.arrived_at)},
                          {"arrival", {{"latitude", Degrees(r.arrival_latitude_e6)}, {"longitude", Degrees(r.arrival_longitude_e6)}}},
                          {"departed_at", Instant(r.departed_at)},
                          {"departure", {{"latitude", Degrees(r.departure_latitude_e6)}, {"longitude", Degrees(r.departure_longitude_e6)}}},
                          {"headcount", r.headcount},
                          {"platform", {{"roster_size", r.roster_size}, {"checked_in", r.checked_in}}},
                          {"findings", boost::json::array(v.findings.begin(), v.findings.end())},
                          {"notes", r.notes},
                          {"outcome", r.outcome ? boost::json::value(*r.outcome) : nullptr},
                          {"status", r.status},
                          {"photos", std::move(photos)},
                          {"videos", std::move(videos)}};
  if (v.case_id) out["case_id"] = *v.case_id;
  return out;
}

// The draw's id and the class's id from the path.
struct Target {
  std::int64_t draw = 0, klass = 0;
};
core::Result<Target> TargetOf(const Context& ctx) {
  auto draw = ctx.PathId("id");
  if (!draw) return draw.error();
  auto klass = ctx.PathId("class_id");
  if (!klass) return klass.error();
  return Target{*draw, *klass};
}

Reply Answer(const core::Result<InspectionView>& view, http::Status status = http::Status::ok) {
  if (!view) return view.error();
  return http::Json(status, InspectionJson(*view));
}
}  // namespace

void RegisterInspectionRoutes(http::Router& router, InspectionService& service) {
  const std::string path = kPath;
  router.Post(path, "inspection:inspection:create",
              "Arrive at a drawn class on the draw's day: the headcount found, beside the roster and the counting "
              "check-ins the platform holds at that moment",
              [&service](Context& ctx) -> Reply {
                auto target = TargetOf(ctx);
                if (!target) return target.error();
                auto input = ctx.Body<ArrivalInput>();
                if (!input) return input.error();
                return Answer(service.Arrive(ctx.actor(), target->draw, target->klass, *input), http::Status::created);
              });
  router.Get(path, "inspection:inspection:read", "The inspection record of a drawn class",
             [&service](Context& ctx) -> Reply {
               auto target = TargetOf(ctx);
               if (!target) return target.error();
               return Answer(service.Get(ctx.principal(), target->draw, target->klass));
             });
  router.Patch(path, "inspection:inspection:create", "Headcount, findings (from the fixed list) and notes of an open record",
               [&service](Context& ctx) -> Reply {
                 auto target = TargetOf(ctx);
                 if (!target) return target.error();
                 auto input = ctx.Body<InspectionUpdate>();
                 if (!input) return input.error();
                 return Answer(service.Update(ctx.actor(), target->draw, target->klass, *input));
               });
  router.Post(path + "/photos", "inspection:inspection:create",
              "Add an evidence photo (the body is the JPEG or PNG, Content-Type image/jpeg or image/png)",
              [&service](Context& ctx) -> Reply {
                auto target = TargetOf(ctx);
                if (!target) return target.error();
                return Answer(service.AddPhoto(ctx.actor(), target->draw, target->klass, ctx.request()));
              });
  router.Get(path + "/photos/{sha256}", "inspection:inspection:read", "An evidence photo's bytes (each view audited)",
             [&service](Context& ctx) -> Reply {
               auto target = TargetOf(ctx);
               if (!target) return target.error();
               auto photo = service.Photo(ctx.actor(), target->draw, target->klass, std::string(ctx.PathParam("sha256")));
               if (!photo) return photo.error();
               return http::Bytes(std::move(photo->bytes), photo->content_type);
             });
  router.Post(path + "/videos", "inspection:inspection:create",
              "Add a video-surveillance reference (camera, time range, URL or archive reference)",
              [&service](Context& ctx) -> Reply {
                auto target = TargetOf(ctx);
                if (!target) return target.error();
                auto input = ctx.Body<VideoInput>();
                if (!input) return input.error();
                return Answer(service.AddVideo(ctx.actor(), target->draw, target->klass, *input));
              });
  router.Post(path + "/actions/close", "inspection:inspection:create",
              "Leave and conclude (fine, remarks, serious); a serious outcome opens a case on the institution",
              [&service](Context& ctx) -> Reply {
                auto target = TargetOf(ctx);
                if (!target) return target.error();
                auto input = ctx.Body<CloseInput>();
                if (!input) return input.error();
                return Answer(service.Close(ctx.actor(), target->draw, target->klass, *input));
              });
}

}  // namespace sunshine::inspection
