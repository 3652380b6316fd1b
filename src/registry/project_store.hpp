#pragma once
// The training project catalogue in SQL. Runs on the caller's connection and transaction.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "registry/project_rules.hpp"

namespace sunshine::registry::project_store {

struct Filter {
  std::string q;
  std::int64_t occupation_id = 0;  // 0: any
  std::string training_type;
};

// Projects with their versions loaded.
std::vector<Project> List(db::Connection& connection, const Filter& filter, std::int64_t after, int limit);
std::int64_t Count(db::Connection& connection, const Filter& filter);
std::optional<Project> Find(db::Connection& connection, std::int64_t id);
bool NameTaken(db::Connection& connection, const std::string& name);
void Rename(db::Connection& connection, std::int64_t id, const std::string& name);
std::int64_t Insert(db::Connection& connection, const Project& project);
// Takes the project's row lock until the transaction ends (adding versions serialises).
void Lock(db::Connection& connection, std::int64_t id);
std::int64_t InsertVersion(db::Connection& connection, const ProjectVersion& version);
void CloseVersion(db::Connection& connection, std::int64_t version_id, const std::string& valid_to);
bool RegionExists(db::Connection& connection, const std::string& code);

}  // namespace sunshine::registry::project_store
