#pragma once
// The connection pool over SOCI, for SQLite (embedded) and PostgreSQL (production).
//
// Thread-safety: Database is shared by all worker threads; a Connection belongs to the one
// thread that acquired it until it is destroyed. Acquire() blocks while every connection is
// lent out, so handlers must not hold a Connection across an await.
#include <soci/soci.h>

#include <atomic>
#include <memory>
#include <string>

#include "db/query.hpp"

namespace sunshine::db {

struct DatabaseOptions {
  std::string url;  // "sqlite:PATH" or "postgresql://..." (libpq URI)
  std::size_t pool_size = 8;
  int busy_timeout_ms = 5000;        // SQLite: how long a writer waits for the lock
  int statement_timeout_ms = 10000;  // PostgreSQL: longest a statement may run
};

class Connection;

class Database {
 public:
  // Opens every pooled connection and sets the per-connection pragmas / session settings.
  // Throws std::runtime_error with the reason (bad URL, unreachable server, unreadable file).
  explicit Database(const DatabaseOptions& options);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Dialect dialect() const { return dialect_; }
  Connection Acquire();

  std::size_t pool_size() const { return pool_size_; }
  std::size_t in_use() const { return in_use_.load(std::memory_order_relaxed); }
  // URL with any password removed, for logs and the health report.
  const std::string& display_url() const { return display_url_; }

 private:
  friend class Connection;
  Dialect dialect_;
  std::size_t pool_size_;
  std::string display_url_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::atomic<std::size_t> in_use_{0};
};

// A borrowed pooled connection; returned to the pool on destruction.
class Connection {
 public:
  explicit Connection(Database& database);
  ~Connection();
  Connection(Connection&&) = delete;

  soci::session& sql() { return session_; }
  Dialect dialect() const { return database_.dialect(); }
  std::string_view Text(const Query& query) const { return query.For(database_.dialect()); }

 private:
  Database& database_;
  soci::session session_;
};

// One database transaction. SQLite takes the write lock at BEGIN (BEGIN IMMEDIATE) so two
// writers never deadlock upgrading read locks. Rolls back on destruction unless committed.
class Transaction {
 public:
  explicit Transaction(Connection& connection);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  void Commit();

 private:
  Connection& connection_;
  bool open_ = true;
};

// The engine a URL names; throws std::invalid_argument for any other scheme.
Dialect DialectOf(const std::string& url);

}  // namespace sunshine::db
