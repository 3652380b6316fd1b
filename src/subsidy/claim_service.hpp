#pragma once
// Subsidy claims (申领, issue 14 items 1-2; R-F1): an institution claims for a finished class
// on behalf of the trainees who authorised it, an enterprise for its employees (post training,
// apprenticeship per apprentice-year, 以工代训 per person-month), a trainee who paid first for
// themself (先垫后补); the platform judges and prices every line of the
// roster (subsidy/claim_rules.hpp) and seals what justified each one (the proof) with its SM3
// digest, in one transaction with the audit record. A trainee who was not on the roster before
// the class started cannot be claimed for (凡补必进, 不进不补), and no amount is ever typed.
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "crypto/field_cipher.hpp"
#include "db/database.hpp"
#include "subsidy/claim_store.hpp"
#include "subsidy/review_rules.hpp"
#include "training/attendance_service.hpp"

namespace sunshine::subsidy {

// POST /api/v1/claims
struct ClaimInput {
  std::int64_t class_id = 0;
  std::optional<std::string> kind;         // training (default) or assessment
  std::vector<std::int64_t> trainee_ids;   // who authorised the claim (代领); the rest of the roster is left out
};
BOOST_DESCRIBE_STRUCT(ClaimInput, (), (class_id, kind, trainee_ids))

// POST /api/v1/claims/{id}/actions/submit: a returned claim submitted again, judged anew; the
// trainees who authorised it, or the same as before when absent.
struct ResubmitInput {
  std::optional<std::vector<std::int64_t>> trainee_ids;
};
BOOST_DESCRIBE_STRUCT(ResubmitInput, (), (trainee_ids))

struct LineView {
  claim_store::Line row;
  std::string name_masked, id_number_masked;
};

struct ClaimDetail {
  claim_store::Claim claim;
  std::vector<LineView> lines;
  std::vector<claim_store::Review> history;
  bool overdue = false;  // its review stage is past its last day
};

// GET /api/v1/claims/claimable?class_id=: what a claimant may claim of one finished class.
struct ClaimablePerson {
  std::int64_t trainee_id = 0;
  std::string name, id_number_masked;
  bool before_start = false, withdrawn = false;
  std::optional<std::string> employment_kind;  // an enterprise's claim: employee or apprentice
};
struct ClaimableDetail {
  claim_store::ClaimableClass klass;
  std::string basis;
  std::vector<std::string> kinds;  // the subsidy kinds the claimant may claim (none: not claimable by it)
  std::vector<ClaimablePerson> people;
};

// Who of a class's claimable people may be named: on the roster before the start and still on it.
std::vector<std::int64_t> NameableOf(const std::vector<ClaimablePerson>& people);

class ClaimService {
 public:
  ClaimService(db::Database& database, const std::optional<crypto::FieldKeys>& keys,
               training::AttendanceService& attendance, ClaimPolicy policy, ReviewPolicy review)
      : database_(database), keys_(keys), attendance_(attendance), policy_(policy), review_(std::move(review)) {}

  const core::Clock& clock() const { return database_.clock(); }
  core::Result<ClaimDetail> Submit(const core::Actor& actor, const ClaimInput& input);
  core::Result<ClaimDetail> Resubmit(const core::Actor& actor, std::int64_t id, const ResubmitInput& input);
  core::Result<ClaimDetail> Get(const core::Principal& principal, std::int64_t id);
  // The caller's finished classes to claim for (claim_claimable.cpp), and one with its people.
  core::Result<std::vector<claim_store::ClaimableClass>> Claimable(const core::Principal& principal);
  core::Result<ClaimableDetail> ClaimableOf(const core::Principal& principal, std::int64_t class_id);
  core::Result<std::vector<claim_store::Claim>> List(const core::Principal& principal,
                                                     const claim_store::ListFilter& filter, std::int64_t after,
                                                     int limit);
  // The sealed proof as stored, and whether its digest still matches it.
  struct Proof {
    std::string json, sm3;
    bool intact = false;
  };
  core::Result<Proof> ProofOf(const core::Principal& principal, std::int64_t id);

  // `sunshine claims verify`: every live claim judged again from the live data, as of its date
  // and with what its claimant named, against its sealed proof; each line whose justification
  // changed since submission, with the fields that differ (a changed proof text is
  // "proof_digest" on line 0).
  struct Change {
    std::int64_t claim_id = 0, trainee_id = 0;
    std::vector<std::string> fields;
  };
  std::vector<Change> Verify();

  const ClaimPolicy& policy() const { return policy_; }
  const ReviewPolicy& review_policy() const { return review_; }
  db::Database& database() { return database_; }
  // A stored claim with its lines (names and ID numbers masked) and its history.
  core::Result<ClaimDetail> Detail(db::Connection& connection, claim_store::Claim claim) const;

 private:
  // Every roster line judged and priced, with what the proof keeps of each. Earlier claims
  // (other than `claim_id` itself) count as prior subsidies only if submitted before
  // `submitted_at`.
  struct Computed {
    std::vector<claim_store::Line> lines;
    boost::json::array proof_lines;
    int paid_lines = 0;
    std::int64_t amount_fen = 0;
  };
  // Whose lines a claimant's claim holds: every roster member for the institution, the roster
  // members the enterprise employed on the class's first day (with that employment), the trainee
  // alone.
  struct People {
    bool employer = false;
    std::map<std::int64_t, std::optional<EmploymentFact>> members;
  };
  static People PeopleOf(db::Connection& connection, const training::ClassRecord& record,
                         const training::ClassAttendance& attendance, const std::string& claimant);
  Computed Compute(db::Connection& connection, const training::ClassRecord& record,
                   const training::ClassAttendance& attendance, SubsidyKind kind, const std::string& claimant,
                   const std::string& claimed_on, const std::set<std::int64_t>& authorised, std::int64_t claim_id,
                   std::int64_t submitted_at) const;
  // The roster members a claimant names, each on the roster before the start, the claimant's own
  // and named once (凡补必进), with the refusals of those who are not (field `trainee_ids`[i]).
  static core::Result<std::set<std::int64_t>> Authorised(const training::ClassAttendance& attendance,
                                                         const People& people, const std::vector<std::int64_t>& ids);
  // Judges `claim` (its class, kind and claimant set) as of today: fills its figures, date,
  // first review stage and proof digest; returns its lines and the proof text.
  struct Sealed {
    std::vector<claim_store::Line> lines;
    std::string proof_text;
  };
  Sealed Seal(db::Connection& connection, const training::ClassRecord& record,
              const training::ClassAttendance& attendance, const std::set<std::int64_t>& authorised,
              claim_store::Claim& claim) const;
  void Audit(db::Connection& connection, const core::Actor& actor, std::string_view action,
             const claim_store::Claim& claim) const;

  db::Database& database_;
  const std::optional<crypto::FieldKeys>& keys_;
  training::AttendanceService& attendance_;
  ClaimPolicy policy_;
  ReviewPolicy review_;
};

}  // namespace sunshine::subsidy
