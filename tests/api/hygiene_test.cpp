// Input hygiene at the one boundary, over HTTP on both engines: control characters refused with
// the field named (in JSON bodies, query strings and CSV cells), text over its documented
// length refused, null only where a property is nullable, and the audit chain intact after a
// sign-in that claimed a user name with a NUL in it.
#include "api_fixture.hpp"
#include "audit/store.hpp"
#include "core/ids.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

std::vector<std::string> Fields(const HttpReply& reply) {
  std::vector<std::string> out;
  const auto body = reply.Json();
  for (const auto& f : body.at("error").at("fields").as_array()) {
    out.push_back(std::string(f.at("field").as_string()) + ":" + std::string(f.at("reason").as_string()));
  }
  return out;
}

class HygieneApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("hygiene"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    county = client->SignIn("county_officer", app::kDemoPassword);
  }
  static std::string Trainee(const std::string& name, const std::string& seq) {
    const std::string first17 = "51010419900101" + seq;
    return R"({"name":")" + name + R"(","id_number":")" + first17 + core::IdCheckCharacter(first17) +
           R"(","phone":"13900001234","household_region_code":"510104","residence_region_code":"510104","groups":[],"employment_status":"employed"})";
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
  std::string county;
};
RunningServer* HygieneApiTest::server = nullptr;

TEST_F(HygieneApiTest, ControlCharactersAreRefusedNotCut) {
  const auto before = server->Count("trainees");
  for (const std::string name : {R"(nul\u0000tail)", R"(bell\u0007)", R"(line\nbreak)", "rtl\u202Eoverride"}) {
    auto refused = client->Post("/api/v1/trainees", Trainee(name, "551"), county);
    ASSERT_EQ(refused.status, 422) << name << " " << refused.body;
    EXPECT_EQ(Fields(refused), std::vector<std::string>{"name:control_character"}) << name;
  }
  EXPECT_EQ(server->Count("trainees"), before);
  auto stored = client->Post("/api/v1/trainees", Trainee("干净的名字", "552"), county);
  EXPECT_EQ(stored.status, 201) << stored.body;

  auto query = client->Get("/api/v1/trainees?q=a%00b", county);
  EXPECT_EQ(query.status, 422);
  EXPECT_EQ(Fields(query), std::vector<std::string>{"q:control_character"});
  EXPECT_EQ(client->Get("/api/v1/trainees/1%00", county).status, 400);
}

TEST_F(HygieneApiTest, TextBeyondItsDocumentedLengthIsRefused) {
  const std::string institution = client->SignIn("institution", app::kDemoPassword);
  const auto id = client->Get("/api/v1/institutions", institution).Json().at("items").at(0).at("id").as_int64();
  const std::string venues = "/api/v1/institutions/" + std::to_string(id) + "/venues";
  auto venue = [](const std::string& name, const std::string& address) {
    return R"({"name":")" + name + R"(","address":")" + address +
           R"(","region_code":"510104","latitude":30.657,"longitude":104.081,"capacity":60})";
  };
  auto refused = client->Post(venues, venue(std::string(101, 'n'), std::string(201, 'a')), institution);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(Fields(refused), (std::vector<std::string>{"name:too_long", "address:too_long"}));
  // 100 characters of Chinese are 300 bytes and pass: lengths are in characters.
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "室";
  EXPECT_EQ(client->Post(venues, venue(hundred, "成都市锦江区东大街1号"), institution).status, 201);
}

// A refused page says what is wrong with each parameter, not only the limit (an id cursor, a
// sort cursor, a sort key and a limit, each on its own and together).
TEST_F(HygieneApiTest, PagingErrorsNameEachParameterInTheirMessage) {
  auto message = [](const HttpReply& reply) { return std::string(reply.Json().at("error").at("message").as_string()); };
  const auto bad_after = client->Get("/api/v1/risk/alerts?after=garbage", county);
  ASSERT_EQ(bad_after.status, 422) << bad_after.body;
  EXPECT_EQ(Fields(bad_after), std::vector<std::string>{"after:not_an_integer"});
  EXPECT_EQ(message(bad_after), "分页参数有误：after 须为上一页返回的游标");
  const auto both = client->Get("/api/v1/trainees?sort=planet&limit=0", county);
  ASSERT_EQ(both.status, 422) << both.body;
  EXPECT_EQ(Fields(both), (std::vector<std::string>{"sort:unknown", "limit:out_of_range"}));
  EXPECT_EQ(message(both), "分页参数有误：sort 不是可排序的字段；limit 须为 1 至 200 的整数");
  const auto cursor = client->Get("/api/v1/trainees?after=%25%25", county);
  ASSERT_EQ(cursor.status, 422) << cursor.body;
  EXPECT_EQ(Fields(cursor), std::vector<std::string>{"after:invalid_cursor"});
}

TEST_F(HygieneApiTest, NullOnlyWhereAPropertyIsNullable) {
  const std::string province = client->SignIn("province_officer", app::kDemoPassword);
  const auto id = client->Get("/api/v1/institutions", province).Json().at("items").at(0).at("id").as_int64();
  auto patched = client->Send(bhttp::verb::patch, "/api/v1/institutions/" + std::to_string(id), R"({"name":null})",
                              province);
  ASSERT_EQ(patched.status, 422) << patched.body;
  EXPECT_EQ(Fields(patched), std::vector<std::string>{"name:wrong_type"});
  // scope_code is documented nullable: null means no scope, as absent does.
  const std::string secadmin = client->SignIn("secadmin", app::kDemoPassword);
  auto created = client->Post(
      "/api/v1/users",
      R"({"username":"null_scope_admin","display_name":"空范围","role":"auditadmin","scope_code":null,"password":"Another@Passw0rd-2026"})",
      secadmin);
  EXPECT_EQ(created.status, 201) << created.body;
}

TEST_F(HygieneApiTest, ASignInWithANulKeepsTheAuditChainWhole) {
  auto refused = client->Post("/api/v1/sessions", R"({"username":"admin\u0000x","password":"whatever-it-is"})");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(Fields(refused), std::vector<std::string>{"username:control_character"});
  // A name that is merely unknown, with a character cut in the middle by the 64-byte subject.
  std::string long_name;
  for (int i = 0; i < 30; ++i) long_name += "名";
  EXPECT_EQ(client->Post("/api/v1/sessions", R"({"username":")" + long_name + R"(","password":"x"})").status, 401);
  const auto report = audit::Verify(server->app->database());
  EXPECT_TRUE(report.ok) << report.reason << " at " << report.first_broken_seq.value_or(0);
}

TEST_F(HygieneApiTest, CsvCellsPassTheSamePolicy) {
  const std::string first17 = "51010419900101553";
  const std::string csv = std::string("姓名,身份证号,手机号,户籍地区划代码,常住地区划代码,就业状态\r\n") + "坏\x01名字," +
                          first17 + core::IdCheckCharacter(first17) + ",13900001234,510104,510104,employed\r\n";
  const auto before = server->Count("trainees");
  auto refused = client->Send(bhttp::verb::post, "/api/v1/imports/trainees", csv, county, "text/csv");
  ASSERT_EQ(refused.status, 422) << refused.body;
  const auto field = refused.Json().at("error").at("fields").at(0);
  EXPECT_EQ(field.at("reason"), "control_character");
  EXPECT_EQ(field.at("row"), 2);
  EXPECT_EQ(field.at("column"), "姓名");
  EXPECT_EQ(server->Count("trainees"), before);
}

}  // namespace
}  // namespace sunshine::testing
