#pragma once
// The subsidy ledger in double entry (拨付, issue 14 items 5-6; R-F1, R-F2), as pure rules: what
// each operation posts, and when it is refused. Every entry's postings sum to zero, so the book
// balances after every operation; money moves only along
//   treasury -> fund -> available:<city> -> committed:<city> -> paid:<city> -> receivable:<city>
// and back from committed (released) or receivable (repaid) to available. For each city,
// available + committed + paid + receivable equals what was allocated to it. A claim line's
// own totals (LineTotals) make the line-level checks: committed once, paid only what was
// committed, recovered at most what was paid, repaid at most what was ordered. Amounts are
// integer fen. The database service plans each entry with these rules from stored balances and
// writes its postings in the same transaction as the operation.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace sunshine::subsidy::ledger {

enum class Kind { kBudget, kAllocate, kCommit, kRelease, kPay, kRecover, kRepay };
std::string_view KindName(Kind kind);

// Account names: "treasury" (where the province's budget comes from), "fund" (the province's
// dedicated account, 专账), and per city "available:510100", "committed:...", "paid:...",
// "receivable:...".
std::string Account(std::string_view name, std::string_view city = "");

struct Posting {
  std::string account;
  std::int64_t amount_fen = 0;  // debit positive, credit negative
  bool operator==(const Posting&) const = default;
};

struct Entry {
  Kind kind{};
  std::string city;      // "" for the budget
  std::string line;      // the claim line it concerns ("claim_line:40"), "" for budget and allocation
  std::int64_t amount_fen = 0;
  std::vector<Posting> postings;
};

// What has happened to one claim line in the ledger, in totals.
struct LineTotals {
  std::int64_t committed = 0, released = 0, paid = 0, ordered = 0, repaid = 0;
  std::int64_t Outstanding() const { return committed - released - paid; }  // committed, not yet paid
  std::int64_t Recoverable() const { return paid - ordered; }              // paid, not yet ordered back
  std::int64_t Owed() const { return ordered - repaid; }                   // ordered back, not yet repaid
};

using BalanceOf = std::function<std::int64_t(const std::string& account)>;

// The province's budget put in the fund.
core::Result<Entry> Budget(std::int64_t amount_fen);
// From the fund to a city (refused beyond the fund: insufficient_fund).
core::Result<Entry> Allocate(const std::string& city, std::int64_t amount_fen, const BalanceOf& balance);
// A payable line committed from the city's allocation, once (insufficient_allocation,
// line_already_committed).
core::Result<Entry> Commit(const std::string& city, const std::string& line, std::int64_t amount_fen,
                           const LineTotals& totals, const BalanceOf& balance);
// A committed, unpaid line given back to the allocation (line_not_committed).
core::Result<Entry> Release(const std::string& city, const std::string& line, const LineTotals& totals);
// A committed line paid in full (line_not_committed).
core::Result<Entry> Pay(const std::string& city, const std::string& line, const LineTotals& totals);
// A recovery order for part or all of a paid line (recovery_exceeds_paid).
core::Result<Entry> Recover(const std::string& city, const std::string& line, std::int64_t amount_fen,
                            const LineTotals& totals);
// A repayment against a line's recovery order, back to the city's allocation
// (repayment_exceeds_order).
core::Result<Entry> Repay(const std::string& city, const std::string& line, std::int64_t amount_fen,
                          const LineTotals& totals);

// The line's totals after an entry about it.
LineTotals After(LineTotals totals, const Entry& entry);

// An in-memory book: balances and line totals from the entries applied. The service keeps the
// same in its tables; tests drive this one through random operations.
class Book {
 public:
  std::int64_t Balance(const std::string& account) const;
  const LineTotals& Line(const std::string& line) const;
  void Apply(const Entry& entry);
  // The sum of every balance (zero when every entry balanced).
  std::int64_t Sum() const;
  const std::map<std::string, std::int64_t>& balances() const { return balances_; }
  BalanceOf Reader() const {
    return [this](const std::string& account) { return Balance(account); };
  }

 private:
  std::map<std::string, std::int64_t> balances_;
  std::map<std::string, LineTotals> lines_;
};

}  // namespace sunshine::subsidy::ledger
