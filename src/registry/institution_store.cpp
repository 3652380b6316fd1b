#include "registry/institution_store.hpp"

#include "db/keyset.hpp"
#include "db/like.hpp"
#include "db/queries/registry.hpp"
#include "registry/occupation_store.hpp"

namespace sunshine::registry::institution_store {
namespace q = db::queries::registry;
namespace {

struct Buffer {
  long long id = 0, created_at = 0, updated_at = 0;
  int exposed = 0, integrity = 0, overridden = 0;
  std::string name, credit_code, type, region_code, status, auditor, exposure_reason, sort_key;
  soci::indicator auditor_ind = soci::i_null, reason_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(name), soci::into(credit_code), soci::into(type), soci::into(region_code),
        soci::into(status), soci::into(auditor, auditor_ind), soci::into(exposed),
        soci::into(exposure_reason, reason_ind), soci::into(integrity), soci::into(overridden), soci::into(created_at),
        soci::into(updated_at), soci::into(sort_key);
  }
  Row Get() const {
    Institution i;
    i.id = id;
    i.name = name;
    i.credit_code = credit_code;
    i.type = type;
    i.region_code = region_code;
    i.status = status;
    if (auditor_ind == soci::i_ok) i.assigned_auditor = auditor;
    i.exposed = exposed != 0;
    if (reason_ind == soci::i_ok) i.exposure_reason = exposure_reason;
    i.integrity_model = integrity != 0;
    i.credit_check_overridden = overridden != 0;
    i.created_at = created_at;
    i.updated_at = updated_at;
    return {i, sort_key};
  }
};

// The scope as the branches of the queries' OR, each in the text only when the scope has it
// (db::FillBranch): a region subtree, the institution itself, or the institutions whose review an
// auditor organisation is assigned. A scope with none of them finds nothing.
struct ScopeParams {
  explicit ScopeParams(const core::Scope& scope) : own(scope.OrganisationId("institution")) {
    if (scope.kind == core::ScopeKind::kRegion) region_like = scope.RegionPrefix() + "%";
    if (scope.OrganisationId("auditor")) auditor = scope.code;
  }
  void Fill(std::string& text) const {
    db::FillBranch(text, "in_region", !region_like.empty());
    db::FillBranch(text, "itself", own > 0);
    db::FillBranch(text, "audited_by", !auditor.empty());
  }
  void Bind(soci::details::prepare_temp_type& p) {
    if (!region_like.empty()) p, soci::use(region_like);
    if (own > 0) p, soci::use(own);
    if (!auditor.empty()) p, soci::use(auditor);
  }
  long long own;
  std::string region_like, auditor;
};

// The filters the caller set, each in the text only when set (db::FillFilter).
struct FilterParams {
  explicit FilterParams(const Filter& f) : like(db::ContainsPattern(f.q)), code(f.q), status(f.status) {
    if (!f.region_code.empty()) region = core::Scope{core::ScopeKind::kRegion, f.region_code}.RegionPrefix() + "%";
  }
  void Fill(std::string& text) const {
    db::FillFilter(text, "q", !code.empty());
    db::FillFilter(text, "status", !status.empty());
    db::FillFilter(text, "region", !region.empty());
  }
  void Bind(soci::details::prepare_temp_type& p) {
    if (!code.empty()) p, soci::use(like), soci::use(code);
    if (!status.empty()) p, soci::use(status);
    if (!region.empty()) p, soci::use(region);
  }
  std::string like, code, status, region;
};

std::vector<Institution> Institutions(std::vector<Row> rows) {
  std::vector<Institution> out;
  for (auto& row : rows) out.push_back(std::move(row.institution));
  return out;
}
// What the list may be sorted by: the keys the routes accept (kSortable).
const db::SortColumns kSortColumns{"i", kSortable};
}  // namespace

std::vector<Row> List(db::Connection& connection, const core::Scope& scope, const Filter& filter,
                      const core::Sort& sort, const core::Cursor& after, int limit) {
  Buffer buffer;
  db::KeysetParams keyset(sort, after, limit);
  ScopeParams scope_params(scope);
  FilterParams filter_params(filter);
  return db::ListSorted(connection, q::kListInstitutions, kSortColumns, buffer, keyset, scope_params, filter_params);
}

core::Total Count(db::Connection& connection, const core::Scope& scope, const Filter& filter) {
  ScopeParams scope_params(scope);
  FilterParams filter_params(filter);
  return db::CountCapped(connection, q::kCountInstitutions, scope_params, filter_params);
}

std::optional<Institution> Find(db::Connection& connection, const core::Scope& scope, std::int64_t id) {
  Buffer buffer;
  ScopeParams scope_params(scope);
  auto found = db::FindOne(connection, q::kFindInstitutionInScope, buffer, id, scope_params);
  if (!found) return std::nullopt;
  return found->institution;
}

bool CreditCodeTaken(db::Connection& connection, const std::string& credit_code) {
  long long id = 0;
  connection.sql() << connection.Text(q::kFindInstitutionByCreditCode), soci::use(credit_code), soci::into(id);
  return connection.sql().got_data();
}

std::int64_t Insert(db::Connection& connection, const Institution& i) {
  long long id = 0, created = i.created_at, updated = i.updated_at;
  int overridden = i.credit_check_overridden ? 1 : 0;
  connection.sql() << connection.Text(q::kInsertInstitution), soci::use(i.name), soci::use(i.credit_code),
      soci::use(i.type), soci::use(i.region_code), soci::use(i.status), soci::use(overridden), soci::use(created),
      soci::use(updated), soci::into(id);
  return id;
}

void UpdateState(db::Connection& connection, const Institution& i) {
  long long id = i.id, updated = i.updated_at;
  int exposed = i.exposed, integrity = i.integrity_model;
  std::string auditor = i.assigned_auditor.value_or(""), reason = i.exposure_reason.value_or("");
  soci::indicator auditor_ind = i.assigned_auditor ? soci::i_ok : soci::i_null;
  soci::indicator reason_ind = i.exposure_reason ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kUpdateInstitutionState), soci::use(i.status), soci::use(auditor, auditor_ind),
      soci::use(exposed), soci::use(reason, reason_ind), soci::use(integrity), soci::use(updated), soci::use(id);
}

void UpdateDetails(db::Connection& connection, const Institution& i) {
  long long id = i.id, updated = i.updated_at;
  connection.sql() << connection.Text(q::kUpdateInstitutionDetails), soci::use(i.name), soci::use(i.type),
      soci::use(i.region_code), soci::use(updated), soci::use(id);
}

void InsertEvent(db::Connection& connection, std::int64_t institution_id, const Event& e) {
  long long id = institution_id, at = e.at;
  std::string from = e.from_status.value_or("");
  soci::indicator from_ind = e.from_status ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertInstitutionEvent), soci::use(id), soci::use(at), soci::use(e.actor),
      soci::use(e.action), soci::use(from, from_ind), soci::use(e.to_status), soci::use(e.reason),
      soci::use(e.request_id);
}

std::vector<Event> ListEvents(db::Connection& connection, std::int64_t institution_id) {
  Event buffer;
  long long id = 0, at = 0, key = institution_id;
  std::string from;
  soci::indicator from_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListInstitutionEvents), soci::into(id), soci::into(at),
       soci::into(buffer.actor), soci::into(buffer.action), soci::into(from, from_ind), soci::into(buffer.to_status),
       soci::into(buffer.reason), soci::use(key));
  statement.execute();
  std::vector<Event> out;
  while (statement.fetch()) {
    Event e = buffer;
    e.id = id;
    e.at = at;
    if (from_ind == soci::i_ok) e.from_status = from;
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Institution> ListPublic(db::Connection& connection, const std::string& list, std::int64_t after,
                                    int limit) {
  Buffer buffer;
  std::string list_a = list, list_b = list;
  long long after_id = after, max_rows = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListPublicInstitutions));
  buffer.Bind(prepared);
  prepared, soci::use(list_a), soci::use(list_b), soci::use(after_id), soci::use(max_rows);
  return Institutions(db::FetchRows(prepared, buffer));
}

}  // namespace sunshine::registry::institution_store
