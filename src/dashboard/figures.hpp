#pragma once
// The dashboards' figures as pure rules (issue 12 item 5): the month a day falls in, shares,
// and the attendance-rate distribution of finished classes, each enrolment's rate computed by
// the attendance rule the class view uses (training/attendance_rules.hpp), so a dashboard and
// a class's attendance tab never disagree.
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
  double threshold = 0.8;
};
void AddRate(AttendanceDistribution& distribution, double rate);

// What the store reads of the finished classes (see db/queries/dashboard/list_finished_*.sql).
struct SessionRow {
  std::int64_t class_id = 0, session_id = 0;
  std::string date, start, end;
};
struct EnrolmentRow {
  std::int64_t class_id = 0, trainee_id = 0;
};
// One person's first counting start and last counting end check-in in one session.
struct MarkRow {
  std::int64_t class_id = 0, trainee_id = 0, session_id = 0;
  std::optional<std::int64_t> first_start, last_end;
};
struct SegmentRow {
  std::int64_t class_id = 0, trainee_id = 0;
  training::Interval period;
};

// Every enrolment's rate (attended over planned minutes, as ClassAttendance computes it) folded
// into a distribution.
AttendanceDistribution Distribute(const std::vector<SessionRow>& sessions, const std::vector<EnrolmentRow>& enrolments,
                                  const std::vector<MarkRow>& marks, const std::vector<SegmentRow>& segments,
                                  double threshold);

}  // namespace sunshine::dashboard
