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

}  // namespace sunshine::dashboard
