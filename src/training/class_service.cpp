#include "training/class_service.hpp"

#include <boost/json.hpp>
#include <map>

#include "audit/store.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "registry/institution_store.hpp"
#include "registry/project_store.hpp"
#include "registry/trainee_store.hpp"

namespace sunshine::training {
namespace {
// The county reviewing a class may differ from the institution's (the venue decides), so the
// institution's own status is read province-wide once the class itself was found in scope.
const core::Scope kWholeProvince{core::ScopeKind::kRegion, "510000"};

core::Error NotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "培训班不存在或不在管辖范围内");
}
core::Error Invalid(std::vector<core::FieldError> errors) {
  return core::Error::Invalid("invalid_fields", "培训班信息有误，请检查标出的字段", std::move(errors));
}
core::Error Conflict(std::string code, std::string message) {
  return core::Error::Of(core::ErrorKind::kConflict, std::move(code), std::move(message));
}

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string WarningsJson(const std::vector<Violation>& violations) {
  boost::json::array out;
  for (const auto& v : violations) {
    if (!v.blocking) out.push_back({{"code", v.code}, {"field", v.field}, {"detail", v.detail}});
  }
  return boost::json::serialize(out);
}

std::vector<core::FieldError> Blocking(const std::vector<Violation>& violations) {
  std::vector<core::FieldError> out;
  for (const auto& v : violations) {
    if (v.blocking) out.push_back({v.field, v.code, 0, "", v.detail});
  }
  return out;
}

void Record(db::Connection& connection, const core::Actor& actor, const ClassRecord& record, const std::string& action,
            std::optional<std::string> from, const std::string& reason, boost::json::object detail) {
  const std::string who = actor.principal ? actor.principal->username : actor.system_name;
  detail["class"] = record.id;
  const std::string text = boost::json::serialize(detail);
  class_store::InsertEvent(connection, record.id,
                           {0, record.updated_at, who, action, std::move(from), record.status, reason, text,
                            actor.request_id});
  detail["reason"] = reason;
  detail["status"] = record.status;
  audit::Append(connection, actor,
                {.action = "training:class:" + action,
                 .object_type = "class",
                 .object_id = std::to_string(record.id),
                 .detail = boost::json::serialize(detail)});
}
}  // namespace

// A class plan resolved against the registries: what the checks and the store need.
struct ClassService::Plan {
  std::int64_t project_id = 0;
  std::optional<registry::Project> project;
  int standard_hours = 0;
  std::int64_t subsidy_fen = 0;
  std::string training_type, start_date, end_date, region_code;
  std::optional<int> venue_capacity;
  std::vector<Session> sessions;     // teacher: the teacher's blind index
  std::vector<std::int64_t> roster;  // trainee ids, in roster order
  std::vector<TeacherRecord> teachers;
  std::vector<core::FieldError> errors;
};

core::Result<const crypto::FieldKeys*> ClassService::Keys() const {
  return crypto::RequireKeys(keys_, "培训班信息");
}

core::Result<ClassService::Plan> ClassService::Resolve(db::Connection& connection, const core::Scope& scope,
                                                       std::int64_t institution_id, const ClassInput& in) const {
  auto keys = Keys();
  if (!keys) return keys.error();
  Plan plan;
  plan.project_id = in.project_id;
  plan.training_type = in.training_type;
  plan.start_date = in.start_date;
  plan.end_date = in.end_date;
  if (in.project_id > 0) {
    plan.project = registry::project_store::Find(connection, in.project_id);
    if (!plan.project) {
      plan.errors.push_back({"project_id", "unknown"});
    } else if (core::IsDate(in.start_date)) {
      if (const auto* standard = registry::StandardInForce(plan.project->versions, in.start_date)) {
        plan.standard_hours = standard->standard_hours;
        plan.subsidy_fen = standard->subsidy_fen;
      }
    }
  }
  if (in.venue_id && in.mode != "online") {
    if (const auto venue = class_store::InstitutionVenue(connection, institution_id, *in.venue_id)) {
      plan.venue_capacity = venue->capacity;
      plan.region_code = venue->region_code;
    } else {
      plan.errors.push_back({"venue_id", "unknown"});  // not a venue of this institution
    }
  }
  for (std::size_t i = 0; i < in.teachers.size(); ++i) {
    const auto& t = in.teachers[i];
    const std::string number = core::NormaliseIdNumber(t.id_number);
    plan.teachers.push_back({0, static_cast<int>(i), Trim(t.name), crypto::Seal(**keys, number),
                             crypto::BlindIndex(**keys, number), Trim(t.qualification)});
  }
  for (const auto& s : in.sessions) {
    const bool known = s.teacher >= 0 && static_cast<std::size_t>(s.teacher) < plan.teachers.size();
    plan.sessions.push_back({s.date, s.start, s.end, known ? plan.teachers[s.teacher].id_number_index : ""});
  }
  for (std::size_t i = 0; i < in.roster.size(); ++i) {
    const auto& r = in.roster[i];
    const std::string at = "roster[" + std::to_string(i) + "]";
    std::optional<std::int64_t> id;
    if (r.trainee_id && !r.id_number) {
      // By registry id: the people the institution registered itself.
      if (const auto t = registry::trainee_store::Find(connection, scope, *r.trainee_id)) id = t->id;
      else plan.errors.push_back({at + ".trainee_id", "unknown"});
    } else if (r.id_number && !r.trainee_id) {
      // By full ID number: knowing it is what links a person registered by anyone.
      id = registry::trainee_store::FindByIdNumberIndex(
          connection, crypto::BlindIndex(**keys, core::NormaliseIdNumber(*r.id_number)));
      if (!id) plan.errors.push_back({at + ".id_number", "not_registered"});
    }
    if (!id) continue;
    if (std::find(plan.roster.begin(), plan.roster.end(), *id) != plan.roster.end()) {
      plan.errors.push_back({at, "duplicate"});  // the same person named both ways
    } else {
      plan.roster.push_back(*id);
    }
  }
  return plan;
}

FilingFacts ClassService::Facts(db::Connection& connection, std::int64_t class_id,
                                const std::string& institution_status, std::int64_t institution_id,
                                const Plan& plan, const std::string& filed_on) const {
  FilingFacts f;
  f.institution_status = institution_status;
  f.project_permitted =
      class_store::ProjectPermitted(connection, institution_id, plan.project_id, plan.start_date, plan.end_date);
  f.standard_hours = plan.standard_hours;
  f.project_based = plan.training_type == "project_based";
  f.filed_on = filed_on;
  f.start_date = plan.start_date;
  f.end_date = plan.end_date;
  f.sessions = plan.sessions;
  f.venue_capacity = plan.venue_capacity;

  std::map<std::int64_t, std::string> births;
  for (auto& [id, birth] : class_store::BirthDates(connection, plan.roster)) births[id] = birth;
  std::map<std::string, std::vector<Booking>> bookings;
  for (auto& b : class_store::TraineeBookings(connection, plan.roster, class_id, plan.start_date, plan.end_date)) {
    bookings[b.who].push_back({b.class_id, b.date, b.start, b.end, b.institution_id == institution_id});
  }
  const auto enrolments = class_store::Enrolments(connection, plan.roster, class_id);
  const std::string year = plan.start_date.substr(0, 4);
  for (const auto id : plan.roster) {
    RosterFacts r;
    r.trainee_id = id;
    r.birth_date = births[id];
    r.other_sessions = bookings[std::to_string(id)];
    for (const auto& e : enrolments) {
      if (e.trainee_id != id) continue;
      if (e.start_date.substr(0, 4) == year) ++r.subsidised_this_year;
      if (plan.project && e.occupation_id == plan.project->occupation_id && e.level == plan.project->level) {
        r.already_subsidised_same_level = true;
      }
    }
    f.roster.push_back(std::move(r));
  }
  std::vector<std::string> indexes;
  for (const auto& t : plan.teachers) indexes.push_back(t.id_number_index);
  for (auto& b : class_store::TeacherBookings(connection, indexes, class_id, plan.start_date, plan.end_date)) {
    f.teacher_bookings.push_back({b.who, {b.class_id, b.date, b.start, b.end, b.institution_id == institution_id}});
  }
  return f;
}

ClassService::Plan ClassService::StoredPlan(db::Connection& connection, const ClassRecord& record) const {
  Plan plan;
  plan.project_id = record.project_id;
  plan.project = registry::project_store::Find(connection, record.project_id);
  plan.standard_hours = record.standard_hours;  // kept as filed
  plan.subsidy_fen = record.subsidy_fen;
  plan.training_type = record.training_type;
  plan.start_date = record.start_date;
  plan.end_date = record.end_date;
  plan.region_code = record.region_code;
  if (record.venue_id) {
    if (const auto venue = class_store::InstitutionVenue(connection, record.institution_id, *record.venue_id)) {
      plan.venue_capacity = venue->capacity;
    }
  }
  plan.teachers = class_store::Teachers(connection, record.id);
  for (const auto& s : class_store::Sessions(connection, record.id)) {
    plan.sessions.push_back({s.date, s.start, s.end, plan.teachers.at(s.teacher).id_number_index});
  }
  for (const auto& r : class_store::Roster(connection, record.id)) {
    if (!r.withdrawn_at) plan.roster.push_back(r.trainee_id);
  }
  return plan;
}

core::Result<RosterView> ClassService::RosterEntryView(const RosterRecord& record) const {
  auto keys = Keys();
  if (!keys) return keys.error();
  auto number = crypto::Unseal(**keys, record.id_number_sealed);
  if (!number) return number.error();
  return RosterView{record, core::MaskIdNumber(*number)};
}

core::Result<RosterView> ClassService::StoredEntry(db::Connection& connection, std::int64_t class_id,
                                                   std::int64_t trainee_id) const {
  for (const auto& r : class_store::Roster(connection, class_id)) {
    if (r.trainee_id == trainee_id) return RosterEntryView(r);
  }
  return core::Error::Of(core::ErrorKind::kInternal, "roster_entry_missing", "名单保存失败");
}

core::Result<ClassDetail> ClassService::Detail(db::Connection& connection, ClassRecord record) const {
  auto keys = Keys();
  if (!keys) return keys.error();
  ClassDetail detail;
  for (const auto& t : class_store::Teachers(connection, record.id)) {
    auto number = crypto::Unseal(**keys, t.id_number_sealed);
    if (!number) return number.error();
    detail.teachers.push_back({t.id, t.position, t.name, core::MaskIdNumber(*number), t.qualification});
  }
  detail.sessions = class_store::Sessions(connection, record.id);
  for (const auto& r : class_store::Roster(connection, record.id)) {
    auto view = RosterEntryView(r);
    if (!view) return view.error();
    detail.roster.push_back(std::move(*view));
  }
  detail.record = std::move(record);
  return detail;
}

core::Result<ClassService::Page> ClassService::List(const core::Principal& principal, const ClassQuery& query,
                                                    const core::Sort& sort, const core::Cursor& after, int limit) {
  db::Connection connection(database_);
  const class_store::Filter filter{query.q, query.status, query.institution_id};
  Page page;
  page.items = class_store::List(connection, principal.scope, filter, sort, after, limit);
  page.total = class_store::Count(connection, principal.scope, filter);
  return page;
}

core::Result<ClassDetail> ClassService::Get(const core::Principal& principal, std::int64_t id) {
  db::Connection connection(database_);
  auto record = class_store::Find(connection, principal.scope, id);
  if (!record) return NotFound();
  return Detail(connection, std::move(*record));
}

core::Result<ClassDetail> ClassService::GetById(std::int64_t id) {
  db::Connection connection(database_);
  auto record = class_store::FindById(connection, id);
  if (!record) return NotFound();
  return Detail(connection, std::move(*record));
}

core::Result<std::vector<ClassEvent>> ClassService::Events(const core::Principal& principal, std::int64_t id) {
  db::Connection connection(database_);
  if (!class_store::Find(connection, principal.scope, id)) return NotFound();
  return class_store::Events(connection, id);
}

core::Result<ClassDetail> ClassService::File(const core::Actor& actor, const ClassInput& input) {
  return Store(actor, std::nullopt, input);
}

core::Result<ClassDetail> ClassService::Replan(const core::Actor& actor, std::int64_t id, const ClassInput& input) {
  return Store(actor, id, input);
}

core::Result<ClassDetail> ClassService::Store(const core::Actor& actor, std::optional<std::int64_t> id,
                                              const ClassInput& input) {
  const core::Scope& scope = actor.principal->scope;
  const auto institution_id = scope.OrganisationId("institution");
  if (!institution_id) {
    return core::Error::Of(core::ErrorKind::kForbidden, "institution_account_required", "只有培训机构账号可以备案培训班");
  }
  const std::string today = database_.clock().Today();
  auto errors = CheckClassInput(input, core::DateNumber(today));
  if (!input.training_type.empty() && !registry::IsTrainingType(input.training_type)) {
    errors.push_back({"training_type", "unknown"});
  }
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto institution = registry::institution_store::Find(connection, scope, institution_id);
  if (!institution) return NotFound();
  std::optional<ClassRecord> existing;
  if (id) {
    existing = class_store::Find(connection, scope, *id);
    if (!existing) return NotFound();
    if (!PlanEditable(existing->status)) {
      return Conflict("class_not_editable", "只有草稿或被退回的培训班可以修改计划");
    }
  }
  auto plan = Resolve(connection, scope, institution_id, input);
  if (!plan) return plan.error();
  errors.insert(errors.end(), plan->errors.begin(), plan->errors.end());
  if (!errors.empty()) return Invalid(std::move(errors));

  const auto violations = CheckFiling(
      Facts(connection, id.value_or(0), institution->status, institution_id, *plan, today), policy_);
  if (auto blocking = Blocking(violations); !blocking.empty()) {
    return core::Error::Invalid("filing_refused", "培训班不符合备案规定，请按标出的问题修改", std::move(blocking));
  }

  const auto now = database_.clock().Now();
  ClassRecord record = existing.value_or(ClassRecord{});
  record.institution_id = institution_id;
  record.project_id = input.project_id;
  record.name = Trim(input.name);
  record.training_type = input.training_type;
  record.mode = input.mode;
  record.venue_id = input.mode == "online" ? std::nullopt : input.venue_id;
  record.region_code = plan->region_code.empty() ? institution->region_code : plan->region_code;
  record.start_date = input.start_date;
  record.end_date = input.end_date;
  record.planned_minutes = 0;
  for (const auto& s : input.sessions) record.planned_minutes += SessionMinutes(s.start, s.end).value_or(0);
  record.standard_hours = plan->standard_hours;
  record.subsidy_fen = plan->subsidy_fen;
  record.warnings = WarningsJson(violations);
  record.updated_at = now;
  if (existing) {
    class_store::UpdatePlan(connection, record);
    class_store::ClearPlan(connection, record.id);
  } else {
    record.status = "draft";
    record.created_at = now;
    record.created_by = actor.principal->username;
    record.id = class_store::Insert(connection, record);
  }
  std::vector<std::int64_t> teacher_ids;
  for (const auto& t : plan->teachers) teacher_ids.push_back(class_store::InsertTeacher(connection, record.id, t));
  for (std::size_t i = 0; i < input.sessions.size(); ++i) {
    const auto& s = input.sessions[i];
    class_store::InsertSession(connection, record.id,
                               {0, static_cast<int>(i), s.date, s.start, s.end, Trim(s.topic), s.teacher},
                               teacher_ids.at(s.teacher));
  }
  for (std::size_t i = 0; i < plan->roster.size(); ++i) {
    RosterRecord entry;
    entry.trainee_id = plan->roster[i];
    entry.position = static_cast<int>(i);
    entry.added_at = now;
    entry.added_by = actor.principal->username;
    class_store::InsertRosterEntry(connection, record.id, entry);
  }
  Record(connection, actor, record, existing ? "replan" : "file",
         existing ? std::optional(existing->status) : std::nullopt, "",
         {{"project_id", record.project_id},
          {"sessions", input.sessions.size()},
          {"roster", plan->roster.size()},
          {"planned_minutes", record.planned_minutes},
          {"warnings", boost::json::parse(record.warnings)}});
  auto stored = class_store::FindById(connection, record.id);
  auto detail = Detail(connection, std::move(*stored));
  if (!detail) return detail.error();
  transaction.Commit();
  return detail;
}

core::Result<ClassDetail> ClassService::Act(const core::Actor& actor, std::int64_t id, ClassAction action,
                                            const std::string& raw_reason) {
  const std::string reason = Trim(raw_reason);
  const std::string today = database_.clock().Today();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto record = class_store::Find(connection, actor.principal->scope, id);
  if (!record) return NotFound();
  const auto next = NextStatus(record->status, action);
  if (!next) {
    return Conflict("transition_not_allowed",
                    "培训班当前状态为 " + record->status + "，不能" + std::string(ActionName(action)));
  }
  if ((action == ClassAction::kReject || action == ClassAction::kCancel) && reason.empty()) {
    return Invalid({{"reason", "required"}});
  }
  if (reason.size() > 1000) return Invalid({{"reason", "too_long"}});
  if (action == ClassAction::kApprove && today > record->start_date) {
    return Conflict("start_passed", "培训班开班日期已过，不能再批准；请退回或撤销");
  }
  if (action == ClassAction::kSubmit || action == ClassAction::kApprove) {
    const auto institution = registry::institution_store::Find(connection, kWholeProvince, record->institution_id);
    // Notice is counted to the day the class was submitted, also when it is approved later.
    const std::string filed_on =
        action == ClassAction::kSubmit ? today : core::DateInShanghai(record->submitted_at.value_or(database_.clock().Now()));
    const auto plan = StoredPlan(connection, *record);
    const auto violations =
        CheckFiling(Facts(connection, record->id, institution->status, record->institution_id, plan, filed_on),
                    policy_);
    if (auto blocking = Blocking(violations); !blocking.empty()) {
      if (action == ClassAction::kSubmit) {
        return core::Error::Invalid("filing_refused", "培训班不符合备案规定，请按标出的问题修改", std::move(blocking));
      }
      return core::Error{core::ErrorKind::kConflict, "approval_blocked",
                         "培训班提交后情况有变，已不符合备案规定，不能批准", std::move(blocking)};
    }
    record->warnings = WarningsJson(violations);
  }
  const auto now = database_.clock().Now();
  const std::string from = record->status;
  switch (action) {
    case ClassAction::kSubmit:
      record->submitted_at = now;
      record->reviewed_at.reset();
      record->reviewed_by.reset();
      record->review_reason.reset();
      break;
    case ClassAction::kApprove:
      record->roster_locked = true;  // 凡补必进: from here on only reasoned amendments
      [[fallthrough]];
    case ClassAction::kReject:
      record->reviewed_at = now;
      record->reviewed_by = actor.principal->username;
      record->review_reason = reason;
      break;
    case ClassAction::kCancel:
      break;
  }
  record->status = *next;
  record->updated_at = now;
  class_store::UpdateStatus(connection, *record);
  Record(connection, actor, *record, std::string(ActionName(action)), from, reason,
         {{"warnings", boost::json::parse(record->warnings)}});
  auto detail = Detail(connection, std::move(*record));
  if (!detail) return detail.error();
  transaction.Commit();
  return detail;
}

core::Result<std::vector<RosterView>> ClassService::Roster(const core::Principal& principal, std::int64_t id) {
  auto detail = Get(principal, id);
  if (!detail) return detail.error();
  return std::move(detail->roster);
}

namespace {
// Whether the roster may change now, and whether a reason is owed for it.
std::optional<core::Error> RosterClosed(const ClassRecord& record) {
  if (record.status == "submitted") {
    return Conflict("class_under_review", "培训班正在审核，名单暂不能调整");
  }
  if (record.status == "finished" || record.status == "cancelled") {
    return Conflict("class_closed", "培训班已结束或已撤销，名单不能再调整");
  }
  return std::nullopt;
}
}  // namespace

core::Result<RosterView> ClassService::Enrol(const core::Actor& actor, std::int64_t id,
                                             const RosterAmendment& amendment) {
  auto keys = Keys();
  if (!keys) return keys.error();
  const std::string reason = Trim(amendment.reason);
  const std::string today = database_.clock().Today();
  std::vector<core::FieldError> errors;
  if (amendment.trainee_id.has_value() == amendment.id_number.has_value()) {
    errors.push_back({"trainee_id", "one_of_trainee_id_or_id_number"});
  } else if (amendment.id_number) {
    if (auto why = core::CheckIdNumber(*amendment.id_number, core::DateNumber(today)).reason; !why.empty()) {
      errors.push_back({"id_number", why});
    }
  }
  if (reason.size() > 1000) errors.push_back({"reason", "too_long"});
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto record = class_store::Find(connection, actor.principal->scope, id);
  if (!record) return NotFound();
  if (auto closed = RosterClosed(*record)) return *closed;
  if (record->roster_locked && reason.empty()) errors.push_back({"reason", "required"});
  if (!errors.empty()) return Invalid(std::move(errors));

  std::optional<std::int64_t> trainee_id;
  if (amendment.trainee_id) {
    if (const auto t = registry::trainee_store::Find(connection, actor.principal->scope, *amendment.trainee_id)) {
      trainee_id = t->id;
    } else {
      return Invalid({{"trainee_id", "unknown"}});
    }
  } else {
    trainee_id = registry::trainee_store::FindByIdNumberIndex(
        connection, crypto::BlindIndex(**keys, core::NormaliseIdNumber(*amendment.id_number)));
    if (!trainee_id) return Invalid({{"id_number", "not_registered"}});
  }
  const auto roster = class_store::Roster(connection, record->id);
  for (const auto& r : roster) {
    if (r.trainee_id == *trainee_id) return Conflict("already_on_roster", "此人已在（或曾在）该培训班名单中");
  }
  // The person's own checks, and the class's size with them; the rest of the plan was
  // checked when it was filed.
  auto plan = StoredPlan(connection, *record);
  plan.roster.push_back(*trainee_id);
  const std::string field = "roster[" + std::to_string(plan.roster.size() - 1) + "]";
  const auto institution = registry::institution_store::Find(connection, kWholeProvince, record->institution_id);
  std::vector<core::FieldError> refused;
  for (const auto& v : CheckFiling(Facts(connection, record->id, institution->status, record->institution_id, plan,
                                         today),
                                   policy_)) {
    if (v.blocking && (v.field == field || v.code == "class_too_large" || v.code == "over_venue_capacity")) {
      refused.push_back({v.field == field ? "trainee_id" : v.field, v.code, 0, "", v.detail});
    }
  }
  if (!refused.empty()) {
    return core::Error::Invalid("amendment_refused", "此人不能加入该培训班", std::move(refused));
  }
  RosterRecord entry;
  entry.trainee_id = *trainee_id;
  entry.position = static_cast<int>(roster.size());
  entry.added_at = database_.clock().Now();
  entry.added_by = actor.principal->username;
  if (!reason.empty()) entry.amendment_reason = reason;
  // After the start (by the date, or once the calendar has moved the class) never subsidised.
  entry.before_start = record->status != "running" && today < record->start_date;
  class_store::InsertRosterEntry(connection, record->id, entry);
  record->updated_at = entry.added_at;
  Record(connection, actor, *record, "roster_add", record->status, reason,
         {{"trainee_id", *trainee_id}, {"before_start", entry.before_start}, {"locked", record->roster_locked}});
  auto view = StoredEntry(connection, record->id, *trainee_id);
  if (view) transaction.Commit();
  return view;
}

core::Result<RosterView> ClassService::Withdraw(const core::Actor& actor, std::int64_t id, std::int64_t trainee_id,
                                                const std::string& raw_reason) {
  const std::string reason = Trim(raw_reason);
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto record = class_store::Find(connection, actor.principal->scope, id);
  if (!record) return NotFound();
  if (auto closed = RosterClosed(*record)) return *closed;
  if (reason.empty()) return Invalid({{"reason", "required"}});
  if (reason.size() > 1000) return Invalid({{"reason", "too_long"}});
  const auto now = database_.clock().Now();
  if (!class_store::WithdrawRosterEntry(connection, record->id, trainee_id, now, actor.principal->username, reason)) {
    return core::Error::Of(core::ErrorKind::kNotFound, "not_on_roster", "此人不在该培训班名单中");
  }
  record->updated_at = now;
  Record(connection, actor, *record, "roster_withdraw", record->status, reason, {{"trainee_id", trainee_id}});
  auto view = StoredEntry(connection, record->id, trainee_id);
  if (view) transaction.Commit();
  return view;
}

int ClassService::AdvanceByCalendar(const std::string& today) {
  std::vector<std::int64_t> ids;
  {
    db::Connection connection(database_);
    ids = class_store::ToAdvance(connection, today);
  }
  const core::Actor calendar{.request_id = "calendar-" + today, .client_ip = "local", .system_name = "calendar"};
  int moved = 0;
  for (const auto id : ids) {
    db::Connection connection(database_);
    db::Transaction transaction(connection);
    auto record = class_store::FindById(connection, id);
    if (!record) continue;
    const auto next = AdvanceOnDate(record->status, record->start_date, record->end_date, today);
    if (!next) continue;
    const std::string from = record->status;
    record->status = *next;
    record->updated_at = database_.clock().Now();
    class_store::UpdateStatus(connection, *record);
    Record(connection, calendar, *record, *next == "running" ? "start" : "finish", from, "", {{"date", today}});
    transaction.Commit();
    ++moved;
  }
  return moved;
}

}  // namespace sunshine::training
