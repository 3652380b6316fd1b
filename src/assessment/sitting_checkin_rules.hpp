#pragma once
// Candidates' real-name check-in at an assessment sitting (ADR 0013 decision 4) as pure rules:
// what a terminal reports for one candidate, and why a well-formed capture does not count. As
// for class check-ins, every well-formed capture is kept with its reasons: the record of what
// the terminal saw is evidence either way. The thresholds are the check-in policy's.
#include <boost/describe.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/geo.hpp"
#include "training/checkin_rules.hpp"

namespace sunshine::assessment {

// One capture as the terminal sends it (POST /api/v1/assessments/checkins/batches).
struct SittingCheckinInput {
  std::string event_id;  // the terminal's own id, 1-64 of [A-Za-z0-9_-]
  std::int64_t sitting_id = 0;
  std::int64_t trainee_id = 0;
  std::int64_t captured_at = 0;  // Unix milliseconds
  double latitude = 0, longitude = 0;
  double face_score = 0, liveness_score = 0;  // 0-1, the terminal's
  std::string photo_sha256;                  // the photo goes to PUT /api/v1/photos/{sha256}
  std::optional<std::string> datum;          // wgs84 (default), gcj02 or bd09
};
BOOST_DESCRIBE_STRUCT(SittingCheckinInput, (),
                      (event_id, sitting_id, trainee_id, captured_at, latitude, longitude, face_score, liveness_score,
                       photo_sha256, datum))

// Shape refusals of events[index], named "events[i].field".
void CheckSittingCheckinShape(const SittingCheckinInput& event, std::size_t index,
                              std::vector<core::FieldError>& errors);

// What the service looked up for one capture.
struct SittingCheckinFacts {
  std::string status;                 // the sitting's: counts only while planned
  std::int64_t from = 0, to = 0;      // the sitting's start and end instants (Unix ms)
  std::optional<core::LatLon> place;  // WGS-84, when the sitting gave its coordinates
  bool candidate = false;             // the person is a candidate of the sitting
  std::int64_t received_at = 0;
};

// Why a well-formed capture does not count, in a fixed order: sitting_closed, not_candidate,
// captured_in_future, too_early (before start - early_minutes), late (after start +
// late_minutes: a candidate is not let in once the paper has begun), far_from_place,
// low_face_score, low_liveness_score.
training::CheckinJudgement JudgeSittingCheckin(const SittingCheckinInput& event, const SittingCheckinFacts& facts,
                                               const training::CheckinPolicy& policy);

}  // namespace sunshine::assessment
