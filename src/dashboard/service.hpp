#pragma once
// The dashboards (issue 12 item 5): what officers see of their region and an institution of
// itself on the home page. Every figure is counted by the database inside the caller's scope
// (dashboard/store.hpp); nothing is filtered afterwards. Reads only: nothing is audited.
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "dashboard/figures.hpp"
#include "dashboard/store.hpp"
#include "db/database.hpp"

namespace sunshine::dashboard {

struct Overview {
  std::string today;
  Period month;
  std::map<std::string, std::int64_t> classes_by_status;  // every status, 0 where none
  store::InTraining in_training;                          // this month
  store::CheckinCount checkins_today;
};

struct Area {
  std::string code, name;
  std::int64_t trainees = 0, classes = 0;
};
struct RegionFigures {
  std::string parent_code, parent_name, parent_level, level;  // level of the areas: prefecture | county
  std::vector<Area> areas;                                    // every child region, in code order
};

class DashboardService {
 public:
  // `attendance_threshold`: the share of planned hours that counts as trained (a setting).
  DashboardService(db::Database& database, double attendance_threshold)
      : database_(database), threshold_(attendance_threshold) {}

  Overview OverviewOf(const core::Principal& principal);
  // Enrolments of the classes that finished in `period`, by attendance rate.
  AttendanceDistribution Attendance(const core::Principal& principal, const Period& period);
  // People trained in `period` in each child region of `parent` (default: the caller's own
  // region): a province's prefectures, a prefecture's counties, a county itself. 404 for a
  // region outside the caller's scope or no region at all.
  core::Result<RegionFigures> Regions(const core::Principal& principal, const std::optional<std::string>& parent,
                                      const Period& period);

  // The period a dashboard shows when none is asked for: the current year in China.
  Period ThisYear() const;

 private:
  db::Database& database_;
  double threshold_;
};

}  // namespace sunshine::dashboard
