#pragma once
// Risk screening's routes (issue 15 item 8): the rules, the alerts and their queue actions, the
// cases, and an institution's risk score.
#include "http/router.hpp"
#include "risk/queue_service.hpp"
#include "risk/risk_service.hpp"

namespace sunshine::risk {
void RegisterRiskRoutes(http::Router& router, RiskService& service, QueueService& queue);
}
