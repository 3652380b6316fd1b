#include "dashboard/service.hpp"

#include "core/time.hpp"
#include "registry/regions.hpp"
#include "training/calendar.hpp"

namespace sunshine::dashboard {
namespace {
constexpr const char* kStatuses[] = {"draft", "submitted", "approved", "rejected", "running", "finished", "cancelled"};

// What a cached figure depends on: the caller's scope and the parameters.
std::string Key(const core::Principal& principal, std::initializer_list<std::string_view> parameters) {
  std::string key = core::Scope::KindName(principal.scope.kind);
  key += "|" + principal.scope.code;
  for (const auto p : parameters) (key += "|") += p;
  return key;
}
}  // namespace

Period DashboardService::ThisYear() const { return YearOf(database_.clock().Today()); }

Overview DashboardService::OverviewOf(const core::Principal& principal) {
  // Today is part of the key: at midnight the figures start again.
  return overviews_.Get(Key(principal, {database_.clock().Today()}), [&] { return CountOverview(principal); });
}

Overview DashboardService::CountOverview(const core::Principal& principal) {
  Overview out;
  out.counted_at = database_.clock().Now();
  out.today = core::DateInShanghai(out.counted_at);
  out.month = MonthOf(out.today);
  db::Connection connection(database_);
  for (const char* status : kStatuses) out.classes_by_status[status] = 0;
  for (const auto& [status, n] : store::ClassesByStatus(connection, principal.scope)) out.classes_by_status[status] = n;
  out.in_training = store::TraineesInPeriod(connection, principal.scope, out.month);
  const auto midnight = *core::AtShanghai(out.today, "00:00");
  out.checkins_today = store::CheckinsBetween(connection, principal.scope, midnight,
                                              *core::AtShanghai(training::AddDays(out.today, 1), "00:00"));
  return out;
}

AttendanceDistribution DashboardService::Attendance(const core::Principal& principal, const Period& period) {
  return attendance_.Get(Key(principal, {period.first_day, period.last_day}), [&] {
    settle_(kSettleBeforeReading);
    db::Connection connection(database_);
    return store::KeptAttendance(connection, principal.scope, period, threshold_);
  });
}

Quality DashboardService::QualityOf(const core::Principal& principal, const Period& period) {
  return quality_.Get(Key(principal, {period.first_day, period.last_day}), [&] {
    settle_(kSettleBeforeReading);
    db::Connection connection(database_);
    return Quality{store::AssessmentOutcomes(connection, principal.scope, period, threshold_),
                   store::SpotChecks(connection, principal.scope, period)};
  });
}

core::Result<RegionFigures> DashboardService::Regions(const core::Principal& principal,
                                                      const std::optional<std::string>& parent, const Period& period) {
  const std::string code = parent.value_or(principal.scope.code);
  return regions_.Get(Key(principal, {code, period.first_day, period.last_day}),
                      [&] { return CountRegions(principal, code, period); });
}

core::Result<RegionFigures> DashboardService::CountRegions(const core::Principal& principal, const std::string& code,
                                                           const Period& period) {
  const auto& scope = principal.scope;
  db::Connection connection(database_);
  const auto region = registry::FindRegion(connection, code);
  // A region outside the caller's subtree is as absent as one that does not exist.
  if (scope.kind != core::ScopeKind::kRegion || !region || !code.starts_with(scope.RegionPrefix())) {
    return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "该行政区划不在管辖范围内");
  }
  RegionFigures out{
      region->code, region->name, region->level, region->level == "province" ? "prefecture" : "county", {}};
  const int digits = region->level == "province" ? 4 : 6;
  if (region->level == "county") {
    out.areas.push_back({region->code, region->name, 0, 0});
  } else {
    for (const auto& r : registry::ListRegions(connection, scope)) {
      if (r.parent_code == region->code) out.areas.push_back({r.code, r.name, 0, 0});
    }
  }
  const auto prefix = core::Scope{core::ScopeKind::kRegion, region->code}.RegionPrefix();
  for (const auto& figures : store::TraineesByArea(connection, scope, prefix, digits, period)) {
    for (auto& area : out.areas) {
      if (area.code.substr(0, static_cast<std::size_t>(digits)) == figures.area) {
        area.trainees = figures.trainees;
        area.classes = figures.classes;
      }
    }
  }
  return out;
}

}  // namespace sunshine::dashboard
