#pragma once
// Rules over check-ins at the door of a class: who, when, where and with which photo.
#include "risk/rules.hpp"
#include "training/photo_hash.hpp"

namespace sunshine::risk {

// photo_reuse: the same photo bytes for two or more people.
struct PhotoUse {
  std::string photo_sha256;
  std::int64_t checkin_id = 0, trainee_id = 0;
  Place place;
  std::int64_t captured_at = 0;
};
std::vector<Finding> PhotoReuse(const std::vector<PhotoUse>& uses, const RuleInfo& rule);

// photo_lookalike: photos of different people at one session that are near-identical - the
// same picture retouched so its bytes differ. Rows by session.
struct PhotoLook {
  std::int64_t checkin_id = 0, trainee_id = 0, session_id = 0;
  Place place;
  std::string photo_sha256;
  training::PhotoHash phash;
};
std::vector<Finding> PhotoLookalike(const std::vector<PhotoLook>& rows, const RuleInfo& rule);

// terminal_burst: one terminal checking a run of people in faster than they can pass it.
struct TerminalCheckin {
  std::int64_t terminal_id = 0, session_id = 0, checkin_id = 0, trainee_id = 0;
  Place place;
  std::int64_t captured_at = 0;
};
// Rows ordered by terminal, session and capture instant.
std::vector<Finding> TerminalBurst(const std::vector<TerminalCheckin>& rows, const RuleInfo& rule);

// A check-in with where and when it was made and the bounds of its session, for the rules on
// hours, distance and uniformity.
struct CheckinPoint {
  std::int64_t checkin_id = 0, trainee_id = 0, session_id = 0;
  Place place;
  std::int64_t captured_at = 0;                   // Unix ms
  std::int64_t latitude_e6 = 0, longitude_e6 = 0;  // as the terminal reported it (WGS-84)
  std::optional<int> distance_m;                   // from the venue, measured on arrival
  std::int64_t session_from = 0, session_to = 0;   // the session's bounds, Unix ms
};
// Rows ordered by class, session and capture instant.
// checkins_off_hours: check-ins of a session at night or hours outside the session.
std::vector<Finding> CheckinsOffHours(const std::vector<CheckinPoint>& rows, const RuleInfo& rule);
// checkins_far_from_venue: a class whose check-ins are made far from its venue.
std::vector<Finding> CheckinsFarFromVenue(const std::vector<CheckinPoint>& rows, const RuleInfo& rule);
// uniform_checkins: a class whose check-ins fall on the exact minute or at one exact position.
std::vector<Finding> UniformCheckins(const std::vector<CheckinPoint>& rows, const RuleInfo& rule);
// attendance_too_perfect: a class where nearly everyone came to every session and each person
// arrived at the same moment of it, to within seconds, every time.
std::vector<Finding> AttendanceTooPerfect(const std::vector<CheckinPoint>& rows, const RuleInfo& rule);

// Two consecutive check-ins of one person at different classes.
struct PersonMove {
  std::int64_t trainee_id = 0;
  std::int64_t from_checkin = 0, from_class = 0, from_at = 0, from_latitude_e6 = 0, from_longitude_e6 = 0;
  std::int64_t to_checkin = 0, to_at = 0, to_latitude_e6 = 0, to_longitude_e6 = 0;
  Place place;  // of the later check-in
};
// person_two_places: a person whose consecutive check-ins are farther apart than anyone travels
// in the time between them.
std::vector<Finding> PersonTwoPlaces(const std::vector<PersonMove>& rows, const RuleInfo& rule);

// The speed in km/h needed to cover `metres` in `millis` (infinite when no time passed).
double SpeedKmh(double metres, std::int64_t millis);

}  // namespace sunshine::risk
