#include "training/terminal_rules.hpp"

#include <set>

#include "crypto/request_signature.hpp"

namespace sunshine::training {

std::vector<core::FieldError> CheckTerminal(const TerminalInput& in) {
  std::vector<core::FieldError> errors;
  if (in.name.empty()) errors.push_back({"name", "required"});
  else if (in.name.size() > 200) errors.push_back({"name", "too_long"});
  if (in.public_key.empty()) errors.push_back({"public_key", "required"});
  else if (!crypto::IsEd25519PublicKey(in.public_key)) errors.push_back({"public_key", "not_an_ed25519_key"});
  const std::string kind = in.kind.value_or("checkin");
  if (kind != "checkin" && kind != "online") errors.push_back({"kind", "unknown"});
  if (kind == "checkin" && in.venue_ids.empty()) errors.push_back({"venue_ids", "required"});
  if (kind == "online" && !in.venue_ids.empty()) errors.push_back({"venue_ids", "not_for_online"});
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < in.venue_ids.size(); ++i) {
    if (!seen.insert(in.venue_ids[i]).second) errors.push_back({"venue_ids[" + std::to_string(i) + "]", "duplicate"});
  }
  return errors;
}

}  // namespace sunshine::training
