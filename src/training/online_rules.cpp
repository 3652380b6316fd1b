#include "training/online_rules.hpp"

#include <algorithm>

namespace sunshine::training {
void CheckSegmentShape(const SegmentInput& s, std::size_t index, std::vector<core::FieldError>& errors) {
  const std::string at = "segments[" + std::to_string(index) + "].";
  auto refuse = [&](const std::string& field, const char* reason) { errors.push_back({at + field, reason}); };
  if (!IsDeviceItemId(s.segment_id)) refuse("segment_id", "invalid_format");
  if (s.trainee_id <= 0) refuse("trainee_id", "not_positive");
  if (s.class_id <= 0) refuse("class_id", "not_positive");
  if (s.course_item.empty()) refuse("course_item", "required");
  else if (s.course_item.size() > 600) refuse("course_item", "too_long");
  if (s.started_at <= 0) refuse("started_at", "not_positive");
  if (s.ended_at <= s.started_at) refuse("ended_at", "not_after_start");
  else if (s.ended_at - s.started_at > kMaxSegmentMillis) refuse("ended_at", "too_long");
  for (std::size_t j = 0; j < s.face_checks.size(); ++j) {
    const auto& c = s.face_checks[j];
    const std::string check = "face_checks[" + std::to_string(j) + "].";
    if (c.at < s.started_at || c.at > s.ended_at) refuse(check + "at", "outside_segment");
    if (!(c.face_score >= 0 && c.face_score <= 1)) refuse(check + "face_score", "out_of_range");
    if (!(c.liveness_score >= 0 && c.liveness_score <= 1)) refuse(check + "liveness_score", "out_of_range");
    if (!IsSha256Hex(c.photo_sha256)) refuse(check + "photo_sha256", "invalid_format");
  }
}

std::vector<std::string> JudgeSegment(const SegmentInput& s, const SegmentFacts& facts, const OnlinePolicy& policy) {
  std::vector<std::string> reasons;
  if (facts.class_status != "approved" && facts.class_status != "running" && facts.class_status != "finished") {
    reasons.emplace_back("class_not_open");
  }
  if (!facts.on_roster) reasons.emplace_back("not_on_roster");
  else if (facts.withdrawn_at && *facts.withdrawn_at <= s.started_at) reasons.emplace_back("withdrawn");
  if (s.ended_at > facts.received_at + policy.max_clock_ahead_seconds * 1000LL) reasons.emplace_back("captured_in_future");
  if (!facts.in_a_session) reasons.emplace_back("outside_sessions");
  std::vector<std::int64_t> passed;
  bool failed = false;
  for (const auto& c : s.face_checks) {
    if (c.face_score >= policy.min_face_score && c.liveness_score >= policy.min_liveness_score) passed.push_back(c.at);
    else failed = true;
  }
  if (failed) reasons.emplace_back("face_check_failed");
  if (passed.empty()) {
    reasons.emplace_back("no_face_check");
  } else {
    // Every stretch of the segment - start to the first check, between checks, the last check
    // to the end - must be within the interval.
    std::sort(passed.begin(), passed.end());
    const std::int64_t interval = policy.face_check_interval_minutes * 60LL * 1000;
    std::int64_t previous = s.started_at, widest = 0;
    for (auto at : passed) {
      widest = std::max(widest, at - previous);
      previous = at;
    }
    widest = std::max(widest, s.ended_at - previous);
    if (widest > interval) reasons.emplace_back("face_check_gap");
  }
  if (facts.overlaps_other) reasons.emplace_back("overlaps_segment");
  return reasons;
}

}  // namespace sunshine::training
