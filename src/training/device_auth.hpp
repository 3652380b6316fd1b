#pragma once
// Authentication of check-in terminals by the Ed25519 signature over each request
// (docs/device-signatures.md): the key id names a registered terminal, the signature must
// verify with its key, the timestamp must be within the allowed skew, and a revoked terminal
// is refused. The replay check belongs to the upload's own transaction (RecordSignature), so a
// refused upload can be corrected and sent again while an accepted one can never be replayed.
#include <optional>

#include "auth/guard.hpp"
#include "db/database.hpp"

namespace sunshine::training {

class TerminalAuthenticator : public auth::DeviceAuthenticator {
 public:
  TerminalAuthenticator(db::Database& database, std::int64_t max_skew_ms)
      : database_(database), max_skew_ms_(max_skew_ms) {}
  core::Result<core::Principal> Authenticate(const http::Request& request) override;

 private:
  db::Database& database_;
  std::int64_t max_skew_ms_;
};

// Records the accepted signed request in the replay store, inside the caller's transaction;
// the record's id, or a 409 `replayed` when this terminal already sent exactly this request.
// Precondition: the request was authenticated by TerminalAuthenticator.
core::Result<std::int64_t> RecordSignature(db::Connection& connection, const core::Principal& device,
                                           const http::Request& request, std::int64_t received_at);

}  // namespace sunshine::training
