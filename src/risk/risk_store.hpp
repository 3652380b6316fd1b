#pragma once
// Risk screening in SQL (db/queries/risk, V0035): the rows each rule reads, alerts kept by their
// fingerprint, and the scans. Callers hold any transaction and have checked the caller's rights.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "risk/assessment_rules.hpp"
#include "risk/catch_rate.hpp"
#include "risk/checkin_rules.hpp"
#include "risk/claim_rules.hpp"
#include "risk/institution_rules.hpp"
#include "risk/people_rules.hpp"

namespace sunshine::risk::risk_store {

// What a scan reads: events captured within [from_at, to_at) (Unix ms), and classes, sessions
// and sittings dated from `from` to `to` inclusive.
struct Span {
  std::int64_t from_at = 0, to_at = 0;
  std::string from, to;
};

// The check-in rules' rows: sweep_store.hpp.
std::vector<TeacherSession> TeacherSessions(db::Connection& connection, const Span& span);
std::vector<OnlineSegment> OnlineSegments(db::Connection& connection, const Span& span);
std::vector<RosterAge> RosterAges(db::Connection& connection, const Span& span);
std::vector<ClaimLine> ClaimLines(db::Connection& connection, const Span& span);
std::vector<EarlierTraining> EarlierTrainings(db::Connection& connection, const Span& span);
std::vector<CandidateResult> CandidateResults(db::Connection& connection, const Span& span);
std::vector<ExaminerTeacher> ExaminerTeachers(db::Connection& connection, const Span& span);
std::vector<UncheckedCandidate> UncheckedCandidates(db::Connection& connection, const Span& span);
// Only certificates whose holder's attendance is below `below_1e4` (ten-thousandths).
std::vector<CertificateAttendance> CertificateAttendances(db::Connection& connection, const Span& span,
                                                          int below_1e4);
std::vector<ClaimCertificate> ClaimCertificates(db::Connection& connection, const Span& span);
std::vector<ClaimPersonCount> ClaimPersonCounts(db::Connection& connection, const Span& span);
// Classes starting from the span's first day to `days_after` its last, their institution's
// approval named only when it falls in the span.
std::vector<InstitutionClass> InstitutionClasses(db::Connection& connection, const Span& span, int days_after);

// Every alert's rule and evidence, for the catch rate.
std::vector<AlertEvidence> AllAlertEvidence(db::Connection& connection);

// Raises the finding's alert or updates the one of the same fingerprint; true when it is new.
bool Upsert(db::Connection& connection, const Finding& finding, std::int64_t now);

struct Alert {
  std::int64_t id = 0;
  Finding finding;
  std::string institution_name, status;
  std::int64_t first_seen_at = 0, last_seen_at = 0;
  // Its place in the queue: whom it is assigned to ("user:<name>" or "auditor:<id>"), the
  // decision (dismissed or confirmed) with its reason, and the case it was confirmed into.
  std::optional<std::string> assignee, assigned_by, decided_by, decision_reason;
  std::optional<std::int64_t> assigned_at, decided_at, case_id;
};
// Who reaches which alerts: an officer those of a region prefix (LIKE pattern), and anyone those
// assigned to them ("user:<name>", or an auditor's "auditor:<id>"); an empty pattern reaches none.
struct Reach {
  std::string region_like, assignee;
};
struct AlertFilter {
  std::string rule, status;
  std::string area_like = "%";  // a region prefix the caller chose
  std::int64_t institution_id = 0;  // 0: any
};
// Alerts within reach, highest score first; `after` is the previous page's last cursor (0 for
// the first page, see Cursor).
std::vector<Alert> Alerts(db::Connection& connection, const Reach& reach, const AlertFilter& filter,
                          std::int64_t after, int limit);
std::optional<Alert> FindAlert(db::Connection& connection, const Reach& reach, std::int64_t id);
std::vector<Alert> CaseAlerts(db::Connection& connection, std::int64_t case_id);
// A check-in named in an alert's evidence, as the evidence view shows it.
struct EvidenceCheckin {
  std::int64_t id = 0, trainee_id = 0, class_id = 0, session_id = 0, captured_at = 0, latitude_e6 = 0,
               longitude_e6 = 0, terminal_id = 0;
  std::string trainee_name, class_name, kind, photo_sha256;
  std::optional<std::int64_t> distance_m;
  bool counts = false;
};
std::optional<EvidenceCheckin> FindCheckin(db::Connection& connection, std::int64_t id);
// The ids of the check-ins that carry a photo.
std::vector<std::int64_t> PhotoCheckins(db::Connection& connection, const std::string& sha256);

// The risk dashboard's figures: alerts by city (its code), rule and status; cases by city and status.
struct AlertCount {
  std::string city_code, rule_id, status;
  int count = 0;
};
std::vector<AlertCount> SummariseAlerts(db::Connection& connection, const std::string& region_like);
struct CaseCount {
  std::string city_code, status;
  int count = 0;
};
std::vector<CaseCount> SummariseCases(db::Connection& connection, const std::string& region_like);

// Writes the alert's status, assignment, decision and case.
void SaveWork(db::Connection& connection, const Alert& alert);
// The keyset cursor of an alert: its score and id in one number (score * 10^12 + id).
inline std::int64_t Cursor(const Alert& a) { return static_cast<std::int64_t>(a.finding.score) * 1'000'000'000'000LL + a.id; }

struct Scan {
  std::string rules, from, to;
  std::int64_t started_at = 0, finished_at = 0;
  int found = 0, raised = 0;
  std::string run_by;
};
std::int64_t InsertScan(db::Connection& connection, const Scan& scan);

}  // namespace sunshine::risk::risk_store
