#pragma once
// Disbursement (拨付, issue 14 item 5; R-F1, R-F2): the province puts its budget in the
// dedicated fund and allocates it to cities; a city turns a payable notice into a payment batch
// (every line still to pay committed from its allocation, or none when the allocation is short)
// and records the treasury's or bank's reference when it is paid. Each operation writes its
// double entries (subsidy/ledger_rules.hpp) under the ledger lock, in one transaction with its
// audit record, so the book balances after every operation.
#include <boost/describe.hpp>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "subsidy/ledger_store.hpp"

namespace sunshine::subsidy {

// POST /api/v1/ledger/budget
struct BudgetInput {
  std::int64_t amount_fen = 0;
  std::string reference;  // the budget document (下达文件文号)
};
BOOST_DESCRIBE_STRUCT(BudgetInput, (), (amount_fen, reference))

// POST /api/v1/ledger/allocations
struct AllocationInput {
  std::string city_code;
  std::int64_t amount_fen = 0;
  std::string reference;
};
BOOST_DESCRIBE_STRUCT(AllocationInput, (), (city_code, amount_fen, reference))

// POST /api/v1/payments
struct PaymentInput {
  std::int64_t notice_id = 0;
};
BOOST_DESCRIBE_STRUCT(PaymentInput, (), (notice_id))

// POST /api/v1/payments/{id}/actions/pay
struct PaidInput {
  std::string reference;  // the treasury's or bank's payment reference
  std::string paid_on;    // YYYY-MM-DD
};
BOOST_DESCRIBE_STRUCT(PaidInput, (), (reference, paid_on))

// One city's money at a glance.
struct CityLedger {
  std::string city_code;
  std::int64_t allocated = 0, available = 0, committed = 0, paid = 0, receivable = 0;
};
struct LedgerView {
  std::int64_t fund = 0, budget = 0;  // the province's (0 for a city's reader)
  std::vector<CityLedger> cities;
  std::int64_t sum = 0;  // of every account: 0 when the book balances
};

// Money moved in one city in one month (GET /api/v1/ledger/months).
struct CityMonth {
  std::string city_code, month;  // "YYYY-MM", in China
  std::int64_t allocated = 0, committed = 0, released = 0, paid = 0, recovered = 0, repaid = 0;
};

class LedgerService {
 public:
  explicit LedgerService(db::Database& database) : database_(database) {}

  core::Result<LedgerView> Budget(const core::Actor& actor, const BudgetInput& input);
  core::Result<LedgerView> Allocate(const core::Actor& actor, const AllocationInput& input);
  core::Result<LedgerView> Ledger(const core::Principal& principal);
  // The months from `from` to `to` ("YYYY-MM", at most 36; default the last twelve up to this
  // month) of the cities in the reader's region: each city-month with money moved.
  // The journal of the reader's cities (the province's with the fund's budget entries), oldest
  // first after entry `after`.
  core::Result<std::vector<ledger_store::JournalEntry>> Journal(const core::Principal& principal, std::int64_t after,
                                                                int limit);
  const core::Clock& clock() const { return database_.clock(); }
  core::Result<std::vector<CityMonth>> Months(const core::Principal& principal, const std::string& from,
                                              const std::string& to);

  core::Result<ledger_store::Payment> CreatePayment(const core::Actor& actor, const PaymentInput& input);
  core::Result<ledger_store::Payment> Pay(const core::Actor& actor, std::int64_t id, const PaidInput& input);
  core::Result<std::vector<ledger_store::Payment>> Payments(const core::Principal& principal, std::int64_t after,
                                                            int limit);
  core::Result<ledger_store::Payment> Payment(const core::Principal& principal, std::int64_t id);

 private:
  db::Database& database_;
};

}  // namespace sunshine::subsidy
