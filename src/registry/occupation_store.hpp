#pragma once
// The occupation catalogue in SQL. Runs on the caller's connection and transaction.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "registry/occupation_rules.hpp"

namespace sunshine::registry::occupation_store {

struct Filter {
  std::string q;         // part of the name or code
  std::string category;  // exact
  std::string kind;      // exact
  bool urgent_only = false;
};

std::vector<Occupation> List(db::Connection& connection, const Filter& filter, std::int64_t after, int limit);
std::int64_t Count(db::Connection& connection, const Filter& filter);
std::optional<Occupation> Find(db::Connection& connection, std::int64_t id);
// The id of another occupation with the same code, or the same name and kind.
std::optional<std::int64_t> FindConflict(db::Connection& connection, const Occupation& occupation);
std::int64_t Insert(db::Connection& connection, const Occupation& occupation);
void Update(db::Connection& connection, const Occupation& occupation);

struct Change {
  std::int64_t id = 0;
  std::int64_t changed_at = 0;
  std::string changed_by, request_id, field;
  std::optional<std::string> before, after;
};
void InsertChange(db::Connection& connection, std::int64_t occupation_id, const Change& change);
std::vector<Change> ListChanges(db::Connection& connection, std::int64_t occupation_id);


}  // namespace sunshine::registry::occupation_store
