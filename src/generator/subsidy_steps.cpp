#include "generator/subsidy_steps.hpp"

#include <algorithm>
#include <cstdio>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/queries/generator.hpp"
#include "generator/acting.hpp"
#include "generator/random.hpp"
#include "registry/organisation_rules.hpp"
#include "registry/regions.hpp"
#include "subsidy/claim_audit_service.hpp"
#include "subsidy/claim_rules.hpp"
#include "subsidy/payee_store.hpp"
#include "training/calendar.hpp"

namespace sunshine::generator {
namespace {
using core::EpochMillis;
constexpr EpochMillis kMinute = 60'000;
constexpr std::int64_t kAllocationStep = 100'000'000;  // the province allocates in 1,000,000 yuan
constexpr std::int64_t kBudgetStep = 1'000'000'000;    // and budgets in 10,000,000 yuan

core::Actor InstitutionActor(std::int64_t id) {
  return GeneratorAs("institution", core::ScopeKind::kOrganisation, "institution:" + std::to_string(id));
}
core::Actor OfficerAt(const char* role, const std::string& region) {
  return GeneratorAs(role, core::ScopeKind::kRegion, region);
}
std::string CityOf(const std::string& county) { return county.substr(0, 4) + "00"; }
std::int64_t RoundUp(std::int64_t amount, std::int64_t step) { return (amount + step - 1) / step * step; }

// A member of the public, as the public notice's objection form sends it.
core::Actor Anyone() { return {.principal = std::nullopt, .request_id = "generator", .client_ip = "local",
                               .system_name = "generator"}; }

const char* const kBanks[] = {"中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "成都银行",
                              "四川农商银行", "中国邮政储蓄银行"};
}  // namespace

Disburser::Disburser(app::App& app, const RegistryFigures& reg, std::uint64_t seed, double anomaly_share)
    : app_(app), reg_(reg), seed_(seed), share_(anomaly_share) {}

void Disburser::Prepare(const TrainingPlan& plan, const std::set<std::size_t>& never_assessed) {
  plan_ = &plan;
  never_assessed_ = never_assessed;
  Random r = Random(seed_).Fork("subsidy");
  // Accounts in each institution's registered name, at a bank of its county.
  for (std::size_t i = 0; i < reg_.institution_list.size(); ++i) {
    if (reg_.showcase && *reg_.showcase == i) continue;
    const auto& inst = reg_.institution_list[i];
    std::string name, county = inst.county;
    {
      db::Connection connection(app_.database());
      name = subsidy::payee_store::PayeeName(connection, "institution:" + std::to_string(inst.id));
      if (const auto region = registry::FindRegion(connection, inst.county)) county = region->name;
    }
    std::string number = std::to_string(r.Uniform(4, 6));
    for (int d = 0; d < 18; ++d) number += static_cast<char>('0' + r.Uniform(0, 9));
    Must(app_.payees().SetAccount(InstitutionActor(inst.id),
                                  {std::string(kBanks[r.Uniform(0, std::size(kBanks) - 1)]) + county + "支行", name, number}),
         "bank account of institution " + std::to_string(inst.id));
    ++figures_.accounts;
  }
  // The year's first budget, before any claim.
  const std::string year = app_.database().clock().Today().substr(0, 4);
  Must(app_.ledger().Budget(GeneratorActor(), {kBudgetStep * 5, "川财社〔" + year + "〕" + std::to_string(++budgets_) + "号"}),
       "budget");
  figures_.budget_fen += kBudgetStep * 5;

  // The classes claimed: every finished class but the showcase's; which of them carry a plant.
  std::vector<std::size_t> claimable;
  for (std::size_t k = 0; k < plan.classes.size(); ++k) {
    const auto& c = plan.classes[k];
    if (reg_.showcase && c.institution == *reg_.showcase) continue;
    // Plants go to ordinary classes: not a surge's (full, none may join late) nor a recycling's.
    if (!never_assessed_.contains(k) && !c.paired && c.plant == Plant::kNone && !c.surge && c.recycled == 0) {
      claimable.push_back(k);
    }
  }
  const int n = static_cast<int>(claimable.size());
  // Plants go to the classes that end first, so that their claims are made within the period.
  std::stable_sort(claimable.begin(), claimable.end(),
                   [&](std::size_t a, std::size_t b) { return plan.classes[a].end < plan.classes[b].end; });
  claimable.resize(std::max<std::size_t>(claimable.size() / 3, std::min<std::size_t>(claimable.size(), 4)));
  const auto draw = [&](std::set<std::size_t>& into, int count) {
    for (int i = 0; i < count && !claimable.empty(); ++i) {
      const auto at = static_cast<std::size_t>(r.Uniform(0, static_cast<std::int64_t>(claimable.size()) - 1));
      into.insert(claimable[at]);
      claimable.erase(claimable.begin() + static_cast<std::ptrdiff_t>(at));
    }
  };
  draw(late_, PlantedCount(n, share_));
  draw(unreviewed_, PlantedCount(n, share_));
  to_uphold_count_ = to_recover_ = to_tamper_ = to_find_ = PlantedCount(n, share_);
}

std::optional<Disburser::Timing> Disburser::TimingOf(std::size_t k, EpochMillis results_at) const {
  const auto& c = plan_->classes[k];
  if (reg_.showcase && c.institution == *reg_.showcase) return std::nullopt;
  Random r = Random(seed_).Fork("claim:" + c.key);
  const auto& calendar = app_.classes().policy().calendar;
  Timing t;
  if (late_.contains(k)) t.late_enrol_at = *core::AtShanghai(c.start, "13:00") + r.Uniform(0, 120) * kMinute;
  // Claimed one to five days after the certificates (or, never assessed, after the end).
  const std::string claimed_on = training::AddDays(core::DateInShanghai(results_at), static_cast<int>(r.Uniform(1, 5)));
  t.claim_at = *core::AtShanghai(claimed_on, "10:00") + r.Uniform(0, 360) * kMinute;
  const auto county_on = training::AddWorkingDays(claimed_on, static_cast<int>(r.Uniform(1, 3)), calendar);
  t.county_at = *core::AtShanghai(county_on, "14:00") + r.Uniform(0, 180) * kMinute;
  const auto city_on = training::AddWorkingDays(county_on, static_cast<int>(r.Uniform(1, 2)), calendar);
  t.city_at = *core::AtShanghai(city_on, "10:00") + r.Uniform(0, 300) * kMinute;
  t.reviewed = !unreviewed_.contains(k);
  return t;
}

void Disburser::EnrolLate(std::size_t k, std::int64_t class_id) {
  const auto& c = plan_->classes[k];
  const auto& inst = reg_.institution_list[c.institution];
  // Someone not on the roster, added once the class has started, whom the plan does not book into
  // another class on its days: the enrolment checks only the classes filed so far, and a class
  // filed later with that person on it would be refused as double-booked (it was, in a demo).
  std::set<std::size_t> on(c.roster.begin(), c.roster.end());
  for (const auto& other : plan_->classes) {
    if (&other == &c || other.end < c.start || c.end < other.start) continue;
    on.insert(other.roster.begin(), other.roster.end());
  }
  Random r = Random(seed_).Fork("late:" + c.key);
  // Someone of the county if they are free then, else of the city, else of anywhere.
  std::vector<std::size_t> candidates[3];
  for (std::size_t p = 0; p < reg_.people.size(); ++p) {
    const auto& person = reg_.people[p];
    if (on.contains(p) || person.ghost) continue;
    const int tier = person.county == inst.county ? 0 : CityOf(person.county) == CityOf(inst.county) ? 1 : 2;
    candidates[tier].push_back(p);
  }
  int attempts = 0;
  for (auto& tier : candidates) {
    while (!tier.empty() && attempts++ < 120) {
      const auto at = static_cast<std::size_t>(r.Uniform(0, static_cast<std::int64_t>(tier.size()) - 1));
      const auto& person = reg_.people[tier[at]];
      tier.erase(tier.begin() + static_cast<std::ptrdiff_t>(at));
      if (app_.classes().Enrol(InstitutionActor(inst.id), class_id,
                               {std::nullopt, person.id_number, "学员开班后申请补录"})) {
        late_trainees_[k] = person.id;
        return;
      }
    }
  }
}

std::optional<core::Actor> Disburser::EmployerOf(std::int64_t class_id) {
  long long klass = class_id, enterprise = 0;
  {
    db::Connection connection(app_.database());
    connection.sql() << connection.Text(db::queries::generator::kFindClassEmployer), soci::use(klass),
        soci::into(enterprise);
    if (!connection.sql().got_data()) return std::nullopt;
  }
  const std::string payee = "enterprise:" + std::to_string(enterprise);
  auto actor = GeneratorAs("enterprise", core::ScopeKind::kOrganisation, payee);
  // Its account, in its registered name, before its first claim is paid.
  if (enterprise_accounts_.insert(enterprise).second) {
    Random r = Random(seed_).Fork("account:" + payee);
    std::string name;
    {
      db::Connection connection(app_.database());
      name = subsidy::payee_store::PayeeName(connection, payee);
    }
    std::string number = std::to_string(r.Uniform(4, 6));
    for (int d = 0; d < 18; ++d) number += static_cast<char>('0' + r.Uniform(0, 9));
    Must(app_.payees().SetAccount(actor, {std::string(kBanks[r.Uniform(0, std::size(kBanks) - 1)]) + "成都分行", name, number}),
         "bank account of " + payee);
    ++figures_.accounts;
  }
  return actor;
}

void Disburser::Claim(std::size_t k, std::int64_t class_id) {
  const auto& c = plan_->classes[k];
  const auto& inst = reg_.institution_list[c.institution];
  subsidy::ClaimInput input;
  input.class_id = class_id;
  auto actor = InstitutionActor(inst.id);
  if (subsidy::MayClaim(subsidy::ClaimantKind::kInstitution, c.training_type)) {
    // Everyone on the roster before the start; one enrolled later may never be claimed for.
    for (const auto p : c.roster) input.trainee_ids.push_back(reg_.people[p].id);
  } else {
    // An apprenticeship is its employer's to claim, for its people on the roster; a class of
    // nobody's employees is not claimed.
    const auto employer = EmployerOf(class_id);
    if (!employer) return;
    actor = *employer;
    const auto claimable = Must(app_.claims().ClaimableOf(*actor.principal, class_id), "claimable " + c.key);
    for (const auto& person : subsidy::NameableOf(claimable.people)) input.trainee_ids.push_back(person);
    if (input.trainee_ids.empty()) return;
    ++figures_.employer_claims;
  }
  const auto late = late_trainees_.find(k);
  const auto detail = Must(app_.claims().Submit(actor, input), "claim of " + c.key);
  claims_[k] = {detail.claim.id, class_id, inst.county, detail.claim.paid_lines > 0};
  ++figures_.claims;
  figures_.lines += detail.claim.lines;
  figures_.payable_lines += detail.claim.paid_lines;
  figures_.claimed_fen += detail.claim.amount_fen;
  if (never_assessed_.contains(k)) {
    no_certificate_claims_.push_back(detail.claim.id);
    no_certificate_classes_.push_back(class_id);
  }
  if (late != late_trainees_.end()) {
    late_claims_.push_back(detail.claim.id);
    late_classes_.push_back(class_id);
    late_trainee_ids_.push_back(late->second);
  }
  if (unreviewed_.contains(k)) unreviewed_claims_.push_back(detail.claim.id);
}

void Disburser::CountyReview(std::size_t k) {
  const auto it = claims_.find(k);
  if (it == claims_.end()) return;
  const auto actor = OfficerAt("county_officer", it->second.county);
  if (!it->second.payable) {
    Must(app_.claim_reviews().Decide(actor, it->second.id, "reject", {"经审核，无符合补贴条件的人员"}),
         "rejection of claim " + std::to_string(it->second.id));
    ++figures_.rejected;
    return;
  }
  Must(app_.claim_reviews().Approve(actor, it->second.id, {{}, std::string("材料齐全，同意")}),
       "county approval of claim " + std::to_string(it->second.id));
}

void Disburser::CityReview(std::size_t k) {
  const auto it = claims_.find(k);
  if (it == claims_.end() || !it->second.payable) return;
  Must(app_.claim_reviews().Approve(OfficerAt("city_officer", CityOf(it->second.county)), it->second.id, {{}, std::nullopt}),
       "city approval of claim " + std::to_string(it->second.id));
  ++figures_.approved;
}

std::vector<std::string> Disburser::Cities() const {
  std::set<std::string> cities;
  for (const auto& inst : reg_.institution_list) cities.insert(CityOf(inst.county));
  return {cities.begin(), cities.end()};
}

void Disburser::Publish(const std::string& city) {
  const auto actor = OfficerAt("city_officer", city);
  auto published = app_.notices().Publish(actor, {});
  if (!published) {
    if (published.error().code == "nothing_to_publish") return;
    Must(std::move(published), "notice of " + city);
  }
  const auto id = published->notice.id;
  open_notices_[city].push_back(id);
  ++figures_.notices;
  // Now and then someone objects to a line; the planted ones are upheld on Wednesday.
  const auto view = Must(app_.notices().Get(nullptr, id), "notice " + std::to_string(id));
  if (view.lines.empty()) return;
  Random r = Random(seed_).Fork("objections:" + std::to_string(id));
  const bool planted = objections_planted_ < to_uphold_count_;
  if (!planted && !r.Chance(0.3)) return;
  const auto& line = view.lines[static_cast<std::size_t>(r.Uniform(0, static_cast<std::int64_t>(view.lines.size()) - 1))];
  char phone[16];
  std::snprintf(phone, sizeof phone, "139%08lld", static_cast<long long>(r.Uniform(0, 99'999'999)));
  const auto lodged = Must(app_.notices().Object(Anyone(), id,
                                                 {line.id, planted ? "该学员培训期间一直在外地务工，未参加培训"
                                                                   : "该机构培训时间与宣传不符，请核实",
                                                  std::string(phone)}),
                           "objection to notice " + std::to_string(id));
  ++figures_.objections;
  if (planted) {
    ++objections_planted_;
    to_uphold_.insert(lodged.id);
    upheld_objections_.push_back(lodged.id);
    upheld_claims_.push_back(line.claim_id);
    upheld_trainees_.push_back(line.trainee_id);
  }
}

void Disburser::Answer(const std::string& city) {
  const auto actor = OfficerAt("city_officer", city);
  const auto open = Must(app_.notices().Objections(*actor.principal, "open", 0, 200), "objections of " + city);
  for (const auto& o : open) {
    const bool uphold = to_uphold_.contains(o.row.id);
    Must(app_.notices().Answer(actor, o.row.id, uphold ? "uphold" : "dismiss",
                               {uphold ? "经核实，该学员未参加培训，撤出公示，不予补贴" : "经核实，培训按备案计划实施，异议不成立"}),
         "answer to objection " + std::to_string(o.row.id));
    if (uphold) ++figures_.upheld;
  }
}

void Disburser::DrawAudits(const std::string& city, const std::string& monday) {
  const auto actor = OfficerAt("city_officer", city);
  // The draw's seed from the generator's, so a generated province is the same for its seed.
  char seed[17];
  std::snprintf(seed, sizeof seed, "%016llx",
                static_cast<unsigned long long>(Random(seed_).Fork("audit:" + city + ":" + monday).Next()));
  auto drawn = app_.claim_audits().DrawWithSeed(
      actor, {training::AddDays(monday, -28), training::AddDays(monday, -1)}, seed);
  if (!drawn) return;  // nothing approved in the span
  // The city's accounting firm, registered the first time it is engaged.
  auto& auditor = auditor_of_[city];
  if (auditor.empty()) {
    std::string county = city;
    for (const auto& inst : reg_.institution_list) {
      if (CityOf(inst.county) == city) {
        county = inst.county;
        break;
      }
    }
    std::string name;
    {
      db::Connection connection(app_.database());
      const auto region = registry::FindRegion(connection, city);
      name = (region ? region->name : city) + "众信会计师事务所";
    }
    const auto firm = Must(app_.organisations().Create(registry::KindOf("auditor"), GeneratorActor(),
                                                       {name, core::CompleteCreditCode("91" + city + "MA9X0A01"),
                                                        "accounting_firm", county, std::nullopt, std::nullopt, std::nullopt}),
                           "accounting firm of " + city);
    auditor = "auditor:" + std::to_string(firm.id);
  }
  for (const auto id : drawn->audit_ids) {
    Must(app_.claim_audits().Assign(actor, id, {auditor}), "assignment of audit " + std::to_string(id));
    open_audits_[city].push_back(id);
    ++figures_.audits;
  }
}

void Disburser::WorkAudits(const std::string& city) {
  const auto& auditor = auditor_of_[city];
  if (auditor.empty()) return;
  const auto actor = GeneratorAs("auditor", core::ScopeKind::kOrganisation, auditor);
  for (const auto id : open_audits_[city]) {
    // Most audits find the claim as filed; a planted share finds a trainee the firm could not reach.
    const bool finds = to_find_ > 0;
    std::vector<subsidy::ChecklistEntry> items;
    for (const auto& item : subsidy::AuditChecklistItems()) {
      if (finds && item == "trainees_reached") {
        items.push_back({item, "fail", "电话回访两次均无法联系到一名学员，其单位称其培训期间在岗"});
      } else {
        items.push_back({item, "pass", ""});
      }
    }
    Must(app_.claim_audits().SaveChecklist(actor, id, {items}), "checklist of audit " + std::to_string(id));
    const auto done = Must(app_.claim_audits().Conclude(actor, id, {finds ? "一名学员无法核实参训，建议进一步核查并追回其补贴" : ""}),
                           "conclusion of audit " + std::to_string(id));
    if (finds) {
      --to_find_;
      ++figures_.audits_with_issues;
      finding_audits_.push_back(id);
      finding_claims_.push_back(done.claim_id);
    }
  }
  open_audits_[city].clear();
}

void Disburser::TopUp(const std::string& city, std::int64_t amount_fen) {
  const auto province = GeneratorActor();
  const std::string year = app_.database().clock().Today().substr(0, 4);
  const auto allocation = RoundUp(amount_fen, kAllocationStep);
  const auto book = Must(app_.ledger().Ledger(*province.principal), "ledger");
  if (book.fund < allocation) {
    const auto budget = RoundUp(allocation - book.fund, kBudgetStep);
    Must(app_.ledger().Budget(province, {budget, "川财社〔" + year + "〕" + std::to_string(++budgets_) + "号"}), "budget");
    figures_.budget_fen += budget;
  }
  Must(app_.ledger().Allocate(province, {city, allocation, "川人社〔" + year + "〕" + std::to_string(++allocations_) + "号"}),
       "allocation to " + city);
  figures_.allocated_fen += allocation;
}

void Disburser::Pay(const std::string& city) {
  const auto actor = OfficerAt("city_officer", city);
  const auto today = app_.database().clock().Today();
  for (const auto id : committed_[city]) {
    const std::string reference = "GK" + today.substr(0, 4) + today.substr(5, 2) + today.substr(8, 2) + std::to_string(id);
    const auto paid = Must(app_.ledger().Pay(actor, id, {reference, today}), "payment " + std::to_string(id));
    ++figures_.paid_batches;
    figures_.paid_fen += paid.amount_fen;
    Paid(city, paid.id);
  }
  committed_[city].clear();
}

void Disburser::Fund(const std::string& city) {
  const auto actor = OfficerAt("city_officer", city);
  // Payable notices become batches, the province topping up the city's money when short.
  auto& notices = open_notices_[city];
  for (auto it = notices.begin(); it != notices.end();) {
    const auto view = Must(app_.notices().Get(actor.principal ? &*actor.principal : nullptr, *it), "notice");
    if (view.state != subsidy::NoticeState::kPayable) {
      ++it;
      continue;
    }
    auto batch = app_.ledger().CreatePayment(actor, {*it});
    if (!batch && batch.error().code == "insufficient_allocation") {
      TopUp(city, view.notice.amount_fen);
      batch = app_.ledger().CreatePayment(actor, {*it});
    }
    const auto made = Must(std::move(batch), "payment batch of notice " + std::to_string(*it));
    ++figures_.payments;
    committed_[city].push_back(made.id);
    it = notices.erase(it);
  }
}

// A paid batch: where planted, a line recovered after a spot check found the person absent, and
// another line's stored amount raised behind the platform's back.
void Disburser::Paid(const std::string& city, std::int64_t payment_id) {
  if (recoveries_planted_ >= to_recover_ && tampered_planted_ >= to_tamper_) return;
  const auto actor = OfficerAt("city_officer", city);
  const auto payment = Must(app_.ledger().Payment(*actor.principal, payment_id), "payment");
  const auto view = Must(app_.notices().Get(&*actor.principal, payment.notice_id), "notice");
  std::vector<const subsidy::notice_store::Line*> lines;
  for (const auto& l : view.lines) {
    if (!l.removed) lines.push_back(&l);
  }
  if (lines.empty()) return;
  if (recoveries_planted_ < to_recover_) {
    const auto* line = lines.front();
    const auto recovery =
        Must(app_.recoveries().Create(actor, {line->claim_id, {line->trainee_id}, "spot_check",
                                              "抽查记录-" + std::to_string(payment_id),
                                              "抽查核实：该学员未实际参加培训，由他人代为签到"}),
             "recovery of claim " + std::to_string(line->claim_id));
    // The first order is repaid in full, later ones in part.
    const auto repaid = recoveries_planted_ == 0 ? recovery.amount_fen : recovery.amount_fen / 2;
    if (repaid > 0) {
      Must(app_.recoveries().Repay(actor, recovery.id, {repaid, "退款凭证-" + std::to_string(recovery.id)}),
           "repayment of recovery " + std::to_string(recovery.id));
    }
    ++recoveries_planted_;
    ++figures_.recoveries;
    recovery_ids_.push_back(recovery.id);
    recovered_claims_.push_back(line->claim_id);
    lines.erase(lines.begin());
  }
  if (tampered_planted_ < to_tamper_ && !lines.empty()) {
    const auto* line = lines.back();
    db::Connection connection(app_.database());
    long long raise = 30000, claim = line->claim_id, trainee = line->trainee_id;
    connection.sql() << connection.Text(db::queries::generator::kPlantRaisedLine), soci::use(raise),
        soci::use(claim), soci::use(trainee);
    ++tampered_planted_;
    tampered_claims_.push_back(line->claim_id);
    tampered_trainees_.push_back(line->trainee_id);
  }
}

std::vector<Anomaly> Disburser::Anomalies() const {
  std::vector<Anomaly> out;
  auto add = [&](const char* kind, const char* description, std::map<std::string, std::vector<std::int64_t>> ids) {
    if (ids.begin()->second.empty()) return;
    out.push_back({kind, description, std::move(ids), {}});
  };
  add("claim_without_certificate",
      "a claim for a class none of whose trainees was assessed: every line unpaid for want of a certificate",
      {{"claim_ids", no_certificate_claims_}, {"class_ids", no_certificate_classes_}});
  add("enrolled_after_start",
      "a person added to a class's roster after it started (补录): its claim may not name them (凡补必进, 不进不补)",
      {{"class_ids", late_classes_}, {"trainee_ids", late_trainee_ids_}, {"claim_ids", late_claims_}});
  add("claim_review_overdue", "a claim the county left unreviewed past its working days (shown to the city)",
      {{"claim_ids", unreviewed_claims_}});
  add("claim_objection_upheld",
      "a member of the public objected to a notice line and the city upheld it: the line is withheld, never paid",
      {{"objection_ids", upheld_objections_}, {"claim_ids", upheld_claims_}, {"trainee_ids", upheld_trainees_}});
  add("claim_recovered", "a paid line ordered back after a spot check found the person absent",
      {{"recovery_ids", recovery_ids_}, {"claim_ids", recovered_claims_}});
  add("claim_line_tampered",
      "a paid claim line whose stored amount was raised after payment; its sealed proof still holds the computed "
      "amount, so claims verify names it",
      {{"claim_ids", tampered_claims_}, {"trainee_ids", tampered_trainees_}});
  add("claim_audit_finding",
      "a random claim audit whose accounting firm could not reach a trainee: concluded with issues found, the "
      "finding a recovery order may cite",
      {{"claim_audit_ids", finding_audits_}, {"claim_ids", finding_claims_}});
  return out;
}

}  // namespace sunshine::generator
