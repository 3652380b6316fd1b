#pragma once
// The ledger and payment batches in SQL (db/queries/subsidy, V0029). Callers hold the
// transaction, take the ledger lock first, and plan each entry with subsidy/ledger_rules.hpp.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/database.hpp"
#include "subsidy/ledger_rules.hpp"

namespace sunshine::subsidy::ledger_store {

void TakeLock(db::Connection& connection);
std::int64_t BalanceOf(db::Connection& connection, const std::string& account);
std::vector<std::pair<std::string, std::int64_t>> Balances(db::Connection& connection);
ledger::LineTotals LineTotalsOf(db::Connection& connection, std::int64_t claim_line_id);

// Where an entry comes from, beside what ledger_rules planned.
struct Origin {
  std::int64_t claim_line_id = 0;  // 0: none
  std::int64_t payment_id = 0;     // 0: none
  std::string reference, actor;
  std::int64_t at = 0;
  std::int64_t recovery_id = 0;  // 0: none
};
std::int64_t Write(db::Connection& connection, const ledger::Entry& entry, const Origin& origin);

struct Payment {
  std::int64_t id = 0, notice_id = 0;
  std::string city_code, status;
  int lines = 0;
  std::int64_t amount_fen = 0;
  std::string created_by;
  std::int64_t created_at = 0;
  std::string paid_reference, paid_on, paid_by;
  std::int64_t paid_at = 0;
};
// A notice's lines still to pay: (claim line id, amount).
std::vector<std::pair<std::int64_t, std::int64_t>> PayableLines(db::Connection& connection, std::int64_t notice_id);
std::int64_t InsertPayment(db::Connection& connection, const Payment& payment);
// Whether a notice already has its payment batch.
bool NoticePaidOut(db::Connection& connection, std::int64_t notice_id);
std::vector<Payment> Payments(db::Connection& connection, const std::string& region_like, std::int64_t after,
                              int limit);
std::optional<Payment> FindPayment(db::Connection& connection, std::int64_t id, const std::string& region_like);
// (claim line id, amount) committed by a batch.
std::vector<std::pair<std::int64_t, std::int64_t>> PaymentLines(db::Connection& connection, std::int64_t payment_id);
bool MarkPaid(db::Connection& connection, const Payment& payment);

// Sums of entries per (city, month in China "YYYY-MM", kind) at or after `from_at` and before
// `to_at`, for cities matching `city_like`.
struct MonthSum {
  std::string city_code, month, kind;
  std::int64_t amount_fen = 0;
};
std::vector<MonthSum> MonthSums(db::Connection& connection, const std::string& city_like, std::int64_t from_at,
                                std::int64_t to_at);

// One entry of the journal as exported.
struct JournalEntry {
  std::int64_t id = 0, at = 0;
  std::string kind, city_code;
  std::int64_t amount_fen = 0, claim_id = 0, trainee_id = 0, payment_id = 0, recovery_id = 0;
  std::string reference, actor;
};
std::vector<JournalEntry> Journal(db::Connection& connection, const std::string& city_like, bool province,
                                  std::int64_t after, int limit);

// A claim's line ids by trainee.
std::map<std::int64_t, std::int64_t> ClaimLineIds(db::Connection& connection, std::int64_t claim_id);

struct Recovery {
  std::int64_t id = 0, claim_id = 0;
  std::string city_code, payee, source, source_reference, reason;
  int lines = 0;
  std::int64_t amount_fen = 0, repaid_fen = 0;
  std::string status, created_by;
  std::int64_t created_at = 0;
};
// Who may read an order: its payee ("institution:12"), or officers of cities within a prefix.
struct RecoveryReach {
  std::string payee = "-";
  std::string region_like;
};
std::int64_t InsertRecovery(db::Connection& connection, const Recovery& recovery);
std::vector<Recovery> Recoveries(db::Connection& connection, const RecoveryReach& reach, std::int64_t after, int limit);
std::optional<Recovery> FindRecovery(db::Connection& connection, std::int64_t id, const RecoveryReach& reach);
// (claim line id, amount ordered) of an order.
std::vector<std::pair<std::int64_t, std::int64_t>> RecoveryLines(db::Connection& connection, std::int64_t recovery_id);
bool UpdateRepaid(db::Connection& connection, const Recovery& recovery, std::int64_t at);

}  // namespace sunshine::subsidy::ledger_store
