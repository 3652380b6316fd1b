// Storage tests that run unchanged on SQLite and on PostgreSQL (see tests/CMakeLists.txt).
#include "audit/store.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "auth/store.hpp"
#include "db/migrations.hpp"
#include "registry/regions.hpp"
#include "support/test_database.hpp"

namespace sunshine {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test_db = testing::FreshDatabase("store");
    database = std::make_unique<db::Database>(db::DatabaseOptions{.url = test_db.url, .pool_size = 4});
    db::Migrate(*database);
  }
  void TearDown() override {
    database.reset();
    testing::DropDatabase(test_db);
  }
  testing::TestDatabase test_db;
  std::unique_ptr<db::Database> database;
};

TEST_F(StoreTest, MigrationsApplyOnceAndRefuseEditedHistory) {
  EXPECT_TRUE(db::Migrate(*database).empty()) << "a second run applies nothing";
  EXPECT_EQ(db::AppliedMigrations(*database).size(), db::AllMigrations().size());
  {
    db::Connection connection(*database);
    connection.sql() << "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1";
  }
  try {
    db::Migrate(*database);
    FAIL() << "an edited migration must stop the run";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("V1"), std::string::npos) << e.what();
  }
}

// V0036 moves the cases inspections opened (institution_cases) into risk_cases: each keeps its
// title, institution, county, status and old number, with its inspection as the first item, and
// the old table is gone.
TEST(MigrationDataTest, InspectionCasesMoveIntoRiskCases) {
  auto test_db = testing::FreshDatabase("migration_data");
  {
    db::Database database(db::DatabaseOptions{.url = test_db.url, .pool_size = 2});
    db::Migrate(database, 35);
    {
      db::Connection c(database);
      c.sql() << "INSERT INTO institutions (name, credit_code, type, region_code, status, created_at, updated_at) "
                 "VALUES ('示范学校', '91510104MA0000001X', 'private_school', '510104', 'active', 1, 1)";
      c.sql() << "INSERT INTO institution_cases (institution_id, source, source_id, reason, status, opened_at, opened_by) "
                 "SELECT id, 'inspection', 77, '抽查发现严重问题', 'open', 5, 'city_officer' FROM institutions";
    }
    const auto applied = db::Migrate(database);
    ASSERT_FALSE(applied.empty());
    EXPECT_EQ(applied.front().version, 36);
    db::Connection c(database);
    std::string title, region, origin, status, kind;
    long long legacy = 0, object = 0, items = 0;
    c.sql() << "SELECT title, region_code, origin, status, legacy_case_id FROM risk_cases", soci::into(title),
        soci::into(region), soci::into(origin), soci::into(status), soci::into(legacy);
    EXPECT_EQ(title, "抽查发现严重问题");
    EXPECT_EQ(region, "510104");
    EXPECT_EQ(origin, "inspection");
    EXPECT_EQ(status, "open");
    EXPECT_EQ(legacy, 1);
    c.sql() << "SELECT COUNT(*) FROM risk_case_items", soci::into(items);
    EXPECT_EQ(items, 1);
    c.sql() << "SELECT kind, object_id FROM risk_case_items", soci::into(kind), soci::into(object);
    EXPECT_EQ(kind, "inspection");
    EXPECT_EQ(object, 77);
    EXPECT_ANY_THROW(c.sql() << "SELECT COUNT(*) FROM institution_cases");
  }
  testing::DropDatabase(test_db);
}

TEST_F(StoreTest, RegionsMatchTheReferenceFile) {
  db::Connection connection(*database);
  const auto regions = registry::ListRegions(connection);
  std::ifstream csv(std::string(SUNSHINE_SOURCE_DIR) + "/db/seed/sichuan_regions.csv");
  std::string line;
  std::getline(csv, line);  // header
  std::set<std::string> expected;
  while (std::getline(csv, line)) expected.insert(line.substr(0, line.find(',')));
  std::set<std::string> stored;
  std::map<std::string, int> per_level;
  for (const auto& r : regions) {
    stored.insert(r.code);
    ++per_level[r.level];
    if (r.level == "province")
      EXPECT_FALSE(r.parent_code.has_value());
    else
      EXPECT_TRUE(r.parent_code && r.code.substr(0, r.level == "prefecture" ? 2 : 4) ==
                                       r.parent_code->substr(0, r.level == "prefecture" ? 2 : 4))
          << r.code;
  }
  EXPECT_EQ(stored, expected);
  EXPECT_EQ(per_level["province"], 1);
  EXPECT_EQ(per_level["prefecture"], 21);
  EXPECT_EQ(per_level["county"], 183);
  EXPECT_EQ(regions.front().code, "510000") << "parents come first";
}

TEST_F(StoreTest, ForeignKeysAreEnforced) {
  db::Connection connection(*database);
  EXPECT_ANY_THROW(connection.sql() << "INSERT INTO regions (code, name, level, parent_code) "
                                       "VALUES ('519999', 'x', 'county', '999999')");
}

TEST_F(StoreTest, RolledBackWritesLeaveNothingBehind) {
  db::Connection connection(*database);
  const core::Actor actor{.request_id = "r-test", .client_ip = "127.0.0.1", .system_name = "test"};
  {
    db::Transaction transaction(connection);
    auth::User user{
        .username = "ghost", .display_name = "幽灵", .password_hash = "x", .role = "sysadmin", .created_at = 1};
    auth::store::InsertUser(connection, user);
    audit::Append(connection, actor, {.action = "auth:user:create", .object_type = "user", .object_id = "?"});
    // no Commit: the destructor rolls back
  }
  EXPECT_FALSE(auth::store::FindUserByUsername(connection, "ghost").has_value());
  EXPECT_TRUE(audit::List(connection, 0, 10).empty());
  EXPECT_TRUE(audit::Verify(*database).ok);
}

TEST_F(StoreTest, ConcurrentAppendsKeepOneUnbrokenChain) {
  constexpr int kThreads = 4, kEach = 25;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      db::Connection connection(*database);
      for (int i = 0; i < kEach; ++i) {
        db::Transaction transaction(connection);
        audit::Append(connection,
                      {.request_id = "r-" + std::to_string(t), .client_ip = "127.0.0.1", .system_name = "t"},
                      {.action = "test:chain:append", .object_type = "thread", .object_id = std::to_string(i)});
        transaction.Commit();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const auto report = audit::Verify(*database);
  EXPECT_TRUE(report.ok) << report.reason << " at " << report.first_broken_seq.value_or(0);
  EXPECT_EQ(report.checked, kThreads * kEach);
}

// PostgreSQL cuts text at a NUL and refuses invalid UTF-8; the chain must hash exactly what
// is stored, and no request may grow a record without bound.
TEST_F(StoreTest, TheChainHashesExactlyWhatIsStored) {
  {
    db::Connection connection(*database);
    db::Transaction transaction(connection);
    audit::Append(connection, {.request_id = "r-nul", .client_ip = "::1"},
                  {.action = "auth:session:create",
                   .object_type = "session",
                   .outcome = "invalid",
                   .detail = "{\"pad\":\"" + std::string(1'000'000, 'x') + "\"}",
                   .claimed_username = std::string("nul\0tail\xff", 9)});
    transaction.Commit();
  }
  const auto report = audit::Verify(*database);
  EXPECT_TRUE(report.ok) << report.reason;
  db::Connection connection(*database);
  const auto records = audit::List(connection, 0, 10);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].username, "nul\xEF\xBF\xBDtail\xEF\xBF\xBD");
  EXPECT_EQ(records[0].detail, R"({"truncated":true,"bytes":1000010})");
}

// Acknowledged means durable (docs/operations.md, Durability): every pooled connection runs
// with the engine's durable commit setting.
TEST_F(StoreTest, CommitsAreDurableOnEveryConnection) {
  for (std::size_t i = 0; i < database->pool_size(); ++i) {
    db::Connection connection(*database);
    if (connection.dialect() == db::Dialect::kSqlite) {
      int synchronous = 0;
      connection.sql() << "PRAGMA synchronous", soci::into(synchronous);
      EXPECT_EQ(synchronous, 2) << "FULL";
    } else {
      std::string synchronous_commit;
      connection.sql() << "SHOW synchronous_commit", soci::into(synchronous_commit);
      EXPECT_EQ(synchronous_commit, "on");
    }
  }
}

// Three writers and a reader never pause, the situation in which SQLite's own checkpoint
// never restarts the log; the log must stay near the threshold.
TEST_F(StoreTest, TheSqliteLogStaysBoundedUnderContinuousWriters) {
  if (test_db.engine != "sqlite") GTEST_SKIP() << "SQLite's write-ahead log";
  database.reset();
  database = std::make_unique<db::Database>(
      db::DatabaseOptions{.url = test_db.url, .pool_size = 4, .wal_checkpoint_bytes = 256 << 10});
  {
    db::Connection connection(*database);
    connection.sql() << "CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)";
  }
  const std::string wal = test_db.url.substr(std::string("sqlite:").size()) + "-wal";
  std::atomic<bool> writing{true};
  std::atomic<std::uintmax_t> peak{0};
  std::thread reader([&] {
    db::Connection connection(*database);
    while (writing) {
      long long n = 0;
      connection.sql() << "SELECT COALESCE(MAX(id), 0) FROM filler", soci::into(n);
      std::error_code ec;
      const auto size = std::filesystem::file_size(wal, ec);
      if (!ec && size > peak) peak = size;
    }
  });
  std::vector<std::thread> writers;
  for (int w = 0; w < 3; ++w) {
    writers.emplace_back([&] {
      db::Connection connection(*database);
      const std::string body(20000, 'x');
      for (int i = 0; i < 80; ++i) {
        db::Transaction transaction(connection);
        for (int k = 0; k < 5; ++k) connection.sql() << "INSERT INTO filler (body) VALUES (:b)", soci::use(body);
        transaction.Commit();
      }
    });
  }
  for (auto& w : writers) w.join();
  writing = false;
  reader.join();
  // 24 MB were written; the log peaks near its 256 KB threshold plus one transaction (SQLite's
  // own checkpoint, every 1,000 pages, would let it pass 4 MB even where it restarts at all).
  EXPECT_LT(peak.load(), 2u << 20) << "peak " << peak.load();
  EXPECT_LE(std::filesystem::file_size(wal), 1u << 20);
}

TEST_F(StoreTest, TamperingIsFoundAtTheEditedRecord) {
  {
    db::Connection connection(*database);
    for (int i = 0; i < 5; ++i) {
      db::Transaction transaction(connection);
      audit::Append(connection, {.request_id = "r", .client_ip = "::1", .system_name = "t"},
                    {.action = "test:chain:append", .object_type = "n", .object_id = std::to_string(i)});
      transaction.Commit();
    }
    connection.sql() << "UPDATE audit_records SET outcome = 'denied' WHERE seq = 3";
  }
  auto report = audit::Verify(*database);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_broken_seq, 3);
  {
    db::Connection connection(*database);
    connection.sql() << "UPDATE audit_records SET outcome = 'success' WHERE seq = 3";
    connection.sql() << "DELETE FROM audit_records WHERE seq = 5";
  }
  report = audit::Verify(*database);
  EXPECT_EQ(report.first_broken_seq, 5);
  EXPECT_EQ(report.reason, "head_mismatch");
}

TEST_F(StoreTest, UsersAndSessionsRoundTrip) {
  db::Connection connection(*database);
  auth::User user{.username = "chengdu",
                  .display_name = "成都市",
                  .password_hash = "$argon2id$x",
                  .role = "city_officer",
                  .scope = {core::ScopeKind::kRegion, "510100"},
                  .created_at = 42};
  user.id = auth::store::InsertUser(connection, user);
  EXPECT_GT(user.id, 0);
  auto found = auth::store::FindUserById(connection, user.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->scope.code, "510100");
  EXPECT_EQ(found->scope.kind, core::ScopeKind::kRegion);
  EXPECT_EQ(found->created_at, 42);
  const auto session = auth::store::InsertSession(connection, "hash-1", user.id, 1000, 5000, "127.0.0.1", "ua");
  auto record = auth::store::FindSessionByTokenHash(connection, "hash-1");
  ASSERT_TRUE(record);
  EXPECT_EQ(record->id, session);
  EXPECT_EQ(record->user.username, "chengdu");
  EXPECT_FALSE(record->revoked);
  auth::store::RevokeSession(connection, session, 2000);
  EXPECT_TRUE(auth::store::FindSessionByTokenHash(connection, "hash-1")->revoked);
  EXPECT_FALSE(auth::store::FindSessionByTokenHash(connection, "hash-2").has_value());
  EXPECT_EQ(auth::store::FindRegion(connection, "510104")->name, "锦江区");
  EXPECT_FALSE(auth::store::FindRegion(connection, "999999").has_value());
}

}  // namespace
}  // namespace sunshine
