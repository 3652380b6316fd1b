#pragma once
// Payees' accounts and a payment batch's payees in SQL (db/queries/subsidy, V0031). Account
// numbers arrive sealed; the store never sees them in clear.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace sunshine::subsidy::payee_store {

struct Account {
  std::string payee, bank_name, account_name, account_number_sealed, account_last4, updated_by;
  std::int64_t updated_at = 0;
};
std::optional<Account> FindAccount(db::Connection& connection, const std::string& payee);
void UpsertAccount(db::Connection& connection, const Account& account);

// One payee of a payment batch: the lines and money for it, and the account it is (or was)
// paid into.
struct Payee {
  std::string payee, payee_name;
  int lines = 0;
  std::int64_t amount_fen = 0;
  std::optional<Account> account;  // absent: the payee has set no account yet
};
// A batch's payees: as paid (the accounts then) once paid, else with their current accounts.
std::vector<Payee> PayeesOf(db::Connection& connection, std::int64_t payment_id, bool paid);
// Keep the accounts a batch is paid into, when it is recorded as paid.
void RecordPaidPayees(db::Connection& connection, std::int64_t payment_id, const std::vector<Payee>& payees);

// The payee's registered name ("institution:12" -> the institution's name), or "" if unknown.
std::string PayeeName(db::Connection& connection, const std::string& payee);

}  // namespace sunshine::subsidy::payee_store
