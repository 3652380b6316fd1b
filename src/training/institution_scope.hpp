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

// The same scope as branches an index serves (a code range, the institution's id), for the
// counts (training/count_classes.sql).
struct InstitutionRangeScopeParams {
  explicit InstitutionRangeScopeParams(const core::Scope& scope)
      : org(scope.OrganisationId("institution")), org_id(org) {
    if (scope.kind != core::ScopeKind::kRegion) return;
    region = scope.code;
    region_from = scope.RegionPrefix();
    region_to = scope.RegionPrefixEnd();
  }
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(region), soci::use(region_from), soci::use(region_to), soci::use(org), soci::use(org_id);
  }
  std::string region, region_from, region_to;
  long long org, org_id;
};

}  // namespace sunshine::training
