#pragma once
// Use cases of check-in terminals (R-W3): an institution registers a device (its Ed25519 public
// key and the venues it serves) and gets the key id it signs uploads under; officers of the
// institution's region revoke one with a reason. Both audited in their transaction.
#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "training/terminal_rules.hpp"
#include "training/terminal_store.hpp"

namespace sunshine::training {

class TerminalService {
 public:
  explicit TerminalService(db::Database& database) : database_(database) {}
  // The platform's clock (the database's), for routes that show time-dependent facts.
  const core::Clock& clock() const { return database_.clock(); }

  core::Result<std::vector<TerminalRecord>> List(const core::Principal& principal, std::int64_t after, int limit);
  core::Result<TerminalRecord> Get(const core::Principal& principal, std::int64_t id);
  core::Result<TerminalRecord> Register(const core::Actor& actor, const TerminalInput& input);
  core::Result<TerminalRecord> Revoke(const core::Actor& actor, std::int64_t id, const std::string& reason);

 private:
  db::Database& database_;
};

}  // namespace sunshine::training
