#include "dashboard/store.hpp"

#include <algorithm>
#include <cmath>

#include "db/keyset.hpp"
#include "db/queries/dashboard.hpp"
#include "training/institution_scope.hpp"

namespace sunshine::dashboard::store {
namespace q = db::queries::dashboard;
namespace {
using training::InstitutionScopeParams;

// A period bound as the queries take it (first, then last day).
struct PeriodParams {
  explicit PeriodParams(const Period& p) : first(p.first_day), last(p.last_day) {}
  void Bind(soci::details::prepare_temp_type& p) { p, soci::use(first), soci::use(last); }
  std::string first, last;
};

soci::details::prepare_temp_type Prepare(db::Connection& connection, const db::Query& query) {
  return connection.sql().prepare << connection.Text(query);
}

struct AreaBuffer {
  long long trainees = 0, classes = 0;
  AreaFigures row;
  void Bind(soci::details::prepare_temp_type& p) { p, soci::into(row.area), soci::into(trainees), soci::into(classes); }
  AreaFigures Get() const { return {row.area, trainees, classes}; }
};

}  // namespace

std::map<std::string, std::int64_t> ClassesByStatus(db::Connection& connection, const core::Scope& scope) {
  std::string status;
  long long count = 0;
  InstitutionScopeParams scope_params(scope);
  auto prepared = Prepare(connection, q::kCountClassesByStatus);
  prepared, soci::into(status), soci::into(count);
  scope_params.Bind(prepared);
  soci::statement statement(prepared);
  statement.execute();
  std::map<std::string, std::int64_t> out;
  while (statement.fetch()) out[status] = count;
  return out;
}

InTraining TraineesInPeriod(db::Connection& connection, const core::Scope& scope, const Period& period) {
  long long trainees = 0, classes = 0;
  InstitutionScopeParams scope_params(scope);
  PeriodParams period_params(period);
  auto prepared = Prepare(connection, q::kCountTraineesInPeriod);
  prepared, soci::into(trainees), soci::into(classes);
  scope_params.Bind(prepared);
  period_params.Bind(prepared);
  soci::statement(prepared).execute(true);
  return {trainees, classes};
}

CheckinCount CheckinsBetween(db::Connection& connection, const core::Scope& scope, std::int64_t from, std::int64_t to) {
  long long total = 0, counting = 0, from_ms = from, to_ms = to;
  InstitutionScopeParams scope_params(scope);
  auto prepared = Prepare(connection, q::kCountCheckinsBetween);
  prepared, soci::into(total), soci::into(counting);
  scope_params.Bind(prepared);
  prepared, soci::use(from_ms), soci::use(to_ms);
  soci::statement(prepared).execute(true);
  return {total, counting};
}

AttendanceDistribution KeptAttendance(db::Connection& connection, const core::Scope& scope, const Period& period,
                                      double threshold) {
  AttendanceDistribution out;
  out.threshold = threshold;
  long long bucket = 0, enrolments = 0, reaching = 0, threshold_1e4 = std::llround(threshold * 10000);
  {
    InstitutionScopeParams scope_params(scope);
    PeriodParams period_params(period);
    auto prepared = Prepare(connection, q::kCountSettledAttendance);
    prepared, soci::into(bucket), soci::into(enrolments), soci::into(reaching), soci::use(threshold_1e4);
    scope_params.Bind(prepared);
    period_params.Bind(prepared);
    soci::statement statement(prepared);
    statement.execute();
    while (statement.fetch()) {
      out.buckets[static_cast<std::size_t>(std::clamp(bucket, 0LL, 9LL))] += enrolments;
      out.enrolments += enrolments;
      out.reaching += reaching;
    }
  }
  long long settled = 0, pending = 0;
  InstitutionScopeParams scope_params(scope);
  PeriodParams period_params(period);
  auto prepared = Prepare(connection, q::kCountAttendanceClasses);
  prepared, soci::into(settled), soci::into(pending);
  scope_params.Bind(prepared);
  period_params.Bind(prepared);
  soci::statement(prepared).execute(true);
  out.classes = settled;
  out.pending_classes = pending;
  return out;
}

std::vector<AreaFigures> TraineesByArea(db::Connection& connection, const core::Scope& scope,
                                        const std::string& parent_prefix, int digits, const Period& period) {
  AreaBuffer buffer;
  int cut = digits;
  std::string parent_like = parent_prefix + "%";
  InstitutionScopeParams scope_params(scope);
  PeriodParams period_params(period);
  auto prepared = Prepare(connection, q::kCountTraineesByArea);
  buffer.Bind(prepared);
  prepared, soci::use(cut);
  scope_params.Bind(prepared);
  prepared, soci::use(parent_like);
  period_params.Bind(prepared);
  return db::FetchRows(prepared, buffer);
}

AssessmentCount AssessmentOutcomes(db::Connection& connection, const core::Scope& scope, const Period& period,
                                   double threshold) {
  long long eligible = 0, candidates = 0, exempted = 0, sat = 0, passed = 0, certified = 0;
  long long threshold_1e4 = std::llround(threshold * 10000);
  InstitutionScopeParams scope_params(scope);
  PeriodParams period_params(period);
  auto prepared = Prepare(connection, q::kCountAssessmentOutcomes);
  prepared, soci::into(eligible), soci::into(candidates), soci::into(exempted), soci::into(sat), soci::into(passed),
      soci::into(certified), soci::use(threshold_1e4);
  scope_params.Bind(prepared);
  period_params.Bind(prepared);
  soci::statement statement(prepared);
  statement.execute(true);
  return {eligible, candidates, exempted, sat, passed, certified};
}

SpotCheckCount SpotChecks(db::Connection& connection, const core::Scope& scope, const Period& period) {
  long long draws = 0, drawn = 0, inspected = 0, serious = 0;
  InstitutionScopeParams scope_params(scope);
  PeriodParams period_params(period);
  auto prepared = Prepare(connection, q::kCountSpotChecks);
  prepared, soci::into(draws), soci::into(drawn), soci::into(inspected), soci::into(serious);
  scope_params.Bind(prepared);
  period_params.Bind(prepared);
  soci::statement statement(prepared);
  statement.execute(true);
  return {draws, drawn, inspected, serious};
}

}  // namespace sunshine::dashboard::store
