#include "training/checkin_routes.hpp"

#include "core/time.hpp"

namespace sunshine::training {
using http::Context;
using Reply = core::Result<http::Response>;

boost::json::object ReceiptJson(const BatchReceipt& receipt, const char* id_name) {
  boost::json::array results;
  for (const auto& o : receipt.outcomes) {
    boost::json::object item{{id_name, o.id}, {"outcome", o.duplicate ? "duplicate" : "stored"}};
    if (!o.duplicate) {
      item["counts"] = o.counts;
      item["reasons"] = boost::json::array(o.reasons.begin(), o.reasons.end());
    }
    results.push_back(std::move(item));
  }
  return {{"batch_id", receipt.batch_id},
          {"received", receipt.outcomes.size()},
          {"stored", receipt.stored},
          {"duplicates", receipt.duplicates},
          {"counting", receipt.counting},
          {"results", std::move(results)}};
}

namespace {
boost::json::object AttendanceJson(const ClassAttendance& a) {
  const auto& c = a.detail.record;
  boost::json::array sessions, trainees;
  for (std::size_t i = 0; i < a.detail.sessions.size(); ++i) {
    const auto& s = a.detail.sessions[i];
    sessions.push_back({{"id", s.id}, {"date", s.date}, {"start", s.start}, {"end", s.end}, {"topic", s.topic},
                        {"planned_minutes", a.planned[i]}});
  }
  for (const auto& t : a.trainees) {
    const auto& e = t.person.entry;
    trainees.push_back({{"trainee_id", e.trainee_id},
                        {"name", e.name},
                        {"id_number_masked", t.person.id_number_masked},
                        {"before_start", e.before_start},
                        {"withdrawn", e.withdrawn_at.has_value()},
                        {"minutes", boost::json::array(t.minutes.begin(), t.minutes.end())},
                        {"attended_minutes", t.attended_minutes},
                        {"rate", t.rate}});
  }
  return {{"class", {{"id", c.id}, {"name", c.name}, {"status", c.status}, {"mode", c.mode},
                     {"institution_name", c.institution_name}, {"start_date", c.start_date}, {"end_date", c.end_date}}},
          {"planned_minutes", a.planned_minutes},
          {"checkins", a.checkins},
          {"counting", a.counting},
          {"sessions", std::move(sessions)},
          {"trainees", std::move(trainees)}};
}

// A JSON array stored as text (reasons, face checks), or [] if it cannot be read.
boost::json::value StoredArray(const std::string& text) {
  boost::json::error_code ec;
  auto value = boost::json::parse(text, ec);
  return ec || !value.is_array() ? boost::json::value(boost::json::array{}) : value;
}

boost::json::object TrailJson(const Trail& trail) {
  boost::json::array events, segments, sessions;
  for (const auto& s : trail.segments) {
    segments.push_back({{"id", s.id},
                        {"segment_id", s.segment_id},
                        {"class_id", s.class_id},
                        {"class_name", s.class_name},
                        {"course_item", s.course_item},
                        {"started_at", core::FormatShanghai(s.started_at)},
                        {"ended_at", core::FormatShanghai(s.ended_at)},
                        {"received_at", core::FormatShanghai(s.received_at)},
                        {"minutes", (s.ended_at - s.started_at) / 60000},
                        {"face_checks", StoredArray(s.face_checks)},
                        {"platform", {{"key_id", s.platform_key_id}, {"name", s.platform_name}}},
                        {"counts", s.counts},
                        {"reasons", StoredArray(s.reasons)}});
  }
  for (const auto& e : trail.events) {
    events.push_back({{"id", e.id},
                      {"event_id", e.event_id},
                      {"class_id", e.class_id},
                      {"class_name", e.class_name},
                      {"session_id", e.session_id},
                      {"kind", e.kind},
                      {"captured_at", core::FormatShanghai(e.captured_at)},
                      {"received_at", core::FormatShanghai(e.received_at)},
                      {"latitude", e.latitude},
                      {"longitude", e.longitude},
                      {"distance_m", e.distance_m ? boost::json::value(*e.distance_m) : nullptr},
                      {"face_score", e.face_score},
                      {"liveness_score", e.liveness_score},
                      {"photo_sha256", e.photo_sha256},
                      {"photo_stored", e.photo_stored},
                      {"terminal", {{"key_id", e.terminal_key_id}, {"name", e.terminal_name}}},
                      {"counts", e.counts},
                      {"reasons", StoredArray(e.reasons)}});
  }
  for (const auto& s : trail.sessions) {
    sessions.push_back({{"class_id", s.class_id}, {"class_name", s.class_name}, {"session_id", s.session_id},
                        {"date", s.date}, {"start", s.start}, {"end", s.end}, {"planned_minutes", s.planned_minutes},
                        {"attended_minutes", s.attended_minutes}});
  }
  return {{"trainee_id", trail.trainee_id},
          {"name", trail.name},
          {"attended_minutes", trail.attended_minutes},
          {"sessions", std::move(sessions)},
          {"events", std::move(events)},
          {"segments", std::move(segments)}};
}
boost::json::object ScheduleJson(const Schedule& schedule) {
  boost::json::array classes;
  for (const auto& c : schedule.classes) {
    boost::json::array sessions, roster;
    for (const auto& s : c.sessions) {
      sessions.push_back({{"id", s.id}, {"date", s.date}, {"start", s.start}, {"end", s.end}});
    }
    for (const auto& r : c.roster) {
      roster.push_back({{"trainee_id", r.trainee_id}, {"name_masked", r.name_masked}, {"withdrawn", r.withdrawn}});
    }
    classes.push_back({{"id", c.id},
                       {"name", c.name},
                       {"status", c.status},
                       {"mode", c.mode},
                       {"venue_id", c.venue_id ? boost::json::value(*c.venue_id) : nullptr},
                       {"version", c.version},
                       {"sessions", std::move(sessions)},
                       {"roster", std::move(roster)}});
  }
  return {{"from", schedule.from}, {"to", schedule.to}, {"version", schedule.version}, {"classes", std::move(classes)}};
}
}  // namespace

void RegisterCheckinRoutes(http::Router& router, CheckinService& checkins, OnlineService& online,
                           PhotoService& photos, AttendanceService& attendance, ScheduleService& schedules) {
  router.Get("/api/v1/terminal/schedule", "training:schedule:read",
             "A signed download of the classes a terminal serves between two dates: sessions, roster with masked "
             "names, and a version per class (?since= for what changed)",
             [&schedules](Context& ctx) -> Reply {
               auto schedule = schedules.For(ctx.principal(), ctx.Query("from"), ctx.Query("to"), ctx.Query("since"));
               if (!schedule) return schedule.error();
               return http::Json(http::Status::ok, ScheduleJson(*schedule));
             });
  router.Post("/api/v1/online/segments/batches", "training:online:upload",
              "Upload a signed batch of online learning segments with their face checks; stored whole or not at "
              "all, with each segment's outcome",
              [&online](Context& ctx) -> Reply {
                auto receipt = online.Upload(ctx.actor(), ctx.request());
                if (!receipt) return receipt.error();
                return http::Json(http::Status::ok, ReceiptJson(*receipt, "segment_id"));
              });
  router.Post("/api/v1/checkins/batches", "training:checkin:upload",
              "Upload a signed batch of check-ins from a terminal; stored whole or not at all, with each event's "
              "outcome",
              [&checkins](Context& ctx) -> Reply {
                auto receipt = checkins.Upload(ctx.actor(), ctx.request());
                if (!receipt) return receipt.error();
                return http::Json(http::Status::ok, ReceiptJson(*receipt, "event_id"));
              });
  router.Put("/api/v1/photos/{sha256}", "training:photo:upload",
             "Upload a check-in photo addressed by the SHA-256 of its bytes (signed by the terminal)",
             [&photos](Context& ctx) -> Reply {
               auto receipt = photos.Put(ctx.actor(), ctx.request(), ctx.PathParam("sha256"));
               if (!receipt) return receipt.error();
               return http::Json(receipt->already_stored ? http::Status::ok : http::Status::created,
                                 {{"sha256", receipt->sha256},
                                  {"bytes", receipt->bytes},
                                  {"already_stored", receipt->already_stored}});
             });
  router.Get("/api/v1/photos/{sha256}", "training:class:read",
             "A check-in photo of a class in the caller's scope (each view audited)",
             [&attendance](Context& ctx) -> Reply {
               auto photo = attendance.PhotoOf(ctx.actor(), std::string(ctx.PathParam("sha256")));
               if (!photo) return photo.error();
               return http::Bytes(std::move(photo->bytes), photo->content_type);
             });
  router.Get("/api/v1/classes/{id}/attendance", "training:class:read",
             "Attendance of a class: minutes per trainee per session from the check-ins that count, and the rate "
             "against planned hours",
             [&attendance](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto result = attendance.ForClass(ctx.principal(), *id);
               if (!result) return result.error();
               return http::Json(http::Status::ok, AttendanceJson(*result));
             });
  router.Get("/api/v1/trainees/{id}/trail", "training:class:read",
             "One person's check-ins in time order (optionally in one class): place, photo, scores, terminal, "
             "whether and why each counts, and the minutes they add up to",
             [&attendance](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               std::int64_t class_id = 0;
               if (auto text = ctx.Query("class_id")) {
                 try {
                   class_id = std::stoll(*text);
                 } catch (const std::exception&) {
                   class_id = -1;
                 }
                 if (class_id <= 0) {
                   return core::Error::Invalid("invalid_fields", "class_id 须为正整数", {{"class_id", "not_positive"}});
                 }
               }
               auto trail = attendance.TrailOf(ctx.principal(), *id, class_id);
               if (!trail) return trail.error();
               return http::Json(http::Status::ok, TrailJson(*trail));
             });
}

}  // namespace sunshine::training
