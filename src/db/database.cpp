#include "db/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <regex>
#include <stdexcept>

namespace sunshine::db {
namespace {

std::string HidePassword(const std::string& url) {
  // postgresql://user:secret@host/db -> postgresql://user:***@host/db
  static const std::regex kUserInfo(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
  return std::regex_replace(url, kUserInfo, "$1:***@");
}

void Configure(soci::session& session, Dialect dialect, const DatabaseOptions& options) {
  if (dialect == Dialect::kSqlite) {
    session << "PRAGMA journal_mode = WAL";
    session << "PRAGMA synchronous = NORMAL";
    session << "PRAGMA foreign_keys = ON";
    session << "PRAGMA busy_timeout = " + std::to_string(options.busy_timeout_ms);
  } else {
    session << "SET TIME ZONE 'UTC'";
    session << "SET client_min_messages = warning";
    session << "SET statement_timeout = " + std::to_string(options.statement_timeout_ms);
  }
}

}  // namespace

Dialect DialectOf(const std::string& url) {
  if (url.starts_with("sqlite:")) return Dialect::kSqlite;
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) return Dialect::kPostgresql;
  throw std::invalid_argument("database URL must start with sqlite: or postgresql:// (got \"" + HidePassword(url) +
                              "\")");
}

Database::Database(const DatabaseOptions& options)
    : dialect_(DialectOf(options.url)),
      pool_size_(options.pool_size == 0 ? 1 : options.pool_size),
      display_url_(HidePassword(options.url)),
      pool_(std::make_unique<soci::connection_pool>(pool_size_)) {
  for (std::size_t i = 0; i < pool_size_; ++i) {
    soci::session& session = pool_->at(i);
    if (dialect_ == Dialect::kSqlite) {
      const std::string path = options.url.substr(std::string("sqlite:").size());
      if (path.empty()) throw std::invalid_argument("sqlite: URL needs a file path");
      // SOCI's connect string quotes values containing spaces with double quotes.
      session.open(*soci::factory_sqlite3(), "db=\"" + path + "\"");
    } else {
      session.open(*soci::factory_postgresql(), options.url);
    }
    Configure(session, dialect_, options);
  }
}

Database::~Database() = default;

Connection Database::Acquire() { return Connection(*this); }

Connection::Connection(Database& database) : database_(database), session_(*database.pool_) {
  database_.in_use_.fetch_add(1, std::memory_order_relaxed);
}

Connection::~Connection() { database_.in_use_.fetch_sub(1, std::memory_order_relaxed); }

Transaction::Transaction(Connection& connection) : connection_(connection) {
  connection_.sql() << (connection_.dialect() == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
  if (!open_) return;
  try {
    connection_.sql() << "ROLLBACK";
  } catch (...) {
    // The connection is already broken; the server drops the transaction with it.
  }
}

void Transaction::Commit() {
  connection_.sql() << "COMMIT";
  open_ = false;
}

}  // namespace sunshine::db
