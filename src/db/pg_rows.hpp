#pragma once
// A PostgreSQL query's rows in the binary format, read with libpq's own calls, for a hot read of
// millions of rows: SOCI's backend asks for text and parses every number back, which made a risk
// scan's pass over the check-ins about five times slower a row than on SQLite (the demo). The
// query's :named parameters become $1, $2, ... in the order the text names them, each bound as
// a bigint. No input is concatenated: the text is a named query's. The whole result is held: a
// caller bounds it (the scan reads windows of ids).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"

namespace sunshine::db {

// `sql` with each :name parameter replaced by $1, $2, ... (casts "::" and quoted text untouched).
std::string NumberedParameters(std::string_view sql);

class PgRows {
 public:
  // Throws std::runtime_error with the server's message when the query fails, and
  // std::logic_error on a SQLite connection.
  PgRows(Connection& connection, std::string_view sql, const std::vector<std::int64_t>& params);
  ~PgRows();
  PgRows(const PgRows&) = delete;
  PgRows& operator=(const PgRows&) = delete;

  int size() const;
  bool IsNull(int row, int column) const;
  // A smallint, integer or bigint column as a whole number.
  std::int64_t Int(int row, int column) const;
  // A text column's bytes.
  std::string_view Text(int row, int column) const;

  // One row, read by column as db::SqliteCursor reads its current row (db/each_row.hpp).
  struct Row {
    const PgRows& rows;
    int at;
    std::int64_t Int(int column) const { return rows.Int(at, column); }
    bool IsNull(int column) const { return rows.IsNull(at, column); }
    std::string_view Text(int column) const { return rows.Text(at, column); }
  };

 private:
  void* result_ = nullptr;  // PGresult
};

}  // namespace sunshine::db
