#pragma once
// Rules over assessment sittings and certificates: marks too alike or too good, examiners who
// taught, and certificates for people who were not there.
#include "risk/rules.hpp"

namespace sunshine::risk {

// A candidate's results at a sitting; place.class_id is the class they trained in (0 for none).
struct CandidateResult {
  std::int64_t sitting_id = 0, trainee_id = 0;
  Place place;
  std::optional<int> theory, practical;
  bool absent = false, passed = false;
};
// Rows ordered by sitting.
// identical_scores: a sitting whose candidates nearly all carry the same pair of marks.
std::vector<Finding> IdenticalScores(const std::vector<CandidateResult>& rows, const RuleInfo& rule);
// perfect_pass_large_sitting: a large sitting where everyone came and passed with high marks.
std::vector<Finding> PerfectPassLargeSitting(const std::vector<CandidateResult>& rows, const RuleInfo& rule);

// An examiner of a sitting who is (by blind index) a teacher of a class whose trainees sat it.
struct ExaminerTeacher {
  std::int64_t sitting_id = 0, examiner_id = 0, teacher_id = 0;
  Place place;  // the class taught
};
// examiner_taught_class, rows ordered by sitting.
std::vector<Finding> ExaminerTaughtClass(const std::vector<ExaminerTeacher>& rows, const RuleInfo& rule);

// A candidate with marks at a sitting whose terminal checked others in but never them.
struct UncheckedCandidate {
  std::int64_t sitting_id = 0, trainee_id = 0;
  Place place;
};
// scored_without_checkin, rows ordered by sitting.
std::vector<Finding> ScoredWithoutCheckin(const std::vector<UncheckedCandidate>& rows, const RuleInfo& rule);

// A valid certificate from a sitting, with its holder's attendance of the class they trained in.
struct CertificateAttendance {
  std::int64_t certificate_id = 0, sitting_id = 0, trainee_id = 0;
  Place place;            // the class
  int rate_1e4 = 0;       // attendance in ten-thousandths
};
// certificate_below_attendance, rows ordered by sitting.
std::vector<Finding> CertificateBelowAttendance(const std::vector<CertificateAttendance>& rows, const RuleInfo& rule);

}  // namespace sunshine::risk
