#pragma once
// /api/v1/notices and /api/v1/objections (officers), /api/v1/public/notices (anyone, no
// sign-in): the public notice of approved claims and the objections to it (issue 14 item 4).
#include "http/rate_limiter.hpp"
#include "http/router.hpp"
#include "subsidy/notice_service.hpp"

namespace sunshine::subsidy {
// `objection_limiter` counts objections per client address (public_objections_per_hour).
void RegisterNoticeRoutes(http::Router& router, NoticeService& service, http::RateLimiter& objection_limiter);
}  // namespace sunshine::subsidy
