#pragma once
// The dashboards' figures as pure rules (issue 12 item 5): the month a day falls in, shares,
// and the attendance-rate distribution of finished classes. Each enrolment's rate is the one
// the class's attendance tab computes, kept when the class is settled
// (training/attendance_service.hpp Settle), so a dashboard and the tab never disagree.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "training/attendance_rules.hpp"

namespace sunshine::dashboard {

// The first and last day ("YYYY-MM-DD") of the month `date` falls in; precondition IsDate(date).
struct Period {
  std::string first_day, last_day;
};
Period MonthOf(const std::string& date);
Period YearOf(const std::string& date);

// part / whole rounded to 4 places; 0 when whole is 0.
double Share(std::int64_t part, std::int64_t whole);

// Ten buckets of a tenth each ([0, 0.1), …, [0.9, 1]; a rate above 1 falls in the last), and
// how many reached `threshold` (the share of planned hours a subsidy asks for).
struct AttendanceDistribution {
  std::array<std::int64_t, 10> buckets{};
  std::int64_t enrolments = 0, reaching = 0, classes = 0;
  std::int64_t pending_classes = 0;  // finished, but their attendance is not computed yet
  double threshold = 0.8;
};
void AddRate(AttendanceDistribution& distribution, double rate);

}  // namespace sunshine::dashboard
