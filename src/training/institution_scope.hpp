#pragma once
// The caller's scope over records owned by an institution (classes, terminals), bound as the
// four parameters the training queries take: a region subtree by the record's region, or the
// institution itself ("institution:N").
#include <soci/soci.h>

#include <string>

#include "core/principal.hpp"

namespace sunshine::training {

struct InstitutionScopeParams {
  explicit InstitutionScopeParams(const core::Scope& scope) {
    if (scope.kind == core::ScopeKind::kRegion) region_like = region_like_value = scope.RegionPrefix() + "%";
    if (const auto own = scope.OrganisationId("institution")) org = org_id = std::to_string(own);
  }
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(region_like), soci::use(region_like_value), soci::use(org), soci::use(org_id);
  }
  std::string region_like, region_like_value, org, org_id;
};

}  // namespace sunshine::training
