// Enterprises, evaluation bodies and auditors over HTTP on both engines: credit codes checked,
// one code once per kind, region scope by id and in lists, revocation with a reason, exports.
#include "api_fixture.hpp"
#include "core/ids.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

class OrganisationApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("organisations"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    province = client->SignIn("province_officer", app::kDemoPassword);
    city = client->SignIn("city_officer", app::kDemoPassword);
  }
  HttpReply Create(const std::string& resource, const std::string& body, const std::string& token) {
    return client->Post("/api/v1/" + resource, body, token);
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
  std::string province, city;
};
RunningServer* OrganisationApiTest::server = nullptr;

TEST_F(OrganisationApiTest, EnterprisesAreRegisteredOnceAndScopedByRegion) {
  const std::string code = core::CompleteCreditCode("91510703MA200001");  // 绵阳市涪城区
  const std::string body = R"({"name":"绵阳示范电子有限公司","credit_code":")" + code +
                           R"(","type":"private","region_code":"510703","industry":"C","size":"medium"})";
  EXPECT_EQ(Create("enterprises", body, city).status, 422) << "a Chengdu officer registers in Chengdu only";
  auto created = Create("enterprises", body, province);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(Create("enterprises", body, province).status, 409);
  const std::string path = "/api/v1/enterprises/" + std::to_string(created.Json().at("id").as_int64());
  EXPECT_EQ(client->Get(path, city).status, 404);
  EXPECT_EQ(client->Send(bhttp::verb::patch, path, R"({"name":"x"})", city).status, 404);
  EXPECT_EQ(client->Get("/api/v1/enterprises?q=" + code, city).Json().at("total"), 0);
  EXPECT_EQ(client->Get("/api/v1/enterprises?q=" + code, province).Json().at("total"), 1);
  // The same company may also be an evaluation body (企业自主评价).
  auto evaluator = Create("evaluation-bodies",
                          R"({"name":"绵阳示范电子有限公司","credit_code":")" + code +
                              R"(","type":"employer","region_code":"510703"})",
                          province);
  EXPECT_EQ(evaluator.status, 201) << evaluator.body;
  auto with_industry = Create("auditors",
                              R"({"name":"某所","credit_code":")" + code +
                                  R"(","type":"accounting_firm","region_code":"510703","industry":"C"})",
                              province);
  EXPECT_EQ(with_industry.status, 422);
}

TEST_F(OrganisationApiTest, AuditorsAreSeenProvinceWideAndRevokedWithAReason) {
  auto created = Create("auditors",
                        R"({"name":"绵阳示范评估有限公司","credit_code":")" +
                            core::CompleteCreditCode("91510703MA200002") +
                            R"(","type":"assessment","region_code":"510703"})",
                        province);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/auditors/" + std::to_string(created.Json().at("id").as_int64());
  EXPECT_EQ(client->Get(path, city).status, 200) << "officers everywhere choose among all auditors";
  EXPECT_EQ(client->Send(bhttp::verb::patch, path, R"({"status":"revoked"})", city).status, 403);
  EXPECT_EQ(client->Send(bhttp::verb::patch, path, R"({"status":"revoked"})", province).status, 422);
  auto revoked = client->Send(bhttp::verb::patch, path, R"({"status":"revoked","reason":"出具虚假审核意见"})", province);
  ASSERT_EQ(revoked.status, 200) << revoked.body;
  EXPECT_EQ(revoked.Json().at("status"), "revoked");
  auto file = client->Get("/api/v1/auditors/export.xlsx?status=revoked", province);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.body.substr(0, 2), "PK");
}

TEST_F(OrganisationApiTest, AnOrganisationAccountSeesItself) {
  const std::string enterprise = client->SignIn("enterprise", app::kDemoPassword);
  const auto own = client->Get("/api/v1/enterprises", enterprise).Json();
  ASSERT_EQ(own.at("total"), 1);
  EXPECT_EQ(own.at("items").at(0).at("name"), "成都锦江示范制造有限公司");
  const std::string evaluator = client->SignIn("evaluator", app::kDemoPassword);
  EXPECT_EQ(client->Get("/api/v1/evaluation-bodies", evaluator).Json().at("total"), 1);
  EXPECT_EQ(client->Get("/api/v1/enterprises", evaluator).status, 403);
}

}  // namespace
}  // namespace sunshine::testing
