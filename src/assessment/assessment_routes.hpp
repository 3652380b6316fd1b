#pragma once
// /api/v1/assessments: the 应评尽评 view of a class and its exemptions, the officers' overdue
// list, sittings with their results, locking and amendments; /api/v1/certificates: issuing,
// revoking, reading and the PDF; /api/v1/public/certificates: the check without sign-in
// (ADR 0013).
#include "assessment/certificate_service.hpp"
#include "assessment/sitting_service.hpp"
#include "http/rate_limiter.hpp"
#include "http/router.hpp"

namespace sunshine::assessment {

struct PublicCheckSettings {
  // The address the QR code links to ("https://px.rst.sc.gov.cn"); empty: the request's Host.
  std::string public_base_url;
};

void RegisterAssessmentRoutes(http::Router& router, SittingService& sittings, CertificateService& certificates,
                              http::RateLimiter& public_limiter, PublicCheckSettings settings);

}  // namespace sunshine::assessment
