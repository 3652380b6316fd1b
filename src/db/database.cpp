#include "db/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <spdlog/spdlog.h>

#include <regex>
#include <stdexcept>

#include "core/error.hpp"

namespace sunshine::db {
namespace {

std::string HidePassword(const std::string& url) {
  // postgresql://user:secret@host/db -> postgresql://user:***@host/db
  static const std::regex kUserInfo(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
  return std::regex_replace(url, kUserInfo, "$1:***@");
}

namespace sq = ::sqlite_api;
constexpr int kPageSize = 4096;
constexpr int kCheckpointWaitMs = 200;
constexpr std::int64_t kCheckpointRetryMs = 1000;

// Replaces SQLite's automatic checkpoint (a PASSIVE one every 1,000 pages), which under
// continuous writers never restarts the log: the next writer always takes the lock before the
// log has been fully copied back, so the log only grows (2.9 GB beside a 141 MB database in
// the field). Past the threshold this connection runs a RESTART checkpoint instead: it copies
// every frame back, waits (busy handler) until no reader needs the log, and holds off new
// writers meanwhile, so the next commit starts the log from the beginning.
int CheckpointWhenLarge(void* context, sq::sqlite3* db, const char* name, int pages) {
  auto& wal = *static_cast<WalCheckpoint*>(context);
  if (pages < wal.threshold_pages) return SQLITE_OK;
  const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::steady_clock::now().time_since_epoch())
                               .count();
  if (now < wal.retry_after_ms.load(std::memory_order_relaxed)) return SQLITE_OK;
  // Wait for readers only briefly: a checkpoint that runs out of time has still copied every
  // frame back, so readers that start afterwards read the database file and the next commit
  // can restart the log; a long wait would only hold up the writers queued behind this one.
  sq::sqlite3_busy_timeout(db, kCheckpointWaitMs);
  int logged = 0, copied = 0;
  const int rc = sq::sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_RESTART, &logged, &copied);
  sq::sqlite3_busy_timeout(db, wal.busy_timeout_ms);
  if (rc == SQLITE_BUSY) wal.retry_after_ms.store(now + kCheckpointRetryMs, std::memory_order_relaxed);
  if (rc != SQLITE_OK && rc != SQLITE_BUSY) spdlog::warn("WAL checkpoint failed: {}", sq::sqlite3_errstr(rc));
  return SQLITE_OK;
}

// A pooled connection is only ever used by the thread that holds it, so SQLite need not lock
// each connection on every call (its default, serialized mode): reading a column took a lock and
// an unlock, an eighth of a check-in scan's time (perf). Multi-thread mode must be chosen before
// SQLite starts; once it has, this changes nothing.
void UseConnectionsWithoutTheirMutex() {
  static const bool chosen = [] {
    return sq::sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
  }();
  (void)chosen;
}

void Configure(soci::session& session, Dialect dialect, const DatabaseOptions& options, WalCheckpoint* checkpoint) {
  if (dialect == Dialect::kSqlite) {
    session << "PRAGMA journal_mode = WAL";
    session << (options.durable_commits ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    session << "PRAGMA foreign_keys = ON";
    session << "PRAGMA busy_timeout = " + std::to_string(options.busy_timeout_ms);
    // When the log restarts, its file is cut back to this size (otherwise it keeps its peak).
    session << "PRAGMA journal_size_limit = " + std::to_string(options.wal_checkpoint_bytes);
    session << "PRAGMA cache_size = -" + std::to_string(options.sqlite_cache_bytes / 1024);  // negative: KiB
    auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
    sq::sqlite3_wal_hook(backend->conn_, CheckpointWhenLarge, checkpoint);
  } else {
    session << "SET TIME ZONE 'UTC'";
    session << "SET client_min_messages = warning";
    session << "SET statement_timeout = " + std::to_string(options.statement_timeout_ms);
    // plan_cache_mode stays the server's (PostgreSQL's default is auto): after five uses a kept
    // statement (Connection::Kept) may run on one generic plan instead of being planned for each
    // use, which was half of a class page's time. That is safe because a kept text names the
    // filters and scope that apply (db/keyset.hpp, FilledText): with `:x = '' OR ...` filters the
    // generic plan of the exceptions page read 15 times as much (docs/performance.md). An
    // operator can still force per-use plans with PGOPTIONS='-c plan_cache_mode=force_custom_plan'.
    // Per session, so a server whose default is off still acknowledges only durable commits.
    session << (options.durable_commits ? "SET synchronous_commit = on" : "SET synchronous_commit = off");
  }
}

// PostgreSQL with fsync off acknowledges commits it may lose whatever the session asks.
void WarnIfNotDurable(soci::session& session, const DatabaseOptions& options) {
  std::string fsync;
  session << "SHOW fsync", soci::into(fsync);
  if (options.durable_commits && fsync != "on") {
    spdlog::warn("PostgreSQL runs with fsync={}: acknowledged writes can be lost on power loss; production "
                 "needs fsync=on (docs/operations.md)",
                 fsync);
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
      checkpoint_{static_cast<int>(std::max<std::int64_t>(1, options.wal_checkpoint_bytes / kPageSize)),
                  options.busy_timeout_ms, {0}},
      busy_timeout_(options.busy_timeout_ms),
      display_url_(HidePassword(options.url)),
      clock_(options.clock ? *options.clock : core::SystemClock()),
      pool_(std::make_unique<soci::connection_pool>(pool_size_)),
      kept_(pool_size_) {
  if (dialect_ == Dialect::kSqlite) UseConnectionsWithoutTheirMutex();
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
    Configure(session, dialect_, options, &checkpoint_);
  }
  if (dialect_ == Dialect::kPostgresql) WarnIfNotDurable(pool_->at(0), options);
}

Database::~Database() = default;

Connection Database::Acquire() { return Connection(*this); }

Connection::Connection(Database& database)
    : database_(database), position_(database.pool_->lease()), session_(database.pool_->at(position_)) {
  database_.in_use_.fetch_add(1, std::memory_order_relaxed);
}

Connection::~Connection() {
  database_.in_use_.fetch_sub(1, std::memory_order_relaxed);
  database_.pool_->give_back(position_);
}

std::string_view Connection::Text(const Query& query) const {
  const auto text = query.For(database_.dialect());
  if (text.empty()) throw std::logic_error("query " + std::string(query.name) + " has no text for this engine");
  return text;
}

Transaction::Transaction(Connection& connection) : connection_(connection) {
  if (connection_.dialect() == Dialect::kSqlite) {
    Database& database = connection_.database();
    writer_ = std::unique_lock(database.sqlite_writer(), std::defer_lock);
    // Past the busy timeout, fall back to the file lock (another process, e.g. a CLI
    // command, may hold it; its busy handler then decides).
    if (!writer_.try_lock_for(database.busy_timeout())) {
      spdlog::warn("waited {} ms for the SQLite writer slot; taking the file lock directly",
                   database.busy_timeout().count());
    }
    try {
      connection_.sql() << "BEGIN IMMEDIATE";
    } catch (const soci::soci_error& e) {
      throw core::BusyError(std::string("SQLite writer busy: ") + e.what());
    }
  } else {
    connection_.sql() << "BEGIN";
  }
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
  if (writer_.owns_lock()) writer_.unlock();
}

}  // namespace sunshine::db
