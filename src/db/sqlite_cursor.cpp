#include "db/sqlite_cursor.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>
#include <string>

namespace sunshine::db {
namespace sq = ::sqlite_api;

SqliteCursor::SqliteCursor(Connection& connection, std::string_view sql) {
  if (connection.dialect() != Dialect::kSqlite) throw std::logic_error("SqliteCursor on a PostgreSQL connection");
  auto* backend = static_cast<soci::sqlite3_session_backend*>(connection.sql().get_backend());
  sq::sqlite3_stmt* statement = nullptr;
  if (sq::sqlite3_prepare_v2(backend->conn_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) !=
      SQLITE_OK) {
    throw std::runtime_error(std::string("sqlite prepare: ") + sq::sqlite3_errmsg(backend->conn_));
  }
  statement_ = statement;
}

SqliteCursor::~SqliteCursor() { sq::sqlite3_finalize(static_cast<sq::sqlite3_stmt*>(statement_)); }

void SqliteCursor::Bind(int position, std::int64_t value) {
  auto* s = static_cast<sq::sqlite3_stmt*>(statement_);
  if (stepped_) {
    sq::sqlite3_reset(s);
    stepped_ = false;
  }
  if (sq::sqlite3_bind_int64(s, position, value) != SQLITE_OK) {
    throw std::runtime_error(std::string("sqlite bind: ") + sq::sqlite3_errmsg(sq::sqlite3_db_handle(s)));
  }
}

bool SqliteCursor::Step() {
  auto* s = static_cast<sq::sqlite3_stmt*>(statement_);
  stepped_ = true;
  const int rc = sq::sqlite3_step(s);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw std::runtime_error(std::string("sqlite step: ") + sq::sqlite3_errmsg(sq::sqlite3_db_handle(s)));
}

std::int64_t SqliteCursor::Int(int column) const {
  return sq::sqlite3_column_int64(static_cast<sq::sqlite3_stmt*>(statement_), column);
}

bool SqliteCursor::IsNull(int column) const {
  return sq::sqlite3_column_type(static_cast<sq::sqlite3_stmt*>(statement_), column) == SQLITE_NULL;
}

std::string_view SqliteCursor::Text(int column) const {
  auto* s = static_cast<sq::sqlite3_stmt*>(statement_);
  const auto* text = reinterpret_cast<const char*>(sq::sqlite3_column_text(s, column));
  return text ? std::string_view(text, static_cast<std::size_t>(sq::sqlite3_column_bytes(s, column))) : std::string_view();
}

SqliteCursor::Kind SqliteCursor::KindOf(int column) const {
  switch (sq::sqlite3_column_type(static_cast<sq::sqlite3_stmt*>(statement_), column)) {
    case SQLITE_INTEGER: return Kind::kInteger;
    case SQLITE_FLOAT: return Kind::kReal;
    case SQLITE_TEXT: return Kind::kText;
    case SQLITE_BLOB: return Kind::kBytes;
    default: return Kind::kNull;
  }
}

double SqliteCursor::Real(int column) const {
  return sq::sqlite3_column_double(static_cast<sq::sqlite3_stmt*>(statement_), column);
}

int SqliteCursor::columns() const { return sq::sqlite3_column_count(static_cast<sq::sqlite3_stmt*>(statement_)); }

}  // namespace sunshine::db
