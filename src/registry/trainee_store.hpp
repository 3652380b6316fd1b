#pragma once
// Trainees in SQL. The caller's scope is part of every read (see list_trainees.sql); personal
// data arrives sealed and indexed, the store never sees it in clear.
#include <array>
#include <optional>
#include <set>
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "db/database.hpp"
#include "registry/trainee_rules.hpp"

namespace sunshine::registry::trainee_store {

struct Filter {
  std::string q;               // part of the name
  std::string id_number_index; // blind index of an exact ID number
  std::string phone_index;     // blind index of an exact phone
  std::string group;           // one key-group tag
  std::string region_code;     // residence or household within this region's subtree
  std::string employment_status;
};

// Columns a list may be sorted by, besides id.
// Not the birth date: with the masked ID number it would complete the number.
inline constexpr std::array<std::string_view, 2> kSortable = {"name", "residence_region_code"};

struct Row {
  Trainee trainee;
  std::string sort_key;
};
std::vector<Row> List(db::Connection& connection, const core::Scope& scope, const Filter& filter,
                      const core::Sort& sort, const core::Cursor& after, int limit);
core::Total Count(db::Connection& connection, const core::Scope& scope, const Filter& filter);
std::optional<Trainee> Find(db::Connection& connection, const core::Scope& scope, std::int64_t id);
// By id regardless of scope: for a record the caller just linked by the person's full ID number.
std::optional<Trainee> FindById(db::Connection& connection, std::int64_t id);
// The id of the person with this ID-number index, whatever the scope (one person one record).
std::optional<std::int64_t> FindByIdNumberIndex(db::Connection& connection, const std::string& index);
std::int64_t Insert(db::Connection& connection, const Trainee& trainee);
// For imports: which of these ID-number indexes are taken.
std::set<std::string> TakenIdNumberIndexes(db::Connection& connection, const std::vector<std::string>& indexes);

// Staged imports (V0014): chunks written under a batch id, then moved in one statement.
struct StagedRow {
  int seq = 0, file_row = 0;
  const Trainee* trainee = nullptr;
};
void Stage(db::Connection& connection, const std::string& batch, std::int64_t staged_at,
           const std::vector<StagedRow>& rows);
// The file rows whose ID number was registered after the check.
std::vector<int> StagedTaken(db::Connection& connection, const std::string& batch);
void MoveStaged(db::Connection& connection, const std::string& batch);
// After a large import grew the table: fresh planner statistics on PostgreSQL, whose autovacuum
// waits for a tenth of the table to change (on SQLite it does nothing).
void RefreshStatistics(db::Connection& connection);
// The staged rows with seq in [from_seq, to_seq).
void DeleteStaged(db::Connection& connection, const std::string& batch, int from_seq, int to_seq);
void DeleteStaleStaged(db::Connection& connection, std::int64_t before);
void Update(db::Connection& connection, const Trainee& trainee);

}  // namespace sunshine::registry::trainee_store
