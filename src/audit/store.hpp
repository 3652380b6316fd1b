#pragma once
// Append-only storage of the audit trail. Append() must run inside the caller's transaction,
// the one that makes the change it records: both commit or neither does.
#include <optional>
#include <vector>

#include "audit/chain.hpp"
#include "core/principal.hpp"
#include "db/database.hpp"

namespace sunshine::audit {

struct Entry {
  std::string action;
  std::string object_type;
  std::string object_id;
  std::string outcome = "success";
  std::string detail = "{}";
  // For events with no signed-in principal (a failed sign-in), who the caller claimed to be.
  std::string claimed_username;
};

// Appends one record for `actor` and returns its seq. Precondition: a Transaction is open on
// `connection`. Takes the chain head's row lock until that transaction ends.
std::int64_t Append(db::Connection& connection, const core::Actor& actor, const Entry& entry);

// Which records a reader asks for; empty or 0 fields select everything.
struct RecordFilter {
  std::int64_t from = 0, to = 0;  // UTC millis, [from, to)
  std::string username;           // exactly
  std::string action_prefix;      // "training:" or a whole action
};

// Records in ascending seq after `after`, at most `limit`.
std::vector<AuditRecord> List(db::Connection& connection, std::int64_t after, int limit,
                              const RecordFilter& filter = {});

// Walks the whole chain in seq order (streaming, constant memory) and compares it with the head.
VerifyReport Verify(db::Database& database);

}  // namespace sunshine::audit
