#pragma once
// A SQLite statement stepped with SQLite's own calls, for a hot read of millions of rows. SOCI's
// SQLite backend fetches every column as text and parses it back into numbers (an integer is
// printed by SQLite and read again): a risk scan's pass over a province's check-ins spent most of
// its time there (perf). Only for SQLite connections; the query's :named parameters are bound by
// position, as SOCI binds them. No input is concatenated: the text is a named query's.
#include <cstdint>
#include <string_view>

#include "db/database.hpp"

namespace sunshine::db {

class SqliteCursor {
 public:
  // Throws std::runtime_error with SQLite's message when the text does not prepare, and
  // std::logic_error on a PostgreSQL connection.
  SqliteCursor(Connection& connection, std::string_view sql);
  ~SqliteCursor();
  SqliteCursor(const SqliteCursor&) = delete;
  SqliteCursor& operator=(const SqliteCursor&) = delete;

  // Parameters from 1, in the order the text names them; binding again runs the statement anew.
  void Bind(int position, std::int64_t value);
  // The next row; false past the last. Throws std::runtime_error on a database error.
  bool Step();
  // Columns from 0 of the current row.
  std::int64_t Int(int column) const;
  bool IsNull(int column) const;
  std::string_view Text(int column) const;  // valid until the next Step
  // What a column of the current row holds: SQLite types values, not columns (a copy to
  // PostgreSQL writes each as what it is).
  enum class Kind { kNull, kInteger, kReal, kText, kBytes };
  Kind KindOf(int column) const;
  double Real(int column) const;
  int columns() const;

 private:
  void* statement_ = nullptr;  // sqlite3_stmt, whose header SOCI wraps in a namespace of its own
  bool stepped_ = false;
};

}  // namespace sunshine::db
