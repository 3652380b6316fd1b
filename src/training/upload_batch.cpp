#include "training/upload_batch.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "training/checkin_store.hpp"

namespace sunshine::training {
namespace {
// Marks the items the database already had as duplicates and counts what was stored.
void Settle(BatchReceipt& receipt, const std::vector<std::size_t>& row_of, const std::vector<bool>& stored) {
  for (std::size_t i = 0; i < receipt.outcomes.size(); ++i) {
    auto& outcome = receipt.outcomes[i];
    if (row_of[i] != SIZE_MAX && !stored[row_of[i]]) outcome.duplicate = true;
    if (outcome.duplicate) {
      outcome.counts = false;
      outcome.reasons.clear();
      ++receipt.duplicates;
    } else {
      ++receipt.stored;
      if (outcome.counts) ++receipt.counting;
    }
  }
}
}  // namespace

void StoreBatch(db::Connection& connection, const core::Actor& actor, const BatchKind& kind, std::int64_t device_id,
                std::int64_t signed_request_id, std::int64_t received_at, BatchReceipt& receipt,
                const std::vector<std::size_t>& row_of,
                const std::function<std::vector<bool>(std::int64_t batch_id)>& insert) {
  const auto items = receipt.outcomes.size();
  receipt.batch_id =
      checkin_store::InsertBatch(connection, device_id, signed_request_id, received_at, static_cast<int>(items));
  Settle(receipt, row_of, insert(receipt.batch_id));
  checkin_store::FinishBatch(connection, receipt.batch_id, receipt.stored, receipt.duplicates, receipt.counting);
  audit::Append(connection, actor,
                {.action = kind.action, .object_type = kind.object_type, .object_id = std::to_string(receipt.batch_id),
                 .detail = boost::json::serialize(boost::json::object{{kind.items, items},
                                                                      {"stored", receipt.stored},
                                                                      {"duplicates", receipt.duplicates},
                                                                      {"counting", receipt.counting}})});
}

}  // namespace sunshine::training
