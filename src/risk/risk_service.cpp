#include "risk/risk_service.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <chrono>
#include <future>
#include <mutex>
#include <set>
#include <unordered_map>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "risk/checkin_sweep.hpp"
#include "risk/rule_kit.hpp"
#include "risk/sweep_store.hpp"
#include "training/calendar.hpp"

namespace sunshine::risk {

namespace {
// The rows a scan has read so far: rules that judge the same rows read them once.
class ScanRows {
 public:
  ScanRows(db::Connection& connection, const risk_store::Span& span) : connection(connection), span(span) {}
  db::Connection& connection;
  const risk_store::Span& span;

  const std::vector<CandidateResult>& CandidateResults() {
    if (!candidate_results_) candidate_results_ = risk_store::CandidateResults(connection, span);
    return *candidate_results_;
  }
  const std::vector<OnlineSegment>& OnlineSegments() {
    if (!online_segments_) online_segments_ = risk_store::OnlineSegments(connection, span);
    return *online_segments_;
  }

 private:
  std::optional<std::vector<CandidateResult>> candidate_results_;
  std::optional<std::vector<OnlineSegment>> online_segments_;
};

using Judge = std::vector<Finding> (*)(ScanRows&, const RuleInfo&);

// Each rule's rows and its function, by rule id; every rule of the catalogue has one (risk_test).
const std::map<std::string, Judge, std::less<>>& Judges() {
  using namespace risk_store;
  static const std::map<std::string, Judge, std::less<>> judges = {
      {"teacher_two_places",
       [](ScanRows& r, const RuleInfo& i) { return TeacherTwoPlaces(TeacherSessions(r.connection, r.span), i); }},
      {"implausible_age",
       [](ScanRows& r, const RuleInfo& i) { return ImplausibleAge(RosterAges(r.connection, r.span), i); }},
      {"re_enrolment",
       [](ScanRows& r, const RuleInfo& i) { return ReEnrolment(EarlierTrainings(r.connection, r.span), i); }},
      {"online_overlap",
       [](ScanRows& r, const RuleInfo& i) { return OnlineOverlap(r.OnlineSegments(), i); }},
      {"online_too_fast", [](ScanRows& r, const RuleInfo& i) { return OnlineTooFast(r.OnlineSegments(), i); }},
      {"identical_scores", [](ScanRows& r, const RuleInfo& i) { return IdenticalScores(r.CandidateResults(), i); }},
      {"perfect_pass_large_sitting",
       [](ScanRows& r, const RuleInfo& i) { return PerfectPassLargeSitting(r.CandidateResults(), i); }},
      {"examiner_taught_class",
       [](ScanRows& r, const RuleInfo& i) { return ExaminerTaughtClass(ExaminerTeachers(r.connection, r.span), i); }},
      {"scored_without_checkin",
       [](ScanRows& r, const RuleInfo& i) {
         return ScoredWithoutCheckin(UncheckedCandidates(r.connection, r.span), i);
       }},
      {"certificate_below_attendance",
       [](ScanRows& r, const RuleInfo& i) {
         const auto below = static_cast<int>(i.Value("min_attendance") * 10000);
         return CertificateBelowAttendance(CertificateAttendances(r.connection, r.span, below), i);
       }},
      {"claims_at_person_limit",
       [](ScanRows& r, const RuleInfo& i) { return ClaimsAtPersonLimit(ClaimPersonCounts(r.connection, r.span), i); }},
      {"claims_near_deadline",
       [](ScanRows& r, const RuleInfo& i) { return ClaimsNearDeadline(ClaimCertificates(r.connection, r.span), i); }},
      {"institution_volume_jump",
       [](ScanRows& r, const RuleInfo& i) {
         const auto window = static_cast<int>(i.Value("window_days"));
         return InstitutionVolumeJump(InstitutionClasses(r.connection, r.span, window), i);
       }},
      {"claim_lines_not_counted",
       [](ScanRows& r, const RuleInfo& i) { return ClaimLinesNotCounted(ClaimLines(r.connection, r.span), i); }},
  };
  return judges;
}

// The rules over check-ins, judged together by one sweep of them (checkin_sweep.hpp).
const std::map<std::string, const RuleInfo* SweepRules::*, std::less<>>& SweptRules() {
  static const std::map<std::string, const RuleInfo* SweepRules::*, std::less<>> swept = {
      {"photo_reuse", &SweepRules::photo_reuse},
      {"photo_lookalike", &SweepRules::photo_lookalike},
      {"terminal_burst", &SweepRules::terminal_burst},
      {"checkins_off_hours", &SweepRules::checkins_off_hours},
      {"checkins_far_from_venue", &SweepRules::checkins_far_from_venue},
      {"uniform_checkins", &SweepRules::uniform_checkins},
      {"attendance_too_perfect", &SweepRules::attendance_too_perfect},
      {"person_two_places", &SweepRules::person_two_places},
  };
  return swept;
}

// Spans longer than this read the whole table in its order, judging each class once all its
// check-ins are in; shorter ones read their own check-ins' ids and judge at the end.
constexpr int kNarrowSpanDays = 31;

// The sweep over the span's check-ins for `rules`, then the second reads of the two rules that
// look across classes. Returns the findings; the time spent reading goes to `read_seconds`.
std::vector<Finding> SweepCheckins(db::Database& database, db::Connection& connection, const risk_store::Span& span,
                                   const SweepRules& rules,
                                   std::unordered_map<std::string, double>& seconds, double& read_seconds) {
  const auto began = std::chrono::steady_clock::now();
  constexpr std::int64_t kDayMs = 86'400'000;
  const bool wide = span.to_at - span.from_at > kNarrowSpanDays * kDayMs;
  const auto ids = wide ? sweep_store::AllIds(connection) : sweep_store::SpanIds(connection, span);
  CheckinSweep sweep(rules, span.from_at, span.to_at,
                     wide ? sweep_store::ClassCheckinCounts(connection) : std::unordered_map<std::int64_t, std::int64_t>{});
  sweep_store::Lookup lookup(connection, span.from, span.to);
  // Two readers (the machine this was measured on has two cores: more gain nothing while one
  // thread judges what they read), each with a connection of its own beside this one; with a
  // pool too small for that, this thread reads too.
  const int readers = std::min(2, static_cast<int>(database.pool_size()) - 1);
  const auto take = [&](SweptCheckin&& row) { sweep.Add(std::move(row), lookup); };
  if (readers > 0) {
    sweep_store::ReadCheckins(database, ids, readers, take);
  } else {
    sweep_store::ReadCheckins(connection, ids, take);
  }
  sweep.Finish(lookup);
  auto findings = sweep.TakeFindings();
  seconds = sweep.Seconds();

  const auto timed = [&](const RuleInfo* rule, auto judge) {
    if (!rule) return;
    const auto started = std::chrono::steady_clock::now();
    auto found = judge(*rule);
    seconds[rule->id] += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    findings.insert(findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  };
  timed(rules.photo_reuse, [&](const RuleInfo& rule) {
    std::vector<PhotoUse> uses;
    for (const auto& prefix : sweep.PhotoCandidates()) {
      const auto all = sweep_store::PhotoUsesWithPrefix(connection, prefix);
      // A photo more than one person used within the span, with every use of it as evidence.
      kit::ForEachRun(all.begin(), all.end(), [](const PhotoUse& u) { return u.photo_sha256; },
                      [&](auto first, auto last) {
                        std::set<std::int64_t> people;
                        for (auto u = first; u != last; ++u) {
                          if (u->captured_at >= span.from_at && u->captured_at < span.to_at) people.insert(u->trainee_id);
                        }
                        if (people.size() > 1) uses.insert(uses.end(), first, last);
                      });
    }
    return PhotoReuse(uses, rule);
  });
  timed(rules.person_two_places, [&](const RuleInfo& rule) {
    std::vector<PersonMove> moves;
    for (const auto trainee : sweep.PersonCandidates()) {
      const auto mine = MovesOf(trainee, sweep_store::PersonCheckins(connection, trainee, span),
                                [&](std::int64_t klass) { return lookup.PlaceOf(klass); });
      moves.insert(moves.end(), mine.begin(), mine.end());
    }
    return PersonTwoPlaces(moves, rule);
  });
  double judging = 0;
  for (const auto& [rule, s] : seconds) judging += s;
  read_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count() - judging;
  return findings;
}
}  // namespace

bool HasJudge(const std::string& rule) { return Judges().contains(rule) || SweptRules().contains(rule); }

const RuleInfo* RiskService::Rule(const std::string& id) const { return FindRuleIn(rules_, id); }

core::Result<ScanResult> RiskService::Scan(const core::Actor& actor, const std::string& from, const std::string& to,
                                           const std::string& rule, const ScanProgress& progress) {
  std::vector<core::FieldError> errors;
  if (!core::IsDate(from)) errors.push_back({"from", "not_a_date"});
  if (!core::IsDate(to)) errors.push_back({"to", "not_a_date"});
  if (errors.empty() && to < from) errors.push_back({"to", "before_from"});
  if (!rule.empty() && !Rule(rule)) errors.push_back({"rule", "unknown"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "扫描条件有误", std::move(errors));
  // The certificate rule reads the kept attendance of finished classes: keep what waits first.
  if (settle_ && (rule.empty() || rule == "certificate_below_attendance")) {
    constexpr int kRound = 200;
    while (settle_(kRound) == kRound) {
    }
  }
  return Run(actor, from, to, [&rule](const RuleInfo& info) { return rule.empty() || info.id == rule; }, progress,
             false);
}

bool RiskService::JudgesUploads(const std::string& rule) {
  static const std::set<std::string, std::less<>> upload_rules = {
      "photo_reuse",           "photo_lookalike",   "terminal_burst",         "checkins_off_hours",
      "checkins_far_from_venue", "uniform_checkins", "attendance_too_perfect", "person_two_places",
      "online_overlap",        "online_too_fast"};
  return upload_rules.contains(rule);
}

core::Result<ScanResult> RiskService::ScanUploads(const core::Actor& actor, const std::string& day) {
  if (!core::IsDate(day)) return core::Error::Invalid("invalid_fields", "扫描条件有误", {{"day", "not_a_date"}});
  return Run(actor, day, day, [](const RuleInfo& info) { return JudgesUploads(info.id); }, {}, true);
}

ScanResult RiskService::Run(const core::Actor& actor, const std::string& from, const std::string& to,
                            const std::function<bool(const RuleInfo&)>& wanted, const ScanProgress& progress,
                            bool quiet_unless_raised) {
  const risk_store::Span span{*core::AtShanghai(from, "00:00"),
                              *core::AtShanghai(training::AddDays(to, 1), "00:00"), from, to};
  const auto started = database_.clock().Now();

  // Read each rule's rows and judge them; nothing is held while it reads. The check-in rules share
  // one sweep; the others run beside it on a connection of their own when the pool has one to
  // spare (the sweep leaves part of the machine idle while one thread judges what two read).
  ScanResult result;
  std::string names;
  for (const auto& info : rules_) {
    if (wanted(info)) names += (names.empty() ? "" : ",") + info.id;
  }
  const auto total = static_cast<int>(std::count_if(rules_.begin(), rules_.end(), wanted));
  std::mutex told;
  int done = 0;
  const auto tell = [&](const std::string& id) {
    std::lock_guard lock(told);
    if (progress) progress(id, ++done, total);
  };
  struct Judged {
    std::vector<Finding> findings;
    std::map<std::string, int> found;
    std::map<std::string, double> seconds;
  };
  const auto judge_others = [&](db::Connection& connection) {
    Judged out;
    ScanRows rows(connection, span);
    for (const auto& info : rules_) {
      if (!wanted(info) || SweptRules().contains(info.id)) continue;
      const auto began = std::chrono::steady_clock::now();
      auto found = Judges().at(info.id)(rows, info);
      out.seconds[info.id] = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
      out.found[info.id] = static_cast<int>(found.size());
      out.findings.insert(out.findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
      tell(info.id);
    }
    return out;
  };
  // The sweep's own connection, its two readers', and one for the other rules.
  constexpr std::size_t kConnectionsBeside = 4;
  const bool beside = database_.pool_size() >= kConnectionsBeside;
  std::future<Judged> others;
  if (beside) {
    others = std::async(std::launch::async, [&] {
      db::Connection connection(database_);
      return judge_others(connection);
    });
  }
  std::vector<Finding> findings;
  {
    db::Connection connection(database_);
    SweepRules swept;
    for (const auto& info : rules_) {
      if (const auto it = SweptRules().find(info.id); it != SweptRules().end() && wanted(info)) swept.*(it->second) = &info;
    }
    std::unordered_map<std::string, double> swept_seconds;
    const bool sweeping = std::any_of(rules_.begin(), rules_.end(),
                                      [&](const RuleInfo& info) { return SweptRules().contains(info.id) && wanted(info); });
    if (sweeping) findings = SweepCheckins(database_, connection, span, swept, swept_seconds, result.sweep_read_seconds);
    for (const auto& info : rules_) {
      if (!SweptRules().contains(info.id) || !wanted(info)) continue;
      result.found[info.id] = static_cast<int>(
          std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule_id == info.id; }));
      result.seconds[info.id] = swept_seconds[info.id];
      tell(info.id);
    }
    auto rest = beside ? others.get() : judge_others(connection);
    result.found.insert(rest.found.begin(), rest.found.end());
    result.seconds.insert(rest.seconds.begin(), rest.seconds.end());
    findings.insert(findings.end(), std::make_move_iterator(rest.findings.begin()),
                    std::make_move_iterator(rest.findings.end()));
  }

  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto now = database_.clock().Now();
  for (const auto& f : findings) result.raised += risk_store::Upsert(connection, f, now) ? 1 : 0;
  // A round after uploads that raised nothing new is not recorded: the server runs one every few
  // seconds while terminals upload, and the scans and the audit trail would fill with them.
  if (quiet_unless_raised && result.raised == 0) {
    transaction.Commit();
    return result;
  }
  const risk_store::Scan scan{names, from, to, started, now, static_cast<int>(findings.size()), result.raised,
                              actor.principal ? actor.principal->username : actor.system_name};
  result.scan_id = risk_store::InsertScan(connection, scan);
  boost::json::object found;
  for (const auto& [id, n] : result.found) found[id] = n;
  audit::Append(connection, actor,
                {.action = "risk:scan:run", .object_type = "risk_scan", .object_id = std::to_string(result.scan_id),
                 .detail = boost::json::serialize(boost::json::object{
                     {"from", from}, {"to", to}, {"found", std::move(found)}, {"raised", result.raised}})});
  transaction.Commit();
  return result;
}

std::vector<KindScore> RiskService::CatchRate(const std::vector<PlantedKind>& planted) {
  db::Connection connection(database_);
  return Score(planted, risk_store::AllAlertEvidence(connection));
}

}  // namespace sunshine::risk
