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
  CheckCaptureShape(e, at, errors);
  auto refuse = [&](const char* field, const char* reason) { errors.push_back({at + field, reason}); };
  if (e.class_id <= 0) refuse("class_id", "not_positive");
  if (e.session_id <= 0) refuse("session_id", "not_positive");
  if (e.kind != "start" && e.kind != "in_class" && e.kind != "end") refuse("kind", "unknown");
}

void JudgePlaceAndFace(core::LatLon at, const std::optional<core::LatLon>& place, double face_score,
                       double liveness_score, const CheckinPolicy& policy, const char* far_reason,
                       CheckinJudgement& out) {
  if (place) {
    const double metres = core::DistanceMetres(at, *place);
    out.distance_m = static_cast<int>(std::lround(metres));
    if (metres > policy.max_distance_m) out.reasons.emplace_back(far_reason);
  }
  if (face_score < policy.min_face_score) out.reasons.emplace_back("low_face_score");
  if (liveness_score < policy.min_liveness_score) out.reasons.emplace_back("low_liveness_score");
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
  JudgePlaceAndFace({event.latitude, event.longitude}, facts.venue, event.face_score, event.liveness_score, policy,
                    "far_from_venue", out);
  return out;
}

}  // namespace sunshine::training
