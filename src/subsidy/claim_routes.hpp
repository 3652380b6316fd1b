#pragma once
// /api/v1/claims: an institution's claims for its finished classes, computed by the platform,
// with the sealed proof of each (issue 14 items 1-2).
#include "http/router.hpp"
#include "subsidy/claim_service.hpp"

namespace sunshine::subsidy {
void RegisterClaimRoutes(http::Router& router, ClaimService& service);
}  // namespace sunshine::subsidy
