#pragma once
// Check-in terminals (R-W3) as an institution registers them: a name, the device's Ed25519
// public key and the venues it serves. Pure checks; the key's validity is crypto's.
#include <boost/describe.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace sunshine::training {

struct TerminalInput {
  std::string name;
  std::string public_key;  // standard base64 of the 32-byte Ed25519 public key
  std::vector<std::int64_t> venue_ids;  // empty for an online-learning platform
  // "checkin" (a terminal at venues, the default) or "online" (the platform of the
  // institution's online and mixed classes).
  std::optional<std::string> kind;
};
BOOST_DESCRIBE_STRUCT(TerminalInput, (), (name, public_key, venue_ids, kind))

// Refusals of the input's shape: name, key (a large-order Ed25519 point), kind, at least one
// venue for a check-in terminal and none for an online platform, none twice. Whether the venues are the institution's is the service's to check.
std::vector<core::FieldError> CheckTerminal(const TerminalInput& input);

}  // namespace sunshine::training
