#include "dashboard/figures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

#include "training/calendar.hpp"

namespace sunshine::dashboard {

Period MonthOf(const std::string& date) {
  const int year = std::stoi(date.substr(0, 4)), month = std::stoi(date.substr(5, 2));
  char next[11];  // the first of the next month; the month ends the day before
  std::snprintf(next, sizeof next, "%04d-%02d-01", month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1);
  return {date.substr(0, 8) + "01", training::AddDays(next, -1)};
}

Period YearOf(const std::string& date) { return {date.substr(0, 4) + "-01-01", date.substr(0, 4) + "-12-31"}; }

double Share(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return 0;
  return std::round(static_cast<double>(part) / static_cast<double>(whole) * 10000) / 10000;
}

void AddRate(AttendanceDistribution& distribution, double rate) {
  const int bucket = std::clamp(static_cast<int>(std::floor(rate * 10 + 1e-9)), 0, 9);
  ++distribution.buckets[static_cast<std::size_t>(bucket)];
  ++distribution.enrolments;
  if (rate + 1e-9 >= distribution.threshold) ++distribution.reaching;
}

AttendanceDistribution Distribute(const std::vector<SessionRow>& sessions, const std::vector<EnrolmentRow>& enrolments,
                                  const std::vector<MarkRow>& marks, const std::vector<SegmentRow>& segments,
                                  double threshold) {
  struct ClassPlan {
    std::vector<std::int64_t> ids;
    std::vector<std::optional<training::Interval>> windows;
    std::int64_t planned = 0;
  };
  std::map<std::int64_t, ClassPlan> classes;
  for (const auto& s : sessions) {
    auto& c = classes[s.class_id];
    c.ids.push_back(s.session_id);
    c.windows.push_back(training::SessionWindow(s.date, s.start, s.end));
    c.planned += training::PlannedMinutes(s.date, s.start, s.end);
  }
  using Key = std::pair<std::int64_t, std::int64_t>;  // class, trainee
  std::map<std::tuple<std::int64_t, std::int64_t, std::int64_t>, std::vector<training::CheckinMark>> by_session;
  for (const auto& m : marks) {
    auto& list = by_session[{m.class_id, m.trainee_id, m.session_id}];
    if (m.first_start) list.push_back({"start", *m.first_start, true});
    if (m.last_end) list.push_back({"end", *m.last_end, true});
  }
  std::map<Key, std::vector<training::Interval>> online;
  for (const auto& g : segments) online[{g.class_id, g.trainee_id}].push_back(g.period);

  AttendanceDistribution out;
  out.threshold = threshold;
  out.classes = static_cast<std::int64_t>(classes.size());
  static const std::vector<training::CheckinMark> kNone;
  static const std::vector<training::Interval> kNoPeriods;
  for (const auto& e : enrolments) {
    const auto c = classes.find(e.class_id);
    if (c == classes.end()) continue;
    const auto periods = online.find({e.class_id, e.trainee_id});
    std::int64_t attended = 0;
    for (std::size_t i = 0; i < c->second.ids.size(); ++i) {
      const auto found = by_session.find({e.class_id, e.trainee_id, c->second.ids[i]});
      attended +=
          training::SessionAttendedMinutes(c->second.windows[i], found == by_session.end() ? kNone : found->second,
                                           periods == online.end() ? kNoPeriods : periods->second);
    }
    AddRate(out, training::AttendanceRate(attended, c->second.planned));
  }
  return out;
}

}  // namespace sunshine::dashboard
