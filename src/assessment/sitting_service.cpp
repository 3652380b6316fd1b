#include "assessment/sitting_service.hpp"

#include <boost/json.hpp>

#include <cmath>
#include <set>

#include "assessment/certificate_number.hpp"
#include "assessment/sitting_checkin_store.hpp"
#include "audit/store.hpp"
#include "core/ids.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "registry/institution_rules.hpp"
#include "registry/occupation_store.hpp"
#include "registry/relation_rules.hpp"
#include "registry/regions.hpp"
#include "registry/trainee_store.hpp"
#include "training/calendar.hpp"

namespace sunshine::assessment {
core::Error SittingNotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "考核场次不存在或不在管辖范围内");
}

namespace {
using sitting_store::Sitting;

core::Error ClassNotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "培训班不存在或不在管辖范围内");
}
core::Error Conflict(std::string code, std::string message, std::vector<core::FieldError> fields = {}) {
  return {core::ErrorKind::kConflict, std::move(code), std::move(message), std::move(fields)};
}
// Any date, for "filed at some time" (reading a class) rather than "in force on the sitting's day".
constexpr char kEver[] = "0001-01-01", kNever[] = "9999-12-31";

// The 应评尽评 figures of a class from its members: who is eligible, a candidate, exempted with a
// reason, or not accounted for.
void Recount(ClassAssessment& a) {
  a.eligible = a.candidates = a.exempted = a.unaccounted = 0;
  for (auto& m : a.members) {
    m.unaccounted = m.eligible && !m.sitting_id && !m.exemption;
    a.eligible += m.eligible;
    a.candidates += m.sitting_id.has_value();
    a.exempted += m.eligible && m.exemption.has_value();
    a.unaccounted += m.unaccounted;
  }
}

std::optional<std::int64_t> Micro(const std::optional<double>& degrees) {
  if (!degrees) return std::nullopt;
  return registry::MicroDegrees(*degrees);  // as venues store them
}

bool Passes(const sitting_store::Result& r, const PassMarks& marks) {
  return !r.absent && Passed({r.theory, r.practical}, marks);
}

boost::json::value ResultJson(const sitting_store::Result& r) {
  return {{"theory", r.theory ? boost::json::value(*r.theory) : nullptr},
          {"practical", r.practical ? boost::json::value(*r.practical) : nullptr},
          {"absent", r.absent}};
}
}  // namespace

core::Result<Sitting> SittingService::Organised(db::Connection& connection, const core::Principal& principal,
                                                std::int64_t id) {
  auto sitting = sitting_store::Find(connection, id, sitting_store::ReachOf(principal.scope));
  if (!sitting) return SittingNotFound();
  if (sitting->organiser != principal.scope.code) {
    return core::Error::Of(core::ErrorKind::kForbidden, "organiser_only", "只有组织该场考核的机构可以办理");
  }
  return *sitting;
}

std::optional<training::ClassRecord> SittingService::ReachableClass(db::Connection& connection,
                                                                    const core::Principal& principal,
                                                                    std::int64_t class_id) const {
  const auto& scope = principal.scope;
  if (const auto body = scope.OrganisationId("evaluation_body")) {
    auto record = training::class_store::FindById(connection, class_id);
    if (record && sitting_store::Filed(connection, body, record->occupation_id, record->level, kEver, kNever)) {
      return record;
    }
    return std::nullopt;
  }
  return training::class_store::Find(connection, scope, class_id);
}

core::Result<ClassAssessment> SittingService::Assess(db::Connection& connection, const training::ClassRecord& record) {
  auto keys = crypto::RequireKeys(keys_, "考核信息");
  if (!keys) return keys.error();
  ClassAssessment out;
  out.record = record;
  out.threshold_1e4 = policy_.threshold_1e4;
  if (record.status != "finished") return out;  // nobody is eligible before the class ends
  auto attendance = attendance_.Of(record.id);
  if (!attendance) return attendance.error();
  const auto candidacies = sitting_store::Candidacies(connection, record.id);
  std::map<std::int64_t, sitting_store::Exemption> exemptions;
  for (auto& e : sitting_store::Exemptions(connection, record.id)) exemptions.emplace(e.trainee_id, std::move(e));
  for (const auto& t : attendance->trainees) {
    ClassMember m;
    m.trainee_id = t.person.entry.trainee_id;
    m.name = t.person.entry.name;
    m.id_number_masked = t.person.id_number_masked;
    m.attendance_1e4 = static_cast<int>(std::lround(t.rate * 10000));
    m.withdrawn = t.person.entry.withdrawn_at.has_value();
    m.eligible = Eligible({m.trainee_id, m.attendance_1e4, m.withdrawn}, policy_.threshold_1e4);
    if (const auto c = candidacies.find(m.trainee_id); c != candidacies.end()) m.sitting_id = c->second;
    if (const auto e = exemptions.find(m.trainee_id); e != exemptions.end()) m.exemption = e->second;
    out.members.push_back(std::move(m));
  }
  Recount(out);
  return out;
}

core::Result<ClassAssessment> SittingService::ForClass(const core::Principal& principal, std::int64_t class_id) {
  db::Connection connection(database_);
  const auto record = ReachableClass(connection, principal, class_id);
  if (!record) return ClassNotFound();
  return Assess(connection, *record);
}

core::Result<ClassAssessment> SittingService::Exempt(const core::Actor& actor, std::int64_t class_id,
                                                     std::int64_t trainee_id, const ExemptionInput& input) {
  std::vector<core::FieldError> errors;
  if (input.reason && !ParseReason(*input.reason)) errors.push_back({"reason", "unknown"});
  if (input.reason && input.note.empty()) errors.push_back({"note", "required"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "未评原因有误，请检查标出的字段", std::move(errors));
  db::Connection connection(database_);
  const auto record = ReachableClass(connection, *actor.principal, class_id);
  if (!record) return ClassNotFound();
  auto before = Assess(connection, *record);
  if (!before) return before.error();
  const auto member = std::find_if(before->members.begin(), before->members.end(),
                                   [&](const ClassMember& m) { return m.trainee_id == trainee_id; });
  if (member == before->members.end()) {
    return core::Error::Of(core::ErrorKind::kNotFound, "trainee_not_on_roster", "该学员不在本班名单中");
  }
  if (!member->eligible) {
    return Conflict("not_eligible", "该学员未达到参加考核的出勤要求，无需记录未评原因");
  }
  if (member->sitting_id) return Conflict("already_candidate", "该学员已安排考核，无需记录未评原因");
  const auto now = database_.clock().Now();
  db::Transaction transaction(connection);
  std::optional<sitting_store::Exemption> exemption;
  if (input.reason) exemption = sitting_store::Exemption{trainee_id, *input.reason, input.note, now, actor.principal->username};
  sitting_store::SetExemption(connection, class_id, exemption, trainee_id);
  boost::json::object detail{{"trainee_id", trainee_id},
                             {"reason", input.reason ? boost::json::value(*input.reason) : nullptr},
                             {"note", input.note}};
  audit::Append(connection, actor,
                {.action = input.reason ? "assessment:exemption:record" : "assessment:exemption:remove",
                 .object_type = "class", .object_id = std::to_string(class_id),
                 .detail = boost::json::serialize(detail)});
  transaction.Commit();
  // The view as it now stands, without computing the attendance again.
  member->exemption = exemption;
  Recount(*before);
  return std::move(*before);
}

core::Result<std::vector<sitting_store::OverdueClass>> SittingService::Overdue(const core::Principal& principal,
                                                                               std::int64_t after, int limit) {
  if (principal.scope.kind != core::ScopeKind::kRegion) {
    return core::Error::Of(core::ErrorKind::kForbidden, "region_scope_required", "只有区划范围内的监管账号可以查看");
  }
  db::Connection connection(database_);
  const auto cutoff = training::AddDays(database_.clock().Today(), -policy_.overdue_days);
  return sitting_store::Overdue(connection, principal.scope.RegionPrefix(), cutoff, policy_.threshold_1e4, after, limit);
}

core::Result<SittingService::OutcomeTable> SittingService::Outcomes(const core::Principal& principal,
                                                                const std::string& group,
                                                                const sitting_store::OutcomeFilter& filter) {
  std::vector<core::FieldError> errors;
  if (group != "institution" && group != "body") errors.push_back({"group", "unknown"});
  if (!core::IsDate(filter.from)) errors.push_back({"from", "not_a_date"});
  if (!core::IsDate(filter.to)) errors.push_back({"to", "not_a_date"});
  if (errors.empty() && filter.to < filter.from) errors.push_back({"to", "before_valid_from"});
  const auto& types = registry::InstitutionTypes();
  if (!filter.institution_type.empty() &&
      std::none_of(types.begin(), types.end(), [&](const auto& t) { return t.first == filter.institution_type; })) {
    errors.push_back({"institution_type", "unknown"});
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "统计条件有误，请检查标出的字段", std::move(errors));
  const auto& scope = principal.scope;
  if (group == "institution" && scope.kind == core::ScopeKind::kOrganisation && !scope.OrganisationId("institution")) {
    return core::Error::Of(core::ErrorKind::kForbidden, "institutions_not_in_scope", "评价机构只能按本机构统计");
  }
  // The classes' kept attendance first, as the dashboards read it (a bounded round).
  if (group == "institution") attendance_.Settle(200);
  db::Connection connection(database_);
  const auto reach = sitting_store::ReachOf(scope);
  OutcomeTable out;
  out.rows = group == "institution"
                 ? sitting_store::OutcomesByInstitution(connection, reach, filter, policy_.threshold_1e4,
                                                        kMaxOutcomeRows + 1)
                 : sitting_store::OutcomesByBody(connection, reach, filter, kMaxOutcomeRows + 1);
  out.truncated = out.rows.size() > static_cast<std::size_t>(kMaxOutcomeRows);
  if (out.truncated) out.rows.resize(kMaxOutcomeRows);
  if (group == "body") {
    for (auto& r : out.rows) r.eligible = -1;  // a body's candidates come from many classes
  }
  return out;
}

core::Result<SittingDetail> SittingService::Plan(const core::Actor& actor, const SittingInput& input) {
  const auto& scope = actor.principal->scope;
  const auto body_id = scope.OrganisationId("evaluation_body");
  const auto institution_id = scope.OrganisationId("institution");
  if (!body_id && !institution_id) {
    return core::Error::Of(core::ErrorKind::kForbidden, "organiser_required", "只有评价机构或培训机构可以组织考核");
  }
  const auto today = database_.clock().Today();
  auto errors = CheckSittingInput(input, core::DateNumber(today));
  if (institution_id && !input.class_id) errors.push_back({"class_id", "required"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "考核安排有误，请检查标出的字段", std::move(errors));
  auto keys = crypto::RequireKeys(keys_, "考评员信息");
  if (!keys) return keys.error();

  db::Connection connection(database_);
  const auto organiser = sitting_store::FindOrganiser(connection, body_id, institution_id);
  if (!organiser || organiser->status != "active") {
    return Conflict("organiser_not_active", "本机构当前不在有效状态，不能组织考核");
  }
  Sitting s;
  s.organiser = organiser->Code();
  s.organiser_name = organiser->name;
  if (body_id) s.body_id = body_id;
  if (institution_id) s.institution_id = institution_id;
  s.date = input.date;
  s.start = input.start;
  s.end = input.end;
  s.place = input.place;
  s.latitude_e6 = Micro(input.latitude);
  s.longitude_e6 = Micro(input.longitude);
  s.created_at = database_.clock().Now();
  s.created_by = actor.principal->username;

  std::vector<std::string> teachers;
  std::optional<ClassAssessment> assessment;
  if (input.class_id) {
    auto record = training::class_store::FindById(connection, *input.class_id);
    if (!record || (institution_id && record->institution_id != institution_id)) {
      return core::Error::Invalid("invalid_fields", "培训班不存在", {{"class_id", "unknown"}});
    }
    if (record->status != "finished") return Conflict("class_not_finished", "培训班结束后才能安排考核");
    if (input.date < record->end_date) errors.push_back({"date", "before_class_end", 0, "", record->end_date});
    s.class_id = record->id;
    s.occupation_id = record->occupation_id;
    s.level = record->level;
    s.region_code = record->region_code;
    s.host_institution_id = record->institution_id;
    for (const auto& t : training::class_store::Teachers(connection, record->id)) teachers.push_back(t.id_number_index);
    auto assessed = Assess(connection, *record);
    if (!assessed) return assessed.error();
    assessment = std::move(*assessed);
  } else {
    if (!registry::occupation_store::Find(connection, *input.occupation_id)) errors.push_back({"occupation_id", "unknown"});
    if (!registry::FindRegion(connection, *input.region_code)) errors.push_back({"region_code", "unknown"});
    s.occupation_id = *input.occupation_id;
    s.level = input.level;
    s.region_code = *input.region_code;
    if (input.host_institution_id) {
      const auto host = sitting_store::FindOrganiser(connection, 0, *input.host_institution_id);
      if (!host) {
        errors.push_back({"host_institution_id", "unknown"});
      } else if (host->status != "active") {
        errors.push_back({"host_institution_id", "not_active"});
      }
      s.host_institution_id = input.host_institution_id;
    }
  }
  // The certificate follows the organiser and the level: a body's 职业技能等级证书 for a level,
  // its 专项职业能力证书 without one; an institution's own 培训合格证书.
  const auto type = institution_id ? CertificateType::kTrainingCompletion
                    : s.level      ? CertificateType::kSkillLevel
                                   : CertificateType::kSpecialAbility;
  if (input.certificate_type && *input.certificate_type != TypeName(type)) {
    errors.push_back({"certificate_type", "not_for_this_sitting", 0, "", TypeName(type)});
  }
  s.certificate_type = TypeName(type);
  // R-C4: a body assesses only what it is filed for, on the sitting's day.
  if (body_id && errors.empty() && !sitting_store::Filed(connection, body_id, s.occupation_id, s.level, s.date, s.date)) {
    return core::Error::Invalid("not_filed", "本评价机构在考核日未备案该职业（工种）及等级，不能组织认定",
                                {{input.class_id ? "class_id" : "occupation_id", "body_not_filed"}});
  }

  std::vector<sitting_store::Examiner> examiners;
  std::vector<std::string> indexes;
  for (std::size_t i = 0; i < input.examiners.size(); ++i) {
    const auto& e = input.examiners[i];
    const auto number = core::NormaliseIdNumber(e.id_number);
    examiners.push_back({static_cast<int>(i), e.name, crypto::Seal(**keys, number), crypto::BlindIndex(**keys, number),
                         e.certificate});
    indexes.push_back(examiners.back().id_number_index);
  }
  for (const auto i : ExaminersWhoTaught(indexes, teachers)) {
    errors.push_back({"examiners[" + std::to_string(i) + "].id_number", "taught_the_class"});
  }

  std::vector<std::int64_t> candidates;
  std::vector<std::int64_t> cleared;  // exemptions (e.g. deferred) ended by becoming a candidate
  if (assessment) {
    std::map<std::int64_t, const ClassMember*> members;
    for (const auto& m : assessment->members) members.emplace(m.trainee_id, &m);
    if (input.candidates.empty()) {
      for (const auto& m : assessment->members) {
        if (m.unaccounted) candidates.push_back(m.trainee_id);
      }
      if (candidates.empty() && errors.empty()) {
        return Conflict("no_candidates", "本班没有待考核的学员（均已安排考核或记录了未评原因）");
      }
    }
    for (std::size_t i = 0; i < input.candidates.size(); ++i) {
      const std::string at = "candidates[" + std::to_string(i) + "].trainee_id";
      const auto it = members.find(*input.candidates[i].trainee_id);
      if (it == members.end()) {
        errors.push_back({at, "not_on_roster"});
      } else if (it->second->withdrawn) {
        errors.push_back({at, "withdrawn"});
      } else if (!it->second->eligible) {
        errors.push_back({at, "below_attendance_threshold", 0, "",
                          core::PercentOf1e4(it->second->attendance_1e4) + " < " +
                              core::PercentOf1e4(policy_.threshold_1e4)});
      } else if (it->second->sitting_id) {
        errors.push_back({at, "already_candidate", 0, "", std::to_string(*it->second->sitting_id)});
      } else {
        candidates.push_back(it->first);
        if (it->second->exemption) cleared.push_back(it->first);
      }
    }
  } else {
    for (std::size_t i = 0; i < input.candidates.size(); ++i) {
      const auto index = crypto::BlindIndex(**keys, core::NormaliseIdNumber(*input.candidates[i].id_number));
      const auto trainee = registry::trainee_store::FindByIdNumberIndex(connection, index);
      if (!trainee) {
        errors.push_back({"candidates[" + std::to_string(i) + "].id_number", "not_registered"});
      } else {
        candidates.push_back(*trainee);
      }
    }
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "考核安排有误，请检查标出的字段", std::move(errors));

  db::Transaction transaction(connection);
  s.id = sitting_store::Insert(connection, s);
  for (const auto& e : examiners) sitting_store::InsertExaminer(connection, s.id, e);
  for (const auto t : candidates) sitting_store::InsertCandidate(connection, s.id, t, s.class_id);
  for (const auto t : cleared) sitting_store::SetExemption(connection, *s.class_id, std::nullopt, t);
  boost::json::object detail{{"organiser", s.organiser},
                             {"class_id", s.class_id ? boost::json::value(*s.class_id) : nullptr},
                             {"occupation_id", s.occupation_id},
                             {"level", s.level ? boost::json::value(*s.level) : nullptr},
                             {"certificate_type", s.certificate_type},
                             {"date", s.date},
                             {"candidates", boost::json::array(candidates.begin(), candidates.end())},
                             {"exemptions_ended", boost::json::array(cleared.begin(), cleared.end())},
                             {"examiners", examiners.size()}};
  audit::Append(connection, actor,
                {.action = "assessment:sitting:create", .object_type = "assessment_sitting",
                 .object_id = std::to_string(s.id), .detail = boost::json::serialize(detail)});
  auto stored = sitting_store::Find(connection, s.id, sitting_store::ReachOf(scope));
  auto out = Detail(connection, std::move(*stored));
  transaction.Commit();
  return out;
}

core::Result<SittingDetail> SittingService::Detail(db::Connection& connection, Sitting sitting) const {
  auto keys = crypto::RequireKeys(keys_, "考核信息");
  if (!keys) return keys.error();
  SittingDetail out;
  for (const auto& e : sitting_store::Examiners(connection, sitting.id)) {
    out.examiners.push_back({e.position, e.name, crypto::UnsealMaskedIdNumber(**keys, e.id_number_sealed), e.certificate});
  }
  const auto checked_in = sitting_checkin_store::FirstCounting(connection, sitting.id);
  for (auto& c : sitting_store::Candidates(connection, sitting.id)) {
    const auto first = checked_in.find(c.trainee_id);
    const auto at = first == checked_in.end() ? std::nullopt : std::optional<std::int64_t>(first->second);
    out.checked_in += at.has_value();
    out.sat_without_checkin += c.result && !c.result->absent && !at;
    out.entered += c.result.has_value();
    out.sat += c.result && !c.result->absent;
    out.passed += c.passed.value_or(false);
    out.certified += c.certificate_status == std::optional<std::string>("valid");
    const auto masked = crypto::UnsealMaskedIdNumber(**keys, c.id_number_sealed);
    out.candidates.push_back({std::move(c), masked, at});
  }
  out.sitting = std::move(sitting);
  return out;
}

core::Result<SittingDetail> SittingService::Get(const core::Principal& principal, std::int64_t id) {
  db::Connection connection(database_);
  auto sitting = sitting_store::Find(connection, id, sitting_store::ReachOf(principal.scope));
  if (!sitting) return SittingNotFound();
  return Detail(connection, std::move(*sitting));
}

core::Result<std::vector<Sitting>> SittingService::List(const core::Principal& principal, std::int64_t after,
                                                        int limit) {
  db::Connection connection(database_);
  return sitting_store::List(connection, sitting_store::ReachOf(principal.scope), after, limit);
}

core::Result<SittingDetail> SittingService::EnterResults(const core::Actor& actor, std::int64_t id,
                                                         const ResultsInput& input) {
  auto errors = CheckResults(input);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "成绩有误，请检查标出的字段", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto sitting = Organised(connection, *actor.principal, id);
  if (!sitting) return sitting.error();
  if (sitting->status != "planned") return Conflict("results_locked", "成绩已锁定，更正须以修正记录办理");
  if (database_.clock().Today() < sitting->date) {
    return Conflict("not_yet_sat", "考核尚未举行：考核日（" + sitting->date + "）起方可录入成绩");
  }
  std::set<std::int64_t> candidates;
  for (const auto& c : sitting_store::Candidates(connection, id)) candidates.insert(c.trainee_id);
  const auto marks = policy_.pass_marks.For(sitting->level);
  const auto now = database_.clock().Now();
  boost::json::array entered;
  for (std::size_t i = 0; i < input.results.size(); ++i) {
    const auto& r = input.results[i];
    const std::string at = "results[" + std::to_string(i) + "].trainee_id";
    if (!candidates.contains(r.trainee_id)) {
      errors.push_back({at, "not_a_candidate"});
      continue;
    }
    const sitting_store::Result result{r.theory, r.practical, r.absent.value_or(false)};
    const bool passed = Passes(result, marks);
    if (!sitting_store::EnterResult(connection, id, r.trainee_id, result, passed, now, actor.principal->username)) {
      errors.push_back({at, "already_entered"});
      continue;
    }
    auto item = ResultJson(result).as_object();
    item["trainee_id"] = r.trainee_id;
    item["passed"] = passed;
    entered.push_back(std::move(item));
  }
  // Entered whole or not at all: a refused line leaves every line as it was.
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "成绩有误，请检查标出的字段", std::move(errors));
  audit::Append(connection, actor,
                {.action = "assessment:result:enter", .object_type = "assessment_sitting",
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(boost::json::object{{"results", std::move(entered)}})});
  auto out = Detail(connection, std::move(*sitting));
  transaction.Commit();
  return out;
}

core::Result<SittingDetail> SittingService::Lock(const core::Actor& actor, std::int64_t id) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto sitting = Organised(connection, *actor.principal, id);
  if (!sitting) return sitting.error();
  if (sitting->status != "planned") return Conflict("not_planned", "该场考核的成绩已锁定或已取消");
  std::vector<core::FieldError> missing;
  for (const auto& c : sitting_store::Candidates(connection, id)) {
    if (!c.result) missing.push_back({"results", "missing", 0, "", std::to_string(c.trainee_id)});
  }
  if (!missing.empty()) return Conflict("results_missing", "还有考生未录入成绩（缺考请标记缺考）", std::move(missing));
  const auto now = database_.clock().Now();
  sitting_store::Lock(connection, id, now, actor.principal->username);
  auto locked = sitting_store::Find(connection, id, sitting_store::ReachOf(actor.principal->scope));
  auto out = Detail(connection, std::move(*locked));
  if (!out) return out.error();
  audit::Append(connection, actor,
                {.action = "assessment:sitting:lock", .object_type = "assessment_sitting", .object_id = std::to_string(id),
                 .detail = boost::json::serialize(boost::json::object{{"candidates", out->candidates.size()},
                                                                      {"sat", out->sat},
                                                                      {"passed", out->passed}})});
  transaction.Commit();
  return out;
}

core::Result<SittingDetail> SittingService::Amend(const core::Actor& actor, std::int64_t id, std::int64_t trainee_id,
                                                  const AmendmentInput& input) {
  auto errors = CheckAmendment(input);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "成绩更正有误，请检查标出的字段", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto sitting = Organised(connection, *actor.principal, id);
  if (!sitting) return sitting.error();
  if (sitting->status == "cancelled") return Conflict("cancelled", "该场考核已取消");
  const auto candidates = sitting_store::Candidates(connection, id);
  const auto c = std::find_if(candidates.begin(), candidates.end(),
                              [&](const sitting_store::Candidate& x) { return x.trainee_id == trainee_id; });
  if (c == candidates.end()) return core::Error::Of(core::ErrorKind::kNotFound, "not_a_candidate", "该学员不是本场考生");
  if (!c->result) return Conflict("not_entered", "该考生尚未录入成绩，请直接录入");
  const sitting_store::Result result{input.theory, input.practical, input.absent.value_or(false)};
  const bool passed = Passes(result, policy_.pass_marks.For(sitting->level));
  if (!passed && c->certificate_status == std::optional<std::string>("valid")) {
    return Conflict("certificate_issued", "该考生已发证书：改为不合格前须先撤销证书 " + *c->certificate_number);
  }
  sitting_store::Amend(connection, c->id, result, passed, input.reason, database_.clock().Now(),
                       actor.principal->username, actor.request_id);
  boost::json::object detail{{"trainee_id", trainee_id},
                             {"before", ResultJson(*c->result)},
                             {"after", ResultJson(result)},
                             {"passed", passed},
                             {"reason", input.reason}};
  audit::Append(connection, actor,
                {.action = "assessment:result:amend", .object_type = "assessment_sitting",
                 .object_id = std::to_string(id), .detail = boost::json::serialize(detail)});
  auto out = Detail(connection, std::move(*sitting));
  transaction.Commit();
  return out;
}

}  // namespace sunshine::assessment
