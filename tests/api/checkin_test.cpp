// Signed check-in batches and photos over HTTP on both engines (issue 5, R-W3): unsigned,
// badly signed, stale, unknown and revoked terminals are refused; a terminal cannot report for
// a class it does not serve; every well-formed event is stored once with the reasons it does
// not count; a batch sent twice is stored once; a replay is refused; a failure in the middle
// of a batch leaves none of it.
#include <atomic>
#include <fstream>
#include <memory>

#include "core/clock.hpp"
#include "generator/portrait.hpp"
#include "reports/xlsx_table.hpp"
#include "training/calendar.hpp"
#include "training/checkin_store.hpp"
#include "training_fixture.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;
constexpr char kBatches[] = "/api/v1/checkins/batches";
constexpr std::int64_t kMinute = 60 * 1000;

class CheckinApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (auto* ids : {&trainees, &session_ids, &session_from, &online_session_ids, &online_session_from}) ids->clear();
    server = new RunningServer("checkins", SeedQingyangOfficer);
    HttpClient client(server->port);
    const auto province = client.SignIn("province_officer", app::kDemoPassword);
    county = client.SignIn("county_officer", app::kDemoPassword);
    institution = client.SignIn("institution", app::kDemoPassword);
    const auto cook = client.Get("/api/v1/occupations?q=4-03-02-01", province).Json().at("items").at(0).at("id");
    auto project_of_level = [&](int level) {
      return Must(client.Post("/api/v1/training-projects",
                              R"({"name":"中式烹调师（)" + std::to_string(level) + R"(级）班","occupation_id":)" +
                                  boost::json::serialize(cook) + R"(,"level":)" + std::to_string(level) +
                                  R"(,"training_type":"employment_skills","standard_hours":40,"subsidy_fen":120000,"valid_from":"2026-01-01"})",
                              province),
                  201)
          .at("id")
          .as_int64();
    };
    // Two levels: one person is never subsidised twice for the same occupation and level.
    const auto project = project_of_level(5), online_project = project_of_level(4);
    const auto institution_id =
        client.Get("/api/v1/institutions", institution).Json().at("items").at(0).at("id").as_int64();
    const std::string base = "/api/v1/institutions/" + std::to_string(institution_id);
    auto venue = [&](const char* name) {
      return Must(client.Post(base + "/venues",
                              R"({"name":")" + std::string(name) +
                                  R"(","address":"成都市锦江区东大街8号","region_code":"510104","latitude":30.657,"longitude":104.081,"datum":"wgs84","capacity":10})",
                              institution),
                  201)
          .at("id")
          .as_int64();
    };
    const auto classroom = venue("烹饪实训室"), other_room = venue("二号教室");
    for (const auto permitted : {project, online_project}) {
      Must(client.Post(base + "/projects",
                       R"({"project_id":)" + std::to_string(permitted) + R"(,"valid_from":"2026-01-01","valid_to":"2030-12-31"})",
                       county),
           201);
    }
    for (int i = 0; i < 4; ++i) {
      trainees.push_back(Must(client.Post("/api/v1/trainees",
                                          R"({"name":"学员)" + std::to_string(i) + R"(","id_number":")" +
                                              IdNumber("1990010" + std::to_string(i + 1), "20" + std::to_string(i)) +
                                              R"(","phone":"1390000123)" + std::to_string(i) +
                                              R"(","household_region_code":"510104","residence_region_code":"510104","groups":[],"employment_status":"employed"})",
                                          institution),
                              201)
                             .at("id")
                             .as_int64());
    }
    // A class of the first three people, filed, submitted and approved as a class must be.
    const std::string start = training::AddDays(core::DateInShanghai(core::SystemClock().Now()), 21);
    std::string sessions, roster;
    for (int d = 0; d < 5; ++d) {
      sessions += std::string(d ? "," : "") + R"({"date":")" + training::AddDays(start, d) +
                  R"(","start":"09:00","end":"17:00","topic":"实操","teacher":0})";
    }
    for (int i = 0; i < 3; ++i) roster += std::string(i ? "," : "") + R"({"trainee_id":)" + std::to_string(trainees[i]) + "}";
    // Classes of the first three people, filed, submitted and approved as a class must be, then
    // moved into the past so check-ins can be made at their session times.
    auto approved = [&](const std::string& name, std::int64_t project, const std::string& place,
                        std::vector<std::int64_t>& ids,
                        std::vector<std::int64_t>& starts) {
      const auto klass = Must(
          client.Post("/api/v1/classes",
                      R"({"name":")" + name + R"(","project_id":)" + std::to_string(project) +
                          R"(,"training_type":"employment_skills",)" + place + R"(,"start_date":")" + start +
                          R"(","end_date":")" + training::AddDays(start, 4) +
                          R"(","teachers":[{"name":"王师傅","id_number":")" + IdNumber("19750303", "456") +
                          R"(","qualification":"中式烹调师二级"}],"sessions":[)" + sessions + R"(],"roster":[)" + roster + "]}",
                      institution),
          201);
      const std::string path = "/api/v1/classes/" + std::to_string(klass.at("id").as_int64());
      Must(client.Post(path + "/actions/submit", "{}", institution), 200);
      Must(client.Post(path + "/actions/approve", "{}", county), 200);
      const std::string first = training::AddDays(core::DateInShanghai(core::SystemClock().Now()), -10);
      for (const auto& s : klass.at("sessions").as_array()) {
        const std::string day = training::AddDays(first, static_cast<int>(ids.size()));
        ids.push_back(s.at("id").as_int64());
        server->Sql("UPDATE class_sessions SET session_date = '" + day + "' WHERE id = " + std::to_string(ids.back()));
        starts.push_back(*core::AtShanghai(day, "09:00"));
      }
      return klass.at("id").as_int64();
    };
    class_id = approved("打卡测试班", project, R"("mode":"offline","venue_id":)" + std::to_string(classroom),
                        session_ids, session_from);
    online_class_id =
        approved("线上学习测试班", online_project, R"("mode":"online")", online_session_ids, online_session_from);
    auto terminal = [&](unsigned char fill, const std::string& where) {
      return std::string(Must(client.Post("/api/v1/terminals",
                                          R"({"name":"终端)" + std::to_string(fill) + R"(","public_key":")" +
                                              DeviceKey(fill).public_key_b64 + R"(",)" + where + "}",
                                          institution),
                              201)
                             .at("key_id")
                             .as_string());
    };
    key_id = terminal(21, R"("venue_ids":[)" + std::to_string(classroom) + "]");
    other_key_id = terminal(22, R"("venue_ids":[)" + std::to_string(other_room) + "]");
    platform_key_id = terminal(23, R"("venue_ids":[],"kind":"online")");
  }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }

  // One event as a terminal at the venue reports it.
  static boost::json::object Event(const std::string& id, std::size_t trainee, std::size_t session,
                                   const std::string& kind, std::int64_t at) {
    return {{"event_id", id},       {"trainee_id", trainees[trainee]},
            {"class_id", class_id}, {"session_id", session_ids[session]},
            {"kind", kind},         {"captured_at", at},
            {"latitude", 30.6571},  {"longitude", 104.0812},
            {"face_score", 0.93},   {"liveness_score", 0.98},
            {"photo_sha256", crypto::Sha256Hex(id)}};
  }
  static std::string Batch(std::initializer_list<boost::json::object> events) {
    boost::json::array array;
    for (const auto& e : events) array.push_back(e);
    return boost::json::serialize(boost::json::object{{"events", array}});
  }
  HttpReply Upload(const std::string& body, unsigned char key = 21, const std::string& as = "",
                   std::int64_t at = NextInstant()) {
    return client->Send(bhttp::verb::post, kBatches, body, "", "application/json", std::nullopt,
                        SignedHeaders(DeviceKey(key), as.empty() ? key_id : as, "POST", kBatches, body, at));
  }

  inline static RunningServer* server = nullptr;
  inline static std::string county, institution, key_id, other_key_id, platform_key_id;
  inline static std::int64_t class_id = 0, online_class_id = 0;
  inline static std::vector<std::int64_t> trainees, session_ids, session_from, online_session_ids, online_session_from;
  std::unique_ptr<HttpClient> client;
};

TEST_F(CheckinApiTest, OnlyARegisteredActiveTerminalSigningTheExactBytesIsHeard) {
  const std::string body = Batch({Event("auth-1", 0, 0, "start", session_from[0])});
  EXPECT_EQ(client->Post(kBatches, body).status, 401) << "no signature, no session";
  EXPECT_EQ(client->Post(kBatches, body, institution).ErrorCode(), "permission_denied")
      << "an account cannot upload check-ins";
  EXPECT_EQ(Upload(body, 99).ErrorCode(), "bad_signature") << "signed with another key";
  auto tampered = client->Send(bhttp::verb::post, kBatches, Batch({Event("auth-1", 1, 0, "start", session_from[0])}),
                               "", "application/json", std::nullopt,
                               SignedHeaders(DeviceKey(21), key_id, "POST", kBatches, body));
  EXPECT_EQ(tampered.ErrorCode(), "bad_signature") << "the body changed after signing";
  auto other_path = client->Send(bhttp::verb::post, kBatches, body, "", "application/json", std::nullopt,
                                 SignedHeaders(DeviceKey(21), key_id, "POST", "/api/v1/other", body));
  EXPECT_EQ(other_path.ErrorCode(), "bad_signature") << "signed for another path";
  EXPECT_EQ(Upload(body, 21, "", core::SystemClock().Now() - 10 * kMinute).ErrorCode(), "stale_timestamp");
  EXPECT_EQ(Upload(body, 21, "tk_000000000000000000000000").ErrorCode(), "unknown_terminal");
  auto headerless = client->Send(bhttp::verb::post, kBatches, body, "", "application/json", std::nullopt,
                                 {{"X-Key-Id", key_id}});
  EXPECT_EQ(headerless.ErrorCode(), "signature_required");
  EXPECT_EQ(server->Count("checkins"), 0);
  EXPECT_EQ(server->Count("signed_requests"), 0);
}

TEST_F(CheckinApiTest, EveryEventIsKeptOnceWithTheReasonsItDoesNotCount) {
  const auto t = session_from[1];
  auto far = Event("keep-far", 1, 1, "start", t);
  far["latitude"] = 30.667;  // about 1.1 km north
  auto blurred = Event("keep-blurred", 2, 1, "in_class", t + 120 * kMinute);
  blurred["face_score"] = 0.4123456789012345;
  const std::string body = Batch({Event("keep-ok", 0, 1, "start", t - 5 * kMinute), far, blurred,
                                  Event("keep-late", 2, 1, "start", t + 40 * kMinute),
                                  Event("keep-stranger", 3, 1, "start", t), Event("keep-end", 0, 1, "end", t + 8 * 60 * kMinute),
                                  Event("keep-ok", 0, 1, "start", t - 5 * kMinute)});
  const auto headers = SignedHeaders(DeviceKey(21), key_id, "POST", kBatches, body);
  auto reply = client->Send(bhttp::verb::post, kBatches, body, "", "application/json", std::nullopt, headers);
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto receipt = reply.Json();
  SCOPED_TRACE(reply.body);
  EXPECT_EQ(receipt.at("received"), 7);
  EXPECT_EQ(receipt.at("stored"), 6);
  EXPECT_EQ(receipt.at("duplicates"), 1) << "the same event twice in one batch";
  EXPECT_EQ(receipt.at("counting"), 2);
  auto reasons = [&](std::size_t i) { return boost::json::serialize(receipt.at("results").at(i).at("reasons")); };
  EXPECT_EQ(reasons(0), "[]");
  EXPECT_EQ(reasons(1), R"(["far_from_venue"])");
  EXPECT_EQ(reasons(2), R"(["low_face_score"])");
  EXPECT_EQ(reasons(3), R"(["late"])");
  EXPECT_EQ(reasons(4), R"(["not_on_roster"])");
  EXPECT_EQ(reasons(5), "[]");
  EXPECT_EQ(receipt.at("results").at(6).at("outcome"), "duplicate");
  EXPECT_EQ(server->Count("checkins"), 6);

  // The very same request again is a replay; the same events in a new request are duplicates.
  auto replay = client->Send(bhttp::verb::post, kBatches, body, "", "application/json", std::nullopt, headers);
  EXPECT_EQ(replay.status, 409);
  EXPECT_EQ(replay.ErrorCode(), "replayed");
  auto resent = Upload(body);
  ASSERT_EQ(resent.status, 200) << resent.body;
  EXPECT_EQ(resent.Json().at("stored"), 0);
  EXPECT_EQ(resent.Json().at("duplicates"), 7);
  EXPECT_EQ(server->Count("checkins"), 6) << "a batch sent twice is stored once";
  EXPECT_EQ(server->Count("checkin_batches"), 2);
  db::Connection connection(server->app->database());
  long long audited = 0;
  connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = 'training:checkin:upload' AND username = :k "
                      "AND object_type = 'checkin_batch'",
      soci::use(key_id), soci::into(audited);
  EXPECT_EQ(audited, 2) << "each stored batch, by the terminal's key id";

  // Stored as sent and judged on either engine (PostgreSQL stores a batch through array
  // literals, which quotes and doubles must survive; the number as the endpoint's parser reads it).
  std::string stored_reasons, stored_kind;
  double face = 0;
  connection.sql() << "SELECT reasons, kind, face_score FROM checkins WHERE event_id = 'keep-blurred'",
      soci::into(stored_reasons), soci::into(stored_kind), soci::into(face);
  EXPECT_EQ(stored_reasons, R"(["low_face_score"])");
  EXPECT_EQ(stored_kind, "in_class");
  EXPECT_EQ(face, boost::json::parse(body).at("events").at(2).at("face_score").as_double());
  long long distance = 0;
  connection.sql() << "SELECT reasons, distance_m FROM checkins WHERE event_id = 'keep-far'", soci::into(stored_reasons),
      soci::into(distance);
  EXPECT_EQ(stored_reasons, R"(["far_from_venue"])");
  EXPECT_NEAR(distance, 1100, 20);
}

TEST_F(CheckinApiTest, ABatchWithAnyRefusedEventStoresNothing) {
  const auto t = session_from[2];
  const auto before = server->Count("checkins");
  // A terminal of another venue reporting for this class.
  const std::string foreign = Batch({Event("whole-1", 0, 2, "start", t)});
  auto refused = client->Send(bhttp::verb::post, kBatches, foreign, "", "application/json", std::nullopt,
                              SignedHeaders(DeviceKey(22), other_key_id, "POST", kBatches, foreign));
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.ErrorCode(), "class_not_served");
  EXPECT_NE(refused.body.find(R"("field":"events[0].class_id","reason":"not_served")"), std::string::npos);

  auto bad = Event("whole-2", 1, 2, "lunch", t);
  bad["face_score"] = 3;
  bad.erase("photo_sha256");
  auto unknown = Event("whole-3", 0, 2, "start", t);
  unknown["session_id"] = 999999;
  auto malformed = Upload(Batch({Event("whole-1", 0, 2, "start", t), bad}));
  ASSERT_EQ(malformed.status, 422) << malformed.body;
  for (const char* field : {"events[1].photo_sha256", "events[1].kind", "events[1].face_score"}) {
    EXPECT_NE(malformed.body.find(std::string(R"("field":")") + field + "\""), std::string::npos) << field;
  }
  auto missing = Upload(Batch({Event("whole-1", 0, 2, "start", t), unknown}));
  EXPECT_NE(missing.body.find(R"("field":"events[1].session_id","reason":"unknown")"), std::string::npos)
      << missing.body;
  EXPECT_EQ(Upload(R"({"events":[]})").status, 422);
  EXPECT_EQ(server->Count("checkins"), before);

  // A failure in the middle of storing (here a trigger refusing the third event) leaves none of
  // the batch: no events, no batch row, no replay record, no audit record.
  const bool postgres = server->app->database().dialect() == db::Dialect::kPostgresql;
  if (postgres) {
    server->Sql("CREATE FUNCTION fail_checkin() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$ "
                "LANGUAGE plpgsql");
    server->Sql("CREATE TRIGGER fail_checkin BEFORE INSERT ON checkins FOR EACH ROW WHEN (NEW.event_id = 'crash') "
                "EXECUTE FUNCTION fail_checkin()");
  } else {
    server->Sql("CREATE TRIGGER fail_checkin BEFORE INSERT ON checkins WHEN NEW.event_id = 'crash' "
                "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
  }
  const auto batches = server->Count("checkin_batches"), requests = server->Count("signed_requests"),
             audits = server->Count("audit_records");
  auto crashed = Upload(Batch({Event("whole-1", 0, 2, "start", t), Event("whole-4", 1, 2, "start", t),
                               Event("crash", 2, 2, "start", t)}));
  EXPECT_EQ(crashed.status, 500) << crashed.body;
  server->Sql("DROP TRIGGER fail_checkin" + std::string(postgres ? " ON checkins" : ""));
  EXPECT_EQ(server->Count("checkins"), before);
  EXPECT_EQ(server->Count("checkin_batches"), batches);
  EXPECT_EQ(server->Count("signed_requests"), requests);
  EXPECT_EQ(server->Count("audit_records"), audits + 1) << "only the refusal itself is recorded";

  // Corrected, the same events go through.
  auto fixed = Upload(Batch({Event("whole-1", 0, 2, "start", t), Event("whole-4", 1, 2, "start", t)}));
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  EXPECT_EQ(fixed.Json().at("stored"), 2);
}

TEST_F(CheckinApiTest, PhotosAreStoredByTheirHashOnce) {
  const std::string jpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF test photo bytes";
  const std::string hash = crypto::Sha256Hex(jpeg);
  const std::string path = "/api/v1/photos/" + hash;
  auto put = [&](const std::string& target, const std::string& bytes, const std::string& type) {
    return client->Send(bhttp::verb::put, target, bytes, "", type, std::nullopt,
                        SignedHeaders(DeviceKey(21), key_id, "PUT", target, bytes));
  };
  // Risk screening wakes on a photo only when its hash reaches check-ins sent before it (the next
  // test): not on a refused one, nor on one no check-in waits for (these bytes do not even
  // decode, so have no perceptual hash), nor on one sent again.
  const auto wakes = std::make_shared<std::atomic<int>>(0);
  server->app->photos().AfterCommit([wakes] { ++*wakes; });
  EXPECT_EQ(client->Send(bhttp::verb::put, path, jpeg, institution, "image/jpeg").status, 403);
  EXPECT_EQ(put("/api/v1/photos/" + crypto::Sha256Hex("other"), jpeg, "image/jpeg").body.find("hash_mismatch") !=
                std::string::npos,
            true);
  EXPECT_NE(put(path, jpeg, "image/png").body.find("not_png"), std::string::npos);
  EXPECT_EQ(put(path, jpeg, "text/plain").status, 415);
  EXPECT_EQ(put("/api/v1/photos/ABC", jpeg, "image/jpeg").status, 422);
  EXPECT_EQ(*wakes, 0);
  auto stored = put(path, jpeg, "image/jpeg");
  ASSERT_EQ(stored.status, 201) << stored.body;
  EXPECT_EQ(stored.Json().at("bytes"), static_cast<std::int64_t>(jpeg.size()));
  EXPECT_EQ(*wakes, 0) << "no check-in waits for it";
  const auto packs = server->photo_dir / "packs";
  auto pack_bytes = [&] {
    std::uintmax_t n = 0;
    for (const auto& f : std::filesystem::directory_iterator(packs)) n += f.file_size();
    return n;
  };
  const auto before = pack_bytes();
  auto again = put(path, jpeg, "image/jpeg");
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(pack_bytes(), before) << "the photo sent again was not appended again";
  EXPECT_EQ(again.Json().at("already_stored"), true);
  EXPECT_EQ(*wakes, 0) << "a photo sent again changes nothing to screen";
  server->app->photos().AfterCommit({});
  EXPECT_EQ(server->Count("photos"), 1);
  // The bytes went once into the day's pack (ADR 0012), and read back as sent.
  db::Connection connection(server->app->database());
  const auto photo = training::checkin_store::FindPhoto(connection, hash);
  ASSERT_TRUE(photo && photo->pack);
  EXPECT_EQ(photo->bytes, static_cast<std::int64_t>(jpeg.size()));
  EXPECT_TRUE(std::filesystem::exists(server->photo_dir / "packs" / *photo->pack));
  EXPECT_EQ(*server->app->photos().Bytes(*photo, hash), jpeg);
}

// Screening reads a photo's perceptual hash on the check-in's own row (V0038): the check-in takes
// it when its photo was there first, and the photo gives it to the check-ins stored before it.
TEST_F(CheckinApiTest, CheckinsKeepTheirPhotosPerceptualHashWhicheverCameFirst) {
  auto put = [&](const std::string& bytes) {
    const std::string target = "/api/v1/photos/" + crypto::Sha256Hex(bytes);
    return client->Send(bhttp::verb::put, target, bytes, "", "image/png", std::nullopt,
                        SignedHeaders(DeviceKey(21), key_id, "PUT", target, bytes));
  };
  const auto hash_of = [&](const std::string& table, const std::string& column, const std::string& key,
                           const std::string& value) {
    return server->Text("SELECT COALESCE(" + column + ", '-') FROM " + table + " WHERE " + key + " = '" + value + "'");
  };
  const std::string early = generator::Portrait("trainee:early", "sitting:1"),
                    late = generator::Portrait("trainee:late", "sitting:1");
  // Risk screening wakes when a photo's hash reaches check-ins already stored (the look-alike rule
  // reads it there), not for a photo that comes first: its batch wakes it then.
  const auto wakes = std::make_shared<std::atomic<int>>(0);
  server->app->photos().AfterCommit([wakes] { ++*wakes; });
  ASSERT_EQ(put(early).status, 201);
  EXPECT_EQ(*wakes, 0);
  auto first = Event("hash-photo-first", 0, 3, "start", session_from[3]);
  first["photo_sha256"] = crypto::Sha256Hex(early);
  auto second = Event("hash-photo-later", 1, 3, "start", session_from[3] + kMinute);
  second["photo_sha256"] = crypto::Sha256Hex(late);
  ASSERT_EQ(Upload(Batch({first, second})).status, 200);
  const auto early_hash = hash_of("photos", "phash", "sha256", crypto::Sha256Hex(early));
  EXPECT_EQ(early_hash.size(), 96u);
  EXPECT_EQ(hash_of("checkins", "photo_phash", "event_id", "hash-photo-first"), early_hash);
  EXPECT_EQ(hash_of("checkins", "photo_phash", "event_id", "hash-photo-later"), "-") << "its photo has not come";
  ASSERT_EQ(put(late).status, 201);
  EXPECT_EQ(*wakes, 1) << "the later photo's hash reached its check-in";
  server->app->photos().AfterCommit({});
  EXPECT_EQ(hash_of("checkins", "photo_phash", "event_id", "hash-photo-later"),
            hash_of("photos", "phash", "sha256", crypto::Sha256Hex(late)));
  EXPECT_NE(hash_of("checkins", "photo_phash", "event_id", "hash-photo-later"), early_hash);
}

TEST_F(CheckinApiTest, AttendanceAndTheTrailAddUpFromTheEventsShown) {
  const auto from = session_from[4], to = from + 8 * 60 * kMinute;  // 09:00-17:00
  const std::string jpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "face at the door";
  auto with_photo = Event("trail-0-start", 0, 4, "start", from - 5 * kMinute);
  with_photo["photo_sha256"] = crypto::Sha256Hex(jpeg);
  auto reply = Upload(Batch({with_photo, Event("trail-0-mid", 0, 4, "in_class", from + 120 * kMinute),
                             Event("trail-0-end", 0, 4, "end", to + 5 * kMinute),
                             Event("trail-1-start", 1, 4, "start", from + 40 * kMinute),
                             Event("trail-1-end", 1, 4, "end", to),
                             Event("trail-2-start", 2, 4, "start", from + 10 * kMinute),
                             Event("trail-2-end", 2, 4, "end", to - 10 * kMinute)}));
  ASSERT_EQ(reply.status, 200) << reply.body;

  const std::string klass = "/api/v1/classes/" + std::to_string(class_id);
  auto attendance = client->Get(klass + "/attendance", county);
  ASSERT_EQ(attendance.status, 200) << attendance.body;
  const auto a = attendance.Json();
  EXPECT_EQ(a.at("planned_minutes"), 5 * 480);
  EXPECT_EQ(a.at("sessions").at(4).at("planned_minutes"), 480);
  const auto& people = a.at("trainees").as_array();
  ASSERT_EQ(people.size(), 3u);
  EXPECT_EQ(people[0].at("minutes").at(4), 480) << "from 09:00 (checked in 08:55) to 17:00 (out 17:05)";
  EXPECT_EQ(people[1].at("minutes").at(4), 0) << "a late start does not count, so no time is proven";
  EXPECT_EQ(people[2].at("minutes").at(4), 460) << "09:10 to 16:50";
  EXPECT_EQ(people[2].at("attended_minutes"), 460);
  EXPECT_DOUBLE_EQ(people[2].at("rate").as_double(), 0.1917);
  EXPECT_EQ(people[2].at("id_number_masked").as_string().find("********"), 6u);
  EXPECT_EQ(client->Get(klass + "/attendance", institution).status, 200);

  // The trail of the person lists each event in time order and adds up to what it shows.
  auto trail = client->Get("/api/v1/trainees/" + std::to_string(trainees[2]) + "/trail?class_id=" +
                               std::to_string(class_id),
                           county);
  ASSERT_EQ(trail.status, 200) << trail.body;
  const auto t = trail.Json();
  EXPECT_EQ(t.at("name"), "学员2");
  std::int64_t sum = 0;
  for (const auto& s : t.at("sessions").as_array()) sum += s.at("attended_minutes").as_int64();
  EXPECT_EQ(t.at("attended_minutes").as_int64(), sum);
  const auto& events = t.at("events").as_array();
  for (std::size_t i = 1; i < events.size(); ++i) {
    EXPECT_LE(events[i - 1].at("captured_at").as_string(), events[i].at("captured_at").as_string());
  }
  const auto& last = events.back();
  EXPECT_EQ(last.at("event_id"), "trail-2-end");
  EXPECT_EQ(last.at("terminal").at("key_id").as_string(), key_id);
  EXPECT_EQ(last.at("counts"), true);
  EXPECT_EQ(last.at("distance_m").as_int64(), 22) << "11 m north and 19 m east of the venue";
  EXPECT_EQ(client->Get("/api/v1/trainees/" + std::to_string(trainees[2]) + "/trail?class_id=x", county).status, 422);
  EXPECT_EQ(client->Get("/api/v1/trainees/999999/trail", county).status, 404);

  // The photo of a check-in, for those who may see the class; every view audited.
  const std::string photo = "/api/v1/photos/" + crypto::Sha256Hex(jpeg);
  EXPECT_EQ(client->Get(photo, county).status, 404) << "not uploaded yet";
  auto put = client->Send(bhttp::verb::put, photo, jpeg, "", "image/jpeg", std::nullopt,
                          SignedHeaders(DeviceKey(21), key_id, "PUT", photo, jpeg));
  ASSERT_EQ(put.status, 201) << put.body;
  auto shown = client->Get(photo, county);
  ASSERT_EQ(shown.status, 200);
  EXPECT_EQ(shown.body, jpeg);
  EXPECT_EQ(shown.headers["Content-Type"], "image/jpeg");
  const std::string enterprise = client->SignIn("enterprise", app::kDemoPassword);
  EXPECT_EQ(client->Get(photo, enterprise).status, 403);
  auto first = client->Get("/api/v1/trainees/" + std::to_string(trainees[0]) + "/trail", county).Json();
  EXPECT_EQ(first.at("events").at(0).at("photo_stored"), false) << "keep-ok's photo never came";
  db::Connection connection(server->app->database());
  long long views = 0;
  connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = 'training:photo:view'", soci::into(views);
  EXPECT_EQ(views, 1);
}

TEST_F(CheckinApiTest, OnlineSegmentsCountOnlyWithRegularFaceChecksAndNeverTwice) {
  const std::string path = "/api/v1/online/segments/batches";
  const auto t = online_session_from[0];
  auto segment = [&](const std::string& id, std::size_t trainee, std::int64_t from, int minutes, int every,
                     std::int64_t klass = 0) {
    boost::json::array checks;
    for (int m = 0; m <= minutes; m += every) {
      checks.push_back({{"at", from + m * kMinute}, {"face_score", 0.92}, {"liveness_score", 0.97},
                        {"photo_sha256", crypto::Sha256Hex(id + std::to_string(m))}});
    }
    return boost::json::object{{"segment_id", id},
                               {"trainee_id", trainees[trainee]},
                               {"class_id", klass ? klass : online_class_id},
                               {"course_item", "第1课 刀工基础"},
                               {"started_at", from},
                               {"ended_at", from + minutes * kMinute},
                               {"face_checks", checks}};
  };
  auto upload = [&](const boost::json::array& segments, unsigned char key, const std::string& as) {
    const std::string body = boost::json::serialize(boost::json::object{{"segments", segments}});
    return client->Send(bhttp::verb::post, path, body, "", "application/json", std::nullopt,
                        SignedHeaders(DeviceKey(key), as, "POST", path, body));
  };
  EXPECT_EQ(upload({segment("s-0", 0, t, 60, 20)}, 21, key_id).ErrorCode(), "permission_denied")
      << "a check-in terminal cannot report online learning";
  EXPECT_EQ(upload({segment("s-0", 0, t, 60, 20, class_id)}, 23, platform_key_id).ErrorCode(), "class_not_served")
      << "nor the platform an offline class";
  const boost::json::array batch = {segment("s-a", 0, t, 60, 20), segment("s-b", 0, t + 30 * kMinute, 60, 20),
                                    segment("s-c", 1, t, 90, 45), segment("s-d", 3, t, 30, 10),
                                    segment("s-e", 2, t + 120 * kMinute, 40, 20),
                                    segment("s-f", 2, t - 600 * kMinute, 30, 10)};
  auto reply = upload(batch, 23, platform_key_id);
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto receipt = reply.Json();
  auto reasons = [&](std::size_t i) { return boost::json::serialize(receipt.at("results").at(i).at("reasons")); };
  EXPECT_EQ(reasons(0), "[]");
  EXPECT_EQ(reasons(1), R"(["overlaps_segment"])");
  EXPECT_EQ(reasons(2), R"(["face_check_gap"])");
  EXPECT_EQ(reasons(3), R"(["not_on_roster"])");
  EXPECT_EQ(reasons(4), "[]");
  EXPECT_EQ(reasons(5), R"(["outside_sessions"])") << "ten hours before the first session: no hours, said why";
  EXPECT_EQ(receipt.at("counting"), 2);
  auto again = upload(batch, 23, platform_key_id);
  EXPECT_EQ(again.Json().at("duplicates"), 6);
  EXPECT_EQ(server->Count("online_segments"), 6);

  auto attendance = client->Get("/api/v1/classes/" + std::to_string(online_class_id) + "/attendance", county).Json();
  EXPECT_EQ(attendance.at("trainees").at(0).at("minutes").at(0), 60);
  EXPECT_EQ(attendance.at("trainees").at(1).at("minutes").at(0), 0);
  EXPECT_EQ(attendance.at("trainees").at(2).at("minutes").at(0), 40);
  auto trail = client->Get("/api/v1/trainees/" + std::to_string(trainees[0]) + "/trail?class_id=" +
                               std::to_string(online_class_id),
                           institution)
                   .Json();
  EXPECT_EQ(trail.at("segments").as_array().size(), 2u);
  EXPECT_EQ(trail.at("segments").at(1).at("counts"), false);
  EXPECT_EQ(trail.at("sessions").as_array().size(), 1u);
  EXPECT_EQ(trail.at("attended_minutes"), 60) << "the overlapping half hour is not counted twice";
}

// A terminal downloads its work for offline use: the classes at its venues with sessions in
// the range, rosters with masked names, versions; then only what changed.
TEST_F(CheckinApiTest, ATerminalDownloadsItsScheduleSigned) {
  const std::string today = core::DateInShanghai(core::SystemClock().Now());
  const std::string path = "/api/v1/terminal/schedule?from=" + training::AddDays(today, -12) + "&to=" +
                           training::AddDays(today, 2);
  auto get = [&](const std::string& target, unsigned char key, const std::string& as, const std::string& signed_as = "") {
    return client->Send(bhttp::verb::get, target, "", "", "application/json", std::nullopt,
                        SignedHeaders(DeviceKey(key), as, "GET", signed_as.empty() ? target : signed_as, ""));
  };
  // Changes older than the two-minute margin (a fresh class would be sent again on purpose).
  const std::string hour_ago = std::to_string(core::SystemClock().Now() - 3600 * 1000);
  server->Sql("UPDATE classes SET updated_at = " + hour_ago + " WHERE id = " + std::to_string(class_id));
  server->Sql("UPDATE class_roster SET added_at = " + hour_ago + " WHERE class_id = " + std::to_string(class_id));
  auto reply = get(path, 21, key_id);
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto schedule = reply.Json();
  ASSERT_EQ(schedule.at("classes").as_array().size(), 1u) << "only the class at this terminal's venue";
  const auto& klass = schedule.at("classes").at(0);
  EXPECT_EQ(klass.at("id"), class_id);
  EXPECT_EQ(klass.at("sessions").as_array().size(), 5u);
  EXPECT_EQ(klass.at("sessions").at(0).at("id"), session_ids[0]);
  ASSERT_EQ(klass.at("roster").as_array().size(), 3u);
  EXPECT_EQ(klass.at("roster").at(0).at("trainee_id"), trainees[0]);
  EXPECT_EQ(klass.at("roster").at(0).at("name_masked"), "学**");
  EXPECT_EQ(reply.body.find("id_number"), std::string::npos) << "no ID numbers go to a terminal";
  const auto version = schedule.at("version").as_int64();
  EXPECT_EQ(klass.at("version"), version);

  // Nothing changed since: nothing to download. A withdrawal changes the class.
  auto unchanged = get(path + "&since=" + std::to_string(version), 21, key_id);
  ASSERT_EQ(unchanged.status, 200) << unchanged.body;
  EXPECT_TRUE(unchanged.Json().at("classes").as_array().empty());
  server->Sql("UPDATE class_roster SET withdrawn_at = " + std::to_string(version + 1) +
              ", withdrawn_by = 'test', withdrawn_reason = 'test' WHERE trainee_id = " + std::to_string(trainees[2]) +
              " AND class_id = " + std::to_string(class_id));
  auto changed = get(path + "&since=" + std::to_string(version), 21, key_id).Json();
  ASSERT_EQ(changed.at("classes").as_array().size(), 1u);
  EXPECT_EQ(changed.at("classes").at(0).at("roster").at(2).at("withdrawn"), true);
  server->Sql("UPDATE class_roster SET withdrawn_at = NULL, withdrawn_by = NULL, withdrawn_reason = NULL WHERE trainee_id = " +
              std::to_string(trainees[2]) + " AND class_id = " + std::to_string(class_id));

  // The online platform sees the online class; the other room's terminal sees none.
  auto online = get(path, 23, platform_key_id).Json();
  ASSERT_EQ(online.at("classes").as_array().size(), 1u);
  EXPECT_EQ(online.at("classes").at(0).at("id"), online_class_id);
  EXPECT_TRUE(get(path, 22, other_key_id).Json().at("classes").as_array().empty());

  // The query is signed too: another range than the one signed is refused.
  auto tampered = get(path, 21, key_id, "/api/v1/terminal/schedule?from=" + today + "&to=" + today);
  EXPECT_EQ(tampered.ErrorCode(), "bad_signature");
  auto too_long = get("/api/v1/terminal/schedule?from=" + today + "&to=" + training::AddDays(today, 40), 21, key_id);
  EXPECT_EQ(too_long.status, 422);
  auto backwards = get("/api/v1/terminal/schedule?from=" + today + "&to=" + training::AddDays(today, -1), 21, key_id);
  EXPECT_EQ(backwards.status, 422);
  EXPECT_EQ(client->Get(path, county).status, 403) << "an account is not a terminal";
}

TEST_F(CheckinApiTest, ARevokedTerminalIsRefused) {
  HttpClient officer(server->port);
  const auto terminals = officer.Get("/api/v1/terminals", county).Json().at("items").as_array();
  std::int64_t other_id = 0;
  for (const auto& t : terminals) {
    if (t.at("key_id").as_string() == other_key_id) other_id = t.at("id").as_int64();
  }
  ASSERT_GT(other_id, 0);
  ASSERT_EQ(officer.Post("/api/v1/terminals/" + std::to_string(other_id) + "/revoke", R"({"reason":"设备丢失"})", county)
                .status,
            200);
  const std::string body = Batch({Event("revoked-1", 0, 3, "start", session_from[3])});
  auto refused = client->Send(bhttp::verb::post, kBatches, body, "", "application/json", std::nullopt,
                              SignedHeaders(DeviceKey(22), other_key_id, "POST", kBatches, body));
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.ErrorCode(), "terminal_revoked");
}

// The exceptions list (field findings item 10): what does not count, by class, terminal,
// institution, region, reason and day, within the caller's scope only, and as an audited export.
TEST_F(CheckinApiTest, TheExceptionsListShowsWhatDoesNotCountWithinScope) {
  const auto t = session_from[3];
  auto far = Event("exc-far", 1, 3, "start", t);
  far["latitude"] = 30.667;
  auto blurred = Event("exc-blurred", 2, 3, "start", t);
  blurred["face_score"] = 0.41;
  auto reply = Upload(Batch({Event("exc-ok", 0, 3, "start", t - 5 * kMinute), far, blurred,
                             Event("exc-late", 0, 3, "in_class", t + 30 * kMinute),  // counts: in class
                             Event("exc-stranger", 3, 3, "start", t)}));
  ASSERT_EQ(reply.status, 200) << reply.body;
  ASSERT_EQ(reply.Json().at("counting"), 2) << reply.body;
  const std::string day = core::DateInShanghai(t);
  const std::string base = "/api/v1/attendance-exceptions?from=" + day + "&to=" + day;
  auto list = [&](const std::string& extra, const std::string& token) {
    auto r = client->Get(base + extra, token);
    EXPECT_EQ(r.status, 200) << extra << " " << r.body;
    return r.status == 200 ? r.Json() : boost::json::value{};
  };
  const auto all = list("", institution);
  SCOPED_TRACE(boost::json::serialize(all));
  EXPECT_EQ(all.at("total"), 3);
  const auto& items = all.at("items").as_array();
  ASSERT_EQ(items.size(), 3u);
  EXPECT_GT(items[0].at("id").as_int64(), items[1].at("id").as_int64()) << "newest first";
  for (const auto& item : items) {
    EXPECT_EQ(item.at("class_id"), class_id);
    EXPECT_FALSE(item.at("reasons").as_array().empty());
    EXPECT_EQ(item.at("session").at("date").as_string(), day);
  }
  const auto stranger = items[0];  // the last event of the batch
  EXPECT_EQ(stranger.at("trainee_id"), trainees[3]);
  EXPECT_EQ(boost::json::serialize(stranger.at("reasons")), R"(["not_on_roster"])");
  EXPECT_EQ(stranger.at("institution_name"), "锦江区阳光职业技能培训学校");

  auto total = [&](const std::string& extra, const std::string& token) { return list(extra, token).at("total"); };
  EXPECT_EQ(total("&reason=far_from_venue", institution), 1);
  EXPECT_NEAR(list("&reason=far_from_venue", institution).at("items").at(0).at("distance_m").as_int64(), 1100, 20);
  EXPECT_EQ(total("&reason=low_face_score", institution), 1);
  EXPECT_EQ(total("&reason=late", institution), 0);
  EXPECT_EQ(total("&class_id=" + std::to_string(class_id), institution), 3);
  EXPECT_EQ(total("&class_id=" + std::to_string(online_class_id), institution), 0);
  const auto terminal_id = stranger.at("terminal_id").as_int64();
  EXPECT_EQ(total("&terminal_id=" + std::to_string(terminal_id), institution), 3);
  EXPECT_EQ(total("&terminal_id=" + std::to_string(terminal_id + 1), institution), 0);
  EXPECT_EQ(total("&institution_id=" + std::to_string(stranger.at("institution_id").as_int64()), county), 3);
  EXPECT_EQ(total("&region_code=510104", county), 3);
  EXPECT_EQ(total("&region_code=510100", county), 3) << "a prefecture's code selects its counties";
  EXPECT_EQ(total("&region_code=510105", county), 0);
  EXPECT_EQ(total("", client->SignIn("city_officer", app::kDemoPassword)), 3);
  EXPECT_EQ(total("", client->SignIn("qingyang_officer", app::kDemoPassword)), 0) << "another county sees none";
  EXPECT_EQ(total("&source=online", institution), 0);
  auto paged = list("&limit=2", institution);
  ASSERT_FALSE(paged.at("next_after").is_null());
  auto rest = list("&limit=2&after=" + std::to_string(paged.at("next_after").as_int64()), institution);
  EXPECT_EQ(rest.at("items").as_array().size(), 1u);
  EXPECT_TRUE(rest.at("next_after").is_null());

  auto bad = client->Get("/api/v1/attendance-exceptions?class_id=x&reason=face_check_gap&to=2026-13-01", institution);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.ErrorCode(), "invalid_query");
  EXPECT_EQ(bad.Json().at("error").at("fields").as_array().size(), 3u) << bad.body;

  auto summary = client->Get("/api/v1/attendance-exceptions/summary?group=class&from=" + day + "&to=" + day, county);
  ASSERT_EQ(summary.status, 200) << summary.body;
  const auto groups = summary.Json().at("groups");
  ASSERT_EQ(groups.as_array().size(), 1u) << summary.body;
  EXPECT_EQ(groups.at(0).at("key"), class_id);
  EXPECT_EQ(groups.at(0).at("name"), "打卡测试班");
  EXPECT_EQ(groups.at(0).at("total"), 3);
  EXPECT_EQ(groups.at(0).at("by_reason").at("not_on_roster"), 1);
  EXPECT_EQ(groups.at(0).at("by_reason").at("far_from_venue"), 1);
  auto by_county = client->Get("/api/v1/attendance-exceptions/summary?group=region&from=" + day + "&to=" + day, county);
  ASSERT_EQ(by_county.status, 200) << by_county.body;
  EXPECT_EQ(by_county.Json().at("groups").at(0).at("key"), 510104);
  EXPECT_EQ(by_county.Json().at("groups").at(0).at("name"), "锦江区");
  EXPECT_EQ(client->Get("/api/v1/attendance-exceptions/summary?group=planet", county).ErrorCode(), "invalid_query");

  auto file = client->Get("/api/v1/attendance-exceptions/export.xlsx?from=" + day + "&to=" + day, county);
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_EQ(file.headers[bhttp::field::content_type], reports::XlsxTable::kContentType);
  EXPECT_EQ(file.body.substr(0, 2), "PK");
  db::Connection connection(server->app->database());
  std::string detail;
  connection.sql() << "SELECT detail FROM audit_records WHERE action = 'supervision:exception:export' "
                      "ORDER BY seq DESC LIMIT 1",
      soci::into(detail);
  EXPECT_EQ(boost::json::parse(detail).at("rows"), 3) << detail;
}

// Issue 12 item 7: a finished class's attendance is kept for the dashboards as its attendance
// tab computes it, and a counting check-in uploaded late (terminals may be offline for days)
// makes it computed again.
TEST_F(CheckinApiTest, AFinishedClassKeepsItsAttendanceAndALateCheckinRenewsIt) {
  const std::string id = std::to_string(class_id);
  server->Sql("UPDATE classes SET status = 'finished' WHERE id = " + id);
  auto& attendance = server->app->attendance();
  auto tab = [&] {  // trainee 2's attended minutes as the class's attendance tab shows them
    const auto a = client->Get("/api/v1/classes/" + id + "/attendance", county).Json();
    return a.at("trainees").at(2).at("attended_minutes").as_int64();
  };
  auto kept = [&] {
    db::Connection connection(server->app->database());
    long long minutes = -1;
    connection.sql() << "SELECT attended_minutes FROM class_attendance WHERE class_id = " + id +
                            " AND trainee_id = " + std::to_string(trainees[2]),
        soci::into(minutes);
    return minutes;
  };
  EXPECT_GE(attendance.Settle(100), 1);
  EXPECT_EQ(attendance.Settle(100), 0) << "nothing waits once kept";
  const auto before = kept();
  EXPECT_EQ(before, tab());

  const auto from = session_from[0];
  ASSERT_EQ(Upload(Batch({Event("late-2-start", 2, 0, "start", from), Event("late-2-end", 2, 0, "end", from + 480 * kMinute)}))
                .status,
            200);
  EXPECT_EQ(kept(), before) << "kept until settled again";
  EXPECT_EQ(attendance.Settle(100), 1) << "the late batch made the class stale";
  EXPECT_EQ(kept(), before + 480);
  EXPECT_EQ(kept(), tab());
  server->Sql("UPDATE classes SET status = 'approved' WHERE id = " + id);
}

}  // namespace
}  // namespace sunshine::testing
