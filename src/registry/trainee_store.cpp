#include "registry/trainee_store.hpp"

#include <boost/json.hpp>

#include "db/keyset.hpp"
#include "db/like.hpp"
#include "db/queries/registry.hpp"
#include "registry/occupation_store.hpp"

namespace sunshine::registry::trainee_store {
namespace q = db::queries::registry;
namespace {

struct Buffer {
  long long id = 0, created_at = 0, updated_at = 0;
  std::string name, id_sealed, id_index, sex, birth_date, phone_sealed, phone_index, household, residence, groups,
      employment, org, sort_key;
  soci::indicator org_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(name), soci::into(id_sealed), soci::into(id_index), soci::into(sex),
        soci::into(birth_date), soci::into(phone_sealed), soci::into(phone_index), soci::into(household),
        soci::into(residence), soci::into(groups), soci::into(employment), soci::into(org, org_ind),
        soci::into(created_at), soci::into(updated_at), soci::into(sort_key);
  }
  Row Get() const {
    Row row;
    Trainee& t = row.trainee;
    t.id = id;
    t.name = name;
    t.id_number_sealed = id_sealed;
    t.id_number_index = id_index;
    t.sex = sex;
    t.birth_date = birth_date;
    t.phone_sealed = phone_sealed;
    t.phone_index = phone_index;
    t.household_region_code = household;
    t.residence_region_code = residence;
    t.groups = SplitGroups(groups);
    t.employment_status = employment;
    if (org_ind == soci::i_ok) t.registered_by_org = org;
    t.created_at = created_at;
    t.updated_at = updated_at;
    row.sort_key = sort_key;
    return row;
  }
};

// The scope as bound parameters: a region subtree, the registering organisation, or the
// employing enterprise. Other scopes bind values that match nothing.
struct ScopeParams {
  explicit ScopeParams(const core::Scope& scope) {
    if (scope.kind == core::ScopeKind::kRegion) region_like = like_r = like_h = scope.RegionPrefix() + "%";
    // An institution or enterprise sees the people it registered itself.
    if (scope.kind == core::ScopeKind::kOrganisation) org = org_value = scope.code;
    enterprise = enterprise_value = scope.OrganisationId("enterprise");
  }
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(region_like), soci::use(like_r), soci::use(like_h), soci::use(org),
        soci::use(org_value), soci::use(enterprise), soci::use(enterprise_value);
  }
  std::string region_like, like_r, like_h, org, org_value;
  long long enterprise = 0, enterprise_value = 0;
};

// The same scope with the region subtree as code ranges, as count_trainees.sql binds it.
struct RangeScopeParams {
  explicit RangeScopeParams(const core::Scope& scope) : other(scope) {
    if (scope.kind != core::ScopeKind::kRegion) return;
    region_a = region_b = scope.code;
    residence_from = household_from = scope.RegionPrefix();
    residence_to = household_to = scope.RegionPrefixEnd();
  }
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(region_a), soci::use(residence_from), soci::use(residence_to), soci::use(region_b),
        soci::use(household_from), soci::use(household_to), soci::use(other.org), soci::use(other.org_value),
        soci::use(other.enterprise), soci::use(other.enterprise_value);
  }
  ScopeParams other;  // the organisation and enterprise parts
  std::string region_a, residence_from, residence_to, region_b, household_from, household_to;
};

// What the list may be sorted by: the keys the routes accept, as columns of `t`.
const db::SortColumns kSortColumns{"t", kSortable};

struct FilterParams {
  explicit FilterParams(const Filter& f)
      : q(f.q),
        like(db::ContainsPattern(f.q)),
        id_index(f.id_number_index),
        id_index_value(f.id_number_index),
        phone_index(f.phone_index),
        phone_index_value(f.phone_index),
        group(f.group),
        group_value("%," + f.group + ",%"),
        region(f.region_code),
        status(f.employment_status),
        status_value(f.employment_status) {
    if (!region.empty()) region_r = region_h = core::Scope{core::ScopeKind::kRegion, region}.RegionPrefix() + "%";
  }
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(q), soci::use(like), soci::use(id_index), soci::use(id_index_value), soci::use(phone_index),
        soci::use(phone_index_value), soci::use(group), soci::use(group_value), soci::use(region), soci::use(region_r),
        soci::use(region_h), soci::use(status), soci::use(status_value);
  }
  std::string q, like, id_index, id_index_value, phone_index, phone_index_value, group, group_value, region, region_r,
      region_h, status, status_value;
};

// The columns every write binds, in insert_trainee.sql / update_trainee.sql order.
struct WriteParams {
  explicit WriteParams(const Trainee& t)
      : groups(JoinGroups(t.groups)),
        org(t.registered_by_org.value_or("")),
        org_ind(t.registered_by_org ? soci::i_ok : soci::i_null),
        id(t.id),
        created(t.created_at),
        updated(t.updated_at) {}
  std::string groups, org;
  soci::indicator org_ind;
  long long id, created, updated;
};
}  // namespace

std::vector<Row> List(db::Connection& connection, const core::Scope& scope, const Filter& filter,
                      const core::Sort& sort, const core::Cursor& after, int limit) {
  Buffer buffer;
  db::KeysetParams keyset(sort, after, limit);
  ScopeParams scope_params(scope);
  FilterParams filter_params(filter);
  return db::ListSorted(connection, q::kListTrainees, kSortColumns, buffer, keyset, scope_params, filter_params);
}

core::Total Count(db::Connection& connection, const core::Scope& scope, const Filter& filter) {
  RangeScopeParams scope_params(scope);
  FilterParams filter_params(filter);
  return db::CountCapped(connection, q::kCountTrainees, scope_params, filter_params);
}

std::optional<Trainee> Find(db::Connection& connection, const core::Scope& scope, std::int64_t id) {
  Buffer buffer;
  ScopeParams scope_params(scope);
  auto found = db::FindOne(connection, q::kFindTraineeInScope, buffer, id, scope_params);
  if (!found) return std::nullopt;
  return found->trainee;
}

std::optional<Trainee> FindById(db::Connection& connection, std::int64_t id) {
  Buffer buffer;
  auto found = db::FindOne(connection, q::kFindTrainee, buffer, id);
  if (!found) return std::nullopt;
  return found->trainee;
}

std::optional<std::int64_t> FindByIdNumberIndex(db::Connection& connection, const std::string& index) {
  long long id = 0;
  connection.sql() << connection.Text(q::kFindTraineeByIdIndex), soci::use(index), soci::into(id);
  if (!connection.sql().got_data()) return std::nullopt;
  return id;
}

std::int64_t Insert(db::Connection& connection, const Trainee& t) {
  WriteParams w(t);
  long long id = 0;
  connection.sql() << connection.Text(q::kInsertTrainee), soci::use(t.name), soci::use(t.id_number_sealed),
      soci::use(t.id_number_index), soci::use(t.sex), soci::use(t.birth_date), soci::use(t.phone_sealed),
      soci::use(t.phone_index), soci::use(t.household_region_code), soci::use(t.residence_region_code),
      soci::use(w.groups), soci::use(t.employment_status), soci::use(w.org, w.org_ind), soci::use(w.created),
      soci::use(w.updated), soci::into(id);
  return id;
}

namespace {
// Rows per statement: large enough that a 100,000-row import takes a few dozen round trips,
// small enough that one statement's JSON stays well under a megabyte.
constexpr std::size_t kBatch = 1000;
}  // namespace

std::set<std::string> TakenIdNumberIndexes(db::Connection& connection, const std::vector<std::string>& indexes) {
  std::set<std::string> taken;
  for (std::size_t start = 0; start < indexes.size(); start += kBatch) {
    boost::json::array chunk;
    for (std::size_t i = start; i < std::min(indexes.size(), start + kBatch); ++i) chunk.emplace_back(indexes[i]);
    const std::string json = boost::json::serialize(chunk);
    std::string index;
    soci::statement statement = (connection.sql().prepare << connection.Text(q::kFindTakenIdIndexes),
                                 soci::use(json), soci::into(index));
    statement.execute();
    while (statement.fetch()) taken.insert(index);
  }
  return taken;
}

void Stage(db::Connection& connection, const std::string& batch, std::int64_t staged_at,
           const std::vector<StagedRow>& rows) {
  for (std::size_t start = 0; start < rows.size(); start += kBatch) {
    boost::json::array chunk;
    for (std::size_t i = start; i < std::min(rows.size(), start + kBatch); ++i) {
      const Trainee& t = *rows[i].trainee;
      chunk.push_back(boost::json::array{
          rows[i].seq, rows[i].file_row, staged_at, t.name, t.id_number_sealed, t.id_number_index, t.sex,
          t.birth_date, t.phone_sealed, t.phone_index, t.household_region_code, t.residence_region_code,
          JoinGroups(t.groups), t.employment_status,
          t.registered_by_org ? boost::json::value(*t.registered_by_org) : boost::json::value(nullptr), t.created_at,
          t.updated_at});
    }
    const std::string json = boost::json::serialize(chunk);
    connection.sql() << connection.Text(q::kStageTraineeImportRows), soci::use(batch), soci::use(json);
  }
}

std::vector<int> StagedTaken(db::Connection& connection, const std::string& batch) {
  std::vector<int> rows;
  int row = 0;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kFindStagedTaken), soci::use(batch), soci::into(row));
  statement.execute();
  while (statement.fetch()) rows.push_back(row);
  return rows;
}

void MoveStaged(db::Connection& connection, const std::string& batch) {
  connection.sql() << connection.Text(q::kMoveStagedTrainees), soci::use(batch);
}

void DeleteStaged(db::Connection& connection, const std::string& batch, int from_seq, int to_seq) {
  connection.sql() << connection.Text(q::kDeleteStagedTrainees), soci::use(batch), soci::use(from_seq),
      soci::use(to_seq);
}

void DeleteStaleStaged(db::Connection& connection, std::int64_t before) {
  long long at = before;
  connection.sql() << connection.Text(q::kDeleteStaleStagedTrainees), soci::use(at);
}

void Update(db::Connection& connection, const Trainee& t) {
  WriteParams w(t);
  connection.sql() << connection.Text(q::kUpdateTrainee), soci::use(t.name), soci::use(t.phone_sealed),
      soci::use(t.phone_index), soci::use(t.household_region_code), soci::use(t.residence_region_code),
      soci::use(w.groups), soci::use(t.employment_status), soci::use(w.updated), soci::use(w.id);
}

}  // namespace sunshine::registry::trainee_store
