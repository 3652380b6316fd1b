#include "registry/organisation_store.hpp"

#include "db/keyset.hpp"
#include "db/like.hpp"
#include "db/queries/registry.hpp"
#include "registry/occupation_store.hpp"

namespace sunshine::registry::organisation_store {
namespace q = db::queries::registry;
namespace {

struct Buffer {
  long long id = 0, created_at = 0, updated_at = 0;
  int overridden = 0;
  std::string kind, name, credit_code, type, industry, size, region_code, status, sort_key;
  soci::indicator industry_ind = soci::i_null, size_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(kind), soci::into(name), soci::into(credit_code), soci::into(type),
        soci::into(industry, industry_ind), soci::into(size, size_ind), soci::into(region_code), soci::into(status),
        soci::into(overridden), soci::into(created_at), soci::into(updated_at), soci::into(sort_key);
  }
  Row Get() const {
    Row row;
    Organisation& o = row.organisation;
    o.id = id;
    o.kind = kind;
    o.name = name;
    o.credit_code = credit_code;
    o.type = type;
    if (industry_ind == soci::i_ok) o.industry = industry;
    if (size_ind == soci::i_ok) o.size = size;
    o.region_code = region_code;
    o.status = status;
    o.credit_check_overridden = overridden != 0;
    o.created_at = created_at;
    o.updated_at = updated_at;
    row.sort_key = sort_key;
    return row;
  }
};

struct ScopeParams {
  ScopeParams(const OrganisationKind& kind, const core::Scope& scope) : kind_id(kind.id) {
    if (scope.kind == core::ScopeKind::kRegion) region_like = region_like_value = scope.RegionPrefix() + "%";
    all_regions = kind.visible_to_all_regions ? 1 : 0;
    own = own_value = scope.OrganisationId(kind.id);
  }
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(kind_id), soci::use(region_like), soci::use(all_regions), soci::use(region_like_value),
        soci::use(own), soci::use(own_value);
  }
  std::string kind_id, region_like, region_like_value;
  int all_regions = 0;
  long long own = 0, own_value = 0;
};

struct FilterParams {
  explicit FilterParams(const Filter& f)
      : q(f.q),
        like(db::ContainsPattern(f.q)),
        code(f.q),
        type(f.type),
        type_value(f.type),
        status(f.status),
        status_value(f.status),
        region(f.region_code) {
    if (!region.empty()) region_value = core::Scope{core::ScopeKind::kRegion, region}.RegionPrefix() + "%";
  }
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(q), soci::use(like), soci::use(code), soci::use(type), soci::use(type_value), soci::use(status),
        soci::use(status_value), soci::use(region), soci::use(region_value);
  }
  std::string q, like, code, type, type_value, status, status_value, region, region_value;
};

struct Optionals {
  explicit Optionals(const Organisation& o)
      : industry(o.industry.value_or("")),
        size(o.size.value_or("")),
        industry_ind(o.industry ? soci::i_ok : soci::i_null),
        size_ind(o.size ? soci::i_ok : soci::i_null) {}
  std::string industry, size;
  soci::indicator industry_ind, size_ind;
};
// What the list may be sorted by: the keys the routes accept (kSortable).
const db::SortColumns kSortColumns{"o", kSortable};
}  // namespace

std::vector<Row> List(db::Connection& connection, const OrganisationKind& kind, const core::Scope& scope,
                      const Filter& filter, const core::Sort& sort, const core::Cursor& after, int limit) {
  Buffer buffer;
  db::KeysetParams keyset(sort, after, limit);
  ScopeParams scope_params(kind, scope);
  FilterParams filter_params(filter);
  return db::ListSorted(connection, q::kListOrganisations, kSortColumns, buffer, keyset, scope_params, filter_params);
}

core::Total Count(db::Connection& connection, const OrganisationKind& kind, const core::Scope& scope,
                   const Filter& filter) {
  ScopeParams scope_params(kind, scope);
  FilterParams filter_params(filter);
  return db::CountCapped(connection, q::kCountOrganisations, scope_params, filter_params);
}

std::optional<Organisation> Find(db::Connection& connection, const OrganisationKind& kind, const core::Scope& scope,
                                 std::int64_t id) {
  Buffer buffer;
  ScopeParams scope_params(kind, scope);
  auto found = db::FindOne(connection, q::kFindOrganisationInScope, buffer, id, scope_params);
  if (!found) return std::nullopt;
  return found->organisation;
}

bool CreditCodeTaken(db::Connection& connection, const std::string& kind, const std::string& credit_code) {
  long long id = 0;
  connection.sql() << connection.Text(q::kFindOrganisationByCreditCode), soci::use(kind), soci::use(credit_code),
      soci::into(id);
  return connection.sql().got_data();
}

std::int64_t Insert(db::Connection& connection, const Organisation& o) {
  Optionals optionals(o);
  long long id = 0, created = o.created_at, updated = o.updated_at;
  int overridden = o.credit_check_overridden ? 1 : 0;
  connection.sql() << connection.Text(q::kInsertOrganisation), soci::use(o.kind), soci::use(o.name),
      soci::use(o.credit_code), soci::use(o.type), soci::use(optionals.industry, optionals.industry_ind),
      soci::use(optionals.size, optionals.size_ind), soci::use(o.region_code), soci::use(o.status),
      soci::use(overridden), soci::use(created), soci::use(updated), soci::into(id);
  return id;
}

void Update(db::Connection& connection, const Organisation& o) {
  Optionals optionals(o);
  long long id = o.id, updated = o.updated_at;
  connection.sql() << connection.Text(q::kUpdateOrganisation), soci::use(o.name), soci::use(o.type),
      soci::use(optionals.industry, optionals.industry_ind), soci::use(optionals.size, optionals.size_ind),
      soci::use(o.region_code), soci::use(o.status), soci::use(updated), soci::use(id);
}

}  // namespace sunshine::registry::organisation_store
