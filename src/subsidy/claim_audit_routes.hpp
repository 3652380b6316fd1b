#pragma once
// /api/v1/claim-audits: random audit draws of approved claims, the audits, their assignment,
// checklist and conclusion (issue 14 item 7).
#include "http/router.hpp"
#include "subsidy/claim_audit_service.hpp"

namespace sunshine::subsidy {
void RegisterClaimAuditRoutes(http::Router& router, ClaimAuditService& service);
}  // namespace sunshine::subsidy
