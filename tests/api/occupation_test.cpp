// The occupation catalogue over HTTP, on both engines: the seeded catalogue, filters and
// paging, province-officer edits with a dated history and audit, refusals that write nothing.
#include "api_fixture.hpp"

namespace sunshine::testing {
namespace {
using boost::json::serialize;

class OccupationApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("occupations"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    province = client->SignIn("province_officer", app::kDemoPassword);
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
  std::string province;
};
RunningServer* OccupationApiTest::server = nullptr;

TEST_F(OccupationApiTest, TheReferenceCatalogueIsLoaded) {
  auto all = client->Get("/api/v1/occupations?limit=200", province).Json();
  EXPECT_EQ(all.at("total"), 118);
  EXPECT_EQ(all.at("items").as_array().size(), 118u);
  auto cook = client->Get("/api/v1/occupations?q=4-03-02-01", province).Json();
  ASSERT_EQ(cook.at("total"), 1);
  const auto& item = cook.at("items").at(0);
  EXPECT_EQ(item.at("name"), "中式烹调师");
  EXPECT_EQ(item.at("highest_level"), 1);
  EXPECT_EQ(item.at("lowest_level"), 5);
  EXPECT_EQ(item.at("levels").as_array().size(), 5u);
  EXPECT_EQ(item.at("levels").at(0).at("name"), "五级/初级工");
  auto nursery = client->Get("/api/v1/occupations?q=%E8%82%B2%E5%A9%B4%E5%91%98", province).Json();  // 育婴员
  ASSERT_EQ(nursery.at("total"), 1);
  EXPECT_TRUE(nursery.at("items").at(0).at("code").is_null());
  EXPECT_EQ(nursery.at("items").at(0).at("highest_level"), 3);
}

TEST_F(OccupationApiTest, FiltersAndKeysetPagesAgree) {
  const std::string category = "%E5%86%9C%E3%80%81%E6%9E%97%E3%80%81%E7%89%A7%E3%80%81%E6%B8%94%E4%B8%9A%E7%94%9F%E4%BA%A7%E5%8F%8A%E8%BE%85%E5%8A%A9%E4%BA%BA%E5%91%98";
  auto farm = client->Get("/api/v1/occupations?category=" + category, province).Json();
  EXPECT_EQ(farm.at("total"), 11);
  std::set<std::int64_t> seen;
  std::string after = "0";
  int pages = 0;
  for (;;) {
    auto page = client->Get("/api/v1/occupations?limit=50&after=" + after, province).Json();
    for (const auto& item : page.at("items").as_array()) EXPECT_TRUE(seen.insert(item.at("id").as_int64()).second);
    ++pages;
    if (page.at("next_after").is_null()) break;
    after = std::to_string(page.at("next_after").as_int64());
  }
  EXPECT_EQ(seen.size(), 118u);
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(client->Get("/api/v1/occupations?q=%25", province).Json().at("total"), 0) << "% is literal";
  EXPECT_EQ(client->Get("/api/v1/occupations?urgent=maybe", province).status, 422);
  EXPECT_EQ(client->Get("/api/v1/occupations?kind=hobby", province).status, 422);
}

TEST_F(OccupationApiTest, TheProvinceOfficerEditsWithADatedAuditedHistory) {
  auto created = client->Post("/api/v1/occupations",
                              serialize(boost::json::object{{"name", "川菜烹饪（专项）"},
                                                            {"category", "社会生产服务和生活服务人员"},
                                                            {"kind", "special_ability"},
                                                            {"is_new", true}}),
                              province);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/occupations/" + std::to_string(created.Json().at("id").as_int64());
  EXPECT_TRUE(created.Json().at("levels").as_array().empty());

  auto patched = client->Send(boost::beast::http::verb::patch, path,
                              R"({"urgent":true,"shortage_rank":2,"name":"川菜烹饪"})", province);
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.Json().at("urgent"), true);
  EXPECT_EQ(patched.Json().at("shortage_rank"), 2);
  const auto history = client->Get(path + "/changes", province).Json();
  const auto& changes = history.at("items").as_array();
  ASSERT_EQ(changes.size(), 3u);
  std::set<std::string> fields;
  for (const auto& c : changes) {
    fields.emplace(c.at("field").as_string());
    EXPECT_EQ(c.at("changed_by"), "province_officer");
    EXPECT_EQ(c.at("request_id"), patched.headers["X-Request-Id"]);
  }
  EXPECT_EQ(fields, (std::set<std::string>{"name", "urgent", "shortage_rank"}));
  EXPECT_EQ(client->Get("/api/v1/occupations?urgent=true", province).Json().at("total"), 1);

  const std::string city = client->SignIn("city_officer", app::kDemoPassword);
  EXPECT_EQ(client->Get(path, city).status, 200) << "every business role reads the catalogue";
  EXPECT_EQ(client->Send(boost::beast::http::verb::patch, path, R"({"urgent":false})", city).status, 403);
  EXPECT_EQ(client->Get(path, client->SignIn("sysadmin", app::kDemoPassword)).status, 403);
}

TEST_F(OccupationApiTest, RefusalsNameTheFieldAndWriteNothing) {
  const long long before = server->Count("occupations");
  const long long changes_before = server->Count("occupation_changes");
  struct Case { const char* name; std::string body; int status; std::vector<std::string> fields; };
  const Case cases[] = {
      {"bad code and levels", R"({"code":"4-3-2-1","name":"x","category":"社会生产服务和生活服务人员","kind":"occupation","highest_level":5,"lowest_level":2})",
       422, {"code", "highest_level"}},
      {"unknown category", R"({"name":"x","category":"厨师","kind":"occupation","highest_level":1,"lowest_level":5})", 422,
       {"category"}},
      {"level as text", R"({"name":"x","category":"专业技术人员","kind":"occupation","highest_level":"one","lowest_level":5})",
       422, {"highest_level"}},
      {"taken code", R"({"code":"4-03-02-01","name":"另一个","category":"社会生产服务和生活服务人员","kind":"occupation","highest_level":1,"lowest_level":5})",
       409, {"code", "name"}},
  };
  for (const auto& c : cases) {
    auto reply = client->Post("/api/v1/occupations", c.body, province);
    EXPECT_EQ(reply.status, c.status) << c.name << ": " << reply.body;
    std::vector<std::string> fields;
    const auto body = reply.Json();
    for (const auto& f : body.at("error").at("fields").as_array()) fields.emplace_back(f.at("field").as_string());
    EXPECT_EQ(fields, c.fields) << c.name;
  }
  auto cook = client->Get("/api/v1/occupations?q=4-03-02-01", province).Json().at("items").at(0);
  const std::string path = "/api/v1/occupations/" + std::to_string(cook.at("id").as_int64());
  EXPECT_EQ(client->Send(boost::beast::http::verb::patch, path, R"({"lowest_level":9})", province).status, 422);
  EXPECT_EQ(client->Send(boost::beast::http::verb::patch, path, R"({"color":"red"})", province).status, 422);
  EXPECT_EQ(client->Send(boost::beast::http::verb::patch, "/api/v1/occupations/999999", R"({"urgent":true})", province).status,
            404);
  EXPECT_EQ(server->Count("occupations"), before);
  EXPECT_EQ(server->Count("occupation_changes"), changes_before);
}

}  // namespace
}  // namespace sunshine::testing
