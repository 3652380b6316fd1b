#pragma once
// Rules over subsidy claims: what a claimant asked to be paid for, against what the platform
// judged each line to be worth.
#include "risk/rules.hpp"

namespace sunshine::risk {

// A claim with one of its lines the platform did not count (or none, when every line counts).
struct ClaimLine {
  std::int64_t claim_id = 0;
  Place place;  // the class claimed for
  std::string status;
  int lines = 0, paid_lines = 0;  // of the whole claim
  std::optional<std::int64_t> trainee_id;  // an unpaid line's person
  std::vector<std::string> reasons;        // its reasons' codes
};
// Whether a reason a line was not paid says the person was not trained as claimed (short of
// hours, no certificate for the class, not on the roster from the start, withdrawn), rather
// than that the policy excludes them (limits, levels, employment): the claimant knows who came.
bool NotTrained(const std::string& reason);
// claim_lines_not_counted: a claim most of whose lines name people who were not trained as
// claimed. Rows ordered by claim.
std::vector<Finding> ClaimLinesNotCounted(const std::vector<ClaimLine>& rows, const RuleInfo& rule);

// A line of a claim that names a certificate, with the day the certificate was issued.
struct ClaimCertificate {
  std::int64_t claim_id = 0;
  Place place;  // the class claimed for, its institution
  std::string claimed_on, issued_on;  // YYYY-MM-DD
};
// claims_near_deadline: an institution at least `min_claims` of whose claims in the span, and at
// least `min_share` of them, came within `margin_days` of the certificates' claim window closing
// (most of the claim's certificate lines; `window_months` follows the claim_window_months
// setting). Rows ordered by institution, then claim.
std::vector<Finding> ClaimsNearDeadline(const std::vector<ClaimCertificate>& rows, const RuleInfo& rule);

// A line of a claim with how many other subsidised trainings its person had in the claim's
// calendar year before it (lines of live claims submitted earlier, paid or not; imported history).
struct ClaimPersonCount {
  std::int64_t claim_id = 0;
  Place place;
  int lines = 0;  // of the whole claim
  std::int64_t trainee_id = 0;
  int earlier = 0;
};
// claims_at_person_limit: a claim of at least `min_lines` lines for which at least `min_people`
// people, and at least `min_share` of the lines, reach (or pass) the yearly limit of subsidised
// trainings (`limit`, the policy_max_subsidised_per_year setting) with this line: the same people
// cycled through one training after another for the most subsidies the policy allows. Rows
// ordered by claim.
std::vector<Finding> ClaimsAtPersonLimit(const std::vector<ClaimPersonCount>& rows, const RuleInfo& rule);

}  // namespace sunshine::risk
