#include "core/principal.hpp"

#include <charconv>

namespace sunshine::core {

std::int64_t Scope::OrganisationId(std::string_view org_kind) const {
  if (kind != ScopeKind::kOrganisation || code.size() <= org_kind.size() + 1 || !code.starts_with(org_kind) ||
      code[org_kind.size()] != ':') {
    return 0;
  }
  std::int64_t id = 0;
  const char* begin = code.data() + org_kind.size() + 1;
  auto [end, ec] = std::from_chars(begin, code.data() + code.size(), id);
  return ec == std::errc{} && end == code.data() + code.size() && id > 0 ? id : 0;
}

std::string Scope::RegionPrefix() const {
  if (kind != ScopeKind::kRegion) return {};
  std::string prefix = code;
  // Administrative codes pad the lower levels with "00": strip whole pairs from the right.
  while (prefix.size() > 2 && prefix.ends_with("00")) prefix.resize(prefix.size() - 2);
  return prefix;
}

std::string Scope::RegionPrefixEnd() const {
  std::string end = RegionPrefix();
  // Codes are digits: add one with carry (no administrative code is all nines, the one case
  // where the sum would be longer). Empty (no region) stays empty.
  for (auto it = end.rbegin(); it != end.rend(); ++it) {
    if (*it != '9') {
      ++*it;
      return end;
    }
    *it = '0';
  }
  return end.empty() ? end : "1" + end;
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
