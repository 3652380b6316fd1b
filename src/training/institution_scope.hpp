#pragma once
// The caller's scope over records owned by an institution (classes, terminals, their events):
// bound as the four parameters of the guarded form most training queries take (a region
// subtree by the record's region, or the institution itself, "institution:N"), or as the one
// condition that fits it in the lists' `{scope}` marker (InstitutionScopeFilter).
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

// The same scope for the lists and their counts, as the one condition that fits it, in the
// query's `{scope}` marker: a county is an equality and an institution its id, which the indexes
// on (region_code, start_date, id), (region_code, id) and (institution_id, id) serve, so a
// county's page reads its own rows instead of walking the province's in the list's order past
// everyone else's. A city or the province is a LIKE for a list, under which the list walks its
// order index and stops at the page (ADR 0005), and a code range for a count, which the region
// index serves. One text per kind of scope, so a kept statement's plan fits every use of it
// (db::FillFilter). Binds the parameters its condition names.
class InstitutionScopeFilter {
 public:
  enum class Shape { kList, kCount };
  // `alias`: the table whose region_code and institution_id the scope reads ("c").
  InstitutionScopeFilter(const core::Scope& scope, std::string_view alias, Shape shape = Shape::kList) {
    const std::string a(alias);
    const auto prefix = scope.RegionPrefix();
    if (scope.kind == core::ScopeKind::kRegion && prefix.size() == scope.code.size()) {
      condition_ = a + ".region_code = :scope_region";
      first_ = prefix;
      texts_ = 1;
    } else if (scope.kind == core::ScopeKind::kRegion && shape == Shape::kCount) {
      condition_ = "(" + a + ".region_code >= :scope_from AND " + a + ".region_code < :scope_to)";
      first_ = prefix;
      second_ = scope.RegionPrefixEnd();
      texts_ = 2;
    } else if (scope.kind == core::ScopeKind::kRegion) {
      condition_ = a + ".region_code LIKE :scope_region_like";
      first_ = prefix + "%";
      texts_ = 1;
    } else if (const auto own = scope.OrganisationId("institution")) {
      condition_ = a + ".institution_id = :scope_institution";
      id_ = own;
    }
  }
  void Fill(std::string& text) const { db::FillMarker(text, "{scope}", condition_); }
  void Bind(soci::details::prepare_temp_type& p) {
    if (texts_ > 0) p, soci::use(first_);
    if (texts_ > 1) p, soci::use(second_);
    if (id_ > 0) p, soci::use(id_);
  }

 private:
  std::string condition_ = "1 = 0";  // no scope over institutions: nothing
  std::string first_, second_;
  int texts_ = 0;  // how many of them the condition binds
  long long id_ = 0;
};

}  // namespace sunshine::training
