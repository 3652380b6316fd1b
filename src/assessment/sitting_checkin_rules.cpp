#include "assessment/sitting_checkin_rules.hpp"

namespace sunshine::assessment {
namespace {
constexpr std::int64_t kMinute = 60 * 1000;
}  // namespace

void CheckSittingCheckinShape(const SittingCheckinInput& e, std::size_t index, std::vector<core::FieldError>& errors) {
  const std::string at = "events[" + std::to_string(index) + "].";
  training::CheckCaptureShape(e, at, errors);
  if (e.sitting_id <= 0) errors.push_back({at + "sitting_id", "not_positive"});
}

training::CheckinJudgement JudgeSittingCheckin(const SittingCheckinInput& event, const SittingCheckinFacts& facts,
                                               const training::CheckinPolicy& policy) {
  training::CheckinJudgement out;
  auto& reasons = out.reasons;
  if (facts.status != "planned") reasons.emplace_back("sitting_closed");
  if (!facts.candidate) reasons.emplace_back("not_candidate");
  if (event.captured_at > facts.received_at + policy.max_clock_ahead_seconds * 1000LL) {
    reasons.emplace_back("captured_in_future");
  }
  if (event.captured_at < facts.from - policy.early_minutes * kMinute) {
    reasons.emplace_back("too_early");
  } else if (event.captured_at > facts.from + policy.late_minutes * kMinute) {
    reasons.emplace_back("late");
  }
  training::JudgePlaceAndFace({event.latitude, event.longitude}, facts.place, event.face_score, event.liveness_score,
                              policy, "far_from_place", out);
  return out;
}

}  // namespace sunshine::assessment
