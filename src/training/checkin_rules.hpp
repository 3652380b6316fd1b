#pragma once
// Real-name check-ins (R-W3) as pure rules: the shape of one event a terminal reports, and the
// reasons a well-formed event does not count. An event that breaks a rule is still kept (with
// its reasons) - the record of what the terminal saw is evidence either way; only whether it
// counts towards hours depends on the rules. Thresholds are configuration (CheckinPolicy,
// the checkin_* settings in docs/operations.md).
#include <boost/describe.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/geo.hpp"

namespace sunshine::training {

// One event as the terminal sends it (docs/device-signatures.md).
struct CheckinEventInput {
  std::string event_id;      // the terminal's own id for the event (UUID or similar), 1-64 of [A-Za-z0-9_-]
  std::int64_t trainee_id = 0;
  std::int64_t class_id = 0;
  std::int64_t session_id = 0;
  std::string kind;          // start, in_class (课间打卡), end
  std::int64_t captured_at = 0;  // Unix milliseconds, the terminal's clock
  double latitude = 0, longitude = 0;  // degrees where the photo was taken, in `datum`
  double face_score = 0;     // the terminal's face match against the registered photo, 0-1
  double liveness_score = 0; // the terminal's liveness (活体检测) score, 0-1
  std::string photo_sha256;  // lower-case hex; the photo itself goes to PUT /api/v1/photos/{sha256}
  // The datum of latitude/longitude: "wgs84" (default: what GPS receivers give), "gcj02" or
  // "bd09" for terminals that take their position from a Chinese map SDK.
  std::optional<std::string> datum;
};
BOOST_DESCRIBE_STRUCT(CheckinEventInput, (),
                      (event_id, trainee_id, class_id, session_id, kind, captured_at, latitude, longitude, face_score,
                       liveness_score, photo_sha256, datum))

struct CheckinPolicy {
  int early_minutes = 30;         // a start check-in is accepted from this long before the session
  int late_minutes = 15;          // a start check-in after session start + this is late
  int leave_early_minutes = 15;   // an end check-in before session end - this is leaving early
  int end_window_minutes = 30;    // an end check-in is accepted until this long after the session
  int max_distance_m = 500;       // from the venue's registered coordinates
  double min_face_score = 0.80;
  double min_liveness_score = 0.90;
  int max_clock_ahead_seconds = 300;  // a capture time further ahead of the server is refused as not counting
};

// What the service looked up for one event.
struct CheckinFacts {
  std::string class_status;                 // counts only while approved, running or finished
  std::int64_t session_from = 0, session_to = 0;  // the session's instants (Unix ms)
  std::optional<core::LatLon> venue;  // WGS-84, as stored; none for online classes
  bool on_roster = false;
  std::optional<std::int64_t> withdrawn_at;  // when the person left the roster
  std::int64_t received_at = 0;             // the server's clock
};

struct CheckinJudgement {
  std::vector<std::string> reasons;  // empty: the event counts
  std::optional<int> distance_m;     // from the venue, when it has one
};

inline constexpr int kMaxBatchEvents = 1000;

// Shape refusals of events[index] (ids positive, kind known, coordinates and scores in range,
// photo hash 64 hex digits, event id well-formed), named "events[i].field".
void CheckEventShape(const CheckinEventInput& event, std::size_t index, std::vector<core::FieldError>& errors);

// A device's own id of an event or segment: 1-64 of [A-Za-z0-9_-].
bool IsDeviceItemId(std::string_view id);

// A SHA-256 written as 64 lower-case hex digits (how photos are addressed).
bool IsSha256Hex(std::string_view text);

// What every face capture of a terminal carries, class check-in or a candidate's at an
// assessment sitting (ADR 0013 decision 4): its own id, when, where, the scores and the photo.
// Refusals named `at` + field ("events[2].latitude").
template <class Capture>
void CheckCaptureShape(const Capture& e, const std::string& at, std::vector<core::FieldError>& errors) {
  auto refuse = [&](const char* field, const char* reason) { errors.push_back({at + field, reason}); };
  if (!IsDeviceItemId(e.event_id)) refuse("event_id", "invalid_format");
  if (e.trainee_id <= 0) refuse("trainee_id", "not_positive");
  if (e.captured_at <= 0) refuse("captured_at", "not_positive");
  if (!(e.latitude >= -90 && e.latitude <= 90)) refuse("latitude", "out_of_range");
  if (!(e.longitude >= -180 && e.longitude <= 180)) refuse("longitude", "out_of_range");
  if (!(e.face_score >= 0 && e.face_score <= 1)) refuse("face_score", "out_of_range");
  if (!(e.liveness_score >= 0 && e.liveness_score <= 1)) refuse("liveness_score", "out_of_range");
  if (!IsSha256Hex(e.photo_sha256)) refuse("photo_sha256", "invalid_format");
  if (e.datum && !core::ParseDatum(*e.datum)) refuse("datum", "unknown");
}

// A well-formed capture's coordinates in WGS-84, the one datum the platform stores and compares
// (core/geo.hpp); `datum` is then "wgs84". Precondition: CheckCaptureShape passed.
template <class Capture>
void ToStoredDatum(Capture& e) {
  const auto datum = core::ParseDatum(e.datum.value_or("wgs84")).value_or(core::Datum::kWgs84);
  const core::LatLon wgs84 = core::ToWgs84({e.latitude, e.longitude}, datum);
  e.latitude = wgs84.lat;
  e.longitude = wgs84.lon;
  e.datum = "wgs84";
}

// Why a well-formed event does not count, in a fixed order: class_not_open, not_on_roster,
// withdrawn, captured_in_future, too_early, late, left_early, after_session, outside_session,
// far_from_venue, low_face_score, low_liveness_score.
CheckinJudgement JudgeCheckin(const CheckinEventInput& event, const CheckinFacts& facts, const CheckinPolicy& policy);

// The place and face reasons of a capture, in this order: `far_reason` when further than the
// policy allows from `place` (none: not judged), low_face_score, low_liveness_score; the
// distance goes to `out.distance_m`.
void JudgePlaceAndFace(core::LatLon at, const std::optional<core::LatLon>& place, double face_score,
                       double liveness_score, const CheckinPolicy& policy, const char* far_reason,
                       CheckinJudgement& out);

}  // namespace sunshine::training
