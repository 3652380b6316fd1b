// Trainees over HTTP on both engines: ID numbers checked field by field, one person one
// record, personal data sealed in the database and masked in every answer, the full value only
// with a reason and an audit record, the region scope in SQL, sorted keyset lists with a
// count, and the xlsx export of what the filter selects.
#include "api_fixture.hpp"
#include "core/ids.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

std::string IdNumber(const std::string& region, const std::string& birth, const std::string& seq) {
  const std::string first17 = region + birth + seq;
  return first17 + core::IdCheckCharacter(first17);
}

std::string TraineeBody(const std::string& name, const std::string& id, const std::string& phone,
                        const std::string& residence, const std::string& groups = R"(["veteran"])") {
  return R"({"name":")" + name + R"(","id_number":")" + id + R"(","phone":")" + phone +
         R"(","household_region_code":")" + residence + R"(","residence_region_code":")" + residence +
         R"(","groups":)" + groups + R"(,"employment_status":"unemployed"})";
}

class TraineeApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("trainees"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    province = client->SignIn("province_officer", app::kDemoPassword);
    city = client->SignIn("city_officer", app::kDemoPassword);      // 成都市 510100
    county = client->SignIn("county_officer", app::kDemoPassword);  // 锦江区 510104
  }
  HttpReply Patch(const std::string& target, const std::string& body, const std::string& token) {
    return client->Send(bhttp::verb::patch, target, body, token);
  }
  static std::vector<std::string> Reasons(const HttpReply& reply, const std::string& field) {
    std::vector<std::string> out;
    const auto json = reply.Json();
    for (const auto& f : json.at("error").at("fields").as_array()) {
      if (f.at("field").as_string() == field) out.emplace_back(f.at("reason").as_string());
    }
    return out;
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
  std::string province, city, county;
};
RunningServer* TraineeApiTest::server = nullptr;

TEST_F(TraineeApiTest, IdNumbersAreCheckedAndAPersonIsRegisteredOnce) {
  const std::string id = IdNumber("510104", "19880512", "231");
  auto created = client->Post("/api/v1/trainees", TraineeBody("王建国", id, "13800001111", "510104"), county);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto json = created.Json();
  EXPECT_EQ(json.at("id_number_masked").as_string(), "510104********" + id.substr(14));
  EXPECT_EQ(json.at("phone_masked"), "138****1111");
  EXPECT_EQ(json.at("sex"), "male");
  EXPECT_FALSE(json.as_object().contains("birth_date")) << "with the mask it would complete the number";

  auto twice = client->Post("/api/v1/trainees", TraineeBody("王建国", id, "13900002222", "510104"), city);
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.ErrorCode(), "trainee_exists");
  EXPECT_EQ(Reasons(twice, "id_number"), std::vector<std::string>{"taken"});
  std::string lower_x = IdNumber("510104", "19900101", "002");
  if (lower_x.back() == 'X') {  // the same person typed with a lower-case x is still the same person
    ASSERT_EQ(client->Post("/api/v1/trainees", TraineeBody("甲", lower_x, "13800001112", "510104"), county).status,
              201);
    lower_x.back() = 'x';
    EXPECT_EQ(client->Post("/api/v1/trainees", TraineeBody("甲", lower_x, "13800001112", "510104"), county).status,
              409);
  }

  std::string wrong_check = IdNumber("510104", "19880512", "232");
  wrong_check.back() = wrong_check.back() == '1' ? '2' : '1';
  const std::pair<std::string, std::string> refused[] = {
      {wrong_check, "check_digit"},
      {id.substr(0, 17), "length"},
      {IdNumber("510104", "19880231", "231"), "birth_date"},
      {"51010419880512ABCD", "characters"},
  };
  for (const auto& [bad, reason] : refused) {
    auto reply = client->Post("/api/v1/trainees", TraineeBody("李四", bad, "13800001111", "510104"), county);
    EXPECT_EQ(reply.status, 422) << bad;
    EXPECT_EQ(Reasons(reply, "id_number"), std::vector<std::string>{reason}) << bad;
  }
  auto many = client->Post(
      "/api/v1/trainees", TraineeBody("", "1", "12", "510100", R"(["astronaut"])"), county);
  EXPECT_EQ(many.status, 422);
  EXPECT_EQ(many.Json().at("error").at("fields").as_array().size(), 6u) << many.body;  // every field at once
}

TEST_F(TraineeApiTest, TheDatabaseHoldsNoReadableIdNumberOrPhone) {
  const std::string id = IdNumber("510104", "19791120", "418");
  auto created = client->Post("/api/v1/trainees", TraineeBody("赵敏", id, "13611112222", "510104"), county);
  ASSERT_EQ(created.status, 201) << created.body;
  db::Connection connection(server->app->database());
  std::string sealed_id, sealed_phone, id_index;
  connection.sql() << "SELECT id_number_sealed, phone_sealed, id_number_index FROM trainees WHERE id = " +
                          std::to_string(created.Json().at("id").as_int64()),
      soci::into(sealed_id), soci::into(sealed_phone), soci::into(id_index);
  for (const auto& stored : {sealed_id, sealed_phone, id_index}) {
    EXPECT_EQ(stored.find(id), std::string::npos);
    EXPECT_EQ(stored.find(id.substr(14)), std::string::npos) << "not even the last four";
    EXPECT_EQ(stored.find("13611112222"), std::string::npos);
  }
  EXPECT_TRUE(sealed_id.starts_with("v1."));
}

TEST_F(TraineeApiTest, TheFullValueNeedsAReasonThePermissionAndLeavesARecord) {
  const std::string id = IdNumber("510104", "19850101", "555");
  auto created = client->Post("/api/v1/trainees", TraineeBody("孙丽", id, "13711113333", "510104"), county);
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/trainees/" + std::to_string(created.Json().at("id").as_int64());
  EXPECT_EQ(client->Post(path + "/reveal", R"({"reason":""})", county).status, 422);
  auto revealed = client->Post(path + "/reveal", R"({"reason":"核对补贴申请材料"})", county);
  ASSERT_EQ(revealed.status, 200) << revealed.body;
  EXPECT_EQ(revealed.Json().at("id_number").as_string(), id);
  EXPECT_EQ(revealed.Json().at("phone"), "13711113333");
  const std::string institution = client->SignIn("institution", app::kDemoPassword);
  EXPECT_EQ(client->Post(path + "/reveal", R"({"reason":"想看"})", institution).status, 403);
  const std::string auditadmin = client->SignIn("auditadmin", app::kDemoPassword);
  auto trail = client->Get("/api/v1/audit/records?limit=200", auditadmin);
  bool recorded = false;
  const auto trail_json = trail.Json();
  for (const auto& r : trail_json.at("items").as_array()) {
    if (r.at("action") == "registry:trainee:reveal" && r.at("outcome") == "success") {
      recorded = recorded || std::string(r.at("detail").as_string()).find("核对补贴申请材料") != std::string::npos;
    }
  }
  EXPECT_TRUE(recorded) << "the reveal and its reason are in the audit trail";
}

TEST_F(TraineeApiTest, AnotherCitysTraineeIsOutOfReach) {
  const std::string id = IdNumber("510703", "19920606", "611");  // 绵阳市涪城区
  auto elsewhere = client->Post("/api/v1/trainees", TraineeBody("钱七", id, "13522223333", "510703"), province);
  ASSERT_EQ(elsewhere.status, 201) << elsewhere.body;
  const std::string path = "/api/v1/trainees/" + std::to_string(elsewhere.Json().at("id").as_int64());
  EXPECT_EQ(client->Get(path, city).status, 404);
  EXPECT_EQ(Patch(path, R"({"name":"改名"})", city).status, 404);
  EXPECT_EQ(client->Post(path + "/reveal", R"({"reason":"越权"})", city).status, 404);
  EXPECT_EQ(client->Get("/api/v1/trainees?id_number=" + id, city).Json().at("total"), 0);
  EXPECT_EQ(client->Get("/api/v1/trainees?id_number=" + id, province).Json().at("total"), 1);
  // A county officer may not register someone who neither lives nor is registered there.
  auto outside = client->Post("/api/v1/trainees",
                              TraineeBody("周八", IdNumber("510703", "19920607", "612"), "13522223334", "510703"),
                              county);
  EXPECT_EQ(outside.status, 422);
  EXPECT_EQ(Reasons(outside, "residence_region_code"), std::vector<std::string>{"outside_scope"});
  // Nor move one of theirs away by a correction.
  auto mine = client->Post("/api/v1/trainees",
                           TraineeBody("吴九", IdNumber("510104", "19920608", "613"), "13522223335", "510104"), county);
  ASSERT_EQ(mine.status, 201);
  auto moved = Patch("/api/v1/trainees/" + std::to_string(mine.Json().at("id").as_int64()),
                     R"({"residence_region_code":"510703","household_region_code":"510703"})", county);
  EXPECT_EQ(moved.status, 422);
}

TEST_F(TraineeApiTest, CorrectionsSearchSortAndCount) {
  const std::string id = IdNumber("510104", "19960303", "777");
  auto created = client->Post("/api/v1/trainees",
                              TraineeBody("郑十", id, "13344445555", "510104", R"(["disabled","poverty_risk"])"), county);
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/trainees/" + std::to_string(created.Json().at("id").as_int64());
  auto patched = Patch(path, R"({"phone":"13344446666","employment_status":"employed"})", county);
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.Json().at("phone_masked"), "133****6666");
  EXPECT_EQ(Patch(path, R"({"id_number":"x"})", county).status, 422) << "the ID number never changes";
  EXPECT_EQ(client->Get("/api/v1/trainees?phone=13344446666", county).Json().at("total"), 1);
  EXPECT_EQ(client->Get("/api/v1/trainees?phone=13344445555", county).Json().at("total"), 0);
  EXPECT_EQ(client->Get("/api/v1/trainees?group=poverty_risk", county).Json().at("total"), 1);

  // Sorted by name both ways, page by page, the pages join into the full ordered list.
  const auto total = client->Get("/api/v1/trainees", county).Json().at("total").as_int64();
  ASSERT_GE(total, 3);
  for (const std::string sort : {"name", "-name", "-id"}) {
    std::vector<std::string> names;
    std::string after;
    for (int guard = 0; guard < 50; ++guard) {
      auto page = client->Get("/api/v1/trainees?limit=2&sort=" + sort + (after.empty() ? "" : "&after=" + after),
                              county);
      ASSERT_EQ(page.status, 200) << page.body;
      const auto json = page.Json();
      for (const auto& item : json.at("items").as_array()) names.emplace_back(item.at("name").as_string());
      if (json.at("next_after").is_null()) break;
      after = json.at("next_after").is_string() ? std::string(json.at("next_after").as_string())
                                                : std::to_string(json.at("next_after").as_int64());
    }
    EXPECT_EQ(static_cast<std::int64_t>(names.size()), total) << sort;
    if (sort != "-id") {
      auto expected = names;
      std::sort(expected.begin(), expected.end());
      if (sort == "-name") std::reverse(expected.begin(), expected.end());
      // Byte order equals the database order for these names only on SQLite; on PostgreSQL the
      // collation decides, so check that each page boundary kept the order the database chose.
      if (server->database.url.starts_with("sqlite")) {
        EXPECT_EQ(names, expected) << sort;
      }
    }
  }
  EXPECT_EQ(client->Get("/api/v1/trainees?sort=birth_date", county).status, 422);
  EXPECT_EQ(client->Get("/api/v1/trainees?sort=name&after=12", county).status, 422);
}

TEST_F(TraineeApiTest, TheExportHoldsWhatTheFilterSelectsMasked) {
  auto created = client->Post(
      "/api/v1/trainees", TraineeBody("冯导出", IdNumber("510104", "19700101", "888"), "13155556666", "510104"),
      county);
  ASSERT_EQ(created.status, 201);
  auto file = client->Get("/api/v1/trainees/export.xlsx?q=" + std::string("%E5%86%AF"), county);  // 冯
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_EQ(file.headers[bhttp::field::content_type],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_NE(file.headers[bhttp::field::content_disposition].find("filename*=UTF-8''"), std::string::npos);
  EXPECT_EQ(file.body.substr(0, 2), "PK");
  const std::string enterprise = client->SignIn("enterprise", app::kDemoPassword);
  EXPECT_EQ(client->Get("/api/v1/trainees/export.xlsx", enterprise).status, 403);
}

TEST_F(TraineeApiTest, AnInstitutionSeesOnlyThePeopleItRegistered) {
  const std::string institution = client->SignIn("institution", app::kDemoPassword);
  auto own = client->Post("/api/v1/trainees",
                          TraineeBody("机构学员", IdNumber("510104", "19991212", "121"), "13966667777", "510104"),
                          institution);
  ASSERT_EQ(own.status, 201) << own.body;
  const auto listed = client->Get("/api/v1/trainees", institution).Json();
  ASSERT_EQ(listed.at("total"), 1);
  EXPECT_EQ(listed.at("items").at(0).at("name"), "机构学员");
}

}  // namespace
}  // namespace sunshine::testing
