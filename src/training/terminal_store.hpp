#pragma once
// Terminals and the venues they serve, in SQL, on the caller's connection and transaction.
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "db/database.hpp"

namespace sunshine::training {

struct TerminalRecord {
  std::int64_t id = 0, institution_id = 0;
  std::string institution_name, key_id, kind = "checkin", name, public_key, status;
  std::int64_t created_at = 0;
  std::string created_by;
  std::optional<std::int64_t> revoked_at;
  std::optional<std::string> revoked_by, revoked_reason;
  std::vector<std::pair<std::int64_t, std::string>> venues;  // id, name
};

namespace terminal_store {
std::optional<TerminalRecord> Find(db::Connection& connection, const core::Scope& scope, std::int64_t id);
// Newest first; `after` is the last id of the previous page (0: from the newest).
std::vector<TerminalRecord> List(db::Connection& connection, const core::Scope& scope, std::int64_t after, int limit);
bool PublicKeyTaken(db::Connection& connection, const std::string& public_key);
std::int64_t Insert(db::Connection& connection, const TerminalRecord& terminal);
void AddVenue(db::Connection& connection, std::int64_t terminal_id, std::int64_t venue_id);
// False when the terminal was already revoked.
bool Revoke(db::Connection& connection, std::int64_t id, std::int64_t at, const std::string& by,
            const std::string& reason);
}  // namespace terminal_store
}  // namespace sunshine::training
