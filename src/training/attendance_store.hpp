#pragma once
// The kept attendance of finished classes (db/migrations/V0019__settled_attendance.sql): which
// classes wait to be computed, writing one class's rates, and marking one stale when a counting
// event arrives after it was settled.
#include <cstdint>
#include <vector>

#include "db/database.hpp"

namespace sunshine::training::attendance_store {

struct Unsettled {
  std::int64_t class_id = 0;
  int stale_seen = 0;  // the stale count the computation starts from (0: never computed)
};
// Up to `limit` finished classes not settled, oldest first.
std::vector<Unsettled> ListUnsettled(db::Connection& connection, int limit);
std::int64_t CountUnsettled(db::Connection& connection);

struct KeptRate {
  std::int64_t trainee_id = 0;
  int attended_minutes = 0, planned_minutes = 0, rate_1e4 = 0;
};
// Replaces the class's kept rates and marks it settled unless it went stale again meanwhile
// (then the next round computes it again). The caller holds the transaction.
void Keep(db::Connection& connection, const Unsettled& cls, const std::vector<KeptRate>& rates, std::int64_t now);

// A counting event arrived for a finished class: settle it again (no-op if never settled).
void MarkStale(db::Connection& connection, std::int64_t class_id);

}  // namespace sunshine::training::attendance_store
