#include "db/copy.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>

#include <charconv>
#include <map>
#include <stdexcept>

#include "db/migrations.hpp"
#include "db/queries/db.hpp"
#include "db/sqlite_cursor.hpp"

namespace sunshine::db {
namespace q = queries::db;

// Every text value of a province passes here (hundreds of millions): the runs between reserved
// characters, nearly always the whole value, are appended at once.
void AppendCopyText(std::string& out, std::string_view text) {
  static constexpr std::string_view kReserved = "\\\t\n\r";
  for (std::size_t at; (at = text.find_first_of(kReserved)) != std::string_view::npos; text.remove_prefix(at + 1)) {
    out.append(text.substr(0, at));
    switch (text[at]) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      default: out += "\\r"; break;
    }
  }
  out.append(text);
}

void AppendCopyInteger(std::string& out, std::int64_t value) {
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out.append(buffer, end);
}

void AppendCopyReal(std::string& out, double value) {
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;  // "inf", "nan": float8 reads both
  out.append(buffer, end);
}

namespace {

// A name from the target's catalogue (never from input) as a quoted identifier.
std::string Quoted(std::string_view name) {
  std::string out = "\"";
  for (const char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

struct Table {
  std::string name;
  std::vector<std::string> columns;
};

struct Key {
  std::string table, name, definition;
  char kind;  // p, u or f
};

struct Index {
  std::string name, definition;
};

core::Error Refused(std::string field, std::string reason, const std::string& detail) {
  return core::Error::Invalid("copy_refused", "无法复制数据库：" + detail,
                              {{.field = std::move(field), .reason = std::move(reason), .detail = detail}});
}

// The versions applied, or an empty string when they are exactly this binary's.
std::string VersionGap(Database& database) {
  const auto applied = AppliedMigrations(database);
  const auto& known = AllMigrations();
  bool same = applied.size() == known.size();
  for (std::size_t k = 0; same && k < known.size(); ++k) same = applied[k].version == known[k].version;
  if (same) return "";
  return "at V" + std::to_string(applied.empty() ? 0 : applied.back().version) + " (" + std::to_string(applied.size()) +
         " migrations), this program at V" + std::to_string(known.back().version);
}

std::vector<Table> TargetTables(Connection& target) {
  std::vector<Table> tables;
  soci::rowset<soci::row> rows = (target.sql().prepare << target.Text(q::kCopyTargetColumns));
  for (const auto& row : rows) {
    const auto table = row.get<std::string>(0);
    if (tables.empty() || tables.back().name != table) tables.push_back({table, {}});
    tables.back().columns.push_back(row.get<std::string>(1));
  }
  return tables;
}

std::vector<std::string> SourceColumns(Connection& source, const std::string& table) {
  std::vector<std::string> columns;
  soci::rowset<std::string> rows = (source.sql().prepare << source.Text(q::kCopySourceColumns), soci::use(table));
  for (const auto& name : rows) columns.push_back(name);
  return columns;
}

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + Quoted(n);
  return out;
}

// The SQLite connection's read transaction: every table read at one instant.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Connection& connection) : connection_(connection) { connection_.sql() << "BEGIN"; }
  ~ReadSnapshot() {
    try {
      connection_.sql() << "ROLLBACK";
    } catch (...) {
      // Nothing was written; a broken connection ends the transaction itself.
    }
  }

 private:
  Connection& connection_;
};

// Runs one statement; `expected` is what success looks like (COPY ... FROM STDIN waits for rows).
void Exec(PGconn* conn, const std::string& sql, ExecStatusType expected = PGRES_COMMAND_OK) {
  PGresult* result = PQexec(conn, sql.c_str());
  const auto status = PQresultStatus(result);
  const std::string why = PQresultErrorMessage(result);
  PQclear(result);
  if (status != expected && status != PGRES_TUPLES_OK) throw std::runtime_error("postgresql: " + why + "(in: " + sql + ")");
}

// One table from the SQLite cursor into COPY ... FROM STDIN, in chunks of about a megabyte.
std::int64_t CopyTable(Connection& source, PGconn* conn, const Table& table, const CopyHooks& hooks) {
  const std::string columns = Joined(table.columns);
  SqliteCursor cursor(source, "SELECT " + columns + " FROM " + Quoted(table.name));
  Exec(conn, "COPY " + Quoted(table.name) + " (" + columns + ") FROM STDIN", PGRES_COPY_IN);
  constexpr std::size_t kChunk = 1 << 20;
  std::string buffer;
  buffer.reserve(kChunk + 4096);
  std::int64_t rows = 0, unreported = 0;
  const int width = cursor.columns();
  auto send = [&] {
    if (PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) != 1) {
      throw std::runtime_error(std::string("postgresql: ") + PQerrorMessage(conn));
    }
    buffer.clear();
    if (hooks.copied) hooks.copied(unreported);
    unreported = 0;
  };
  while (cursor.Step()) {
    for (int c = 0; c < width; ++c) {
      if (c > 0) buffer += '\t';
      switch (cursor.KindOf(c)) {
        case SqliteCursor::Kind::kNull: AppendCopyNull(buffer); break;
        case SqliteCursor::Kind::kInteger: AppendCopyInteger(buffer, cursor.Int(c)); break;
        case SqliteCursor::Kind::kReal: AppendCopyReal(buffer, cursor.Real(c)); break;
        case SqliteCursor::Kind::kText: AppendCopyText(buffer, cursor.Text(c)); break;
        case SqliteCursor::Kind::kBytes:
          PQputCopyEnd(conn, "bytes in a text column");
          throw std::runtime_error("table " + table.name + ", column " + table.columns[c] + ": holds bytes, not text");
      }
    }
    buffer += '\n';
    ++rows, ++unreported;
    if (buffer.size() >= kChunk) send();
  }
  send();
  if (PQputCopyEnd(conn, nullptr) != 1) throw std::runtime_error(std::string("postgresql: ") + PQerrorMessage(conn));
  std::string failure;
  std::int64_t loaded = 0;
  while (PGresult* result = PQgetResult(conn)) {
    if (PQresultStatus(result) == PGRES_COMMAND_OK) {
      loaded = std::stoll(PQcmdTuples(result));
    } else {
      failure = PQresultErrorMessage(result);
    }
    PQclear(result);
  }
  if (!failure.empty()) throw std::runtime_error("postgresql, table " + table.name + ": " + failure);
  if (loaded != rows) {
    throw std::runtime_error("table " + table.name + ": read " + std::to_string(rows) + " rows, loaded " +
                             std::to_string(loaded));
  }
  return rows;
}

}  // namespace

core::Result<CopyReport> CopyToPostgresql(Database& source, Database& target, const CopyHooks& hooks) {
  if (source.dialect() != Dialect::kSqlite) return Refused("from", "not_sqlite", "源库须为 SQLite（sqlite:路径）");
  if (target.dialect() != Dialect::kPostgresql) {
    return Refused("to", "not_postgresql", "目标库须为 PostgreSQL（postgresql://…）");
  }
  if (const auto gap = VersionGap(source); !gap.empty()) {
    return Refused("from", "schema_version", "源库结构版本不符（" + gap + "），请先对源库执行 sunshine migrate");
  }
  Migrate(target);
  if (const auto gap = VersionGap(target); !gap.empty()) {
    return Refused("to", "schema_version", "目标库结构版本不符（" + gap + "）");
  }

  Connection to(target);
  Connection from(source);
  std::int64_t audit_records = 0;
  to.sql() << to.Text(q::kCountAuditRecords), soci::into(audit_records);
  if (audit_records > 0) {
    return Refused("to", "not_empty",
                   "目标库已有数据（审计记录 " + std::to_string(audit_records) + " 条），只能复制到新建的空库");
  }
  const std::vector<Table> tables = TargetTables(to);
  ReadSnapshot snapshot(from);
  std::int64_t total = 0;
  for (const auto& table : tables) {
    const auto columns = SourceColumns(from, table.name);
    if (columns.empty()) return Refused("from", "table_missing", "源库缺少表 " + table.name);
    if (columns != table.columns) {
      return Refused("from", "columns_differ", "表 " + table.name + " 的列与目标库不同：" + Joined(columns));
    }
    std::int64_t rows = 0;
    from.sql() << "SELECT count(*) FROM " + Quoted(table.name), soci::into(rows);
    total += rows;
  }
  if (hooks.counted) hooks.counted(total);

  std::vector<Key> keys;
  {
    soci::rowset<soci::row> rows = (to.sql().prepare << to.Text(q::kCopyTargetKeys));
    for (const auto& r : rows) {
      keys.push_back({r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(3), r.get<std::string>(2)[0]});
    }
  }
  std::vector<Index> indexes;
  {
    soci::rowset<soci::row> rows = (to.sql().prepare << to.Text(q::kCopyTargetIndexes));
    for (const auto& r : rows) indexes.push_back({r.get<std::string>(0), r.get<std::string>(1)});
  }
  std::vector<std::pair<std::string, std::string>> identities;
  {
    soci::rowset<soci::row> rows = (to.sql().prepare << to.Text(q::kCopyTargetIdentities));
    for (const auto& r : rows) identities.emplace_back(r.get<std::string>(0), r.get<std::string>(1));
  }

  PGconn* conn = static_cast<soci::postgresql_session_backend*>(to.sql().get_backend())->conn_;
  CopyReport report{.schema_version = AllMigrations().back().version};
  Transaction transaction(to);
  // Loading a province takes minutes, not the seconds an API statement may.
  Exec(conn, "SET LOCAL statement_timeout = 0");
  // Loading into bare tables and making the keys and indexes once after is several times faster
  // than updating them row by row, and foreign keys are then checked by one join each.
  for (const char kind : {'f', 'u', 'p'}) {
    for (const auto& key : keys) {
      if (key.kind == kind) Exec(conn, "ALTER TABLE " + Quoted(key.table) + " DROP CONSTRAINT " + Quoted(key.name));
    }
  }
  for (const auto& index : indexes) Exec(conn, "DROP INDEX " + Quoted(index.name));
  std::string names;
  for (const auto& table : tables) names += (names.empty() ? "" : ", ") + Quoted(table.name);
  // What the migrations seeded (regions, occupations, the chain's head) comes again from the source.
  Exec(conn, "TRUNCATE " + names);
  for (const auto& table : tables) {
    const auto rows = CopyTable(from, conn, table, hooks);
    report.tables.push_back({table.name, rows});
    report.rows += rows;
  }
  if (hooks.step) hooks.step("keys and indexes");
  for (const char kind : {'p', 'u'}) {
    for (const auto& key : keys) {
      if (key.kind == kind) {
        Exec(conn, "ALTER TABLE " + Quoted(key.table) + " ADD CONSTRAINT " + Quoted(key.name) + " " + key.definition);
      }
    }
  }
  for (const auto& index : indexes) Exec(conn, index.definition);
  for (const auto& key : keys) {
    if (key.kind == 'f') {
      Exec(conn, "ALTER TABLE " + Quoted(key.table) + " ADD CONSTRAINT " + Quoted(key.name) + " " + key.definition);
    }
  }
  if (hooks.step) hooks.step("sequences");
  for (const auto& [table, column] : identities) {
    // The next number after the largest copied (or 1 for an empty table).
    Exec(conn, "SELECT setval(pg_get_serial_sequence('" + Quoted(table) + "', '" + column + "'), COALESCE(max(" +
                   Quoted(column) + "), 0) + 1, false) FROM " + Quoted(table));
  }
  if (hooks.before_commit) hooks.before_commit(to, report);
  transaction.Commit();
  if (hooks.step) hooks.step("statistics");
  // Fresh statistics and visibility maps, so plans and index-only scans are right from the
  // first request (VACUUM cannot run inside the transaction; a large table takes minutes).
  std::string timeout;
  to.sql() << "SHOW statement_timeout", soci::into(timeout);
  Exec(conn, "SET statement_timeout = 0");
  for (const auto& table : tables) Exec(conn, "VACUUM (ANALYZE) " + Quoted(table.name));
  Exec(conn, "SET statement_timeout = '" + timeout + "'");
  return report;
}

}  // namespace sunshine::db
