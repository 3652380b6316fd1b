#include "db/pg_rows.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>

#include <cctype>
#include <cstring>
#include <stdexcept>

namespace sunshine::db {
namespace {
// A big-endian integer of `bytes` (2, 4 or 8) bytes.
std::int64_t BigEndian(const char* data, int bytes) {
  std::uint64_t value = 0;
  for (int k = 0; k < bytes; ++k) value = value << 8 | static_cast<unsigned char>(data[k]);
  // Sign-extend the narrower types.
  const int unused = 64 - 8 * bytes;
  return unused > 0 ? static_cast<std::int64_t>(value << unused) >> unused : static_cast<std::int64_t>(value);
}
}  // namespace

std::string NumberedParameters(std::string_view sql) {
  std::string out;
  int next = 0;
  char quote = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
      continue;
    }
    if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {  // a cast
      out += "::";
      ++i;
      continue;
    }
    if (c == ':' && i + 1 < sql.size() && (std::isalpha(static_cast<unsigned char>(sql[i + 1])) || sql[i + 1] == '_')) {
      std::size_t end = i + 1;
      while (end < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[end])) || sql[end] == '_')) ++end;
      out += "$" + std::to_string(++next);
      i = end - 1;
      continue;
    }
    out += c;
  }
  return out;
}

PgRows::PgRows(Connection& connection, std::string_view sql, const std::vector<std::int64_t>& params) {
  if (connection.dialect() != Dialect::kPostgresql) throw std::logic_error("PgRows on a SQLite connection");
  auto* conn = static_cast<soci::postgresql_session_backend*>(connection.sql().get_backend())->conn_;
  const std::string text = NumberedParameters(sql);
  // Parameters as text (bigint's input), results in binary.
  std::vector<std::string> values;
  values.reserve(params.size());
  for (const auto p : params) values.push_back(std::to_string(p));
  std::vector<const char*> pointers;
  for (const auto& v : values) pointers.push_back(v.c_str());
  PGresult* result = PQexecParams(conn, text.c_str(), static_cast<int>(pointers.size()), nullptr, pointers.data(),
                                  nullptr, nullptr, 1);
  if (PQresultStatus(result) != PGRES_TUPLES_OK) {
    const std::string why = PQresultErrorMessage(result);
    PQclear(result);
    throw std::runtime_error("postgresql: " + why);
  }
  result_ = result;
}

PgRows::~PgRows() { PQclear(static_cast<PGresult*>(result_)); }

int PgRows::size() const { return PQntuples(static_cast<const PGresult*>(result_)); }

bool PgRows::IsNull(int row, int column) const {
  return PQgetisnull(static_cast<const PGresult*>(result_), row, column) != 0;
}

std::int64_t PgRows::Int(int row, int column) const {
  const auto* r = static_cast<const PGresult*>(result_);
  const int length = PQgetlength(r, row, column);
  if (length != 2 && length != 4 && length != 8) throw std::runtime_error("postgresql: not an integer column");
  return BigEndian(PQgetvalue(r, row, column), length);
}

std::string_view PgRows::Text(int row, int column) const {
  const auto* r = static_cast<const PGresult*>(result_);
  return {PQgetvalue(r, row, column), static_cast<std::size_t>(PQgetlength(r, row, column))};
}

}  // namespace sunshine::db
