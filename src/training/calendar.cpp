#include "training/calendar.hpp"

#include <cstdio>

#include "core/time.hpp"

namespace sunshine::training {
namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const long y = static_cast<long>(yoe) + era * 400 + (m <= 2);
  char out[16];
  std::snprintf(out, sizeof out, "%04ld-%02u-%02u", y, m, d);
  return out;
}

long Days(std::string_view date) {
  const int y = std::stoi(std::string(date.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2))));
  return DaysFromCivil(y, m, d);
}
}  // namespace

int Weekday(std::string_view date) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  const long days = Days(date);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

bool IsWorkingDay(std::string_view date, const WorkCalendar& calendar) {
  const std::string key(date);
  if (calendar.extra_workdays.count(key)) return true;
  if (calendar.holidays.count(key)) return false;
  return Weekday(date) < 5;
}

std::string AddDays(std::string_view date, int days) { return CivilFromDays(Days(date) + days); }

int WorkingDaysBetween(std::string_view from, std::string_view to, const WorkCalendar& calendar) {
  int count = 0;
  for (long day = Days(from) + 1, last = Days(to); day <= last; ++day) {
    count += IsWorkingDay(CivilFromDays(day), calendar);
  }
  return count;
}

std::string AddWorkingDays(std::string_view from, int days, const WorkCalendar& calendar) {
  long day = Days(from);
  while (days > 0) days -= IsWorkingDay(CivilFromDays(++day), calendar);
  return CivilFromDays(day);
}

void CheckDateRange(const std::optional<std::string>& from, const std::optional<std::string>& to, int max_days,
                    std::vector<core::FieldError>& errors) {
  const auto before = errors.size();
  if (!from || !core::IsDate(*from)) errors.push_back({"from", from ? "not_a_date" : "required"});
  if (!to || !core::IsDate(*to)) errors.push_back({"to", to ? "not_a_date" : "required"});
  if (errors.size() != before) return;
  if (*to < *from) {
    errors.push_back({"to", "before_from"});
  } else if (AddDays(*from, max_days - 1) < *to) {
    errors.push_back({"to", "range_too_long"});
  }
}

}  // namespace sunshine::training
