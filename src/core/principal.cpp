#include "core/principal.hpp"

namespace sunshine::core {

std::string Scope::RegionPrefix() const {
  if (kind != ScopeKind::kRegion) return {};
  std::string prefix = code;
  // Administrative codes pad the lower levels with "00": strip whole pairs from the right.
  while (prefix.size() > 2 && prefix.ends_with("00")) prefix.resize(prefix.size() - 2);
  return prefix;
}

const char* Scope::KindName(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::kRegion:
      return "region";
    case ScopeKind::kOrganisation:
      return "organisation";
    case ScopeKind::kNone:
      break;
  }
  return "none";
}

std::optional<ScopeKind> Scope::ParseKind(std::string_view name) {
  if (name == "none") return ScopeKind::kNone;
  if (name == "region") return ScopeKind::kRegion;
  if (name == "organisation") return ScopeKind::kOrganisation;
  return std::nullopt;
}

}  // namespace sunshine::core
