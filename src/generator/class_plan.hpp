#pragma once
// How a generated class is timetabled (issue 12 item 2), as pure rules: when classes start over
// the year, how their days are laid out, when the institution files them and when the county
// approves. Shares and times are [I] defaults drawn from how vocational training is run:
// full days for the unemployed and rural migrants, mornings, afternoons or evenings for people
// at work, weekends for both.
#include <string>
#include <string_view>
#include <vector>

#include "generator/random.hpp"
#include "training/calendar.hpp"

namespace sunshine::generator {

enum class DayPattern { kFullDay, kMorning, kAfternoon, kEvening, kWeekend, kMidday };
std::string_view PatternName(DayPattern pattern);
DayPattern DrawPattern(Random& random);

// Minutes since midnight of a clock time HH:MM.
int Minutes(std::string_view hhmm);

struct PlannedSession {
  std::string date, start, end, topic;
  int teacher = 0;
};

// Whether `pattern` teaches on `date`: working days, or Saturdays and Sundays for weekend classes.
bool TeachesOn(DayPattern pattern, const std::string& date, const training::WorkCalendar& calendar);
// The first day on or after `date` that `pattern` teaches on.
std::string FirstTeachingDay(DayPattern pattern, std::string date, const training::WorkCalendar& calendar);

// The sessions of a class starting on `start` (a teaching day of `pattern`) until the planned
// minutes reach `standard_hours` (so they stay within the filing rule's ±20 %: a day adds at
// most one day's sittings past it). Sittings alternate between the `teachers`.
std::vector<PlannedSession> PlanSessions(DayPattern pattern, const std::string& start, int standard_hours, int teachers,
                                         const training::WorkCalendar& calendar);

// A start date in [from, to], more often in spring and autumn and rarely at the Spring Festival.
std::string DrawStartDate(Random& random, const std::string& from, const std::string& to);

// The working day an institution files a class starting on `start`: `notice` working days
// ahead at least (the filing rule), usually a week or two more.
std::string DrawFilingDay(Random& random, const std::string& start, int notice, const training::WorkCalendar& calendar);
// The working day the county approves a class filed on `filed`: one to three working days
// later, and before the start.
std::string DrawApprovalDay(Random& random, const std::string& filed, const std::string& start,
                            const training::WorkCalendar& calendar);

}  // namespace sunshine::generator
