#pragma once
// Reads the dashboards' figures within the caller's scope (officers: the classes held in their
// region; an institution: its own classes), applied inside the SQL of
// db/queries/dashboard/*.sql.
#include <map>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "dashboard/figures.hpp"
#include "db/database.hpp"

namespace sunshine::dashboard::store {

// status -> classes
std::map<std::string, std::int64_t> ClassesByStatus(db::Connection& connection, const core::Scope& scope);

struct InTraining {
  std::int64_t trainees = 0, classes = 0;
};
InTraining TraineesInPeriod(db::Connection& connection, const core::Scope& scope, const Period& period);

struct CheckinCount {
  std::int64_t total = 0, counting = 0;
};
// Check-ins captured in [from, to) (UTC millis).
CheckinCount CheckinsBetween(db::Connection& connection, const core::Scope& scope, std::int64_t from, std::int64_t to);

// The attendance distribution of the finished classes that ended in `period`, from their kept
// rates (training/attendance_store.hpp), with how many classes still wait to be settled.
AttendanceDistribution KeptAttendance(db::Connection& connection, const core::Scope& scope, const Period& period,
                                      double threshold);

struct AreaFigures {
  std::string area;  // the region code cut to `digits` characters
  std::int64_t trainees = 0, classes = 0;
};
// People trained in classes that started in `period`, under `parent` (a region code prefix,
// "51" for the province), by area of `digits` characters (4: prefectures, 6: counties).
std::vector<AreaFigures> TraineesByArea(db::Connection& connection, const core::Scope& scope,
                                        const std::string& parent_prefix, int digits, const Period& period);

// 应评尽评 of the finished classes that ended in `period`, over the trainees at `threshold`.
struct AssessmentCount {
  std::int64_t eligible = 0, candidates = 0, exempted = 0, sat = 0, passed = 0, certified = 0;
};
AssessmentCount AssessmentOutcomes(db::Connection& connection, const core::Scope& scope, const Period& period,
                                   double threshold);

// Spot checks of the classes drawn on a day of `period` (培训中抽查, R-W4).
struct SpotCheckCount {
  std::int64_t draws = 0, drawn = 0, inspected = 0, serious = 0;
};
SpotCheckCount SpotChecks(db::Connection& connection, const core::Scope& scope, const Period& period);

}  // namespace sunshine::dashboard::store
