#include "training/attendance_rules.hpp"

#include <algorithm>
#include <cmath>

#include "core/time.hpp"

namespace sunshine::training {

std::optional<Interval> SessionWindow(const std::string& date, const std::string& start, const std::string& end) {
  const auto from = core::AtShanghai(date, start), to = core::AtShanghai(date, end);
  if (!from || !to || *to <= *from) return std::nullopt;
  return Interval{*from, *to};
}

int PlannedMinutes(const std::string& date, const std::string& start, const std::string& end) {
  const auto window = SessionWindow(date, start, end);
  return window ? static_cast<int>((window->to - window->from) / 60000) : 0;
}

std::optional<Interval> OfflineInterval(const std::vector<CheckinMark>& marks) {
  std::optional<std::int64_t> first_start, last_end;
  for (const auto& m : marks) {
    if (!m.counts) continue;
    if (m.kind == "start" && (!first_start || m.captured_at < *first_start)) first_start = m.captured_at;
    if (m.kind == "end" && (!last_end || m.captured_at > *last_end)) last_end = m.captured_at;
  }
  if (!first_start || !last_end || *last_end <= *first_start) return std::nullopt;
  return Interval{*first_start, *last_end};
}

int SessionAttendedMinutes(const std::optional<Interval>& window, const std::vector<CheckinMark>& marks,
                           std::vector<Interval> online) {
  if (!window) return 0;
  if (const auto attended = OfflineInterval(marks)) online.push_back(*attended);
  return AttendedMinutes(*window, std::move(online));
}

int AttendedMinutes(const Interval& window, std::vector<Interval> intervals) {
  std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) { return a.from < b.from; });
  std::int64_t covered = 0, reach = window.from;  // time before `reach` is already counted
  for (const auto& i : intervals) {
    const std::int64_t from = std::max({i.from, window.from, reach}), to = std::min(i.to, window.to);
    if (to > from) {
      covered += to - from;
      reach = to;
    }
  }
  return static_cast<int>(covered / 60000);
}

double AttendanceRate(std::int64_t attended_minutes, std::int64_t planned_minutes) {
  if (planned_minutes <= 0) return 0;
  return std::round(static_cast<double>(attended_minutes) / static_cast<double>(planned_minutes) * 10000) / 10000;
}

}  // namespace sunshine::training
