#pragma once
// Working days in the Chinese calendar: Monday to Friday, minus the State Council's public
// holidays, plus the weekend days it declares working days (调休). The holiday lists change
// every year, so they are configuration, not code.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::training {

struct WorkCalendar {
  std::set<std::string> holidays;        // "YYYY-MM-DD" days off that would be working days
  std::set<std::string> extra_workdays;  // "YYYY-MM-DD" weekend days that are working days
};

// 0 = Monday ... 6 = Sunday. Precondition: core::IsDate(date).
int Weekday(std::string_view date);
bool IsWorkingDay(std::string_view date, const WorkCalendar& calendar);
// The date `days` calendar days after `date` (negative: before).
std::string AddDays(std::string_view date, int days);
// The refusals of a date range asked for in a query (`from`, `to`): each required and a date,
// `to` not before `from`, at most `max_days` days inclusive (range_too_long).
void CheckDateRange(const std::optional<std::string>& from, const std::optional<std::string>& to, int max_days,
                    std::vector<core::FieldError>& errors);
// Working days strictly after `from` up to and including `to` (0 when to <= from).
int WorkingDaysBetween(std::string_view from, std::string_view to, const WorkCalendar& calendar);
// The `days`-th working day after `from` (a time limit's last day): WorkingDaysBetween(from,
// result) == days, and the result is a working day. `from` itself for days <= 0.
std::string AddWorkingDays(std::string_view from, int days, const WorkCalendar& calendar);

}  // namespace sunshine::training
