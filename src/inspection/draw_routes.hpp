#pragma once
// /api/v1/spot-checks/draws: draw a sample of running classes, read a draw with its
// population and whether the rule still gives its sample; /api/v1/spot-checks/engagements:
// the third-party auditors engaged to draw and inspect (ADR 0013).
#include "http/router.hpp"
#include "inspection/draw_service.hpp"
#include "inspection/engagement_service.hpp"

namespace sunshine::inspection {
void RegisterDrawRoutes(http::Router& router, DrawService& service);
void RegisterEngagementRoutes(http::Router& router, EngagementService& service);
}  // namespace sunshine::inspection
