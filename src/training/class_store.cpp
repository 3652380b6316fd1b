#include "training/class_store.hpp"

#include <boost/json.hpp>

#include "db/keyset.hpp"
#include "db/like.hpp"
#include "db/queries/training.hpp"
#include "registry/occupation_store.hpp"
#include "training/institution_scope.hpp"

namespace sunshine::training::class_store {
namespace q = db::queries::training;
namespace {

template <class T>
std::optional<T> Opt(const T& value, soci::indicator ind) {
  return ind == soci::i_ok ? std::optional<T>(value) : std::nullopt;
}

struct ClassBuffer {
  long long id = 0, institution_id = 0, project_id = 0, occupation_id = 0, venue_id = 0, subsidy_fen = 0,
            submitted_at = 0, reviewed_at = 0, created_at = 0, updated_at = 0, roster_size = 0;
  int level = 0, planned_minutes = 0, standard_hours = 0, roster_locked = 0;
  std::string institution_name, project_name, name, training_type, mode, venue_name, region_code, start_date, end_date,
      status, warnings, reviewed_by, review_reason, created_by, sort_key;
  soci::indicator level_ind = soci::i_null, venue_ind = soci::i_null, venue_name_ind = soci::i_null,
                  submitted_ind = soci::i_null, reviewed_ind = soci::i_null, reviewed_by_ind = soci::i_null,
                  reason_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(institution_id), soci::into(institution_name), soci::into(project_id),
        soci::into(project_name), soci::into(occupation_id), soci::into(level, level_ind), soci::into(name),
        soci::into(training_type), soci::into(mode), soci::into(venue_id, venue_ind),
        soci::into(venue_name, venue_name_ind), soci::into(region_code), soci::into(start_date), soci::into(end_date),
        soci::into(planned_minutes), soci::into(standard_hours), soci::into(subsidy_fen), soci::into(status),
        soci::into(warnings), soci::into(roster_locked), soci::into(submitted_at, submitted_ind),
        soci::into(reviewed_at, reviewed_ind), soci::into(reviewed_by, reviewed_by_ind),
        soci::into(review_reason, reason_ind), soci::into(created_at), soci::into(created_by), soci::into(updated_at),
        soci::into(roster_size), soci::into(sort_key);
  }
  std::pair<ClassRecord, std::string> Get() const {
    ClassRecord c;
    c.id = id;
    c.institution_id = institution_id;
    c.institution_name = institution_name;
    c.project_id = project_id;
    c.project_name = project_name;
    c.occupation_id = occupation_id;
    c.level = Opt(level, level_ind);
    c.name = name;
    c.training_type = training_type;
    c.mode = mode;
    c.venue_id = Opt<std::int64_t>(venue_id, venue_ind);
    c.venue_name = Opt(venue_name, venue_name_ind);
    c.region_code = region_code;
    c.start_date = start_date;
    c.end_date = end_date;
    c.planned_minutes = planned_minutes;
    c.standard_hours = standard_hours;
    c.subsidy_fen = subsidy_fen;
    c.status = status;
    c.warnings = warnings;
    c.roster_locked = roster_locked != 0;
    c.submitted_at = Opt<std::int64_t>(submitted_at, submitted_ind);
    c.reviewed_at = Opt<std::int64_t>(reviewed_at, reviewed_ind);
    c.reviewed_by = Opt(reviewed_by, reviewed_by_ind);
    c.review_reason = Opt(review_reason, reason_ind);
    c.created_at = created_at;
    c.created_by = created_by;
    c.updated_at = updated_at;
    c.roster_size = static_cast<int>(roster_size);
    return {std::move(c), sort_key};
  }
};

// The filters the caller set, as list_classes.sql and count_classes.sql name them.
struct FilterParams {
  explicit FilterParams(const Filter& f)
      : by_name(!f.q.empty()), like(db::ContainsPattern(f.q)), status(f.status), institution(f.institution_id) {}
  void Fill(std::string& text) const {
    db::FillFilter(text, "q", by_name);
    db::FillFilter(text, "status", !status.empty());
    db::FillFilter(text, "institution", institution != 0);
  }
  void Bind(soci::details::prepare_temp_type& p) {
    if (by_name) p, soci::use(like);
    if (!status.empty()) p, soci::use(status);
    if (institution != 0) p, soci::use(institution);
  }
  bool by_name;
  std::string like, status;
  long long institution;
};

// What the list may be sorted by: the keys the routes accept, as columns of `c`.
const db::SortColumns kSortColumns{"c", kSortable};

struct NoParams {
  void Bind(soci::details::prepare_temp_type&) {}
};

std::string JsonArray(const auto& values) {
  boost::json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return boost::json::serialize(out);
}

std::vector<BookingRow> Bookings(db::Connection& connection, const db::Query& query, const std::string& who_json,
                                 std::int64_t class_id, const std::string& from, const std::string& to,
                                 bool who_is_number) {
  long long self = class_id, klass = 0, institution = 0, who_number = 0;
  std::string who_text, date, start, end;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(query));
  if (who_is_number) {
    prepared, soci::into(who_number);
  } else {
    prepared, soci::into(who_text);
  }
  prepared, soci::into(klass), soci::into(institution), soci::into(date), soci::into(start), soci::into(end), soci::use(who_json),
      soci::use(self), soci::use(from), soci::use(to);
  soci::statement statement(prepared);
  statement.execute();
  std::vector<BookingRow> out;
  while (statement.fetch()) {
    out.push_back({who_is_number ? std::to_string(who_number) : who_text, klass, institution, date, start, end});
  }
  return out;
}
}  // namespace

std::optional<ClassRecord> Find(db::Connection& connection, const core::Scope& scope, std::int64_t id) {
  ClassBuffer buffer;
  InstitutionScopeParams params(scope);
  auto row = db::FindOne(connection, q::kFindClassInScope, buffer, id, params);
  return row ? std::optional(std::move(row->first)) : std::nullopt;
}

std::optional<ClassRecord> FindById(db::Connection& connection, std::int64_t id) {
  ClassBuffer buffer;
  NoParams none;
  auto row = db::FindOne(connection, q::kFindClass, buffer, id, none);
  return row ? std::optional(std::move(row->first)) : std::nullopt;
}

std::vector<std::pair<ClassRecord, std::string>> List(db::Connection& connection, const core::Scope& scope,
                                                      const Filter& filter, const core::Sort& sort,
                                                      const core::Cursor& after, int limit) {
  ClassBuffer buffer;
  db::KeysetParams keyset(sort, after, limit);
  InstitutionScopeFilter scope_params(scope, "c");
  FilterParams filter_params(filter);
  return db::ListSorted(connection, q::kListClasses, kSortColumns, buffer, keyset, scope_params, filter_params);
}

core::Total Count(db::Connection& connection, const core::Scope& scope, const Filter& filter) {
  InstitutionScopeFilter scope_params(scope, "c", InstitutionScopeFilter::Shape::kCount);
  FilterParams filter_params(filter);
  return db::CountCapped(connection, q::kCountClasses, scope_params, filter_params);
}

namespace {
// The plan columns shared by insert and update, bound in the queries' order.
struct PlanParams {
  explicit PlanParams(const ClassRecord& c)
      : project(c.project_id), venue(c.venue_id.value_or(0)), subsidy(c.subsidy_fen), updated(c.updated_at),
        venue_ind(c.venue_id ? soci::i_ok : soci::i_null) {}
  long long project, venue, subsidy, updated;
  soci::indicator venue_ind;
};
}  // namespace

std::int64_t Insert(db::Connection& connection, const ClassRecord& c) {
  PlanParams p(c);
  long long id = 0, institution = c.institution_id, created = c.created_at;
  connection.sql() << connection.Text(q::kInsertClass), soci::use(institution), soci::use(p.project),
      soci::use(c.name), soci::use(c.training_type), soci::use(c.mode), soci::use(p.venue, p.venue_ind),
      soci::use(c.region_code), soci::use(c.start_date), soci::use(c.end_date), soci::use(c.planned_minutes),
      soci::use(c.standard_hours), soci::use(p.subsidy), soci::use(c.warnings), soci::use(created),
      soci::use(c.created_by), soci::use(p.updated), soci::into(id);
  return id;
}

void UpdatePlan(db::Connection& connection, const ClassRecord& c) {
  PlanParams p(c);
  long long id = c.id;
  connection.sql() << connection.Text(q::kUpdateClassPlan), soci::use(p.project), soci::use(c.name),
      soci::use(c.training_type), soci::use(c.mode), soci::use(p.venue, p.venue_ind), soci::use(c.region_code),
      soci::use(c.start_date), soci::use(c.end_date), soci::use(c.planned_minutes), soci::use(c.standard_hours),
      soci::use(p.subsidy), soci::use(c.warnings), soci::use(p.updated), soci::use(id);
}

void UpdateStatus(db::Connection& connection, const ClassRecord& c) {
  long long id = c.id, updated = c.updated_at, submitted = c.submitted_at.value_or(0),
            reviewed = c.reviewed_at.value_or(0);
  int locked = c.roster_locked ? 1 : 0;
  std::string by = c.reviewed_by.value_or(""), reason = c.review_reason.value_or("");
  soci::indicator submitted_ind = c.submitted_at ? soci::i_ok : soci::i_null,
                  reviewed_ind = c.reviewed_at ? soci::i_ok : soci::i_null,
                  by_ind = c.reviewed_by ? soci::i_ok : soci::i_null,
                  reason_ind = c.review_reason ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kUpdateClassStatus), soci::use(c.status), soci::use(c.warnings),
      soci::use(locked), soci::use(submitted, submitted_ind), soci::use(reviewed, reviewed_ind),
      soci::use(by, by_ind), soci::use(reason, reason_ind), soci::use(updated), soci::use(id);
}

void ClearPlan(db::Connection& connection, std::int64_t class_id) {
  long long id = class_id;
  connection.sql() << connection.Text(q::kDeleteClassSessions), soci::use(id);
  connection.sql() << connection.Text(q::kDeleteClassTeachers), soci::use(id);
  connection.sql() << connection.Text(q::kDeleteClassRoster), soci::use(id);
}

std::int64_t InsertTeacher(db::Connection& connection, std::int64_t class_id, const TeacherRecord& t) {
  long long id = 0, klass = class_id;
  connection.sql() << connection.Text(q::kInsertClassTeacher), soci::use(klass), soci::use(t.position),
      soci::use(t.name), soci::use(t.id_number_sealed), soci::use(t.id_number_index), soci::use(t.qualification),
      soci::into(id);
  return id;
}

void InsertSession(db::Connection& connection, std::int64_t class_id, const SessionRecord& s,
                   std::int64_t teacher_id) {
  long long id = 0, klass = class_id, teacher = teacher_id;
  connection.sql() << connection.Text(q::kInsertClassSession), soci::use(klass), soci::use(s.position),
      soci::use(s.date), soci::use(s.start), soci::use(s.end), soci::use(s.topic), soci::use(teacher), soci::into(id);
}

std::int64_t InsertRosterEntry(db::Connection& connection, std::int64_t class_id, const RosterRecord& r) {
  long long id = 0, klass = class_id, trainee = r.trainee_id, added = r.added_at;
  int before = r.before_start ? 1 : 0;
  std::string reason = r.amendment_reason.value_or("");
  soci::indicator reason_ind = r.amendment_reason ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertRosterEntry), soci::use(klass), soci::use(trainee),
      soci::use(r.position), soci::use(added), soci::use(r.added_by), soci::use(reason, reason_ind),
      soci::use(before), soci::into(id);
  return id;
}

bool WithdrawRosterEntry(db::Connection& connection, std::int64_t class_id, std::int64_t trainee_id,
                         std::int64_t at, const std::string& by, const std::string& reason) {
  long long klass = class_id, trainee = trainee_id, when = at;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kWithdrawRosterEntry), soci::use(when),
                               soci::use(by), soci::use(reason), soci::use(klass), soci::use(trainee));
  statement.execute(true);
  return statement.get_affected_rows() > 0;
}

std::vector<TeacherRecord> Teachers(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id, id = 0;
  int position = 0;
  std::string name, sealed, index, qualification;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClassTeachers), soci::into(id), soci::into(position),
       soci::into(name), soci::into(sealed), soci::into(index), soci::into(qualification), soci::use(klass));
  statement.execute();
  std::vector<TeacherRecord> out;
  while (statement.fetch()) out.push_back({id, position, name, sealed, index, qualification});
  return out;
}

std::vector<SessionRecord> Sessions(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id, id = 0;
  int position = 0, teacher = 0;
  std::string date, start, end, topic;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClassSessions), soci::into(id), soci::into(position),
       soci::into(date), soci::into(start), soci::into(end), soci::into(topic), soci::into(teacher), soci::use(klass));
  statement.execute();
  std::vector<SessionRecord> out;
  while (statement.fetch()) out.push_back({id, position, date, start, end, topic, teacher});
  return out;
}

std::map<std::int64_t, Interval> SessionWindows(db::Connection& connection, std::int64_t class_id) {
  std::map<std::int64_t, Interval> out;
  for (const auto& s : Sessions(connection, class_id)) {
    if (const auto window = SessionWindow(s.date, s.start, s.end)) out[s.id] = *window;
  }
  return out;
}

std::vector<RosterRecord> Roster(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id, id = 0, trainee = 0, added = 0, withdrawn = 0;
  int position = 0, before = 0;
  std::string name, sealed, birth, added_by, amendment, withdrawn_by, withdrawn_reason;
  soci::indicator amendment_ind = soci::i_null, withdrawn_ind = soci::i_null, by_ind = soci::i_null,
                  reason_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClassRoster), soci::into(id), soci::into(trainee),
       soci::into(position), soci::into(name), soci::into(sealed), soci::into(birth), soci::into(added),
       soci::into(added_by), soci::into(amendment, amendment_ind), soci::into(before),
       soci::into(withdrawn, withdrawn_ind), soci::into(withdrawn_by, by_ind),
       soci::into(withdrawn_reason, reason_ind), soci::use(klass));
  statement.execute();
  std::vector<RosterRecord> out;
  while (statement.fetch()) {
    out.push_back({id, trainee, position, name, sealed, birth, added, added_by, Opt(amendment, amendment_ind),
                   before != 0, Opt<std::int64_t>(withdrawn, withdrawn_ind), Opt(withdrawn_by, by_ind),
                   Opt(withdrawn_reason, reason_ind)});
  }
  return out;
}

void InsertEvent(db::Connection& connection, std::int64_t class_id, const ClassEvent& e) {
  long long klass = class_id, at = e.at;
  std::string from = e.from_status.value_or("");
  soci::indicator from_ind = e.from_status ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertClassEvent), soci::use(klass), soci::use(at), soci::use(e.actor),
      soci::use(e.action), soci::use(from, from_ind), soci::use(e.to_status), soci::use(e.reason),
      soci::use(e.detail), soci::use(e.request_id);
}

std::vector<ClassEvent> Events(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id, id = 0, at = 0;
  std::string actor, action, from, to, reason, detail;
  soci::indicator from_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClassEvents), soci::into(id), soci::into(at),
       soci::into(actor), soci::into(action), soci::into(from, from_ind), soci::into(to), soci::into(reason),
       soci::into(detail), soci::use(klass));
  statement.execute();
  std::vector<ClassEvent> out;
  while (statement.fetch()) out.push_back({id, at, actor, action, Opt(from, from_ind), to, reason, detail, ""});
  return out;
}

bool ProjectPermitted(db::Connection& connection, std::int64_t institution_id, std::int64_t project_id,
                      const std::string& start_date, const std::string& end_date) {
  long long id = 0, institution = institution_id, project = project_id;
  connection.sql() << connection.Text(q::kFindPermittedProject), soci::use(institution), soci::use(project),
      soci::use(start_date), soci::use(end_date), soci::into(id);
  return connection.sql().got_data();
}

std::optional<VenueFacts> InstitutionVenue(db::Connection& connection, std::int64_t institution_id,
                                           std::int64_t venue_id) {
  long long venue = venue_id, institution = institution_id;
  VenueFacts facts;
  connection.sql() << connection.Text(q::kFindInstitutionVenue), soci::use(venue), soci::use(institution),
      soci::into(facts.capacity), soci::into(facts.region_code);
  if (!connection.sql().got_data()) return std::nullopt;
  return facts;
}

std::vector<std::pair<std::int64_t, std::string>> BirthDates(db::Connection& connection,
                                                             const std::vector<std::int64_t>& ids) {
  const std::string json = JsonArray(ids);
  long long id = 0;
  std::string birth;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kFindRosterPeople), soci::into(id),
                               soci::into(birth), soci::use(json));
  statement.execute();
  std::vector<std::pair<std::int64_t, std::string>> out;
  while (statement.fetch()) out.emplace_back(id, birth);
  return out;
}

std::vector<BookingRow> TraineeBookings(db::Connection& connection, const std::vector<std::int64_t>& ids,
                                        std::int64_t class_id, const std::string& from, const std::string& to) {
  return Bookings(connection, q::kFindTraineeBookings, JsonArray(ids), class_id, from, to, true);
}

std::vector<EnrolmentRow> Enrolments(db::Connection& connection, const std::vector<std::int64_t>& ids,
                                     std::int64_t class_id) {
  const std::string json = JsonArray(ids);
  long long self = class_id, trainee = 0, occupation = 0;
  int level = 0;
  std::string start;
  soci::indicator level_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kFindTraineeEnrolments), soci::into(trainee), soci::into(start),
       soci::into(occupation), soci::into(level, level_ind), soci::use(json), soci::use(self), soci::use(json));
  statement.execute();
  std::vector<EnrolmentRow> out;
  while (statement.fetch()) out.push_back({trainee, start, occupation, Opt(level, level_ind)});
  return out;
}

std::vector<BookingRow> TeacherBookings(db::Connection& connection, const std::vector<std::string>& indexes,
                                        std::int64_t class_id, const std::string& from, const std::string& to) {
  return Bookings(connection, q::kFindTeacherBookings, JsonArray(indexes), class_id, from, to, false);
}

std::vector<std::int64_t> ToAdvance(db::Connection& connection, const std::string& today) {
  long long id = 0;
  std::string a = today, b = today;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListClassesToAdvance), soci::into(id),
                               soci::use(a), soci::use(b));
  statement.execute();
  std::vector<std::int64_t> out;
  while (statement.fetch()) out.push_back(id);
  return out;
}

}  // namespace sunshine::training::class_store
