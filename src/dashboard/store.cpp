#include "dashboard/store.hpp"

#include "db/keyset.hpp"
#include "db/queries.hpp"
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

struct SessionBuffer {
  long long class_id = 0, id = 0;
  SessionRow row;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(class_id), soci::into(id), soci::into(row.date), soci::into(row.start), soci::into(row.end);
  }
  SessionRow Get() const {
    SessionRow out = row;
    out.class_id = class_id;
    out.session_id = id;
    return out;
  }
};
struct EnrolmentBuffer {
  long long class_id = 0, trainee = 0;
  void Bind(soci::details::prepare_temp_type& p) { p, soci::into(class_id), soci::into(trainee); }
  EnrolmentRow Get() const { return {class_id, trainee}; }
};
struct MarkBuffer {
  long long class_id = 0, trainee = 0, session = 0, first = 0, last = 0;
  soci::indicator first_ind = soci::i_null, last_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(class_id), soci::into(trainee), soci::into(session), soci::into(first, first_ind),
        soci::into(last, last_ind);
  }
  MarkRow Get() const {
    MarkRow out{class_id, trainee, session, std::nullopt, std::nullopt};
    if (first_ind == soci::i_ok) out.first_start = first;
    if (last_ind == soci::i_ok) out.last_end = last;
    return out;
  }
};
struct SegmentBuffer {
  long long class_id = 0, trainee = 0, started = 0, ended = 0;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(class_id), soci::into(trainee), soci::into(started), soci::into(ended);
  }
  SegmentRow Get() const { return {class_id, trainee, {started, ended}}; }
};
struct AreaBuffer {
  long long trainees = 0, classes = 0;
  AreaFigures row;
  void Bind(soci::details::prepare_temp_type& p) { p, soci::into(row.area), soci::into(trainees), soci::into(classes); }
  AreaFigures Get() const { return {row.area, trainees, classes}; }
};

// The rows of one of the list_finished_* queries: scope, then period.
template <class Buffer>
auto Finished(db::Connection& connection, const db::Query& query, const core::Scope& scope, const Period& period) {
  Buffer buffer;
  InstitutionScopeParams scope_params(scope);
  PeriodParams period_params(period);
  auto prepared = Prepare(connection, query);
  buffer.Bind(prepared);
  scope_params.Bind(prepared);
  period_params.Bind(prepared);
  return db::FetchRows(prepared, buffer);
}
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

AttendanceDistribution FinishedAttendance(db::Connection& connection, const core::Scope& scope, const Period& period,
                                          double threshold) {
  return Distribute(Finished<SessionBuffer>(connection, q::kListFinishedSessions, scope, period),
                    Finished<EnrolmentBuffer>(connection, q::kListFinishedEnrolments, scope, period),
                    Finished<MarkBuffer>(connection, q::kListFinishedMarks, scope, period),
                    Finished<SegmentBuffer>(connection, q::kListFinishedSegments, scope, period), threshold);
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

}  // namespace sunshine::dashboard::store
