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

// The kind, then the scope as the branches of the queries' OR, each in the text only when the
// scope has it (db::FillBranch): a region subtree, every region for a kind chosen province-wide
// (auditors), or the organisation itself. A scope with none of them finds nothing.
struct ScopeParams {
  ScopeParams(const OrganisationKind& kind, const core::Scope& scope)
      : kind_id(kind.id), own(scope.OrganisationId(kind.id)) {
    const bool in_region = scope.kind == core::ScopeKind::kRegion;
    any_region = in_region && kind.visible_to_all_regions;
    if (in_region && !any_region) region_like = scope.RegionPrefix() + "%";
  }
  void Fill(std::string& text) const {
    db::FillBranch(text, "in_region", !region_like.empty());
    db::FillBranch(text, "any_region", any_region);
    db::FillBranch(text, "itself", own > 0);
  }
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(kind_id);
    if (!region_like.empty()) p, soci::use(region_like);
    if (own > 0) p, soci::use(own);
  }
  std::string kind_id, region_like;
  bool any_region = false;
  long long own;
};

// The filters the caller set, each in the text only when set (db::FillFilter).
struct FilterParams {
  explicit FilterParams(const Filter& f)
      : like(db::ContainsPattern(f.q)), code(f.q), type(f.type), status(f.status) {
    if (!f.region_code.empty()) region = core::Scope{core::ScopeKind::kRegion, f.region_code}.RegionPrefix() + "%";
  }
  void Fill(std::string& text) const {
    db::FillFilter(text, "q", !code.empty());
    db::FillFilter(text, "type", !type.empty());
    db::FillFilter(text, "status", !status.empty());
    db::FillFilter(text, "region", !region.empty());
  }
  void Bind(soci::details::prepare_temp_type& p) {
    if (!code.empty()) p, soci::use(like), soci::use(code);
    if (!type.empty()) p, soci::use(type);
    if (!status.empty()) p, soci::use(status);
    if (!region.empty()) p, soci::use(region);
  }
  std::string like, code, type, status, region;
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
