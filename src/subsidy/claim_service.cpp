#include "subsidy/claim_service.hpp"

#include <boost/json.hpp>

#include <array>
#include <set>

#include "audit/store.hpp"
#include "auth/store.hpp"
#include "core/ids.hpp"
#include "crypto/sm3.hpp"
#include "subsidy/payee_rules.hpp"
#include "training/class_store.hpp"

namespace sunshine::subsidy {
namespace {
core::Error NotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "申领不存在或不在管辖范围内"); }

// The trainee's certificate for the claim: a valid one of the class's occupation and level,
// else the newest in the occupation (the rules then say what is wrong with it).
std::optional<CertificateFact> Pick(const std::vector<CertificateFact>* certificates, const ClassFacts& klass) {
  if (!certificates || certificates->empty()) return std::nullopt;
  for (const auto& c : *certificates) {
    if (c.status == "valid" && c.occupation_id == klass.occupation_id && c.level == klass.level) return c;
  }
  return certificates->front();
}

boost::json::value Optional(const std::optional<int>& v) { return v ? boost::json::value(*v) : nullptr; }

boost::json::array ReasonsJson(const std::vector<Reason>& reasons) {
  boost::json::array out;
  for (const auto& r : reasons) out.push_back({{"code", r.code}, {"detail", r.detail}});
  return out;
}

// What the proof keeps of an enterprise's employment of the person (null for other claimants).
boost::json::value EmploymentJson(const LineFacts& facts) {
  if (!facts.employer_claims) return nullptr;
  if (!facts.employment) return {{"kind", nullptr}};
  const auto& e = *facts.employment;
  return {{"kind", e.kind}, {"start_date", e.start_date},
          {"end_date", e.end_date ? boost::json::value(*e.end_date) : nullptr}};
}

template <class Map>
const typename Map::mapped_type* Find(const Map& map, std::int64_t key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}
}  // namespace

ClaimService::People ClaimService::PeopleOf(db::Connection& connection, const training::ClassRecord& record,
                                            const training::ClassAttendance& attendance, const std::string& claimant) {
  People out;
  const auto [kind, id] = SplitKindId(claimant);
  if (kind == "enterprise") {
    out.employer = true;
    for (auto& [trainee, employment] : claim_store::ClassEmployees(connection, record.id, id)) {
      out.members.emplace(trainee, std::move(employment));
    }
    return out;
  }
  for (const auto& t : attendance.trainees) {
    const auto trainee = t.person.entry.trainee_id;
    if (kind == "institution" || (kind == "trainee" && trainee == id)) out.members.emplace(trainee, std::nullopt);
  }
  return out;
}

ClaimService::Computed ClaimService::Compute(db::Connection& connection, const training::ClassRecord& record,
                                             const training::ClassAttendance& attendance, SubsidyKind kind,
                                             const std::string& claimant, const std::string& claimed_on,
                                             const std::set<std::int64_t>& authorised, std::int64_t claim_id,
                                             std::int64_t submitted_at) const {
  const ClassFacts klass{record.occupation_id, record.level,       record.start_date,
                         record.end_date,      attendance.planned_minutes, record.subsidy_fen,
                         BasisOf(record.training_type)};
  const auto people = PeopleOf(connection, record, attendance, claimant);
  const auto certificates = claim_store::ClassCertificates(connection, record.id, record.occupation_id);
  const auto prior = claim_store::PriorSubsidies(connection, record.id, claim_id, submitted_at);
  const auto events = claim_store::CountedEvents(connection, record.id);
  Computed out;
  for (const auto& t : attendance.trainees) {
    const auto& entry = t.person.entry;
    // The claimant's own people, and whoever it named (an employment ended since shows as such).
    const auto member = people.members.find(entry.trainee_id);
    if (member == people.members.end() && !authorised.contains(entry.trainee_id)) continue;
    LineFacts facts;
    facts.employer_claims = people.employer;
    if (member != people.members.end()) facts.employment = member->second;
    facts.trainee_id = entry.trainee_id;
    facts.birth_date = entry.birth_date;
    facts.on_roster_before_start = entry.before_start;
    facts.withdrawn = entry.withdrawn_at.has_value();
    facts.authorised = authorised.contains(entry.trainee_id);
    facts.counted_minutes = t.attended_minutes;
    facts.certificate = Pick(Find(certificates, entry.trainee_id), klass);
    if (const auto* p = Find(prior, entry.trainee_id)) facts.prior = *p;
    const auto judged = JudgeLine(facts, klass, kind, claimed_on, policy_);

    claim_store::Line line;
    line.trainee_id = entry.trainee_id;
    line.position = static_cast<int>(out.lines.size());
    line.paid = judged.paid;
    line.amount_fen = judged.amount_fen;
    line.reasons = boost::json::serialize(ReasonsJson(judged.reasons));
    line.counted_minutes = facts.counted_minutes;
    line.units = judged.units;
    line.period = judged.period;
    if (facts.certificate) line.certificate_number = facts.certificate->number;
    out.paid_lines += judged.paid;
    out.amount_fen += judged.amount_fen;
    out.lines.push_back(line);

    boost::json::array counted, earlier;
    if (const auto* e = Find(events, entry.trainee_id)) counted = boost::json::array(e->begin(), e->end());
    for (const auto& p : facts.prior) earlier.push_back(boost::json::value(p.source));
    boost::json::value certificate = nullptr;
    if (const auto& c = facts.certificate) {
      certificate = {{"number", c->number}, {"type", c->type},          {"status", c->status},
                     {"occupation_id", c->occupation_id}, {"level", Optional(c->level)}, {"issued_on", c->issued_on}};
    }
    out.proof_lines.push_back({{"trainee_id", entry.trainee_id},
                               {"roster_entry_id", entry.id},
                               {"added_at", entry.added_at},
                               {"before_start", entry.before_start},
                               {"withdrawn_at", entry.withdrawn_at ? boost::json::value(*entry.withdrawn_at) : nullptr},
                               {"authorised", facts.authorised},
                               {"birth_date", entry.birth_date},
                               {"counted_minutes", facts.counted_minutes},
                               {"counted_events", std::move(counted)},
                               {"certificate", std::move(certificate)},
                               {"prior_subsidies", std::move(earlier)},
                               {"employment", EmploymentJson(facts)},
                               {"units", judged.units},
                               {"period", judged.period},
                               {"paid", judged.paid},
                               {"amount_fen", judged.amount_fen},
                               {"reasons", ReasonsJson(judged.reasons)}});
  }
  return out;
}

core::Result<std::set<std::int64_t>> ClaimService::Authorised(const training::ClassAttendance& attendance,
                                                               const People& people,
                                                               const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, const training::TraineeAttendance*> roster;
  for (const auto& t : attendance.trainees) roster.emplace(t.person.entry.trainee_id, &t);
  std::vector<core::FieldError> errors;
  std::set<std::int64_t> authorised;
  if (ids.empty()) errors.push_back({"trainee_ids", "empty"});
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string at = "trainee_ids[" + std::to_string(i) + "]";
    const auto* member = Find(roster, ids[i]);
    if (!member || !(*member)->person.entry.before_start) {
      errors.push_back({at, "not_on_roster_before_start"});
    } else if (!people.members.contains(ids[i])) {
      errors.push_back({at, people.employer ? "not_employed_by_claimant" : "not_claimable_by_claimant"});
    } else if (!authorised.insert(ids[i]).second) {
      errors.push_back({at, "duplicate"});
    }
  }
  if (!errors.empty()) {
    return core::Error::Invalid("invalid_fields", "只能为开班前已在花名册上的学员申领（凡补必进）", std::move(errors));
  }
  return authorised;
}

ClaimService::Sealed ClaimService::Seal(db::Connection& connection, const training::ClassRecord& record,
                                        const training::ClassAttendance& attendance,
                                        const std::set<std::int64_t>& authorised, claim_store::Claim& claim) const {
  const std::string today = database_.clock().Today();
  claim.status = "submitted";
  claim.claimed_on = today;
  claim.submitted_at = database_.clock().Now();
  claim.updated_at = claim.submitted_at;
  // The first stage reviews from today, within its working days (审核时限).
  claim.review_levels = ReviewLevelsText(review_.levels);
  claim.stage = ReviewLevelName(review_.levels.front());
  claim.due_on = training::AddWorkingDays(today, review_.working_days, review_.calendar);
  claim.basis = std::string(BasisName(BasisOf(record.training_type)));
  auto computed = Compute(connection, record, attendance, *ParseSubsidyKind(claim.kind), claim.claimant, today,
                          authorised, claim.id, claim.submitted_at);
  claim.paid_lines = computed.paid_lines;
  claim.amount_fen = computed.amount_fen;
  claim.approved_fen = computed.amount_fen;
  claim.lines = static_cast<int>(computed.lines.size());
  const boost::json::object proof{
      {"claim", {{"class_id", claim.class_id}, {"kind", claim.kind}, {"claimant", claim.claimant},
                 {"basis", claim.basis}, {"claimed_on", claim.claimed_on}, {"submitted_at", claim.submitted_at}}},
      {"class", {{"occupation_id", record.occupation_id}, {"level", Optional(record.level)},
                 {"training_type", record.training_type},
                 {"start_date", record.start_date}, {"end_date", record.end_date},
                 {"planned_minutes", attendance.planned_minutes}, {"standard_hours", record.standard_hours},
                 {"standard_fen", record.subsidy_fen}}},
      {"policy", {{"hours_threshold_1e4", policy_.hours_threshold_1e4}, {"per_person_limit", policy_.per_person_limit},
                  {"limit_window", policy_.window == LimitWindow::kLifetime ? "lifetime" : "calendar_year"},
                  {"claim_window_months", policy_.claim_window_months}, {"min_age", policy_.min_age},
                  {"work_in_lieu_max_months", policy_.work_in_lieu_max_months}}},
      {"lines", std::move(computed.proof_lines)},
      {"totals", {{"lines", claim.lines}, {"paid_lines", claim.paid_lines}, {"amount_fen", claim.amount_fen}}}};
  Sealed out{std::move(computed.lines), boost::json::serialize(proof)};
  claim.proof_sm3 = crypto::Sm3Hex(out.proof_text);
  return out;
}

void ClaimService::Audit(db::Connection& connection, const core::Actor& actor, std::string_view action,
                         const claim_store::Claim& claim) const {
  audit::Append(connection, actor,
                {.action = std::string(action), .object_type = "claim", .object_id = std::to_string(claim.id),
                 .detail = boost::json::serialize(boost::json::object{{"class_id", claim.class_id},
                                                                      {"kind", claim.kind},
                                                                      {"lines", claim.lines},
                                                                      {"paid_lines", claim.paid_lines},
                                                                      {"amount_fen", claim.amount_fen},
                                                                      {"proof_sm3", claim.proof_sm3}})});
}

core::Result<ClaimDetail> ClaimService::Submit(const core::Actor& actor, const ClaimInput& input) {
  const auto& scope = actor.principal->scope;
  const auto claimant = scope.kind == core::ScopeKind::kOrganisation ? ParseClaimantKind(scope.code) : std::nullopt;
  if (!claimant) {
    return core::Error::Of(core::ErrorKind::kForbidden, "claimant_required",
                           "只有培训机构、企业或劳动者本人可以申领补贴");
  }
  std::vector<core::FieldError> errors;
  const auto kind = ParseSubsidyKind(input.kind.value_or("training"));
  if (!kind) {
    errors.push_back({"kind", "unknown"});
  } else if (*claimant == ClaimantKind::kEnterprise && *kind != SubsidyKind::kTraining) {
    errors.push_back({"kind", "not_for_claimant"});  // the evaluation subsidy is the trainee's
  }
  if (input.class_id <= 0) errors.push_back({"class_id", "unknown"});
  if (input.trainee_ids.empty()) errors.push_back({"trainee_ids", "empty"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "申领信息有误，请检查标出的字段", std::move(errors));
  auto keys = crypto::RequireKeys(keys_, "申领信息");
  if (!keys) return keys.error();

  std::optional<training::ClassRecord> record;
  {
    db::Connection connection(database_);
    record = training::class_store::FindById(connection, input.class_id);
  }
  const auto unknown = [] { return core::Error::Invalid("invalid_fields", "培训班不存在", {{"class_id", "unknown"}}); };
  // A class is known to its institution, and to an enterprise or a trainee with people on it.
  if (!record || (*claimant == ClaimantKind::kInstitution && record->institution_id != SplitKindId(scope.code).second)) {
    return unknown();
  }
  // Hours by the attendance tab's own rule, as the class shows them.
  auto attendance = attendance_.Of(record->id);
  if (!attendance) return attendance.error();
  People people;
  {
    db::Connection connection(database_);
    people = PeopleOf(connection, *record, *attendance, scope.code);
  }
  if (people.members.empty()) return unknown();
  if (record->status != "finished") {
    return core::Error::Of(core::ErrorKind::kConflict, "class_not_finished", "培训班结业后才能申领补贴");
  }
  if (!MayClaim(*claimant, record->training_type)) {
    return core::Error::Of(core::ErrorKind::kConflict, "not_claimable_by_claimant",
                           *claimant == ClaimantKind::kEnterprise
                               ? "企业只能申领本企业职工的岗前、岗位技能提升、转岗转业、新型学徒制和以工代训补贴"
                               : "企业新型学徒制和以工代训补贴由用工企业申领");
  }
  auto authorised = Authorised(*attendance, people, input.trainee_ids);
  if (!authorised) return authorised.error();

  db::Connection connection(database_);
  db::Transaction transaction(connection);
  claim_store::LockClass(connection, record->id);
  const std::string kind_name(SubsidyKindName(*kind));
  if (const auto live = claim_store::LiveClaim(connection, record->id, kind_name, scope.code)) {
    return core::Error{core::ErrorKind::kConflict, "already_claimed", "该班级已有您未被驳回的同类申领",
                       {{"class_id", "already_claimed", 0, "", std::to_string(*live)}}};
  }
  claim_store::Claim claim;
  claim.class_id = record->id;
  claim.claimant = scope.code;
  const auto [claimant_kind, claimant_id] = SplitKindId(scope.code);
  claim.claimant_name = auth::store::OrganisationName(connection, claimant_kind, claimant_id).value_or("");
  claim.kind = kind_name;
  claim.region_code = record->region_code;
  claim.submitted_by = actor.principal->username;
  auto sealed = Seal(connection, *record, *attendance, *authorised, claim);
  claim.id = claim_store::Insert(connection, claim, sealed.proof_text);
  for (const auto& line : sealed.lines) claim_store::InsertLine(connection, claim.id, line);
  claim_store::InsertReview(connection, claim.id,
                            {"submit", "claimant", "", "{}", claim.approved_fen, claim.submitted_by, claim.submitted_at});
  Audit(connection, actor, "subsidy:claim:submit", claim);
  auto stored = claim_store::Find(connection, claim.id, {claim.claimant, ""});
  auto detail = Detail(connection, std::move(*stored));
  if (detail) transaction.Commit();
  return detail;
}

core::Result<ClaimDetail> ClaimService::Resubmit(const core::Actor& actor, std::int64_t id,
                                                 const ResubmitInput& input) {
  const auto reach = claim_store::ReachOf(actor.principal->scope);
  if (!reach || reach->claimant == "-") return NotFound();  // only its claimant submits it again
  std::optional<claim_store::Claim> claim;
  std::optional<training::ClassRecord> record;
  std::string old_proof;
  {
    db::Connection connection(database_);
    claim = claim_store::Find(connection, id, *reach);
    if (!claim) return NotFound();
    old_proof = claim_store::Proof(connection, id).first;
    record = training::class_store::FindById(connection, claim->class_id);
  }
  if (claim->status != "returned") {
    return core::Error::Of(core::ErrorKind::kConflict, "claim_not_returned", "只有被退回的申领可以修改后重新提交");
  }
  auto keys = crypto::RequireKeys(keys_, "申领信息");
  if (!keys) return keys.error();
  auto attendance = attendance_.Of(claim->class_id);
  if (!attendance) return attendance.error();
  // Without a new list, the trainees who authorised it before.
  std::vector<std::int64_t> named;
  if (input.trainee_ids) {
    named = *input.trainee_ids;
  } else {
    const auto proof = boost::json::parse(old_proof);  // kept alive: the loop reads into it
    for (const auto& line : proof.at("lines").as_array()) {
      if (line.at("authorised").as_bool()) named.push_back(line.at("trainee_id").as_int64());
    }
  }
  People people;
  {
    db::Connection connection(database_);
    people = PeopleOf(connection, *record, *attendance, claim->claimant);
  }
  auto authorised = Authorised(*attendance, people, named);
  if (!authorised) return authorised.error();

  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const std::string replaced = claim->proof_sm3;
  claim->submitted_by = actor.principal->username;
  auto sealed = Seal(connection, *record, *attendance, *authorised, *claim);
  if (!claim_store::Resubmit(connection, *claim, sealed.proof_text)) {
    return core::Error::Of(core::ErrorKind::kConflict, "claim_changed", "申领已被他人处理，请刷新后重试");
  }
  claim_store::DeleteLines(connection, claim->id);
  for (const auto& line : sealed.lines) claim_store::InsertLine(connection, claim->id, line);
  // The replaced proof stays in the history, text and digest, so what was claimed first is kept.
  const auto detail = boost::json::serialize(boost::json::object{{"replaced_proof_sm3", replaced},
                                                                 {"replaced_proof", boost::json::parse(old_proof)}});
  claim_store::InsertReview(connection, claim->id,
                            {"resubmit", "claimant", "", detail, claim->approved_fen, claim->submitted_by,
                             claim->submitted_at});
  Audit(connection, actor, "subsidy:claim:resubmit", *claim);
  auto stored = claim_store::Find(connection, claim->id, *reach);
  auto out = Detail(connection, std::move(*stored));
  if (out) transaction.Commit();
  return out;
}

core::Result<ClaimDetail> ClaimService::Detail(db::Connection& connection, claim_store::Claim claim) const {
  auto keys = crypto::RequireKeys(keys_, "申领信息");
  if (!keys) return keys.error();
  ClaimDetail out;
  for (auto& l : claim_store::Lines(connection, claim.id)) {
    LineView view{l, core::MaskName(l.name), crypto::UnsealMaskedIdNumber(**keys, l.id_number_sealed)};
    out.lines.push_back(std::move(view));
  }
  out.history = claim_store::Reviews(connection, claim.id);
  out.overdue = !claim.due_on.empty() && claim.due_on < database_.clock().Today();
  out.claim = std::move(claim);
  return out;
}

core::Result<ClaimDetail> ClaimService::Get(const core::Principal& principal, std::int64_t id) {
  const auto reach = claim_store::ReachOf(principal.scope);
  if (!reach) return NotFound();
  db::Connection connection(database_);
  auto claim = claim_store::Find(connection, id, *reach);
  if (!claim) return NotFound();
  return Detail(connection, std::move(*claim));
}

core::Result<std::vector<claim_store::Claim>> ClaimService::List(const core::Principal& principal,
                                                                 const claim_store::ListFilter& filter,
                                                                 std::int64_t after, int limit) {
  const auto reach = claim_store::ReachOf(principal.scope);
  if (!reach) {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有监管账号或申领机构可以查看申领");
  }
  db::Connection connection(database_);
  return claim_store::List(connection, *reach, filter, after, limit);
}

core::Result<ClaimService::Proof> ClaimService::ProofOf(const core::Principal& principal, std::int64_t id) {
  const auto reach = claim_store::ReachOf(principal.scope);
  if (!reach) return NotFound();
  db::Connection connection(database_);
  if (!claim_store::Find(connection, id, *reach)) return NotFound();
  auto [json, sm3] = claim_store::Proof(connection, id);
  Proof out{std::move(json), std::move(sm3), false};
  out.intact = crypto::Sm3Hex(out.json) == out.sm3;
  return out;
}

std::vector<ClaimService::Change> ClaimService::Verify() {
  static constexpr std::array<std::string_view, 12> kCompared = {
      "before_start", "withdrawn_at", "counted_minutes", "counted_events", "certificate", "prior_subsidies",
      "employment",   "units",        "period",          "paid",           "amount_fen",  "reasons"};
  std::vector<Change> changes;
  db::Connection connection(database_);
  for (std::int64_t after = 0;;) {
    const auto page = claim_store::List(connection, claim_store::Everywhere(), {}, after, 200);
    for (const auto& claim : page) {
      if (claim.status == "rejected") continue;
      auto [text, sm3] = claim_store::Proof(connection, claim.id);
      if (crypto::Sm3Hex(text) != sm3) changes.push_back({claim.id, 0, {"proof_digest"}});
      const auto proof = boost::json::parse(text).as_object();
      // The claim as it would be judged now, with what the claimant named and as of its date.
      std::set<std::int64_t> authorised;
      std::map<std::int64_t, const boost::json::object*> stored;
      for (const auto& line : proof.at("lines").as_array()) {
        const auto id = line.at("trainee_id").as_int64();
        stored.emplace(id, &line.as_object());
        if (line.at("authorised").as_bool()) authorised.insert(id);
      }
      const auto record = training::class_store::FindById(connection, claim.class_id);
      auto attendance = attendance_.Of(claim.class_id);
      if (!record || !attendance) {
        changes.push_back({claim.id, 0, {"class"}});
        continue;
      }
      auto now = Compute(connection, *record, *attendance, *ParseSubsidyKind(claim.kind), claim.claimant,
                         claim.claimed_on, authorised, claim.id, claim.submitted_at);
      std::map<std::int64_t, claim_store::Line> rows;
      for (auto& row : claim_store::Lines(connection, claim.id)) rows.emplace(row.trainee_id, std::move(row));
      for (const auto& line : now.proof_lines) {
        const auto& current = line.as_object();
        const auto id = current.at("trainee_id").as_int64();
        const auto it = stored.find(id);
        if (it == stored.end()) {
          changes.push_back({claim.id, id, {"added_to_roster"}});
          continue;
        }
        Change change{claim.id, id, {}};
        for (const auto field : kCompared) {
          const auto* kept = it->second->if_contains(field);
          if (!kept || current.at(field) != *kept) change.fields.emplace_back(field);
        }
        // The stored line is what is published and paid: it must still say what the proof says.
        const auto row = rows.find(id);
        if (row == rows.end() || it->second->at("amount_fen").to_number<std::int64_t>() != row->second.amount_fen) {
          change.fields.emplace_back("stored_amount_fen");
        }
        if (row != rows.end() && it->second->at("paid").as_bool() != row->second.paid) change.fields.emplace_back("stored_paid");
        if (!change.fields.empty()) changes.push_back(std::move(change));
        stored.erase(it);
      }
      for (const auto& [id, line] : stored) changes.push_back({claim.id, id, {"removed_from_roster"}});
    }
    if (page.size() < 200) break;
    after = page.back().id;
  }
  return changes;
}

}  // namespace sunshine::subsidy
