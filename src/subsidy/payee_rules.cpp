#include "subsidy/payee_rules.hpp"

#include <algorithm>
#include <charconv>

#include "core/text.hpp"

namespace sunshine::subsidy {

std::string NormaliseAccountNumber(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c != ' ' && c != '-') out += c;
  }
  return out;
}

std::vector<core::FieldError> CheckAccount(const AccountFacts& account, std::string_view payee_name) {
  std::vector<core::FieldError> errors;
  if (core::IsBlank(account.bank_name)) errors.push_back({"bank_name", "required"});
  if (core::IsBlank(account.account_name)) {
    errors.push_back({"account_name", "required"});
  } else if (account.account_name != payee_name) {
    errors.push_back({"account_name", "not_the_payee", 0, "", std::string(payee_name)});
  }
  const auto digits = NormaliseAccountNumber(account.account_number);
  if (digits.empty()) {
    errors.push_back({"account_number", "required"});
  } else if (digits.size() < 8 || digits.size() > 32 ||
             !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    errors.push_back({"account_number", "not_an_account_number"});
  }
  return errors;
}

std::string MaskAccount(std::string_view last4) { return "**** **** " + std::string(last4); }

std::pair<std::string, std::int64_t> SplitKindId(std::string_view payee) {
  const auto colon = payee.find(':');
  if (colon == std::string_view::npos || colon == 0) return {"", 0};
  std::int64_t id = 0;
  const auto digits = payee.substr(colon + 1);
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (ec != std::errc() || end != digits.data() + digits.size() || id <= 0) return {"", 0};
  return {std::string(payee.substr(0, colon)), id};
}

}  // namespace sunshine::subsidy
