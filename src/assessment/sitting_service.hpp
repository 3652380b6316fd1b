#pragma once
// Assessment sittings (培训结果考核, 职业技能等级认定, R-W5; ADR 0013 decisions 3-4): an evaluation
// body filed for the occupation and level (R-C4), or the institution for its own class's
// 培训合格证书, plans a sitting for a finished class or for individual candidates; examiners
// who taught the class and trainees below the attendance threshold are refused; each eligible
// trainee is a candidate or carries a reason (应评尽评); results are entered once, locked, and
// corrected only by a reasoned amendment. Every write is one transaction with its audit record.
#include <map>
#include <optional>
#include <vector>

#include "assessment/sitting_rules.hpp"
#include "assessment/sitting_store.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "crypto/field_cipher.hpp"
#include "db/database.hpp"
#include "training/attendance_service.hpp"

namespace sunshine::assessment {

// The one answer for a sitting that does not exist and one outside the reader's reach.
core::Error SittingNotFound();

struct AssessmentPolicy {
  int threshold_1e4 = 8000;  // attendance a trainee needs to be assessed (setting attendance_threshold_percent)
  PassMarkTable pass_marks;  // setting assessment_pass_marks
  int overdue_days = 90;     // after a class ends, how long until unassessed eligible trainees are overdue
};

struct ExemptionInput {
  std::optional<std::string> reason;  // absent, withdrew, deferred; null removes the exemption
  std::string note;
  static constexpr std::array<std::string_view, 1> kNullable{"reason"};
};
BOOST_DESCRIBE_STRUCT(ExemptionInput, (), (reason, note))

// One roster member of a finished class as 应评尽评 sees them.
struct ClassMember {
  std::int64_t trainee_id = 0;
  std::string name, id_number_masked;
  int attendance_1e4 = 0;
  bool withdrawn = false, eligible = false, unaccounted = false;
  std::optional<std::int64_t> sitting_id;
  std::optional<sitting_store::Exemption> exemption;
};

struct ClassAssessment {
  training::ClassRecord record;
  int threshold_1e4 = 0;
  std::vector<ClassMember> members;
  int eligible = 0, candidates = 0, exempted = 0, unaccounted = 0;
};

struct CandidateView {
  sitting_store::Candidate row;
  std::string id_number_masked;
  std::optional<std::int64_t> checked_in_at;  // the first terminal check-in that counts (V0024)
};

struct ExaminerView {
  int position = 0;
  std::string name, id_number_masked, certificate;
};

struct SittingDetail {
  sitting_store::Sitting sitting;
  std::vector<ExaminerView> examiners;
  std::vector<CandidateView> candidates;
  int entered = 0, sat = 0, passed = 0, certified = 0;
  // Candidates checked in by a terminal, and those with scores but no check-in that counts
  // (stored as entered: a lead for the risk rules, shown to the organiser and officers).
  int checked_in = 0, sat_without_checkin = 0;
};

class SittingService {
 public:
  SittingService(db::Database& database, const std::optional<crypto::FieldKeys>& keys,
                 training::AttendanceService& attendance, AssessmentPolicy policy)
      : database_(database), keys_(keys), attendance_(attendance), policy_(std::move(policy)) {}

  core::Result<ClassAssessment> ForClass(const core::Principal& principal, std::int64_t class_id);
  core::Result<ClassAssessment> Exempt(const core::Actor& actor, std::int64_t class_id, std::int64_t trainee_id,
                                       const ExemptionInput& input);
  core::Result<std::vector<sitting_store::OverdueClass>> Overdue(const core::Principal& principal, std::int64_t after,
                                                                 int limit);

  core::Result<SittingDetail> Plan(const core::Actor& actor, const SittingInput& input);
  core::Result<SittingDetail> Get(const core::Principal& principal, std::int64_t id);
  core::Result<std::vector<sitting_store::Sitting>> List(const core::Principal& principal, std::int64_t after, int limit);
  core::Result<SittingDetail> EnterResults(const core::Actor& actor, std::int64_t id, const ResultsInput& input);
  core::Result<SittingDetail> Lock(const core::Actor& actor, std::int64_t id);
  core::Result<SittingDetail> Amend(const core::Actor& actor, std::int64_t id, std::int64_t trainee_id,
                                    const AmendmentInput& input);

  // Outcome figures (R-W5, issue 13 item 6): per institution over its finished classes'
  // eligible trainees, or per evaluation body over its locked sittings' candidates, by
  // occupation and level, in a period; at most kMaxOutcomeRows rows (`truncated` says so).
  struct OutcomeTable {
    std::vector<sitting_store::OutcomeRow> rows;
    bool truncated = false;
  };
  static constexpr int kMaxOutcomeRows = 5000;
  core::Result<OutcomeTable> Outcomes(const core::Principal& principal, const std::string& group,
                                  const sitting_store::OutcomeFilter& filter);
  const core::Clock& clock() const { return database_.clock(); }

  const AssessmentPolicy& policy() const { return policy_; }
  // The sitting with its examiners and candidates, masked; the caller holds the connection.
  core::Result<SittingDetail> Detail(db::Connection& connection, sitting_store::Sitting sitting) const;
  // The sitting if the caller organises it: 404 outside its reach, 403 for a reader who may see
  // it but not change it.
  static core::Result<sitting_store::Sitting> Organised(db::Connection& connection, const core::Principal& principal,
                                                        std::int64_t id);

 private:
  // The class, if the caller may see its assessment: officers by region, the institution its
  // own, an evaluation body one it is filed for.
  std::optional<training::ClassRecord> ReachableClass(db::Connection& connection, const core::Principal& principal,
                                                      std::int64_t class_id) const;
  core::Result<ClassAssessment> Assess(db::Connection& connection, const training::ClassRecord& record);

  db::Database& database_;
  const std::optional<crypto::FieldKeys>& keys_;
  training::AttendanceService& attendance_;
  AssessmentPolicy policy_;
};

}  // namespace sunshine::assessment
