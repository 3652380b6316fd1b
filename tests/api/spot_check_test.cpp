// Spot-check draws over HTTP on both engines (issue 13 item 1, R-W4; ADR 0013): an officer draws
// among the classes running on site in their region on a day, by count or rate; the draw keeps
// its population and seed, says whether the rule still gives its sample (and says so when the
// stored sample was altered), is audited, and is out of reach of other regions and of
// institutions. Bad input names its fields. A third-party auditor draws only where and when an
// officer engaged it, and sees only its own draws.
#include <set>

#include "training/calendar.hpp"
#include "training_fixture.hpp"

namespace sunshine::testing {
namespace {

class SpotCheckApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = new RunningServer("spot_checks", SeedQingyangOfficer, [](app::Config& c) { c.dashboard_cache_seconds = 0; });
    HttpClient client(server->port);
    const auto province = client.SignIn("province_officer", app::kDemoPassword);
    county = client.SignIn("county_officer", app::kDemoPassword);
    institution = client.SignIn("institution", app::kDemoPassword);
    const auto cook = client.Get("/api/v1/occupations?q=4-03-02-01", province).Json().at("items").at(0).at("id");
    const auto project =
        Must(client.Post("/api/v1/training-projects",
                         R"({"name":"中式烹调师（五级）班","occupation_id":)" + boost::json::serialize(cook) +
                             R"(,"level":5,"training_type":"employment_skills","standard_hours":40,"subsidy_fen":120000,"valid_from":"2026-01-01"})",
                         province),
             201)
            .at("id")
            .as_int64();
    const auto institution_id =
        client.Get("/api/v1/institutions", institution).Json().at("items").at(0).at("id").as_int64();
    const std::string base = "/api/v1/institutions/" + std::to_string(institution_id);
    Must(client.Post(base + "/projects",
                     R"({"project_id":)" + std::to_string(project) + R"(,"valid_from":"2026-01-01","valid_to":"2030-12-31"})",
                     county),
         201);
    day = training::AddDays(core::DateInShanghai(core::SystemClock().Now()), 21);
    // Three classes on the same days, each with its own room, teacher and two people.
    for (int k = 0; k < 3; ++k) {
      const auto room = Must(client.Post(base + "/venues",
                                         R"({"name":"教室)" + std::to_string(k) +
                                             R"(","address":"成都市锦江区东大街8号","region_code":"510104","latitude":30.657,"longitude":104.081,"datum":"wgs84","capacity":10})",
                                         institution),
                             201)
                            .at("id")
                            .as_int64();
      std::string roster;
      for (int i = 0; i < 2; ++i) {
        const auto id = Must(client.Post("/api/v1/trainees",
                                         R"({"name":"学员)" + std::to_string(k) + std::to_string(i) + R"(","id_number":")" +
                                             IdNumber("1990020" + std::to_string(k + 1), "3" + std::to_string(k) + std::to_string(i)) +
                                             R"(","phone":"1390000124)" + std::to_string(k * 2 + i) +
                                             R"(","household_region_code":"510104","residence_region_code":"510104","groups":[],"employment_status":"employed"})",
                                         institution),
                             201)
                            .at("id")
                            .as_int64();
        roster += std::string(i ? "," : "") + R"({"trainee_id":)" + std::to_string(id) + "}";
      }
      std::string sessions;
      for (int d = 0; d < 5; ++d) {
        sessions += std::string(d ? "," : "") + R"({"date":")" + training::AddDays(day, d) +
                    R"(","start":"09:00","end":"17:00","topic":"实操","teacher":0})";
      }
      const auto klass = Must(
          client.Post("/api/v1/classes",
                      R"({"name":"抽查班)" + std::to_string(k) + R"(","project_id":)" + std::to_string(project) +
                          R"(,"training_type":"employment_skills","mode":"offline","venue_id":)" + std::to_string(room) +
                          R"(,"start_date":")" + day + R"(","end_date":")" + training::AddDays(day, 4) +
                          R"(","teachers":[{"name":"王师傅)" + std::to_string(k) + R"(","id_number":")" +
                          IdNumber("1975030" + std::to_string(k + 1), "45" + std::to_string(k)) +
                          R"(","qualification":"中式烹调师二级"}],"sessions":[)" + sessions + R"(],"roster":[)" + roster + "]}",
                      institution),
          201);
      const std::string path = "/api/v1/classes/" + std::to_string(klass.at("id").as_int64());
      Must(client.Post(path + "/actions/submit", "{}", institution), 200);
      Must(client.Post(path + "/actions/approve", "{}", county), 200);
    }
  }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }

  HttpReply Draw(const std::string& body, const std::string& as) {
    return client->Post("/api/v1/spot-checks/draws", body, as);
  }

  inline static RunningServer* server = nullptr;
  inline static std::string county, institution, day;
  std::unique_ptr<HttpClient> client;
};

TEST_F(SpotCheckApiTest, ADrawIsKeptWithItsPopulationAndSeedAndCanBeDerivedAgain) {
  auto reply = Draw(R"({"date":")" + day + R"(","count":2})", county);
  ASSERT_EQ(reply.status, 201) << reply.body;
  const auto draw = reply.Json();
  EXPECT_EQ(draw.at("population"), 3);
  EXPECT_EQ(draw.at("drawn"), 2);
  EXPECT_EQ(draw.at("count"), 2);
  EXPECT_TRUE(draw.at("rate").is_null());
  EXPECT_EQ(draw.at("seed").as_string().size(), 32u);
  EXPECT_EQ(draw.at("reproduced"), true);
  const auto& classes = draw.at("classes").as_array();
  ASSERT_EQ(classes.size(), 3u);
  EXPECT_EQ(classes.at(0).at("drawn"), true);
  EXPECT_EQ(classes.at(1).at("drawn"), true);
  EXPECT_EQ(classes.at(2).at("drawn"), false);
  const auto id = std::to_string(draw.at("id").as_int64());
  EXPECT_EQ(server->Count("spot_check_draw_classes"), 3);

  auto read = client->Get("/api/v1/spot-checks/draws/" + id, county);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.Json().at("classes"), draw.at("classes"));
  EXPECT_EQ(read.Json().at("reproduced"), true);

  db::Connection connection(server->app->database());
  long long audited = 0;
  connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = 'inspection:draw:create' AND object_id = :id",
      soci::use(id), soci::into(audited);
  EXPECT_EQ(audited, 1);

  // Someone swaps a drawn class for one not drawn: the rule no longer gives the stored sample.
  server->Sql("UPDATE spot_check_draw_classes SET drawn = 1 - drawn WHERE draw_id = " + id);
  EXPECT_EQ(client->Get("/api/v1/spot-checks/draws/" + id, county).Json().at("reproduced"), false);
  server->Sql("UPDATE spot_check_draw_classes SET drawn = 1 - drawn WHERE draw_id = " + id);

  // A rate rounds up: half of three is two. The city sees its counties' draws; another county not.
  auto half = Draw(R"({"date":")" + day + R"(","rate":0.5})", county);
  ASSERT_EQ(half.status, 201) << half.body;
  EXPECT_EQ(half.Json().at("drawn"), 2);
  EXPECT_EQ(half.Json().at("rate").as_double(), 0.5);
  const auto city = client->SignIn("city_officer", app::kDemoPassword);
  EXPECT_EQ(client->Get("/api/v1/spot-checks/draws", city).Json().at("items").as_array().size(), 2u);
  const auto qingyang = client->SignIn("qingyang_officer", app::kDemoPassword);
  EXPECT_EQ(client->Get("/api/v1/spot-checks/draws/" + id, qingyang).status, 404);
  EXPECT_TRUE(client->Get("/api/v1/spot-checks/draws", qingyang).Json().at("items").as_array().empty());
  // Nothing of 锦江区 runs in 青羊区: nothing to draw there.
  EXPECT_EQ(Draw(R"({"date":")" + day + R"(","count":1})", qingyang).ErrorCode(), "nothing_running");
}

TEST_F(SpotCheckApiTest, OnlyOfficersDrawAndBadInputNamesItsFields) {
  EXPECT_EQ(Draw(R"({"date":")" + day + R"(","count":1})", institution).status, 403);
  EXPECT_EQ(client->Get("/api/v1/spot-checks/draws", institution).status, 403);
  const auto before = server->Count("spot_check_draws");

  auto bad = Draw(R"({"date":"2026-02-30","rate":1.5})", county);
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(Reasons(bad), (std::set<std::string>{"date:invalid_date", "rate:out_of_range"}));
  EXPECT_EQ(Reasons(Draw(R"({"date":")" + day + R"("})", county)), (std::set<std::string>{"count:required"}));
  EXPECT_EQ(Reasons(Draw(R"({"date":")" + day + R"(","rate":0.5,"count":1})", county)),
            (std::set<std::string>{"rate:exclusive"}));
  EXPECT_EQ(Reasons(Draw(R"({"date":")" + day + R"(","count":0})", county)),
            (std::set<std::string>{"count:out_of_range"}));
  EXPECT_EQ(server->Count("spot_check_draws"), before) << "nothing stored for a refused draw";
}

TEST_F(SpotCheckApiTest, ThirdPartyAuditorsDrawWhereAndWhenAnOfficerEngagedThem) {
  const auto auditor = client->SignIn("auditor", app::kDemoPassword);
  const auto auditor_id =
      Must(client->Get("/api/v1/auditors", auditor), 200).at("items").at(0).at("id").as_int64();
  const std::string jinjiang = R"({"date":")" + day + R"(","count":1,"region_code":"510104"})";
  // Not engaged yet: refused, and a region is required of an auditor.
  EXPECT_EQ(Draw(jinjiang, auditor).ErrorCode(), "not_engaged");
  EXPECT_EQ(Reasons(Draw(R"({"date":")" + day + R"(","count":1})", auditor)),
            (std::set<std::string>{"region_code:required"}));

  // The county engages it for its own county only, for three days, with the contract named.
  const std::string engagements = "/api/v1/spot-checks/engagements";
  auto engage = [&](const std::string& region, const std::string& from, const std::string& to, const std::string& note) {
    return client->Post(engagements,
                        R"({"auditor_id":)" + std::to_string(auditor_id) + R"(,"region_code":")" + region +
                            R"(","valid_from":")" + from + R"(","valid_to":")" + to + R"(","note":")" + note + R"("})",
                        county);
  };
  EXPECT_EQ(Reasons(engage("510105", day, training::AddDays(day, 2), "合同")),
            (std::set<std::string>{"region_code:outside_scope"}));
  EXPECT_EQ(Reasons(engage("510104", day, training::AddDays(day, -1), "")),
            (std::set<std::string>{"valid_to:before_valid_from", "note:required"}));
  EXPECT_EQ(client->Post(engagements, "{}", institution).status, 403);
  auto engaged = engage("510104", day, training::AddDays(day, 2), "锦人社购〔2026〕12号 第三方培训监管服务");
  ASSERT_EQ(engaged.status, 201) << engaged.body;
  EXPECT_EQ(engaged.Json().at("auditor_name"), "四川示范会计师事务所");
  EXPECT_EQ(Must(client->Get(engagements, auditor), 200).at("items").as_array().size(), 1u);
  const auto qingyang = client->SignIn("qingyang_officer", app::kDemoPassword);
  EXPECT_TRUE(Must(client->Get(engagements, qingyang), 200).at("items").as_array().empty());

  // Engaged: it draws in 锦江区 on those days, not after them, not elsewhere.
  const std::string quality = "/api/v1/dashboard/quality?from=" + day + "&to=" + day;
  const auto before = Must(client->Get(quality, county), 200).at("spot_checks");
  auto drawn = Draw(jinjiang, auditor);
  ASSERT_EQ(drawn.status, 201) << drawn.body;
  const auto draw = drawn.Json();
  EXPECT_EQ(draw.at("auditor_id"), auditor_id);
  EXPECT_EQ(draw.at("region_code"), "510104");
  EXPECT_EQ(draw.at("drawn"), 1);
  const std::string later = R"({"date":")" + training::AddDays(day, 3) + R"(","count":1,"region_code":"510104"})";
  EXPECT_EQ(Draw(later, auditor).ErrorCode(), "not_engaged");
  EXPECT_EQ(Draw(R"({"date":")" + day + R"(","count":1,"region_code":"510105"})", auditor).ErrorCode(), "not_engaged");

  // It sees its own draw only; the county sees it among its own.
  const auto own = Must(client->Get("/api/v1/spot-checks/draws", auditor), 200);
  ASSERT_EQ(own.at("items").as_array().size(), 1u);
  EXPECT_EQ(own.at("items").at(0).at("id"), draw.at("id"));
  const auto county_draw = Must(Draw(R"({"date":")" + day + R"(","count":1})", county), 201);
  EXPECT_EQ(client->Get("/api/v1/spot-checks/draws/" + std::to_string(county_draw.at("id").as_int64()), auditor).status,
            404);
  EXPECT_EQ(client->Get("/api/v1/spot-checks/draws/" + std::to_string(draw.at("id").as_int64()), county).status, 200);
  // Its drawn class is its to inspect (none yet), unlike another region's officer.
  std::string drawn_class;
  for (const auto& c : draw.at("classes").as_array()) {
    if (c.at("drawn").as_bool()) drawn_class = std::to_string(c.at("class_id").as_int64());
  }
  const std::string inspection =
      "/api/v1/spot-checks/draws/" + std::to_string(draw.at("id").as_int64()) + "/classes/" + drawn_class + "/inspection";
  EXPECT_EQ(client->Get(inspection, auditor).ErrorCode(), "not_inspected");
  EXPECT_EQ(client->Get(inspection, qingyang).ErrorCode(), "not_found");

  // An officer may draw in a region within their own; the city in its county.
  const auto city = client->SignIn("city_officer", app::kDemoPassword);
  EXPECT_EQ(Must(Draw(jinjiang, city), 201).at("region_code"), "510104");
  EXPECT_EQ(Reasons(Draw(R"({"date":")" + day + R"(","count":1,"region_code":"510105"})", county)),
            (std::set<std::string>{"region_code:outside_scope"}));

  // The county's dashboard counts every draw of its classes, the auditor's too (cache off here).
  const auto after = Must(client->Get(quality, county), 200).at("spot_checks");
  EXPECT_EQ(after.at("draws").as_int64() - before.at("draws").as_int64(), 3);
  EXPECT_EQ(after.at("drawn").as_int64() - before.at("drawn").as_int64(), 3);
  EXPECT_EQ(after.at("inspected"), 0);
  EXPECT_EQ(Must(client->Get(quality, qingyang), 200).at("spot_checks").at("draws"), 0);

  db::Connection connection(server->app->database());
  long long audited = 0;
  connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = 'inspection:engagement:create'",
      soci::into(audited);
  EXPECT_GE(audited, 1);
}

}  // namespace
}  // namespace sunshine::testing
