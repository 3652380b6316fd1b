// Training institutions over HTTP on both engines: credit codes checked, the region scope
// applied in SQL (another city's institution is absent by id), the lifecycle with reasons and
// events, and an exit for cheating showing on the public exposure list.
#include "api_fixture.hpp"
#include "core/ids.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

// A valid unified social credit code for a region and an 8-character organisation body.
std::string CreditCode(const std::string& region, const std::string& body8) {
  return core::CompleteCreditCode("91" + region + body8);
}

class InstitutionApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("institutions"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    province = client->SignIn("province_officer", app::kDemoPassword);
    city = client->SignIn("city_officer", app::kDemoPassword);       // 成都市 510100
    county = client->SignIn("county_officer", app::kDemoPassword);   // 锦江区 510104
  }
  HttpReply Register(const std::string& token, const std::string& name, const std::string& code,
                     const std::string& region, const std::string& extra = "") {
    return client->Post("/api/v1/institutions",
                        R"({"name":")" + name + R"(","credit_code":")" + code +
                            R"(","type":"private_institution","region_code":")" + region + "\"" + extra + "}",
                        token);
  }
  HttpReply Act(const std::string& token, std::int64_t id, const std::string& action, const std::string& body) {
    return client->Post("/api/v1/institutions/" + std::to_string(id) + "/actions/" + action, body, token);
  }
  // The demo's third-party auditor organisation, as a county officer finds it to assign.
  std::string AuditorId() {
    const auto auditors = client->Get("/api/v1/auditors", county).Json();
    return std::to_string(auditors.at("items").at(0).at("id").as_int64());
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
  std::string province, city, county;
};
RunningServer* InstitutionApiTest::server = nullptr;

TEST_F(InstitutionApiTest, CreditCodesAreCheckedAndUnique) {
  const std::string good = CreditCode("510104", "MA6C0001");
  ASSERT_EQ(core::CheckCreditCode(good), "");
  std::string bad = good;
  bad.back() = bad.back() == '0' ? '1' : '0';
  auto refused = Register(city, "错校验位培训学校", bad, "510104");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.Json().at("error").at("fields").at(0).at("reason"), "check_digit");
  auto short_code = Register(city, "短代码培训学校", good.substr(0, 17), "510104", R"(,"override_credit_check":true)");
  EXPECT_EQ(short_code.Json().at("error").at("fields").at(0).at("reason"), "length");
  auto overridden = Register(city, "早期代码培训学校", bad, "510104", R"(,"override_credit_check":true)");
  ASSERT_EQ(overridden.status, 201) << overridden.body;
  EXPECT_EQ(overridden.Json().at("credit_check_overridden"), true);
  ASSERT_EQ(Register(city, "锦江职业培训学校", good, "510104").status, 201);
  auto duplicate = Register(province, "另一个名字", good, "510105");
  EXPECT_EQ(duplicate.status, 409);
  EXPECT_EQ(duplicate.ErrorCode(), "institution_exists");
}

TEST_F(InstitutionApiTest, OfficersSeeAndChangeOnlyTheirRegion) {
  auto zigong = Register(province, "自贡市某培训学校", CreditCode("510302", "MA6C0002"), "510302");
  ASSERT_EQ(zigong.status, 201) << zigong.body;
  const auto zigong_id = zigong.Json().at("id").as_int64();
  auto qingyang = Register(city, "青羊区某培训学校", CreditCode("510105", "MA6C0003"), "510105");
  ASSERT_EQ(qingyang.status, 201);
  const auto qingyang_id = qingyang.Json().at("id").as_int64();

  auto outside = Register(city, "越权登记", CreditCode("510302", "MA6C0004"), "510302");
  EXPECT_EQ(outside.status, 422);
  EXPECT_EQ(outside.Json().at("error").at("fields").at(0).at("reason"), "outside_scope");

  const std::string path = "/api/v1/institutions/" + std::to_string(zigong_id);
  EXPECT_EQ(client->Get(path, province).status, 200);
  EXPECT_EQ(client->Get(path, city).status, 404) << "another city's institution is absent, not forbidden";
  EXPECT_EQ(Act(city, zigong_id, "review", R"({"reason":""})").status, 404);
  EXPECT_EQ(client->Get(path + "/events", city).status, 404);
  EXPECT_EQ(client->Get("/api/v1/institutions/" + std::to_string(qingyang_id), county).status, 404)
      << "锦江区 does not see 青羊区";

  auto city_list = client->Get("/api/v1/institutions?limit=200", city).Json();
  for (const auto& item : city_list.at("items").as_array()) {
    EXPECT_TRUE(item.at("region_code").as_string().starts_with("5101")) << item;
  }
  auto county_list = client->Get("/api/v1/institutions?limit=200", county).Json();
  for (const auto& item : county_list.at("items").as_array()) EXPECT_EQ(item.at("region_code"), "510104");
  EXPECT_LT(county_list.at("total").as_int64(), city_list.at("total").as_int64());
  EXPECT_EQ(client->Get("/api/v1/institutions", client->SignIn("enterprise", app::kDemoPassword)).status, 403);
}

TEST_F(InstitutionApiTest, LifecycleToExposureWithReasonsAndEvents) {
  auto created = Register(county, "某虚假培训机构", CreditCode("510104", "MA6C0005"), "510104");
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = created.Json().at("id").as_int64();
  EXPECT_EQ(created.Json().at("status"), "applied");
  EXPECT_EQ(Act(county, id, "approve", R"({"reason":""})").ErrorCode(), "invalid_transition");
  ASSERT_EQ(Act(county, id, "review", R"({"reason":"","auditor":")" + AuditorId() + R"("})").status, 200);
  const std::string auditor = client->SignIn("auditor", app::kDemoPassword);
  EXPECT_EQ(client->Get("/api/v1/institutions/" + std::to_string(id), auditor).status, 200)
      << "the assigned auditor sees the institution under review";
  ASSERT_EQ(Act(county, id, "approve", R"({"reason":"材料齐全"})").Json().at("status"), "active");
  auto no_reason = Act(city, id, "exit", R"({"reason":" ","expose":true})");
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_EQ(no_reason.Json().at("error").at("fields").at(0).at("field"), "reason");
  EXPECT_EQ(Act(city, id, "teleport", R"({"reason":"x"})").ErrorCode(), "unknown_action");

  auto exited = Act(city, id, "exit", R"({"reason":"伪造学员签到记录，骗取培训补贴","expose":true})");
  ASSERT_EQ(exited.status, 200) << exited.body;
  EXPECT_EQ(exited.Json().at("status"), "exited");
  EXPECT_EQ(client->Get("/api/v1/institutions/" + std::to_string(id), county).Json().at("status"), "exited")
      << "an exited institution stays listed";

  const auto events = client->Get("/api/v1/institutions/" + std::to_string(id) + "/events", county).Json();
  std::vector<std::string> actions;
  for (const auto& e : events.at("items").as_array()) actions.emplace_back(e.at("action").as_string());
  EXPECT_EQ(actions, (std::vector<std::string>{"apply", "review", "approve", "exit"}));
  EXPECT_EQ(events.at("items").at(3).at("actor"), "city_officer");

  HttpClient anonymous(server->port);
  auto exposed = anonymous.Get("/api/v1/public/institutions/exposed");
  ASSERT_EQ(exposed.status, 200);
  bool listed = false;
  const auto exposed_body = exposed.Json();
  for (const auto& item : exposed_body.at("items").as_array()) {
    if (item.at("id") == id) {
      listed = true;
      EXPECT_EQ(item.at("exposure_reason"), "伪造学员签到记录，骗取培训补贴");
      EXPECT_FALSE(item.as_object().contains("assigned_auditor"));
    }
  }
  EXPECT_TRUE(listed);
}

TEST_F(InstitutionApiTest, TheIntegrityListIsPublicAndActiveOnly) {
  auto created = Register(city, "诚信示范培训学校", CreditCode("510106", "MA6C0006"), "510106");
  const auto id = created.Json().at("id").as_int64();
  Act(city, id, "review", R"({"reason":""})");
  Act(city, id, "approve", R"({"reason":"合格"})");
  ASSERT_EQ(Act(province, id, "mark_integrity", R"({"reason":"连续三年零违规"})").status, 200);
  HttpClient anonymous(server->port);
  auto find = [&] {
    const auto list = anonymous.Get("/api/v1/public/institutions/integrity").Json();
    for (const auto& item : list.at("items").as_array()) {
      if (item.at("id") == id) return true;
    }
    return false;
  };
  EXPECT_TRUE(find());
  Act(city, id, "suspend", R"({"reason":"整改"})");
  EXPECT_FALSE(find()) << "a suspended institution is no model";
}


TEST_F(InstitutionApiTest, CorrectionsStayInTheRegionAndNeverTouchTheCreditCode) {
  auto created = Register(county, "锦江更名前培训学校", CreditCode("510104", "MA6C0301"), "510104");
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/institutions/" + std::to_string(created.Json().at("id").as_int64());
  auto renamed = client->Send(bhttp::verb::patch, path, R"({"name":"锦江更名后培训学校","type":"technical_school"})", county);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.Json().at("name"), "锦江更名后培训学校");
  EXPECT_EQ(renamed.Json().at("type"), "technical_school");
  EXPECT_EQ(client->Send(bhttp::verb::patch, path, R"({"region_code":"510703"})", county).status, 422);
  EXPECT_EQ(client->Send(bhttp::verb::patch, path, R"({"credit_code":"x"})", county).status, 422);
  EXPECT_EQ(client->Send(bhttp::verb::patch, path, R"({"type":"circus"})", county).status, 422);
}

// A list counts up to 1,000 and then says "at least" (db/keyset.hpp kCountCap): an exact count of
// a province's rows would read all of them for every page. A filter that selects fewer is exact.
TEST(ListCountTest, CountsStopAtTheCapAndSaySo) {
  RunningServer server("list_counts");
  server.Sql(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1005) "
      "INSERT INTO institutions (name, credit_code, type, region_code, status, created_at, updated_at) "
      "SELECT 'bulk-' || i, 'BULK' || i, 'private', '510104', 'active', 0, 0 FROM n");
  HttpClient client(server.port);
  const auto province = client.SignIn("province_officer", app::kDemoPassword);
  const auto all = client.Get("/api/v1/institutions?limit=5&sort=-name", province);
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.Json().at("total"), 1000);
  EXPECT_EQ(all.Json().at("total_exact"), false);
  EXPECT_EQ(all.Json().at("items").as_array().size(), 5u);
  const auto some = client.Get("/api/v1/institutions?limit=5&q=bulk-1003", province).Json();
  EXPECT_EQ(some.at("total"), 1);
  EXPECT_EQ(some.at("total_exact"), true);
}

}  // namespace
}  // namespace sunshine::testing
