// The training project catalogue over HTTP on both engines: versions that never rewrite
// history, the standard in force on a date at the boundaries, refusals that write nothing.
#include "api_fixture.hpp"

namespace sunshine::testing {
namespace {
using boost::json::serialize;

class ProjectApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("projects"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    province = client->SignIn("province_officer", app::kDemoPassword);
    cook_id = client->Get("/api/v1/occupations?q=4-03-02-01", province).Json().at("items").at(0).at("id").as_int64();
  }
  HttpReply Create(const std::string& name, const std::string& extra = "") {
    return client->Post("/api/v1/training-projects",
                        R"({"name":")" + name + R"(","occupation_id":)" + std::to_string(cook_id) +
                            R"(,"level":5,"training_type":"employment_skills","standard_hours":80,"subsidy_fen":120000,"valid_from":"2025-01-01")" +
                            extra + "}",
                        province);
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
  std::string province;
  std::int64_t cook_id = 0;
};
RunningServer* ProjectApiTest::server = nullptr;

TEST_F(ProjectApiTest, ANewStandardIsAVersionAndTheOldOneStillAnswersForItsDates) {
  auto created = Create("中式烹调师（初级）就业技能培训");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/training-projects/" + std::to_string(created.Json().at("id").as_int64());
  EXPECT_EQ(created.Json().at("training_type_name"), "就业技能培训");
  EXPECT_EQ(created.Json().at("current").at("subsidy_fen"), 120000);

  auto raised = client->Post(path + "/versions",
                             R"({"standard_hours":90,"subsidy_fen":150000,"valid_from":"2026-03-01"})", province);
  ASSERT_EQ(raised.status, 201) << raised.body;
  const auto versions = raised.Json().at("versions").as_array();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].at("valid_to"), "2026-02-28") << "the old standard is closed the day before";
  EXPECT_TRUE(versions[1].at("valid_to").is_null());

  struct Case { const char* date; int status; std::int64_t subsidy; };
  const Case cases[] = {
      {"2024-12-31", 404, 0}, {"2025-01-01", 200, 120000}, {"2026-02-28", 200, 120000},
      {"2026-03-01", 200, 150000}, {"2030-01-01", 200, 150000},
  };
  for (const auto& c : cases) {
    auto reply = client->Get(path + "/standard?date=" + c.date, province);
    EXPECT_EQ(reply.status, c.status) << c.date;
    if (c.status == 200) EXPECT_EQ(reply.Json().at("subsidy_fen"), c.subsidy) << c.date;
    else EXPECT_EQ(reply.ErrorCode(), "not_in_force") << c.date;
  }
  EXPECT_EQ(client->Get(path + "/standard?date=2026-02-30", province).status, 422);

  auto backdated = client->Post(path + "/versions",
                                R"({"standard_hours":90,"subsidy_fen":1,"valid_from":"2026-03-01"})", province);
  EXPECT_EQ(backdated.status, 422);
  EXPECT_EQ(backdated.Json().at("error").at("fields").at(0).at("reason"), "not_after_current");
  EXPECT_EQ(client->Get(path, province).Json().at("versions").as_array().size(), 2u) << "nothing written";

  const std::string city = client->SignIn("city_officer", app::kDemoPassword);
  EXPECT_EQ(client->Get(path, city).status, 200);
  EXPECT_EQ(client->Post(path + "/versions", R"({"standard_hours":1,"subsidy_fen":1,"valid_from":"2027-01-01"})", city).status,
            403);
}

TEST_F(ProjectApiTest, RefusalsNameTheFields) {
  const long long before = server->Count("training_projects");
  const long long versions_before = server->Count("training_project_versions");
  struct Case { const char* name; std::string extra; std::string name_value; std::vector<std::string> fields; };
  auto fields_of = [](const HttpReply& reply) {
    std::vector<std::string> out;
    const auto body = reply.Json();
    for (const auto& f : body.at("error").at("fields").as_array()) {
      out.push_back(std::string(f.at("field").as_string()) + ":" + std::string(f.at("reason").as_string()));
    }
    return out;
  };
  auto bad_level = client->Post("/api/v1/training-projects",
                                R"({"name":"x1","occupation_id":)" + std::to_string(cook_id) +
                                    R"(,"level":7,"training_type":"hobby","standard_hours":0,"subsidy_fen":-5,"valid_from":"2025-13-01","region_codes":["519999"]})",
                                province);
  EXPECT_EQ(bad_level.status, 422);
  EXPECT_EQ(fields_of(bad_level), (std::vector<std::string>{"training_type:unknown", "level:not_offered",
                                                           "standard_hours:out_of_range", "subsidy_fen:out_of_range",
                                                           "valid_from:not_a_date", "region_codes:unknown_region"}));
  auto no_occupation = client->Post("/api/v1/training-projects",
                                    R"({"name":"x2","occupation_id":999999,"training_type":"pre_job","standard_hours":8,"subsidy_fen":0,"valid_from":"2025-01-01"})",
                                    province);
  EXPECT_EQ(fields_of(no_occupation), (std::vector<std::string>{"occupation_id:unknown"}));
  ASSERT_EQ(Create("重名项目").status, 201);
  EXPECT_EQ(Create("重名项目").status, 409);
  EXPECT_EQ(server->Count("training_projects"), before + 1);
  EXPECT_EQ(server->Count("training_project_versions"), versions_before + 1);
  EXPECT_EQ(client->Get("/api/v1/training-projects?training_type=hobby", province).status, 422);
  EXPECT_EQ(client->Get("/api/v1/training-projects?occupation_id=abc", province).status, 422);
  EXPECT_GE(client->Get("/api/v1/training-projects?occupation_id=" + std::to_string(cook_id), province)
                .Json().at("total").as_int64(), 1);
}


TEST_F(ProjectApiTest, APatchRenamesAndNothingElse) {
  auto created = Create("改名前项目");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/training-projects/" + std::to_string(created.Json().at("id").as_int64());
  auto renamed = client->Send(boost::beast::http::verb::patch, path, R"({"name":"改名后项目"})", province);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.Json().at("name"), "改名后项目");
  EXPECT_EQ(client->Send(boost::beast::http::verb::patch, path, R"({"level":3})", province).status, 422)
      << "the level defines what was subsidised; it is not patched";
  ASSERT_EQ(Create("另一项目").status, 201);
  EXPECT_EQ(client->Send(boost::beast::http::verb::patch, path, R"({"name":"另一项目"})", province).status, 409);
}
}  // namespace
}  // namespace sunshine::testing
