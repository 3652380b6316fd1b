#pragma once
// Payees' bank accounts (issue 14 item 5; R-F1, R-F2) as pure rules: what an account must say
// before the platform pays into it, and how it is shown. Subsidies go to the payee's own
// account: the account name must be the payee's registered name, so money for an institution
// never lands in a person's or another body's account.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace sunshine::subsidy {

struct AccountFacts {
  std::string bank_name;       // 开户银行, e.g. 中国工商银行成都春熙支行
  std::string account_name;    // 账户名称
  std::string account_number;  // 银行账号, as typed (spaces and hyphens allowed)
};

// The digits of an account number as typed: spaces and hyphens dropped, nothing else changed.
std::string NormaliseAccountNumber(std::string_view typed);

// Field errors: bank_name required; account_name required and equal to `payee_name`
// (not_the_payee); account_number 8 to 32 digits once normalised (not_an_account_number).
std::vector<core::FieldError> CheckAccount(const AccountFacts& account, std::string_view payee_name);

// An account number as shown on screen from its last four digits: "**** **** 1234".
std::string MaskAccount(std::string_view last4);

// "<kind>:<id>" -> (kind, id), strictly (a payee "institution:12", an assignee "auditor:5", a
// finding "claim_audit:7"); ("", 0) when it is not of that form.
std::pair<std::string, std::int64_t> SplitKindId(std::string_view payee);

}  // namespace sunshine::subsidy
