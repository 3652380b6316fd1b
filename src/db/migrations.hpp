#pragma once
// Versioned schema migrations, compiled in from db/migrations/VNNNN__name.sql.
//
// Each migration runs in its own transaction and is recorded in schema_migrations with the SM3
// of its text; a recorded migration whose text has since changed stops the run, because the
// schema on disk would no longer be the schema the code expects.
//
// The files are portable SQL. The one thing the engines spell differently, an auto-numbered
// primary key, is written ${ID_PK} and expanded per dialect (docs/adr/0002).
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace sunshine::db {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

const std::vector<Migration>& AllMigrations();

struct AppliedMigration {
  int version;
  std::string name;
};

// Applies every pending migration in order, up to version `up_to` (a test of a migration that
// moves data stops before it, writes the old shape, then migrates on); returns those applied by
// this call. Throws std::runtime_error naming the migration and statement that failed.
std::vector<AppliedMigration> Migrate(Database& database, int up_to = std::numeric_limits<int>::max());

// Versions recorded as applied, in order (empty if the table does not exist yet).
std::vector<AppliedMigration> AppliedMigrations(Database& database);

// Splits a migration into statements at semicolons outside quotes and comments, after
// expanding the dialect macros. Exposed for tests.
std::vector<std::string> SplitStatements(std::string_view sql, Dialect dialect);

}  // namespace sunshine::db
