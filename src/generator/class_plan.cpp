#include "generator/class_plan.hpp"

#include <array>
#include <utility>

#include "core/time.hpp"

namespace sunshine::generator {
namespace {
using Sitting = std::pair<std::string_view, std::string_view>;
struct PatternDef {
  DayPattern pattern;
  std::string_view name;
  double weight;  // share of classes [I]
  std::array<Sitting, 2> sittings;
  int count;  // sittings used
};
constexpr std::array<PatternDef, 6> kPatterns{{
    {DayPattern::kFullDay, "full_day", 55, {{{"09:00", "12:00"}, {"14:00", "17:00"}}}, 2},
    {DayPattern::kMorning, "morning", 12, {{{"08:30", "11:30"}, {"", ""}}}, 1},
    {DayPattern::kAfternoon, "afternoon", 10, {{{"14:00", "17:30"}, {"", ""}}}, 1},
    {DayPattern::kEvening, "evening", 11, {{{"19:00", "21:30"}, {"", ""}}}, 1},
    {DayPattern::kWeekend, "weekend", 12, {{{"09:00", "12:00"}, {"13:30", "17:30"}}}, 2},
    // Never drawn: the second class of a planted pair, half an hour after a morning class ends.
    {DayPattern::kMidday, "midday", 0, {{{"12:00", "15:30"}, {"", ""}}}, 1},
}};
constexpr std::array<std::string_view, 6> kTopics{"理论讲授", "实操训练", "安全生产与职业道德",
                                                  "案例分析", "综合实训", "考前复习"};
// Classes started in each month [I]: few around the Spring Festival, most in spring and autumn.
constexpr std::array<double, 12> kMonthWeights{5, 3, 10, 11, 11, 9, 7, 6, 10, 11, 10, 7};

const PatternDef& Def(DayPattern pattern) {
  for (const auto& d : kPatterns) {
    if (d.pattern == pattern) return d;
  }
  return kPatterns[0];
}
}  // namespace

int Minutes(std::string_view hhmm) {
  return std::stoi(std::string(hhmm.substr(0, 2))) * 60 + std::stoi(std::string(hhmm.substr(3, 2)));
}

std::string_view PatternName(DayPattern pattern) { return Def(pattern).name; }

DayPattern DrawPattern(Random& random) {
  std::array<double, kPatterns.size()> weights{};
  for (std::size_t i = 0; i < kPatterns.size(); ++i) weights[i] = kPatterns[i].weight;
  return kPatterns[random.Weighted(weights)].pattern;
}

bool TeachesOn(DayPattern pattern, const std::string& date, const training::WorkCalendar& calendar) {
  if (pattern == DayPattern::kWeekend) return training::Weekday(date) >= 5;
  return training::IsWorkingDay(date, calendar);
}

std::string FirstTeachingDay(DayPattern pattern, std::string date, const training::WorkCalendar& calendar) {
  while (!TeachesOn(pattern, date, calendar)) date = training::AddDays(date, 1);
  return date;
}

std::vector<PlannedSession> PlanSessions(DayPattern pattern, const std::string& start, int standard_hours, int teachers,
                                         const training::WorkCalendar& calendar) {
  const auto& def = Def(pattern);
  std::vector<PlannedSession> out;
  int minutes = 0;
  for (std::string day = start; minutes < standard_hours * 60; day = training::AddDays(day, 1)) {
    if (!TeachesOn(pattern, day, calendar)) continue;
    for (int i = 0; i < def.count; ++i) {
      const auto& [from, to] = def.sittings[static_cast<std::size_t>(i)];
      const auto n = out.size();
      // Theory first, practice most of the time, revision at the end.
      const std::string_view topic = n == 0 ? kTopics[0] : kTopics[1 + n % (kTopics.size() - 1)];
      out.push_back({day, std::string(from), std::string(to), std::string(topic), static_cast<int>(n) % teachers});
      minutes += Minutes(to) - Minutes(from);
    }
  }
  return out;
}

std::string DrawStartDate(Random& random, const std::string& from, const std::string& to) {
  const int days = static_cast<int>((*core::AtShanghai(to, "00:00") - *core::AtShanghai(from, "00:00")) / 86400000);
  std::vector<double> weights(static_cast<std::size_t>(days) + 1);
  for (int d = 0; d <= days; ++d) {
    const std::string date = training::AddDays(from, d);
    weights[static_cast<std::size_t>(d)] = kMonthWeights[static_cast<std::size_t>(std::stoi(date.substr(5, 2)) - 1)];
  }
  return training::AddDays(from, static_cast<int>(random.Weighted(weights)));
}

std::string DrawFilingDay(Random& random, const std::string& start, int notice,
                          const training::WorkCalendar& calendar) {
  const int ahead = notice + 1 + static_cast<int>(random.Uniform(1, 10));
  std::string day = start;
  for (int working = 0; working < ahead;) {
    day = training::AddDays(day, -1);
    if (training::IsWorkingDay(day, calendar)) ++working;
  }
  return day;
}

std::string DrawApprovalDay(Random& random, const std::string& filed, const std::string& start,
                            const training::WorkCalendar& calendar) {
  const int after = static_cast<int>(random.Uniform(1, 3));
  std::string day = filed;
  for (int working = 0; working < after;) {
    const std::string next = training::AddDays(day, 1);
    if (next >= start) break;
    day = next;
    if (training::IsWorkingDay(day, calendar)) ++working;
  }
  return day;
}

}  // namespace sunshine::generator
