#pragma once
// A fresh, empty database for one test suite on the engine under test:
//  - SUNSHINE_TEST_ENGINE unset or "sqlite": a new SQLite file in the temp folder;
//  - "postgresql": a new schema in the server named by SUNSHINE_TEST_PG_URL (the test command
//    starts that server); a missing URL fails the test rather than skipping it.
#include <string>

namespace sunshine::testing {

struct TestDatabase {
  std::string url;     // what to hand to db::Database / app::Config::db
  std::string engine;  // "sqlite" or "postgresql"
};

// `name` keeps databases of different suites apart; each call gives a new, empty one.
TestDatabase FreshDatabase(const std::string& name);

// Removes what FreshDatabase made (the SQLite files, or the PostgreSQL schema). Call after
// every connection to it is closed.
void DropDatabase(const TestDatabase& database);

}  // namespace sunshine::testing
