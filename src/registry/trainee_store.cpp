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

// The scope as the branches of the queries' OR, each in the text only when the scope has it
// (db::FillBranch): a region subtree by residence or household (a LIKE for the list and the find,
// code ranges for the count, which its indexes serve), the organisation that registered the
// person (an institution or enterprise sees the people it registered itself), the enterprise that
// employs them. A scope with none of them finds nothing.
struct ScopeParams {
  enum class Shape { kList, kCount };
  explicit ScopeParams(const core::Scope& scope, Shape shape = Shape::kList) : ranges(shape == Shape::kCount) {
    in_region = scope.kind == core::ScopeKind::kRegion;
    if (in_region && ranges) {
      residence_from = household_from = scope.RegionPrefix();
      residence_to = household_to = scope.RegionPrefixEnd();
    } else if (in_region) {
      residence_from = household_from = scope.RegionPrefix() + "%";  // the LIKE patterns
    }
    if (scope.kind == core::ScopeKind::kOrganisation) org = scope.code;
    enterprise = scope.OrganisationId("enterprise");
  }
  void Fill(std::string& text) const {
    db::FillBranch(text, "in_region", in_region);
    db::FillBranch(text, "registered_by", !org.empty());
    db::FillBranch(text, "employed_by", enterprise > 0);
  }
  void Bind(soci::details::prepare_temp_type& p) {
    if (in_region) p, soci::use(residence_from);
    if (in_region && ranges) p, soci::use(residence_to);
    if (in_region) p, soci::use(household_from);
    if (in_region && ranges) p, soci::use(household_to);
    if (!org.empty()) p, soci::use(org);
    if (enterprise > 0) p, soci::use(enterprise);
  }
  bool ranges, in_region;
  std::string residence_from, residence_to, household_from, household_to, org;
  long long enterprise = 0;
};

// What the list may be sorted by: the keys the routes accept, as columns of `t`.
const db::SortColumns kSortColumns{"t", kSortable};

// The filters the caller set, each in the text only when set (db::FillFilter).
struct FilterParams {
  explicit FilterParams(const Filter& f)
      : by_name(!f.q.empty()),
        like(db::ContainsPattern(f.q)),
        id_index(f.id_number_index),
        phone_index(f.phone_index),
        group(f.group.empty() ? "" : "%," + f.group + ",%"),
        status(f.employment_status) {
    if (!f.region_code.empty()) {
      region_r = region_h = core::Scope{core::ScopeKind::kRegion, f.region_code}.RegionPrefix() + "%";
    }
  }
  void Fill(std::string& text) const {
    db::FillFilter(text, "q", by_name);
    db::FillFilter(text, "id_index", !id_index.empty());
    db::FillFilter(text, "phone_index", !phone_index.empty());
    db::FillFilter(text, "group", !group.empty());
    db::FillFilter(text, "region", !region_r.empty());
    db::FillFilter(text, "status", !status.empty());
  }
  void Bind(soci::details::prepare_temp_type& p) {
    if (by_name) p, soci::use(like);
    if (!id_index.empty()) p, soci::use(id_index);
    if (!phone_index.empty()) p, soci::use(phone_index);
    if (!group.empty()) p, soci::use(group);
    if (!region_r.empty()) p, soci::use(region_r), soci::use(region_h);
    if (!status.empty()) p, soci::use(status);
  }
  bool by_name;
  std::string like, id_index, phone_index, group, region_r, region_h, status;
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
  ScopeParams scope_params(scope, ScopeParams::Shape::kCount);
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

void RefreshStatistics(db::Connection& connection) {
  if (connection.dialect() != db::Dialect::kPostgresql) return;
  connection.sql() << connection.Text(q::kAnalyzeTrainees);
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
