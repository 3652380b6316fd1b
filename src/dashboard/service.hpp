#pragma once
// The dashboards (issue 12 item 5): what officers see of their region and an institution of
// itself on the home page. Every figure is counted by the database inside the caller's scope
// (dashboard/store.hpp); nothing is filtered afterwards. Reads only: nothing is audited. Each
// figure is computed at most once per scope and parameters in the cache time
// (dashboard/figure_cache.hpp): a dashboard shows figures as of a moment, not a ledger.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "dashboard/figure_cache.hpp"
#include "dashboard/figures.hpp"
#include "dashboard/store.hpp"
#include "db/database.hpp"

namespace sunshine::dashboard {

struct Overview {
  core::EpochMillis counted_at = 0;  // when these figures were counted (they are kept a while)
  std::string today;
  Period month;
  std::map<std::string, std::int64_t> classes_by_status;  // every status, 0 where none
  store::InTraining in_training;                          // this month
  store::CheckinCount checkins_today;
};

// The quality of training in a period (R-W4, R-W5): 应评尽评 of the classes that finished in it
// and the spot checks drawn in it.
struct Quality {
  store::AssessmentCount assessment;
  store::SpotCheckCount spot_checks;
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
  // `attendance_threshold`: the share of planned hours that counts as trained; `cache_ms`: how
  // long a figure is served before it is counted again (0: never kept). Both settings.
  // `settle(limit)` keeps the attendance of up to `limit` finished classes and says how many it
  // took (training::AttendanceService::Settle).
  DashboardService(db::Database& database, double attendance_threshold, std::int64_t cache_ms,
                   std::function<int(int)> settle)
      : database_(database),
        threshold_(attendance_threshold),
        settle_(std::move(settle)),
        overviews_(database.clock(), cache_ms),
        attendance_(database.clock(), cache_ms),
        quality_(database.clock(), cache_ms),
        regions_(database.clock(), cache_ms) {}

  Overview OverviewOf(const core::Principal& principal);
  // Enrolments of the classes that finished in `period`, by attendance rate: the kept rates,
  // after settling the classes that finished since the background last did (at most
  // kSettleBeforeReading; the figure says how many still wait).
  AttendanceDistribution Attendance(const core::Principal& principal, const Period& period);
  // 应评尽评 and spot checks in `period`, after settling as Attendance does (eligibility is the
  // kept attendance).
  Quality QualityOf(const core::Principal& principal, const Period& period);
  // People trained in `period` in each child region of `parent` (default: the caller's own
  // region): a province's prefectures, a prefecture's counties, a county itself. 404 for a
  // region outside the caller's scope or no region at all.
  core::Result<RegionFigures> Regions(const core::Principal& principal, const std::optional<std::string>& parent,
                                      const Period& period);

  // The period a dashboard shows when none is asked for: the current year in China.
  Period ThisYear() const;

 private:
  Overview CountOverview(const core::Principal& principal);
  core::Result<RegionFigures> CountRegions(const core::Principal& principal, const std::string& parent,
                                           const Period& period);

  static constexpr int kSettleBeforeReading = 200;

  db::Database& database_;
  double threshold_;
  std::function<int(int)> settle_;
  FigureCache<Overview> overviews_;
  FigureCache<AttendanceDistribution> attendance_;
  FigureCache<Quality> quality_;
  FigureCache<core::Result<RegionFigures>> regions_;
};

}  // namespace sunshine::dashboard
