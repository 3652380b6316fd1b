#pragma once
// How the generator's phases call the services: as the province's officer, named "generator" in
// the audit trail, and treating any refusal as a bug of the generator (its data must pass every
// rule the API applies), which ends the run naming what was refused and why.
#include <stdexcept>
#include <string>

#include "core/principal.hpp"
#include "core/result.hpp"

namespace sunshine::generator {

// Anyone the generator acts as (an institution filing, a county approving), named "generator".
inline core::Actor GeneratorAs(std::string role, core::ScopeKind kind, std::string scope) {
  core::Principal p{.username = "generator", .role = std::move(role), .scope = {kind, std::move(scope)}};
  return {.principal = p, .request_id = "generator", .client_ip = "local", .system_name = "generator"};
}
inline core::Actor GeneratorActor() { return GeneratorAs("province_officer", core::ScopeKind::kRegion, "510000"); }

template <class T>
T Must(core::Result<T> result, const std::string& what) {
  if (!result) {
    const auto& e = result.error();
    // Every refusal with its detail (a clash names the other class and session): a generator bug
    // at province scale shows once, an hour into a run.
    std::string fields;
    for (const auto& f : e.fields) {
      fields += (fields.empty() ? " (" : "; ") + f.field + ": " + f.reason + (f.detail.empty() ? "" : " " + f.detail);
    }
    throw std::runtime_error("generator: " + what + " refused: " + e.message + (fields.empty() ? "" : fields + ")"));
  }
  return std::move(*result);
}

}  // namespace sunshine::generator
