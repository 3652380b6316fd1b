#pragma once
// The caller's scope over records owned by an institution (classes, terminals), bound as the
// four parameters the training queries take: a region subtree by the record's region, or the
// institution itself ("institution:N").
#include <soci/soci.h>

#include <string>
#include <string_view>

#include "core/principal.hpp"
#include "db/keyset.hpp"

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

// The same scope for the lists, as the one condition that fits it, in the query's `{scope}`
// marker: a county is an equality and an institution its id, which the indexes on
// (region_code, start_date, id), (region_code, id) and (institution_id, id) serve, so a
// county's page reads its own rows instead of walking the province's in the list's order past
// everyone else's; a city or the province a LIKE, under which the list walks its order index
// and stops at the page (ADR 0005). Binds the one parameter its condition names.
class InstitutionScopeFilter {
 public:
  // `alias`: the table whose region_code and institution_id the scope reads ("c").
  InstitutionScopeFilter(const core::Scope& scope, std::string_view alias) {
    const std::string a(alias);
    const auto prefix = scope.RegionPrefix();
    if (scope.kind == core::ScopeKind::kRegion && prefix.size() == scope.code.size()) {
      condition_ = a + ".region_code = :scope_region";
      text_ = prefix;
    } else if (scope.kind == core::ScopeKind::kRegion) {
      condition_ = a + ".region_code LIKE :scope_region_like";
      text_ = prefix + "%";
    } else if (const auto own = scope.OrganisationId("institution")) {
      condition_ = a + ".institution_id = :scope_institution";
      id_ = own;
    }
  }
  void Fill(std::string& text) const { db::FillMarker(text, "{scope}", condition_); }
  void Bind(soci::details::prepare_temp_type& p) {
    if (!text_.empty()) p, soci::use(text_);
    if (id_ > 0) p, soci::use(id_);
  }

 private:
  std::string condition_ = "1 = 0";  // no scope over institutions: nothing
  std::string text_;
  long long id_ = 0;
};

}  // namespace sunshine::training
