#pragma once
// A named SQL statement compiled in from db/queries/<capability>/<name>.sql. Most queries are
// portable; a query whose engines must differ carries a dialect override file beside it.
#include <string_view>

namespace sunshine::db {

enum class Dialect { kSqlite, kPostgresql };

struct Query {
  std::string_view name;  // "auth/find_user_by_username": what logs and errors name
  std::string_view portable;
  std::string_view postgresql;  // empty when the portable text serves
  std::string_view sqlite;      // empty when the portable text serves

  std::string_view For(Dialect dialect) const {
    const std::string_view special = dialect == Dialect::kPostgresql ? postgresql : sqlite;
    return special.empty() ? portable : special;
  }
};

}  // namespace sunshine::db
