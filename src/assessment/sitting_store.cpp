#include "assessment/sitting_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/assessment.hpp"

namespace sunshine::assessment::sitting_store {
namespace q = db::queries::assessment;
namespace {
// A nullable column read into a value and its indicator.
template <class T>
struct Maybe {
  T value{};
  soci::indicator ind = soci::i_null;
  template <class U = T>
  std::optional<U> Get() const {
    return ind == soci::i_ok ? std::optional<U>(static_cast<U>(value)) : std::nullopt;
  }
};

// A nullable parameter: the value (or a zero) and its indicator.
template <class T>
struct Param {
  T value{};
  soci::indicator ind = soci::i_null;
  template <class U>
  explicit Param(const std::optional<U>& v) : value(v ? static_cast<T>(*v) : T{}), ind(v ? soci::i_ok : soci::i_null) {}
};

struct SittingBuffer {
  Sitting row;
  long long id = 0, occupation = 0, created_at = 0;
  Maybe<long long> body, institution, klass, latitude, longitude, locked_at, host;
  Maybe<std::string> class_name, locked_by, host_name;
  Maybe<int> level;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(row.organiser), soci::into(body.value, body.ind),
        soci::into(institution.value, institution.ind), soci::into(row.organiser_name), soci::into(klass.value, klass.ind),
        soci::into(class_name.value, class_name.ind), soci::into(occupation), soci::into(row.occupation_name),
        soci::into(level.value, level.ind), soci::into(row.certificate_type), soci::into(row.region_code),
        soci::into(row.date), soci::into(row.start), soci::into(row.end), soci::into(row.place),
        soci::into(latitude.value, latitude.ind), soci::into(longitude.value, longitude.ind), soci::into(row.status),
        soci::into(locked_at.value, locked_at.ind), soci::into(locked_by.value, locked_by.ind), soci::into(created_at),
        soci::into(row.created_by), soci::into(host.value, host.ind), soci::into(host_name.value, host_name.ind);
  }
  Sitting Get() const {
    Sitting out = row;
    out.id = id;
    out.occupation_id = occupation;
    out.created_at = created_at;
    out.body_id = body.Get<std::int64_t>();
    out.institution_id = institution.Get<std::int64_t>();
    out.class_id = klass.Get<std::int64_t>();
    out.class_name = class_name.Get();
    out.level = level.Get();
    out.latitude_e6 = latitude.Get<std::int64_t>();
    out.longitude_e6 = longitude.Get<std::int64_t>();
    out.locked_at = locked_at.Get<std::int64_t>();
    out.locked_by = locked_by.Get();
    out.host_institution_id = host.Get<std::int64_t>();
    out.host_name = host_name.Get();
    return out;
  }
};

struct ReachParams {
  Reach reach;  // a copy: a kept statement stays bound to it (db::FetchKept)
  void Bind(soci::details::prepare_temp_type& p) const {
    p, soci::use(reach.organiser), soci::use(reach.region_like), soci::use(reach.institution_id);
  }
};

std::optional<Result> ResultOf(const Maybe<int>& theory, const Maybe<int>& practical, const Maybe<int>& absent) {
  if (absent.ind != soci::i_ok) return std::nullopt;
  return Result{theory.Get(), practical.Get(), absent.value == 1};
}

// An outcome row: key, name, occupation, level and the five counts.
struct OutcomeBuffer {
  OutcomeRow row;
  long long occupation = 0;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(row.key), soci::into(row.name), soci::into(occupation), soci::into(row.occupation_name),
        soci::into(row.level), soci::into(row.eligible), soci::into(row.candidates), soci::into(row.sat),
        soci::into(row.passed), soci::into(row.certified);
  }
  OutcomeRow Get() const {
    OutcomeRow out = row;
    out.occupation_id = occupation;
    return out;
  }
};

// The columns a result is written as: theory, practical, absent.
struct ResultParams {
  Param<int> theory, practical;
  int absent;
  explicit ResultParams(const Result& r) : theory(r.theory), practical(r.practical), absent(r.absent ? 1 : 0) {}
};
}  // namespace

Reach ReachOf(const core::Scope& scope) {
  Reach reach;
  if (scope.kind == core::ScopeKind::kRegion) {
    reach.region_like = scope.RegionPrefix() + "%";
  } else if (scope.kind == core::ScopeKind::kOrganisation) {
    reach.organiser = scope.code;
    if (const auto institution = scope.OrganisationId("institution")) reach.institution_id = institution;
  }
  return reach;
}

std::optional<Organiser> FindOrganiser(db::Connection& connection, std::int64_t body_id, std::int64_t institution_id) {
  Organiser o;
  long long id = 0, body = body_id, institution = institution_id;
  connection.sql() << connection.Text(q::kFindOrganiser), soci::into(o.kind), soci::into(id), soci::into(o.name),
      soci::into(o.type), soci::into(o.region_code), soci::into(o.status), soci::use(body), soci::use(institution);
  if (!connection.sql().got_data()) return std::nullopt;
  o.id = id;
  return o;
}

bool Filed(db::Connection& connection, std::int64_t body_id, std::int64_t occupation_id, std::optional<int> level,
           const std::string& since, const std::string& until) {
  long long body = body_id, occupation = occupation_id, count = 0;
  int level_or_zero = level.value_or(0);
  connection.sql() << connection.Text(q::kCountFilingsInForce), soci::into(count), soci::use(body),
      soci::use(occupation), soci::use(level_or_zero), soci::use(until), soci::use(since);
  return count > 0;
}

std::int64_t Insert(db::Connection& connection, const Sitting& s) {
  long long id = 0, occupation = s.occupation_id, created = s.created_at;
  Param<long long> body(s.body_id), institution(s.institution_id), klass(s.class_id), latitude(s.latitude_e6),
      longitude(s.longitude_e6), host(s.host_institution_id);
  Param<int> level(s.level);
  connection.sql() << connection.Text(q::kInsertSitting), soci::use(s.organiser), soci::use(body.value, body.ind),
      soci::use(institution.value, institution.ind), soci::use(s.organiser_name), soci::use(klass.value, klass.ind),
      soci::use(occupation), soci::use(level.value, level.ind), soci::use(s.certificate_type), soci::use(s.region_code),
      soci::use(s.date), soci::use(s.start), soci::use(s.end), soci::use(s.place),
      soci::use(latitude.value, latitude.ind), soci::use(longitude.value, longitude.ind),
      soci::use(host.value, host.ind), soci::use(created), soci::use(s.created_by), soci::use(created), soci::into(id);
  return id;
}

void InsertExaminer(db::Connection& connection, std::int64_t sitting_id, const Examiner& e) {
  long long sitting = sitting_id;
  connection.sql() << connection.Text(q::kInsertExaminer), soci::use(sitting), soci::use(e.position), soci::use(e.name),
      soci::use(e.id_number_sealed), soci::use(e.id_number_index), soci::use(e.certificate);
}

void InsertCandidate(db::Connection& connection, std::int64_t sitting_id, std::int64_t trainee_id,
                     std::optional<std::int64_t> class_id) {
  long long sitting = sitting_id, trainee = trainee_id;
  Param<long long> klass(class_id);
  connection.sql() << connection.Text(q::kInsertCandidate), soci::use(sitting), soci::use(trainee),
      soci::use(klass.value, klass.ind);
}

std::optional<Sitting> Find(db::Connection& connection, std::int64_t id, const Reach& reach) {
  SittingBuffer buffer;
  ReachParams params{reach};
  return db::FindOne(connection, q::kFindSitting, buffer, id, params);
}

std::vector<Sitting> List(db::Connection& connection, const Reach& reach, std::int64_t after, int limit) {
  SittingBuffer buffer;
  long long a = after, a_value = after, l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListSittings));
  ReachParams reach_params{reach};  // outlives the statement, which binds its members
  buffer.Bind(prepared);
  reach_params.Bind(prepared);
  prepared, soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::vector<Examiner> Examiners(db::Connection& connection, std::int64_t sitting_id) {
  long long sitting = sitting_id;
  Examiner e;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListExaminers), soci::into(e.position),
                               soci::into(e.name), soci::into(e.id_number_sealed), soci::into(e.id_number_index),
                               soci::into(e.certificate), soci::use(sitting));
  statement.execute();
  std::vector<Examiner> out;
  while (statement.fetch()) out.push_back(e);
  return out;
}

std::vector<Candidate> Candidates(db::Connection& connection, std::int64_t sitting_id) {
  long long sitting = sitting_id, id = 0, trainee = 0, amendments = 0;
  Candidate c;
  Maybe<long long> klass, entered_at;
  Maybe<int> theory, practical, absent, passed, first_theory, first_practical, first_absent;
  Maybe<std::string> entered_by, number, status;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListCandidates), soci::into(id), soci::into(trainee),
       soci::into(c.name), soci::into(c.id_number_sealed), soci::into(klass.value, klass.ind),
       soci::into(theory.value, theory.ind), soci::into(practical.value, practical.ind),
       soci::into(absent.value, absent.ind), soci::into(passed.value, passed.ind),
       soci::into(first_theory.value, first_theory.ind), soci::into(first_practical.value, first_practical.ind),
       soci::into(first_absent.value, first_absent.ind), soci::into(entered_at.value, entered_at.ind),
       soci::into(entered_by.value, entered_by.ind), soci::into(amendments), soci::into(number.value, number.ind),
       soci::into(status.value, status.ind), soci::use(sitting));
  statement.execute();
  std::vector<Candidate> out;
  while (statement.fetch()) {
    Candidate row = c;
    row.id = id;
    row.trainee_id = trainee;
    row.class_id = klass.Get<std::int64_t>();
    row.result = ResultOf(theory, practical, absent);
    row.first_result = ResultOf(first_theory, first_practical, first_absent);
    if (passed.ind == soci::i_ok) row.passed = passed.value == 1;
    row.entered_at = entered_at.Get<std::int64_t>();
    row.entered_by = entered_by.Get();
    row.amendments = static_cast<int>(amendments);
    row.certificate_number = number.Get();
    row.certificate_status = status.Get();
    out.push_back(std::move(row));
  }
  return out;
}

bool EnterResult(db::Connection& connection, std::int64_t sitting_id, std::int64_t trainee_id, const Result& result,
                 bool passed, std::int64_t at, const std::string& by) {
  long long sitting = sitting_id, trainee = trainee_id, when = at;
  ResultParams r(result);
  ResultParams first(result);
  int pass = passed ? 1 : 0;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kEnterResult), soci::use(r.theory.value, r.theory.ind),
       soci::use(r.practical.value, r.practical.ind), soci::use(r.absent), soci::use(pass),
       soci::use(first.theory.value, first.theory.ind), soci::use(first.practical.value, first.practical.ind),
       soci::use(first.absent), soci::use(when), soci::use(by), soci::use(sitting), soci::use(trainee));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

void Amend(db::Connection& connection, std::int64_t candidate_id, const Result& result, bool passed,
           const std::string& reason, std::int64_t at, const std::string& by, const std::string& request_id) {
  long long candidate = candidate_id, when = at;
  ResultParams r(result);
  int pass = passed ? 1 : 0;
  connection.sql() << connection.Text(q::kAmendResult), soci::use(r.theory.value, r.theory.ind),
      soci::use(r.practical.value, r.practical.ind), soci::use(r.absent), soci::use(pass), soci::use(candidate);
  connection.sql() << connection.Text(q::kInsertAmendment), soci::use(candidate), soci::use(r.theory.value, r.theory.ind),
      soci::use(r.practical.value, r.practical.ind), soci::use(r.absent), soci::use(pass), soci::use(reason),
      soci::use(when), soci::use(by), soci::use(request_id);
}

bool Lock(db::Connection& connection, std::int64_t id, std::int64_t at, const std::string& by) {
  long long key = id, when = at, updated = at;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kLockSitting), soci::use(when),
                               soci::use(by), soci::use(updated), soci::use(key));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

std::map<std::int64_t, std::int64_t> Candidacies(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id, trainee = 0, sitting = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListClassCandidacies),
                               soci::into(trainee), soci::into(sitting), soci::use(klass));
  statement.execute();
  std::map<std::int64_t, std::int64_t> out;
  while (statement.fetch()) out.emplace(trainee, sitting);
  return out;
}

std::vector<Exemption> Exemptions(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id, trainee = 0, at = 0;
  Exemption e;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListExemptions), soci::into(trainee),
                               soci::into(e.reason), soci::into(e.note), soci::into(at), soci::into(e.recorded_by),
                               soci::use(klass));
  statement.execute();
  std::vector<Exemption> out;
  while (statement.fetch()) {
    e.trainee_id = trainee;
    e.recorded_at = at;
    out.push_back(e);
  }
  return out;
}

void SetExemption(db::Connection& connection, std::int64_t class_id, const std::optional<Exemption>& exemption,
                  std::int64_t trainee_id) {
  long long klass = class_id, trainee = trainee_id;
  connection.sql() << connection.Text(q::kDeleteExemption), soci::use(klass), soci::use(trainee);
  if (!exemption) return;
  long long at = exemption->recorded_at;
  connection.sql() << connection.Text(q::kInsertExemption), soci::use(klass), soci::use(trainee),
      soci::use(exemption->reason), soci::use(exemption->note), soci::use(at), soci::use(exemption->recorded_by);
}

std::vector<OverdueClass> Overdue(db::Connection& connection, const std::string& region_prefix,
                                  const std::string& cutoff, int threshold_1e4, std::int64_t after, int limit) {
  const std::string like = region_prefix + "%";
  long long id = 0, eligible = 0, unaccounted = 0, a = after, l = limit;
  OverdueClass c;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListOverdueClasses), soci::into(id), soci::into(c.class_name),
       soci::into(c.institution_name), soci::into(c.region_code), soci::into(c.end_date), soci::into(eligible),
       soci::into(unaccounted), soci::use(like), soci::use(cutoff), soci::use(threshold_1e4), soci::use(a),
       soci::use(l));
  statement.execute();
  std::vector<OverdueClass> out;
  while (statement.fetch()) {
    c.class_id = id;
    c.eligible = static_cast<int>(eligible);
    c.unaccounted = static_cast<int>(unaccounted);
    out.push_back(c);
  }
  return out;
}

std::vector<OutcomeRow> OutcomesByInstitution(db::Connection& connection, const Reach& reach, const OutcomeFilter& filter,
                                              int threshold_1e4, int limit) {
  OutcomeBuffer buffer;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kCountOutcomesByInstitution));
  buffer.Bind(prepared);
  prepared, soci::use(filter.from), soci::use(filter.to), soci::use(threshold_1e4), soci::use(reach.region_like),
      soci::use(reach.institution_id), soci::use(filter.institution_type), soci::use(filter.institution_type),
      soci::use(limit);
  return db::FetchRows(prepared, buffer);
}

std::vector<OutcomeRow> OutcomesByBody(db::Connection& connection, const Reach& reach, const OutcomeFilter& filter,
                                       int limit) {
  OutcomeBuffer buffer;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kCountOutcomesByBody));
  buffer.Bind(prepared);
  prepared, soci::use(filter.from), soci::use(filter.to), soci::use(reach.region_like), soci::use(reach.organiser),
      soci::use(limit);
  return db::FetchRows(prepared, buffer);
}

}  // namespace sunshine::assessment::sitting_store
