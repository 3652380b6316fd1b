#pragma once
#include "http/router.hpp"
#include "risk/risk_service.hpp"

namespace sunshine::risk {
void RegisterRiskRoutes(http::Router& router, RiskService& service);
}  // namespace sunshine::risk
