#include "subsidy/ledger_rules.hpp"

namespace sunshine::subsidy::ledger {
namespace {
core::Error Refused(std::string code, std::string message) {
  return core::Error::Of(core::ErrorKind::kConflict, std::move(code), std::move(message));
}

core::Result<Entry> Move(Kind kind, const std::string& city, const std::string& line, std::int64_t amount_fen,
                         const std::string& from, const std::string& to) {
  if (amount_fen <= 0) {
    return core::Error::Invalid("invalid_fields", "金额必须大于零", {{"amount_fen", "not_positive"}});
  }
  // Debit where the money goes, credit where it comes from: the two sum to zero.
  return Entry{kind, city, line, amount_fen, {{to, amount_fen}, {from, -amount_fen}}};
}
}  // namespace

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kBudget: return "budget";
    case Kind::kAllocate: return "allocate";
    case Kind::kCommit: return "commit";
    case Kind::kRelease: return "release";
    case Kind::kPay: return "pay";
    case Kind::kRecover: return "recover";
    case Kind::kRepay: return "repay";
  }
  return "budget";
}

std::string Account(std::string_view name, std::string_view city) {
  return city.empty() ? std::string(name) : std::string(name) + ":" + std::string(city);
}

core::Result<Entry> Budget(std::int64_t amount_fen) {
  return Move(Kind::kBudget, "", "", amount_fen, Account("treasury"), Account("fund"));
}

core::Result<Entry> Allocate(const std::string& city, std::int64_t amount_fen, const BalanceOf& balance) {
  if (amount_fen > 0 && balance(Account("fund")) < amount_fen) {
    return Refused("insufficient_fund", "专项资金余额不足");
  }
  return Move(Kind::kAllocate, city, "", amount_fen, Account("fund"), Account("available", city));
}

core::Result<Entry> Commit(const std::string& city, const std::string& line, std::int64_t amount_fen,
                           const LineTotals& totals, const BalanceOf& balance) {
  if (totals.Outstanding() > 0 || totals.paid > 0) {
    return Refused("line_already_committed", "该补贴条目已纳入拨付");
  }
  if (amount_fen > 0 && balance(Account("available", city)) < amount_fen) {
    return Refused("insufficient_allocation", "该市可用补贴资金不足");
  }
  return Move(Kind::kCommit, city, line, amount_fen, Account("available", city), Account("committed", city));
}

core::Result<Entry> Release(const std::string& city, const std::string& line, const LineTotals& totals) {
  if (totals.Outstanding() <= 0) return Refused("line_not_committed", "该补贴条目没有待拨付金额");
  return Move(Kind::kRelease, city, line, totals.Outstanding(), Account("committed", city),
              Account("available", city));
}

core::Result<Entry> Pay(const std::string& city, const std::string& line, const LineTotals& totals) {
  if (totals.Outstanding() <= 0) return Refused("line_not_committed", "该补贴条目没有待拨付金额");
  return Move(Kind::kPay, city, line, totals.Outstanding(), Account("committed", city), Account("paid", city));
}

core::Result<Entry> Recover(const std::string& city, const std::string& line, std::int64_t amount_fen,
                            const LineTotals& totals) {
  if (amount_fen > totals.Recoverable()) return Refused("recovery_exceeds_paid", "追回金额超过已拨付未追回金额");
  return Move(Kind::kRecover, city, line, amount_fen, Account("paid", city), Account("receivable", city));
}

core::Result<Entry> Repay(const std::string& city, const std::string& line, std::int64_t amount_fen,
                          const LineTotals& totals) {
  if (amount_fen > totals.Owed()) return Refused("repayment_exceeds_order", "退回金额超过应追回未退回金额");
  return Move(Kind::kRepay, city, line, amount_fen, Account("receivable", city), Account("available", city));
}

LineTotals After(LineTotals t, const Entry& e) {
  switch (e.kind) {
    case Kind::kCommit: t.committed += e.amount_fen; break;
    case Kind::kRelease: t.released += e.amount_fen; break;
    case Kind::kPay: t.paid += e.amount_fen; break;
    case Kind::kRecover: t.ordered += e.amount_fen; break;
    case Kind::kRepay: t.repaid += e.amount_fen; break;
    case Kind::kBudget:
    case Kind::kAllocate: break;
  }
  return t;
}

std::int64_t Book::Balance(const std::string& account) const {
  const auto it = balances_.find(account);
  return it == balances_.end() ? 0 : it->second;
}

const LineTotals& Book::Line(const std::string& line) const {
  static const LineTotals kNone;
  const auto it = lines_.find(line);
  return it == lines_.end() ? kNone : it->second;
}

void Book::Apply(const Entry& entry) {
  for (const auto& p : entry.postings) balances_[p.account] += p.amount_fen;
  if (!entry.line.empty()) lines_[entry.line] = After(Line(entry.line), entry);
}

std::int64_t Book::Sum() const {
  std::int64_t sum = 0;
  for (const auto& [account, balance] : balances_) sum += balance;
  return sum;
}

}  // namespace sunshine::subsidy::ledger
