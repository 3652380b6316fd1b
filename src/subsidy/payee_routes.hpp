#pragma once
// /api/v1/bank-account (the payee's own account) and a payment batch's payees and payment file
// (/api/v1/payments/{id}/payees, /file.xlsx, /file.csv), issue 14 item 5.
#include "http/router.hpp"
#include "subsidy/payee_service.hpp"

namespace sunshine::subsidy {
void RegisterPayeeRoutes(http::Router& router, PayeeService& service);
}  // namespace sunshine::subsidy
