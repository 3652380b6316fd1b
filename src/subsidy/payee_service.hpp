#pragma once
// Payees' bank accounts and payment files (issue 14 item 5; R-F1, R-F2). The payee (an
// institution, later an enterprise or a trainee who paid first) sets its own account, the name
// checked against its registration, the number sealed; officers see it masked. A city's officer
// takes a batch's payment file (xlsx or CSV, one row per payee with the full account) for the
// treasury or bank: the only full view of the numbers, audited. When a batch is recorded as paid,
// the accounts it paid into are kept with it (LedgerService::Pay).
#include <boost/describe.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "crypto/field_cipher.hpp"
#include "db/database.hpp"
#include "subsidy/ledger_store.hpp"
#include "subsidy/payee_store.hpp"

namespace sunshine::subsidy {

// PUT /api/v1/bank-account
struct AccountInput {
  std::string bank_name;
  std::string account_name;
  std::string account_number;
};
BOOST_DESCRIBE_STRUCT(AccountInput, (), (bank_name, account_name, account_number))

struct AccountView {
  std::string payee, payee_name;
  std::optional<payee_store::Account> account;  // sealed number; show MaskAccount(last4)
};

struct PaymentPayees {
  ledger_store::Payment payment;
  std::vector<payee_store::Payee> payees;
};

// One row of a payment file: the account number in clear.
struct PaymentFileRow {
  payee_store::Payee payee;
  std::string account_number;
};
struct PaymentFile {
  ledger_store::Payment payment;
  std::vector<PaymentFileRow> rows;
};

// 409 payee_account_missing naming each payee without an account, or nothing when all have one.
std::optional<core::Error> RequireAccounts(const std::vector<payee_store::Payee>& payees);

class PayeeService {
 public:
  PayeeService(db::Database& database, const std::optional<crypto::FieldKeys>& keys)
      : database_(database), keys_(keys) {}
  const core::Clock& clock() const { return database_.clock(); }

  core::Result<AccountView> Account(const core::Principal& principal);
  core::Result<AccountView> SetAccount(const core::Actor& actor, const AccountInput& input);
  // A batch's payees with their accounts masked, for officers of the batch's city.
  core::Result<PaymentPayees> Payees(const core::Principal& principal, std::int64_t payment_id);
  // The payment file's rows in clear; audited as a full view of the accounts.
  core::Result<PaymentFile> File(const core::Actor& actor, std::int64_t payment_id, const std::string& format);

 private:
  db::Database& database_;
  const std::optional<crypto::FieldKeys>& keys_;
};

}  // namespace sunshine::subsidy
