#pragma once
// Every row of a hot read of millions (a risk scan's check-ins or online segments), read with each
// engine's own calls: SQLite's cursor (db/sqlite_cursor.hpp) or PostgreSQL's rows in the binary
// format (db/pg_rows.hpp). Both hand `each` a row with Int, IsNull and Text by column, so one
// function makes a record from either; SOCI's rows parse every number from text and allocate a
// string per column. The query's :named parameters are bound in order, each a whole number. On
// PostgreSQL the whole result is held while `each` runs: a caller bounds it (a window of ids).
#include <cstdint>
#include <string_view>
#include <vector>

#include "db/database.hpp"
#include "db/pg_rows.hpp"
#include "db/sqlite_cursor.hpp"

namespace sunshine::db {

template <class Each>
void EachRow(Connection& connection, std::string_view sql, const std::vector<std::int64_t>& params, Each&& each) {
  if (connection.dialect() == Dialect::kSqlite) {
    SqliteCursor cursor(connection, sql);
    for (std::size_t k = 0; k < params.size(); ++k) cursor.Bind(static_cast<int>(k) + 1, params[k]);
    while (cursor.Step()) each(static_cast<const SqliteCursor&>(cursor));
  } else {
    const PgRows rows(connection, sql, params);
    for (int r = 0; r < rows.size(); ++r) each(PgRows::Row{rows, r});
  }
}

}  // namespace sunshine::db
