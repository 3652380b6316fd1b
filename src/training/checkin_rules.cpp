#include "training/checkin_rules.hpp"

#include <cmath>

namespace sunshine::training {
namespace {
constexpr std::int64_t kMinute = 60 * 1000;

// The time rules of each kind of check-in against the session's window.
void JudgeTime(const CheckinEventInput& event, const CheckinFacts& facts, const CheckinPolicy& policy,
               std::vector<std::string>& reasons) {
  const std::int64_t t = event.captured_at;
  if (event.kind == "start") {
    if (t < facts.session_from - policy.early_minutes * kMinute) reasons.emplace_back("too_early");
    else if (t > facts.session_from + policy.late_minutes * kMinute) reasons.emplace_back("late");
  } else if (event.kind == "end") {
    if (t < facts.session_to - policy.leave_early_minutes * kMinute) reasons.emplace_back("left_early");
    else if (t > facts.session_to + policy.end_window_minutes * kMinute) reasons.emplace_back("after_session");
  } else if (t < facts.session_from || t > facts.session_to) {
    reasons.emplace_back("outside_session");
  }
}
}  // namespace

bool IsDeviceItemId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

bool IsSha256Hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

void CheckEventShape(const CheckinEventInput& e, std::size_t index, std::vector<core::FieldError>& errors) {
  const std::string at = "events[" + std::to_string(index) + "].";
  auto refuse = [&](const char* field, const char* reason) { errors.push_back({at + field, reason}); };
  if (!IsDeviceItemId(e.event_id)) refuse("event_id", "invalid_format");
  if (e.trainee_id <= 0) refuse("trainee_id", "not_positive");
  if (e.class_id <= 0) refuse("class_id", "not_positive");
  if (e.session_id <= 0) refuse("session_id", "not_positive");
  if (e.kind != "start" && e.kind != "in_class" && e.kind != "end") refuse("kind", "unknown");
  if (e.captured_at <= 0) refuse("captured_at", "not_positive");
  if (!(e.latitude >= -90 && e.latitude <= 90)) refuse("latitude", "out_of_range");
  if (!(e.longitude >= -180 && e.longitude <= 180)) refuse("longitude", "out_of_range");
  if (!(e.face_score >= 0 && e.face_score <= 1)) refuse("face_score", "out_of_range");
  if (!(e.liveness_score >= 0 && e.liveness_score <= 1)) refuse("liveness_score", "out_of_range");
  if (!IsSha256Hex(e.photo_sha256)) refuse("photo_sha256", "invalid_format");
  if (e.datum && !core::ParseDatum(*e.datum)) refuse("datum", "unknown");
}

void ToStoredDatum(CheckinEventInput& e) {
  const auto datum = core::ParseDatum(e.datum.value_or("wgs84")).value_or(core::Datum::kWgs84);
  const core::LatLon wgs84 = core::ToWgs84({e.latitude, e.longitude}, datum);
  e.latitude = wgs84.lat;
  e.longitude = wgs84.lon;
  e.datum = "wgs84";
}

CheckinJudgement JudgeCheckin(const CheckinEventInput& event, const CheckinFacts& facts, const CheckinPolicy& policy) {
  CheckinJudgement out;
  auto& reasons = out.reasons;
  if (facts.class_status != "approved" && facts.class_status != "running" && facts.class_status != "finished") {
    reasons.emplace_back("class_not_open");
  }
  if (!facts.on_roster) {
    reasons.emplace_back("not_on_roster");
  } else if (facts.withdrawn_at && *facts.withdrawn_at <= event.captured_at) {
    reasons.emplace_back("withdrawn");
  }
  if (event.captured_at > facts.received_at + policy.max_clock_ahead_seconds * 1000LL) {
    reasons.emplace_back("captured_in_future");
  }
  JudgeTime(event, facts, policy, reasons);
  if (facts.venue) {
    const double metres = core::DistanceMetres({event.latitude, event.longitude}, *facts.venue);
    out.distance_m = static_cast<int>(std::lround(metres));
    if (metres > policy.max_distance_m) reasons.emplace_back("far_from_venue");
  }
  if (event.face_score < policy.min_face_score) reasons.emplace_back("low_face_score");
  if (event.liveness_score < policy.min_liveness_score) reasons.emplace_back("low_liveness_score");
  return out;
}

}  // namespace sunshine::training
