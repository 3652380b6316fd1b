#pragma once
// Hours (R-W3): minutes attended per trainee per session, from the check-ins that count
// (offline) and the learning segments that count (online), as a pure function so the class
// view, the trainee trail and the subsidy checks all add up the same way.
//
// Offline, a session is attended from the first counting start check-in to the last
// counting end check-in; without both, nothing is attended (an in-class check alone proves
// presence at one moment, not for how long). Online, each counting segment is attended time.
// The attended intervals are merged (time is never counted twice) and clipped to the session's
// window; minutes are whole minutes, rounded down.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sunshine::training {

struct Interval {
  std::int64_t from = 0, to = 0;  // Unix ms, from < to
};

struct CheckinMark {
  std::string kind;  // start, in_class, end
  std::int64_t captured_at = 0;
  bool counts = false;
};

// A planned session's instants: its date and "HH:MM" times in China; nullopt when malformed
// or when it does not end after it starts.
std::optional<Interval> SessionWindow(const std::string& date, const std::string& start, const std::string& end);

// Whole minutes of a session's plan, or 0 when its times are malformed.
int PlannedMinutes(const std::string& date, const std::string& start, const std::string& end);

// The attended interval one trainee's check-ins in one session prove, if any.
std::optional<Interval> OfflineInterval(const std::vector<CheckinMark>& marks);

// Whole minutes of `window` covered by the union of `intervals`.
int AttendedMinutes(const Interval& window, std::vector<Interval> intervals);

// Minutes attended in a session (`window`; 0 when none) from one person's check-ins there and
// the counting online periods of the class: the class view, the trail and the dashboards.
int SessionAttendedMinutes(const std::optional<Interval>& window, const std::vector<CheckinMark>& marks,
                           std::vector<Interval> online);

// Attended over planned, as a fraction rounded to 4 places (0 when nothing is planned).
double AttendanceRate(std::int64_t attended_minutes, std::int64_t planned_minutes);

}  // namespace sunshine::training
