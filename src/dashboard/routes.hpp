#pragma once
#include "dashboard/service.hpp"
#include "http/router.hpp"

namespace sunshine::dashboard {

// GET /api/v1/dashboard/overview, /attendance and /regions (docs/api/openapi.json).
void RegisterDashboardRoutes(http::Router& router, DashboardService& service);

}  // namespace sunshine::dashboard
