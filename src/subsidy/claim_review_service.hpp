#pragma once
// Claim review (审核, issue 14 item 3; R-F1): the officers of the level whose stage it is
// approve a claim, refusing payable lines one by one with a reason, or return it to the
// claimant for correction, or reject it; each step moves the claim on in one transaction with
// its history row and audit record, and only from the status the reviewer saw. A stage past its
// last day is listed to the reviewer's superior (the city over its counties, the province).
#include <boost/describe.hpp>
#include <optional>
#include <string>
#include <vector>

#include "subsidy/claim_service.hpp"

namespace sunshine::subsidy {

struct RefusalInput {
  static constexpr bool kReadByField = true;
  std::int64_t trainee_id = 0;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(RefusalInput, (), (trainee_id, reason))

// POST /api/v1/claims/{id}/actions/approve
struct ApproveInput {
  std::vector<RefusalInput> refusals;  // the payable lines not to pay, each with why ([] for none)
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(ApproveInput, (), (refusals, note))

// POST /api/v1/claims/{id}/actions/{return|reject}
struct DecisionInput {
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(DecisionInput, (), (reason))

class ClaimReviewService {
 public:
  explicit ClaimReviewService(ClaimService& claims) : claims_(claims) {}

  core::Result<ClaimDetail> Approve(const core::Actor& actor, std::int64_t id, const ApproveInput& input);
  // "return" (to the claimant, who corrects and submits again) or "reject" (final; the class
  // may then be claimed anew).
  core::Result<ClaimDetail> Decide(const core::Actor& actor, std::int64_t id, std::string_view action,
                                   const DecisionInput& input);
  // The claims in the caller's region whose stage below the caller is past its last day; empty
  // for a county (it has no reviewer below it).
  core::Result<std::vector<claim_store::Claim>> Overdue(const core::Principal& principal, std::int64_t after,
                                                        int limit);

 private:
  ClaimService& claims_;
};

}  // namespace sunshine::subsidy
