#include "subsidy/payee_store.hpp"

#include "auth/store.hpp"
#include "db/queries/subsidy.hpp"
#include "subsidy/payee_rules.hpp"

namespace sunshine::subsidy::payee_store {
namespace q = db::queries::subsidy;

std::optional<Account> FindAccount(db::Connection& connection, const std::string& payee) {
  Account a;
  long long updated = 0;
  connection.sql() << connection.Text(q::kFindPayeeAccount), soci::into(a.payee), soci::into(a.bank_name),
      soci::into(a.account_name), soci::into(a.account_number_sealed), soci::into(a.account_last4),
      soci::into(a.updated_by), soci::into(updated), soci::use(payee);
  if (!connection.sql().got_data()) return std::nullopt;
  a.updated_at = updated;
  return a;
}

void UpsertAccount(db::Connection& connection, const Account& a) {
  long long updated = a.updated_at;
  connection.sql() << connection.Text(q::kUpsertPayeeAccount), soci::use(a.payee), soci::use(a.bank_name),
      soci::use(a.account_name), soci::use(a.account_number_sealed), soci::use(a.account_last4),
      soci::use(a.updated_by), soci::use(updated);
}

std::string PayeeName(db::Connection& connection, const std::string& payee) {
  const auto [kind, id] = SplitKindId(payee);
  if (id == 0) return {};
  return auth::store::OrganisationName(connection, kind, id).value_or("");
}

namespace {
std::vector<Payee> LivePayees(db::Connection& connection, std::int64_t payment_id) {
  long long payment = payment_id, amount = 0, updated = 0;
  Payee row;
  Account a;
  soci::indicator bank_ind = soci::i_null, name_ind = soci::i_null, sealed_ind = soci::i_null,
                  last4_ind = soci::i_null, updated_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListPaymentPayees), soci::into(row.payee),
       soci::into(row.lines), soci::into(amount), soci::into(a.bank_name, bank_ind),
       soci::into(a.account_name, name_ind), soci::into(a.account_number_sealed, sealed_ind),
       soci::into(a.account_last4, last4_ind), soci::into(updated, updated_ind), soci::use(payment));
  std::vector<Payee> out;
  statement.execute();
  while (statement.fetch()) {
    Payee payee = row;
    payee.amount_fen = amount;
    if (sealed_ind == soci::i_ok) {
      payee.account = a;
      payee.account->payee = row.payee;
      payee.account->updated_at = updated;
    }
    out.push_back(std::move(payee));
  }
  for (auto& payee : out) payee.payee_name = PayeeName(connection, payee.payee);
  return out;
}

std::vector<Payee> PaidPayees(db::Connection& connection, std::int64_t payment_id) {
  long long payment = payment_id, amount = 0, updated = 0;
  Payee row;
  Account a;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListPaidPayees), soci::into(row.payee),
       soci::into(row.payee_name), soci::into(row.lines), soci::into(amount), soci::into(a.bank_name),
       soci::into(a.account_name), soci::into(a.account_number_sealed), soci::into(a.account_last4),
       soci::into(updated), soci::use(payment));
  std::vector<Payee> out;
  statement.execute();
  while (statement.fetch()) {
    Payee payee = row;
    payee.amount_fen = amount;
    payee.account = a;
    payee.account->payee = row.payee;
    payee.account->updated_at = updated;
    out.push_back(std::move(payee));
  }
  return out;
}
}  // namespace

std::vector<Payee> PayeesOf(db::Connection& connection, std::int64_t payment_id, bool paid) {
  return paid ? PaidPayees(connection, payment_id) : LivePayees(connection, payment_id);
}

void RecordPaidPayees(db::Connection& connection, std::int64_t payment_id, const std::vector<Payee>& payees) {
  long long payment = payment_id;
  for (const auto& p : payees) {
    long long amount = p.amount_fen, updated = p.account->updated_at;
    connection.sql() << connection.Text(q::kInsertPaymentPayee), soci::use(payment), soci::use(p.payee),
        soci::use(p.payee_name), soci::use(p.lines), soci::use(amount), soci::use(p.account->bank_name),
        soci::use(p.account->account_name), soci::use(p.account->account_number_sealed),
        soci::use(p.account->account_last4), soci::use(updated);
  }
}

}  // namespace sunshine::subsidy::payee_store
