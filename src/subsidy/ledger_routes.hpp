#pragma once
// /api/v1/ledger (the fund, allocations and each city's balances) and /api/v1/payments (payment
// batches from payable notices), issue 14 item 5.
#include "http/router.hpp"
#include "subsidy/ledger_service.hpp"

namespace sunshine::subsidy {
void RegisterLedgerRoutes(http::Router& router, LedgerService& service);
}  // namespace sunshine::subsidy
