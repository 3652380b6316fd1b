#pragma once
// Small helpers the subsidy services and routes share.
#include <boost/json.hpp>
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

}  // namespace sunshine::subsidy
