#pragma once
// Check-in terminals (R-W3) as an institution registers them: a name, the device's Ed25519
// public key and the venues it serves. Pure checks; the key's validity is crypto's.
#include <boost/describe.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace sunshine::training {

struct TerminalInput {
  std::string name;
  std::string public_key;  // standard base64 of the 32-byte Ed25519 public key
  std::vector<std::int64_t> venue_ids;
};
BOOST_DESCRIBE_STRUCT(TerminalInput, (), (name, public_key, venue_ids))

// Refusals of the input's shape: name, key (a large-order Ed25519 point), at least one venue,
// none twice. Whether the venues are the institution's is the service's to check.
std::vector<core::FieldError> CheckTerminal(const TerminalInput& input);

}  // namespace sunshine::training
