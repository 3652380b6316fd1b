#include "subsidy/payee_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "subsidy/claim_rules.hpp"
#include "subsidy/payee_rules.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
namespace {
// The payee a caller acts for: whoever may claim a subsidy (institution, enterprise, trainee).
std::optional<std::string> PayeeOf(const core::Principal& principal) {
  if (ParseClaimantKind(principal.scope.code) && principal.scope.kind == core::ScopeKind::kOrganisation) {
    return principal.scope.code;
  }
  return std::nullopt;
}
core::Error NotAPayee() {
  return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有收款的培训机构、企业或劳动者本人可以维护收款账户");
}
core::Error PaymentNotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "拨付批次不存在"); }
}  // namespace

std::optional<core::Error> RequireAccounts(const std::vector<payee_store::Payee>& payees) {
  std::vector<core::FieldError> missing;
  for (std::size_t i = 0; i < payees.size(); ++i) {
    if (!payees[i].account) {
      missing.push_back({"payees[" + std::to_string(i) + "]", "no_account", 0, "", payees[i].payee_name});
    }
  }
  if (missing.empty()) return std::nullopt;
  return core::Error{core::ErrorKind::kConflict, "payee_account_missing",
                     "有收款单位尚未登记收款账户，无法生成支付文件或登记支付", std::move(missing)};
}

core::Result<AccountView> PayeeService::Account(const core::Principal& principal) {
  const auto payee = PayeeOf(principal);
  if (!payee) return NotAPayee();
  db::Connection connection(database_);
  return AccountView{*payee, payee_store::PayeeName(connection, *payee), payee_store::FindAccount(connection, *payee)};
}

core::Result<AccountView> PayeeService::SetAccount(const core::Actor& actor, const AccountInput& input) {
  const auto payee = PayeeOf(*actor.principal);
  if (!payee) return NotAPayee();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto name = payee_store::PayeeName(connection, *payee);
  auto errors = CheckAccount({input.bank_name, input.account_name, input.account_number}, name);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "收款账户信息有误，请检查标出的字段", std::move(errors));
  auto keys = crypto::RequireKeys(keys_, "收款账户");
  if (!keys) return keys.error();
  const auto digits = NormaliseAccountNumber(input.account_number);
  const auto before = payee_store::FindAccount(connection, *payee);
  payee_store::Account account{*payee,
                               input.bank_name,
                               input.account_name,
                               crypto::Seal(**keys, digits),
                               digits.substr(digits.size() - 4),
                               actor.principal->username,
                               database_.clock().Now()};
  payee_store::UpsertAccount(connection, account);
  boost::json::object detail{{"bank_name", account.bank_name}, {"account_last4", account.account_last4}};
  if (before) detail["replaced_last4"] = before->account_last4;
  audit::Append(connection, actor,
                {.action = "subsidy:bank_account:set", .object_type = "payee", .object_id = *payee,
                 .detail = boost::json::serialize(detail)});
  transaction.Commit();
  return AccountView{*payee, name, std::move(account)};
}

core::Result<PaymentPayees> PayeeService::Payees(const core::Principal& principal, std::int64_t payment_id) {
  db::Connection connection(database_);
  auto payment = ledger_store::FindPayment(connection, payment_id, RegionLike(principal.scope));
  if (!payment) return PaymentNotFound();
  auto payees = payee_store::PayeesOf(connection, payment_id, payment->status == "paid");
  return PaymentPayees{std::move(*payment), std::move(payees)};
}

core::Result<PaymentFile> PayeeService::File(const core::Actor& actor, std::int64_t payment_id,
                                             const std::string& format) {
  auto keys = crypto::RequireKeys(keys_, "收款账户");
  if (!keys) return keys.error();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto payment = ledger_store::FindPayment(connection, payment_id, RegionLike(actor.principal->scope));
  if (!payment) return PaymentNotFound();
  auto payees = payee_store::PayeesOf(connection, payment_id, payment->status == "paid");
  if (auto missing = RequireAccounts(payees)) return *missing;
  PaymentFile file{*payment, {}};
  for (auto& payee : payees) {
    auto number = crypto::Unseal(**keys, payee.account->account_number_sealed);
    if (!number) return number.error();
    file.rows.push_back({std::move(payee), std::move(*number)});
  }
  audit::Append(connection, actor,
                {.action = "subsidy:payment:file", .object_type = "payment", .object_id = std::to_string(payment_id),
                 .detail = boost::json::serialize(boost::json::object{{"format", format},
                                                                      {"payees", file.rows.size()},
                                                                      {"amount_fen", payment->amount_fen}})});
  transaction.Commit();
  return file;
}

}  // namespace sunshine::subsidy
