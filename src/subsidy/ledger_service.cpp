#include "subsidy/ledger_service.hpp"

#include <boost/json.hpp>

#include <map>

#include "audit/store.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "registry/regions.hpp"
#include "subsidy/notice_rules.hpp"
#include "subsidy/notice_store.hpp"
#include "subsidy/payee_service.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
namespace {
core::Error Forbidden(std::string message) {
  return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", std::move(message));
}
core::Error Conflict(std::string code, std::string message) {
  return core::Error::Of(core::ErrorKind::kConflict, std::move(code), std::move(message));
}
core::Error PaymentNotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "拨付批次不存在"); }

std::string RegionLike(const core::Principal& principal) { return subsidy::RegionLike(principal.scope); }
// The cities a region reader's money is read for ("51%", "5101%"): allocation is by city, so a
// county reads its city's.
std::string CityLike(const std::string& prefix) { return prefix.substr(0, std::min<std::size_t>(prefix.size(), 4)) + "%"; }
bool Provincial(const core::Principal& principal) {
  return principal.scope.kind == core::ScopeKind::kRegion && principal.scope.RegionPrefix().size() == 2;
}

// Reads balances inside the caller's transaction, so each entry sees the ones before it.
ledger::BalanceOf Reader(db::Connection& connection) {
  return [&connection](const std::string& account) { return ledger_store::BalanceOf(connection, account); };
}

// Balances for a run of entries in one transaction under the ledger lock: each account is summed
// from the database once, then kept up to date by the entries written, so a batch of n lines
// does not sum the city's postings n times.
class RunningBalances {
 public:
  explicit RunningBalances(db::Connection& connection) : connection_(connection) {}
  ledger::BalanceOf Reader() {
    return [this](const std::string& account) {
      auto it = known_.find(account);
      if (it == known_.end()) it = known_.emplace(account, ledger_store::BalanceOf(connection_, account)).first;
      return it->second;
    };
  }
  void Apply(const ledger::Entry& entry) {
    for (const auto& p : entry.postings) {
      if (const auto it = known_.find(p.account); it != known_.end()) it->second += p.amount_fen;
    }
  }

 private:
  db::Connection& connection_;
  std::map<std::string, std::int64_t> known_;
};

void Audit(db::Connection& connection, const core::Actor& actor, std::string action, std::string type,
           std::string id, boost::json::object detail) {
  audit::Append(connection, actor,
                {.action = std::move(action), .object_type = std::move(type), .object_id = std::move(id),
                 .detail = boost::json::serialize(detail)});
}

// The budget and allocation inputs: a positive amount and the document behind it.
std::vector<core::FieldError> CheckMoney(std::int64_t amount_fen, const std::string& reference) {
  std::vector<core::FieldError> errors;
  if (amount_fen <= 0) errors.push_back({"amount_fen", "not_positive"});
  if (core::IsBlank(reference)) errors.push_back({"reference", "required"});
  return errors;
}
}  // namespace

core::Result<LedgerView> LedgerService::Budget(const core::Actor& actor, const BudgetInput& input) {
  if (!Provincial(*actor.principal)) return Forbidden("只有省级人社部门可以登记专项资金");
  auto errors = CheckMoney(input.amount_fen, input.reference);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "资金信息有误", std::move(errors));
  {
    db::Connection connection(database_);
    db::Transaction transaction(connection);
    ledger_store::TakeLock(connection);
    auto entry = ledger::Budget(input.amount_fen);
    if (!entry) return entry.error();
    const auto id = ledger_store::Write(connection, *entry,
                                        {0, 0, input.reference, actor.principal->username, database_.clock().Now()});
    Audit(connection, actor, "subsidy:ledger:budget", "ledger_entry", std::to_string(id),
          {{"amount_fen", input.amount_fen}, {"reference", input.reference}});
    transaction.Commit();
  }
  return Ledger(*actor.principal);
}

core::Result<LedgerView> LedgerService::Allocate(const core::Actor& actor, const AllocationInput& input) {
  if (!Provincial(*actor.principal)) return Forbidden("只有省级人社部门可以向市州分配资金");
  auto errors = CheckMoney(input.amount_fen, input.reference);
  db::Connection connection(database_);
  const auto city = registry::FindRegion(connection, input.city_code);
  if (!city || city->level != "prefecture") errors.push_back({"city_code", "unknown"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "资金信息有误", std::move(errors));
  {
    db::Transaction transaction(connection);
    ledger_store::TakeLock(connection);
    auto entry = ledger::Allocate(input.city_code, input.amount_fen, Reader(connection));
    if (!entry) return entry.error();
    const auto id = ledger_store::Write(connection, *entry,
                                        {0, 0, input.reference, actor.principal->username, database_.clock().Now()});
    Audit(connection, actor, "subsidy:ledger:allocate", "ledger_entry", std::to_string(id),
          {{"city_code", input.city_code}, {"amount_fen", input.amount_fen}, {"reference", input.reference}});
    transaction.Commit();
  }
  return Ledger(*actor.principal);
}

core::Result<LedgerView> LedgerService::Ledger(const core::Principal& principal) {
  const auto prefix = principal.scope.kind == core::ScopeKind::kRegion ? principal.scope.RegionPrefix() : "";
  if (prefix.empty()) return Forbidden("只有人社部门可以查看资金台账");
  db::Connection connection(database_);
  LedgerView view;
  std::map<std::string, CityLedger> cities;
  for (const auto& [account, balance] : ledger_store::Balances(connection)) {
    view.sum += balance;
    const auto colon = account.find(':');
    if (colon == std::string::npos) {
      if (prefix.size() == 2 && account == "fund") view.fund = balance;
      if (prefix.size() == 2 && account == "treasury") view.budget = -balance;
      continue;
    }
    const auto city = account.substr(colon + 1), name = account.substr(0, colon);
    // The cities within the reader's region (a county would read its city's: allocation is by city).
    if (!city.starts_with(prefix) && !prefix.starts_with(city.substr(0, 4))) continue;
    auto& c = cities[city];
    c.city_code = city;
    if (name == "available") c.available = balance;
    if (name == "committed") c.committed = balance;
    if (name == "paid") c.paid = balance;
    if (name == "receivable") c.receivable = balance;
  }
  for (auto& [code, c] : cities) {
    c.allocated = c.available + c.committed + c.paid + c.receivable;
    view.cities.push_back(c);
  }
  if (prefix.size() != 2) view.sum = 0;  // the whole book's sum is the province's to read
  return view;
}

namespace {
bool IsMonth(const std::string& month) { return month.size() == 7 && core::IsDate(month + "-01"); }
int MonthIndex(const std::string& month) { return std::stoi(month.substr(0, 4)) * 12 + std::stoi(month.substr(5, 2)) - 1; }
std::string MonthOf(int index) {
  char out[8];
  std::snprintf(out, sizeof out, "%04d-%02d", index / 12, index % 12 + 1);
  return out;
}
}  // namespace

core::Result<std::vector<ledger_store::JournalEntry>> LedgerService::Journal(const core::Principal& principal,
                                                                             std::int64_t after, int limit) {
  const auto prefix = principal.scope.kind == core::ScopeKind::kRegion ? principal.scope.RegionPrefix() : "";
  if (prefix.empty()) return Forbidden("只有人社部门可以查看资金台账");
  db::Connection connection(database_);
  return ledger_store::Journal(connection, CityLike(prefix),
                               prefix.size() == 2, after, limit);
}

core::Result<std::vector<CityMonth>> LedgerService::Months(const core::Principal& principal, const std::string& from,
                                                           const std::string& to) {
  const auto prefix = principal.scope.kind == core::ScopeKind::kRegion ? principal.scope.RegionPrefix() : "";
  if (prefix.empty()) return Forbidden("只有人社部门可以查看资金台账");
  const std::string this_month = database_.clock().Today().substr(0, 7);
  const std::string last = to.empty() ? this_month : to;
  std::vector<core::FieldError> errors;
  if (!from.empty() && !IsMonth(from)) errors.push_back({"from", "not_a_month"});
  if (!IsMonth(last)) errors.push_back({"to", "not_a_month"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "月份须为 YYYY-MM", std::move(errors));
  const std::string first = from.empty() ? MonthOf(MonthIndex(last) - 11) : from;
  if (MonthIndex(first) > MonthIndex(last)) errors.push_back({"from", "after_to"});
  if (MonthIndex(last) - MonthIndex(first) >= 36) errors.push_back({"to", "range_too_long", 0, "", "36"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "月份范围有误", std::move(errors));
  const std::string city_like = CityLike(prefix);
  db::Connection connection(database_);
  std::map<std::pair<std::string, std::string>, CityMonth> months;
  for (const auto& s : ledger_store::MonthSums(connection, city_like, *core::AtShanghai(first + "-01", "00:00"),
                                               *core::AtShanghai(MonthOf(MonthIndex(last) + 1) + "-01", "00:00"))) {
    auto& m = months[{s.city_code, s.month}];
    m.city_code = s.city_code;
    m.month = s.month;
    if (s.kind == "allocate") m.allocated += s.amount_fen;
    if (s.kind == "commit") m.committed += s.amount_fen;
    if (s.kind == "release") m.released += s.amount_fen;
    if (s.kind == "pay") m.paid += s.amount_fen;
    if (s.kind == "recover") m.recovered += s.amount_fen;
    if (s.kind == "repay") m.repaid += s.amount_fen;
  }
  std::vector<CityMonth> out;
  for (auto& [key, m] : months) out.push_back(std::move(m));
  return out;
}

core::Result<ledger_store::Payment> LedgerService::CreatePayment(const core::Actor& actor, const PaymentInput& input) {
  const auto region_like = RegionLike(*actor.principal);
  if (region_like.empty()) return Forbidden("只有人社部门可以拨付");
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto notice = notice_store::Find(connection, input.notice_id, region_like);
  if (!notice || !notice->region_code.starts_with(actor.principal->scope.RegionPrefix())) {
    return core::Error::Invalid("invalid_fields", "公示批次不存在", {{"notice_id", "unknown"}});
  }
  if (NoticeStateOn(database_.clock().Today(), notice->ends_on, notice->open_objections) != NoticeState::kPayable) {
    return Conflict("notice_not_payable", "公示期未满或仍有未答复的异议，暂不能拨付");
  }
  if (ledger_store::NoticePaidOut(connection, input.notice_id)) {
    return Conflict("already_paid_out", "该公示批次已生成拨付批次");
  }
  ledger_store::TakeLock(connection);
  const auto lines = ledger_store::PayableLines(connection, input.notice_id);
  ledger_store::Payment payment;
  payment.notice_id = input.notice_id;
  payment.city_code = notice->region_code;
  payment.status = "committed";
  payment.lines = static_cast<int>(lines.size());
  for (const auto& [line, amount] : lines) payment.amount_fen += amount;
  payment.created_by = actor.principal->username;
  payment.created_at = database_.clock().Now();
  payment.id = ledger_store::InsertPayment(connection, payment);
  RunningBalances balances(connection);
  for (const auto& [line, amount] : lines) {
    const auto key = "claim_line:" + std::to_string(line);
    auto entry = ledger::Commit(payment.city_code, key, amount, ledger_store::LineTotalsOf(connection, line),
                                balances.Reader());
    if (!entry) return entry.error();  // the whole batch or nothing
    balances.Apply(*entry);
    ledger_store::Write(connection, *entry,
                        {line, payment.id, "notice:" + std::to_string(input.notice_id), payment.created_by,
                         payment.created_at});
  }
  Audit(connection, actor, "subsidy:payment:create", "payment", std::to_string(payment.id),
        {{"notice_id", input.notice_id}, {"lines", payment.lines}, {"amount_fen", payment.amount_fen}});
  transaction.Commit();
  return payment;
}

core::Result<ledger_store::Payment> LedgerService::Pay(const core::Actor& actor, std::int64_t id,
                                                       const PaidInput& input) {
  std::vector<core::FieldError> errors;
  if (core::IsBlank(input.reference)) errors.push_back({"reference", "required"});
  if (!core::IsDate(input.paid_on)) errors.push_back({"paid_on", "not_a_date"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "请填写支付凭证号和支付日期", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto payment = ledger_store::FindPayment(connection, id, RegionLike(*actor.principal));
  if (!payment) return PaymentNotFound();
  if (payment->status != "committed") return Conflict("payment_paid", "该拨付批次已登记支付");
  // Paid into the accounts the payees have now, kept with the batch.
  const auto payees = payee_store::PayeesOf(connection, id, false);
  if (auto missing = RequireAccounts(payees)) return *missing;
  ledger_store::TakeLock(connection);
  payee_store::RecordPaidPayees(connection, id, payees);
  payment->status = "paid";
  payment->paid_reference = input.reference;
  payment->paid_on = input.paid_on;
  payment->paid_by = actor.principal->username;
  payment->paid_at = database_.clock().Now();
  for (const auto& [line, amount] : ledger_store::PaymentLines(connection, id)) {
    auto entry = ledger::Pay(payment->city_code, "claim_line:" + std::to_string(line),
                             ledger_store::LineTotalsOf(connection, line));
    if (!entry) continue;  // released since: nothing left to pay on that line
    ledger_store::Write(connection, *entry, {line, id, input.reference, payment->paid_by, payment->paid_at});
  }
  if (!ledger_store::MarkPaid(connection, *payment)) return Conflict("payment_paid", "该拨付批次已登记支付");
  Audit(connection, actor, "subsidy:payment:pay", "payment", std::to_string(id),
        {{"reference", input.reference}, {"paid_on", input.paid_on}, {"amount_fen", payment->amount_fen}});
  transaction.Commit();
  return *payment;
}

core::Result<std::vector<ledger_store::Payment>> LedgerService::Payments(const core::Principal& principal,
                                                                         std::int64_t after, int limit) {
  const auto region_like = RegionLike(principal);
  if (region_like.empty()) return Forbidden("只有人社部门可以查看拨付");
  db::Connection connection(database_);
  return ledger_store::Payments(connection, region_like, after, limit);
}

core::Result<ledger_store::Payment> LedgerService::Payment(const core::Principal& principal, std::int64_t id) {
  db::Connection connection(database_);
  auto payment = ledger_store::FindPayment(connection, id, RegionLike(principal));
  if (!payment) return PaymentNotFound();
  return *payment;
}

}  // namespace sunshine::subsidy
