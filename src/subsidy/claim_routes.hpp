#pragma once
// /api/v1/claims: an institution's claims for its finished classes, computed by the platform,
// with the sealed proof of each (issue 14 items 1-2), and their review by county and city
// (item 3): the actions submit, approve, return and reject, and the overdue list.
#include "http/router.hpp"
#include "subsidy/claim_review_service.hpp"
#include "subsidy/claim_service.hpp"

namespace sunshine::subsidy {
void RegisterClaimRoutes(http::Router& router, ClaimService& service, ClaimReviewService& review);
}  // namespace sunshine::subsidy
