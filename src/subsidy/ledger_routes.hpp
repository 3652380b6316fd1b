#pragma once
// /api/v1/ledger (the fund, allocations and each city's balances), /api/v1/payments (payment
// batches from payable notices) and /api/v1/recoveries (recovery orders and repayments), issue
// 14 items 5-6.
#include "http/router.hpp"
#include "subsidy/ledger_service.hpp"
#include "subsidy/recovery_service.hpp"

namespace sunshine::subsidy {
void RegisterLedgerRoutes(http::Router& router, LedgerService& service, RecoveryService& recoveries);
}  // namespace sunshine::subsidy
