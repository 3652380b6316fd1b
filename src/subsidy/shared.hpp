#pragma once
// Small helpers the subsidy services and routes share.
#include <boost/json.hpp>
#include <cstdint>
#include <cstdio>
#include <string>

#include "core/principal.hpp"

namespace sunshine::subsidy {

// The LIKE pattern of a region scope's subtree ("5101%"), or "" (matching no region) for any
// other scope.
inline std::string RegionLike(const core::Scope& scope) {
  return scope.kind == core::ScopeKind::kRegion ? scope.RegionPrefix() + "%" : "";
}

// A text column as JSON: null when empty.
inline boost::json::value TextOrNull(const std::string& text) {
  return text.empty() ? boost::json::value(nullptr) : boost::json::value(text);
}

// Fen as yuan with two decimals, as notices and payment files show money.
inline std::string Yuan(std::int64_t fen) {
  char out[32];
  std::snprintf(out, sizeof out, "%lld.%02lld", static_cast<long long>(fen / 100), static_cast<long long>(fen % 100));
  return out;
}

}  // namespace sunshine::subsidy
