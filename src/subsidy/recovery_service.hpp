#pragma once
// Recovery (追回, issue 14 item 6; R-F2): from a confirmed finding, an officer orders the payee
// to repay paid claim lines; each line moves in the ledger from paid to receivable, and each
// repayment moves back to the city's available money, line by line in order, until the order is
// settled. Every step is one transaction under the ledger lock with its audit record. The
// institution found cheating is suspended, exited or exposed through its lifecycle with the
// finding as the reason (docs/subsidy-claims.md).
#include <boost/describe.hpp>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "subsidy/ledger_store.hpp"

namespace sunshine::subsidy {

// POST /api/v1/recoveries
struct RecoveryInput {
  std::int64_t claim_id = 0;
  std::vector<std::int64_t> trainee_ids;  // the paid lines concerned
  std::string source;                     // spot_check, claim_audit, objection, risk_case, other
  std::string source_reference;           // the finding: "inspection:12", "objection:3", a case number
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(RecoveryInput, (), (claim_id, trainee_ids, source, source_reference, reason))

// POST /api/v1/recoveries/{id}/repayments
struct RepaymentInput {
  std::int64_t amount_fen = 0;
  std::string reference;  // the bank's or treasury's receipt
};
BOOST_DESCRIBE_STRUCT(RepaymentInput, (), (amount_fen, reference))

class RecoveryService {
 public:
  explicit RecoveryService(db::Database& database) : database_(database) {}

  core::Result<ledger_store::Recovery> Create(const core::Actor& actor, const RecoveryInput& input);
  core::Result<ledger_store::Recovery> Repay(const core::Actor& actor, std::int64_t id, const RepaymentInput& input);
  // The payee its own orders; officers those of the cities in their region.
  core::Result<std::vector<ledger_store::Recovery>> List(const core::Principal& principal, std::int64_t after,
                                                         int limit);
  core::Result<ledger_store::Recovery> Get(const core::Principal& principal, std::int64_t id);

 private:
  db::Database& database_;
};

}  // namespace sunshine::subsidy
