#include "risk/risk_service.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <chrono>
#include <set>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "training/calendar.hpp"

namespace sunshine::risk {

namespace {
// The rows a scan has read so far: rules that judge the same rows read them once.
class ScanRows {
 public:
  ScanRows(db::Connection& connection, const risk_store::Span& span) : connection(connection), span(span) {}
  db::Connection& connection;
  const risk_store::Span& span;

  const std::vector<CheckinPoint>& CheckinPoints() {
    if (!checkin_points_) checkin_points_ = risk_store::CheckinPoints(connection, span);
    return *checkin_points_;
  }
  const std::vector<CandidateResult>& CandidateResults() {
    if (!candidate_results_) candidate_results_ = risk_store::CandidateResults(connection, span);
    return *candidate_results_;
  }
  const std::vector<OnlineSegment>& OnlineSegments() {
    if (!online_segments_) online_segments_ = risk_store::OnlineSegments(connection, span);
    return *online_segments_;
  }

 private:
  std::optional<std::vector<CheckinPoint>> checkin_points_;
  std::optional<std::vector<CandidateResult>> candidate_results_;
  std::optional<std::vector<OnlineSegment>> online_segments_;
};

using Judge = std::vector<Finding> (*)(ScanRows&, const RuleInfo&);

// Each rule's rows and its function, by rule id; every rule of the catalogue has one (risk_test).
const std::map<std::string, Judge, std::less<>>& Judges() {
  using namespace risk_store;
  static const std::map<std::string, Judge, std::less<>> judges = {
      {"photo_reuse", [](ScanRows& r, const RuleInfo& i) { return PhotoReuse(PhotoUses(r.connection, r.span), i); }},
      {"photo_lookalike",
       [](ScanRows& r, const RuleInfo& i) { return PhotoLookalike(PhotoLooks(r.connection, r.span), i); }},
      {"terminal_burst",
       [](ScanRows& r, const RuleInfo& i) { return TerminalBurst(TerminalCheckins(r.connection, r.span), i); }},
      {"checkins_off_hours", [](ScanRows& r, const RuleInfo& i) { return CheckinsOffHours(r.CheckinPoints(), i); }},
      {"checkins_far_from_venue",
       [](ScanRows& r, const RuleInfo& i) { return CheckinsFarFromVenue(r.CheckinPoints(), i); }},
      {"uniform_checkins", [](ScanRows& r, const RuleInfo& i) { return UniformCheckins(r.CheckinPoints(), i); }},
      {"attendance_too_perfect",
       [](ScanRows& r, const RuleInfo& i) { return AttendanceTooPerfect(r.CheckinPoints(), i); }},
      {"person_two_places",
       [](ScanRows& r, const RuleInfo& i) { return PersonTwoPlaces(PersonMoves(r.connection, r.span), i); }},
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
}  // namespace

bool HasJudge(const std::string& rule) { return Judges().contains(rule); }

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

  // Read each rule's rows and judge them; nothing is held while it reads.
  std::vector<Finding> findings;
  ScanResult result;
  std::string names;
  {
    db::Connection connection(database_);
    ScanRows rows(connection, span);
    const auto total = static_cast<int>(std::count_if(rules_.begin(), rules_.end(), wanted));
    int done = 0;
    for (const auto& info : rules_) {
      if (!wanted(info)) continue;
      const auto began = std::chrono::steady_clock::now();
      auto found = Judges().at(info.id)(rows, info);
      result.seconds[info.id] = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
      result.found[info.id] = static_cast<int>(found.size());
      names += (names.empty() ? "" : ",") + info.id;
      findings.insert(findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
      if (progress) progress(info.id, ++done, total);
    }
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
