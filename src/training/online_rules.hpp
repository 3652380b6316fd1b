#pragma once
// Online learning (R-W3) as pure rules: the shape of a learning segment the online platform
// reports, and the reasons a well-formed segment does not count. A segment counts only when
// the learner passed a face check at least every `face_check_interval_minutes` throughout it
// (from its start to its end), no check failed, and it overlaps no other segment of the same
// learner (time is never counted twice). Thresholds are configuration (docs/operations.md).
#include <boost/describe.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "training/checkin_rules.hpp"

namespace sunshine::training {

struct FaceCheckInput {
  std::int64_t at = 0;        // Unix ms, within the segment
  double face_score = 0;      // match against the registered photo, 0-1
  double liveness_score = 0;  // 0-1
  std::string photo_sha256;   // the photo goes to PUT /api/v1/photos/{sha256}
};
BOOST_DESCRIBE_STRUCT(FaceCheckInput, (), (at, face_score, liveness_score, photo_sha256))

struct SegmentInput {
  std::string segment_id;  // the platform's own id, 1-64 of [A-Za-z0-9_-]; a re-sent id is a duplicate
  std::int64_t trainee_id = 0;
  std::int64_t class_id = 0;
  std::string course_item;  // the lesson or video learnt, 1-200 characters
  std::int64_t started_at = 0, ended_at = 0;  // Unix ms
  std::vector<FaceCheckInput> face_checks;
};
BOOST_DESCRIBE_STRUCT(SegmentInput, (), (segment_id, trainee_id, class_id, course_item, started_at, ended_at, face_checks))

struct OnlinePolicy {
  int face_check_interval_minutes = 20;
  double min_face_score = 0.80;
  double min_liveness_score = 0.90;
  int max_clock_ahead_seconds = 300;
};

struct SegmentFacts {
  std::string class_status;
  bool on_roster = false;
  std::optional<std::int64_t> withdrawn_at;
  bool overlaps_other = false;  // another stored (or earlier in the batch) segment of the learner
  std::int64_t received_at = 0;
  bool in_a_session = true;  // overlaps at least one planned session (hours count only there)
};

inline constexpr int kMaxBatchSegments = 1000;
inline constexpr std::int64_t kMaxSegmentMillis = 12LL * 3600 * 1000;

// Shape refusals of segments[index]: ids, course item, a period of at most 12 hours, and each
// face check (inside the period, scores 0-1, photo hash), named "segments[i].face_checks[j].at".
void CheckSegmentShape(const SegmentInput& segment, std::size_t index, std::vector<core::FieldError>& errors);

// Why a well-formed segment does not count, in a fixed order: class_not_open, not_on_roster,
// withdrawn, captured_in_future, outside_sessions (no planned session overlaps it, so it would
// add no hours), face_check_failed, no_face_check, face_check_gap, overlaps_segment.
std::vector<std::string> JudgeSegment(const SegmentInput& segment, const SegmentFacts& facts,
                                      const OnlinePolicy& policy);

}  // namespace sunshine::training
