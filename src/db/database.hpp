#pragma once
// The connection pool over SOCI, for SQLite (embedded) and PostgreSQL (production).
//
// Thread-safety: Database is shared by all worker threads; a Connection belongs to the one
// thread that acquired it until it is destroyed. Acquire() blocks while every connection is
// lent out, so handlers must not hold a Connection across an await.
#include <soci/soci.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/clock.hpp"
#include "db/query.hpp"

namespace sunshine::db {

struct DatabaseOptions {
  std::string url;  // "sqlite:PATH" or "postgresql://..." (libpq URI)
  std::size_t pool_size = 8;
  int busy_timeout_ms = 5000;        // SQLite: how long a writer waits for the lock
  int statement_timeout_ms = 10000;  // PostgreSQL: longest a statement may run
  // A commit is acknowledged only once it survives an OS crash or power cut: SQLite
  // synchronous=FULL (the log is synced at every commit), PostgreSQL synchronous_commit=on.
  // false (NORMAL / off) is for throwaway benchmarks only (docs/operations.md).
  bool durable_commits = true;
  // SQLite: once the write-ahead log holds this many bytes, the connection that committed
  // checkpoints it completely and restarts it, waiting for readers, so the log stays
  // bounded under continuous writers (which otherwise never let it restart).
  std::int64_t wal_checkpoint_bytes = 32 << 20;
  // SQLite: the page cache of each pooled connection. SQLite's own default (2 MB) sends every
  // lookup of a large table's indexes to the operating system's cache.
  std::int64_t sqlite_cache_bytes = 64 << 20;
  // The platform's time (docs/adr/0010): every instant a record is stamped with and every
  // deadline a service judges comes from this one clock. Not owned; outlives the Database.
  const core::Clock* clock = &core::SystemClock();
};

class Connection;

// A statement a pooled connection keeps prepared, with the variables it is bound to, for its next
// uses (Connection::Kept): the lists and counts every page of the API runs (db/keyset.hpp).
struct KeptStatement {
  virtual ~KeptStatement() = default;
};

// When the SQLite log is checkpointed (db/database.cpp) and the busy timeout to restore after.
struct WalCheckpoint {
  int threshold_pages = 0;
  int busy_timeout_ms = 0;
  // After a checkpoint that ran out of time (a long reader such as `audit verify`), commits
  // skip checkpointing until then (steady clock, ms), rather than each waiting for it again.
  std::atomic<std::int64_t> retry_after_ms{0};
};

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
  // SQLite admits one writer at a time. Writers queue here, in the process, instead of
  // polling the file lock through SQLite's busy handler (which sleeps up to 100 ms between
  // tries, so a queue of uploaders saw second-long tails). Held from BEGIN to COMMIT/ROLLBACK.
  std::timed_mutex& sqlite_writer() { return sqlite_writer_; }
  std::chrono::milliseconds busy_timeout() const { return busy_timeout_; }
  std::size_t in_use() const { return in_use_.load(std::memory_order_relaxed); }
  // URL with any password removed, for logs and the health report.
  const std::string& display_url() const { return display_url_; }
  const core::Clock& clock() const { return clock_; }

 private:
  friend class Connection;
  Dialect dialect_;
  std::size_t pool_size_;
  WalCheckpoint checkpoint_;  // read by every pooled SQLite connection's WAL hook
  std::timed_mutex sqlite_writer_;
  std::chrono::milliseconds busy_timeout_;
  std::string display_url_;
  const core::Clock& clock_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::atomic<std::size_t> in_use_{0};
  // The statements each pooled connection keeps (by its position in the pool), destroyed before
  // the pool (declared after it) so that each is finalised on its live connection.
  std::vector<std::unordered_map<std::string, std::unique_ptr<KeptStatement>>> kept_;
};

// A borrowed pooled connection; returned to the pool on destruction.
class Connection {
 public:
  explicit Connection(Database& database);
  ~Connection();
  Connection(Connection&&) = delete;

  // The pooled session itself (not a proxy of it), so that a statement kept with it outlives
  // this borrowing.
  soci::session& sql() { return session_; }
  Dialect dialect() const { return database_.dialect(); }
  Database& database() { return database_; }
  // Throws std::logic_error for a query only the other engine has (db/queries/*.postgresql.sql
  // without a portable file): a caller must ask for it only on that engine.
  std::string_view Text(const Query& query) const;

  // The statement this pooled connection keeps under `text` (the text it was prepared from), made
  // by `make` (std::unique_ptr<Entry>) the first time. Preparing anew on every request cost more
  // than running the statement (PostgreSQL parsed and planned a class list in 2.5 ms and ran it
  // in 0.6; docs/performance.md); kept, it is neither parsed nor deallocated again, and
  // PostgreSQL may plan it once for all its uses (plan_cache_mode, db/database.cpp), which is
  // why a text must say which filters apply (db/keyset.hpp, FilledText). The entry's statement
  // must be run to its last row each time (SQLite holds a read snapshot for a statement left
  // mid-result) or forgotten.
  template <class Entry, class Make>
  Entry& Kept(const std::string& text, Make make) {
    auto& kept = database_.kept_[position_];
    auto it = kept.find(text);
    Entry* entry = it == kept.end() ? nullptr : dynamic_cast<Entry*>(it->second.get());
    if (entry) return *entry;
    // A bound on what a connection keeps. Each combination of sort, scope and filters of a list
    // is its own text, so the possible texts run to thousands, but a working day uses a few
    // hundred; past the bound the connection starts afresh rather than grow without end.
    constexpr std::size_t kMostKept = 512;
    if (kept.size() >= kMostKept) kept.clear();
    auto made = make();
    entry = made.get();
    kept.insert_or_assign(text, std::move(made));
    return *entry;
  }
  // Drops the statement kept under `text` (it failed and may be left mid-result).
  void Forget(const std::string& text) { database_.kept_[position_].erase(text); }

 private:
  Database& database_;
  std::size_t position_;
  soci::session& session_;
};

// One database transaction. SQLite takes the write lock at BEGIN (BEGIN IMMEDIATE) so two
// writers never deadlock upgrading read locks, after queueing for the process's writer slot
// (Database::sqlite_writer; a thread must not open a second Transaction while it holds one).
// Rolls back on destruction unless committed.
class Transaction {
 public:
  explicit Transaction(Connection& connection);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  void Commit();

 private:
  Connection& connection_;
  std::unique_lock<std::timed_mutex> writer_;
  bool open_ = true;
};

// The engine a URL names; throws std::invalid_argument for any other scheme.
Dialect DialectOf(const std::string& url);

}  // namespace sunshine::db
