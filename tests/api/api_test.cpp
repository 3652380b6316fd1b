// Black-box HTTP tests of sign-in, sessions, accounts, audit and bad input, on both engines.
#include "core/clock.hpp"
#include "api_fixture.hpp"
#include "reports/xlsx_table.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;
using boost::json::serialize;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("api"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }
  static std::string DemoInstitutionScope() {
    return server->Text("SELECT scope_code FROM users WHERE username = 'institution'");
  }
  static RunningServer* server;
  std::unique_ptr<HttpClient> client;
};
RunningServer* ApiTest::server = nullptr;

std::string SignInBody(const std::string& username, const std::string& password) {
  return serialize(boost::json::object{{"username", username}, {"password", password}});
}

TEST_F(ApiTest, EveryDemoRoleSignsInAndSeesItself) {
  for (const auto& role : auth::AllRoles()) {
    const std::string id(role.id);
    auto reply = client->Post("/api/v1/sessions", SignInBody(id, app::kDemoPassword));
    ASSERT_EQ(reply.status, 201) << id << reply.body;
    const auto body = reply.Json();
    EXPECT_TRUE(body.at("token").as_string().starts_with("st_"));
    EXPECT_TRUE(body.at("expires_at").as_string().ends_with("+08:00"));
    EXPECT_EQ(body.at("user").at("role"), id.c_str());
    const std::string cookie(reply.headers[bhttp::field::set_cookie]);
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
    const auto me = client->Get("/api/v1/me", std::string(body.at("token").as_string()));
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.Json().at("username"), id.c_str());
    EXPECT_EQ(me.Json().at("scope").at("kind"), core::Scope::KindName(role.scope_kind));
  }
  auto city = client->Post("/api/v1/sessions", SignInBody("city_officer", app::kDemoPassword)).Json();
  EXPECT_EQ(city.at("user").at("scope").at("name"), "成都市");
  // An organisation scope is named too: the institution account acts for its school.
  auto school = client->Post("/api/v1/sessions", SignInBody("institution", app::kDemoPassword)).Json();
  EXPECT_EQ(school.at("user").at("scope").at("name"), "锦江区阳光职业技能培训学校");
  EXPECT_TRUE(school.at("user").at("scope").at("code").as_string().starts_with("institution:"));
}

// The lists officers and administrators keep offline: accounts, the audit trail (filtered, and
// the export itself audited), classes and terminals, each as an xlsx file to their readers only.
TEST_F(ApiTest, ListsExportAsXlsxToTheirReaders) {
  const std::string sysadmin = client->SignIn("sysadmin", app::kDemoPassword);
  const std::string auditadmin = client->SignIn("auditadmin", app::kDemoPassword);
  const std::string county = client->SignIn("county_officer", app::kDemoPassword);
  const std::string institution = client->SignIn("institution", app::kDemoPassword);
  auto is_xlsx = [](const HttpReply& reply, const std::string& stem) {
    EXPECT_EQ(reply.status, 200) << reply.body;
    EXPECT_EQ(reply.body.substr(0, 2), "PK");
    EXPECT_EQ(reply.headers[bhttp::field::content_type], reports::XlsxTable::kContentType);
    const std::string disposition(reply.headers[bhttp::field::content_disposition]);
    EXPECT_NE(disposition.find(stem), std::string::npos) << disposition;
  };
  // File names are percent-encoded UTF-8: 账号 = %E8%B4%A6%E5%8F%B7.
  is_xlsx(client->Get("/api/v1/users/export.xlsx", sysadmin), "%E8%B4%A6%E5%8F%B7");
  is_xlsx(client->Get("/api/v1/classes/export.xlsx?status=approved&sort=-start_date", county), "%E5%9F%B9%E8%AE%AD%E7%8F%AD");
  is_xlsx(client->Get("/api/v1/classes/export.xlsx", institution), "%E5%9F%B9%E8%AE%AD%E7%8F%AD");
  is_xlsx(client->Get("/api/v1/terminals/export.xlsx", institution), "%E7%AD%BE%E5%88%B0%E7%BB%88%E7%AB%AF");
  EXPECT_EQ(client->Get("/api/v1/classes/export.xlsx?sort=planet", county).status, 422);
  EXPECT_EQ(client->Get("/api/v1/users/export.xlsx", county).status, 403);
  EXPECT_EQ(client->Get("/api/v1/audit/records/export.xlsx", sysadmin).status, 403);

  // The trail: filtered by account and action prefix, in the list and in the export.
  auto sign_ins = client->Get("/api/v1/audit/records?username=county_officer&action=auth:session:&limit=500",
                              auditadmin);
  ASSERT_EQ(sign_ins.status, 200) << sign_ins.body;
  const auto items = sign_ins.Json().at("items").as_array();
  ASSERT_FALSE(items.empty());
  for (const auto& r : items) {
    EXPECT_EQ(r.at("username"), "county_officer");
    EXPECT_TRUE(r.at("action").as_string().starts_with("auth:session:"));
  }
  const std::string today = core::DateInShanghai(core::SystemClock().Now());
  EXPECT_EQ(client->Get("/api/v1/audit/records?from=" + today + "&to=" + today + "&username=county_officer&action=auth:session:&limit=500",
                        auditadmin).Json().at("items").as_array().size(),
            items.size());
  EXPECT_TRUE(client->Get("/api/v1/audit/records?to=2020-01-01", auditadmin).Json().at("items").as_array().empty());
  EXPECT_TRUE(client->Get("/api/v1/audit/records?action=auth_", auditadmin).Json().at("items").as_array().empty())
      << "an underscore matches only itself";
  auto bad = client->Get("/api/v1/audit/records?from=yesterday", auditadmin);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.Json().at("error").at("fields").at(0).at("field"), "from");
  is_xlsx(client->Get("/api/v1/audit/records/export.xlsx?username=county_officer&action=auth:session:", auditadmin),
          "%E5%AE%A1%E8%AE%A1");  // 审计
  const std::string detail = server->Text(
      "SELECT detail FROM audit_records WHERE action = 'audit:record:export' ORDER BY seq DESC LIMIT 1");
  const auto exported = boost::json::parse(detail);
  EXPECT_EQ(exported.at("rows").as_int64(), static_cast<std::int64_t>(items.size())) << detail;
  EXPECT_EQ(exported.at("username"), "county_officer");
}

TEST_F(ApiTest, CookieRequestsFromAnotherSiteAreRefused) {
  auto reply = client->Post("/api/v1/sessions", SignInBody("county_officer", app::kDemoPassword));
  const std::string set_cookie(reply.headers[bhttp::field::set_cookie]);
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  const std::string token(reply.Json().at("token").as_string());
  auto send = [&](const std::vector<std::pair<std::string, std::string>>& headers, bool bearer = false) {
    return client->Send(bhttp::verb::delete_, "/api/v1/sessions/current", "", bearer ? token : "", "",
                        bearer ? std::nullopt : std::optional(cookie), headers);
  };
  for (const auto& headers : std::vector<std::vector<std::pair<std::string, std::string>>>{
           {{"Origin", "https://evil.example"}},
           {{"Origin", "null"}},
           {{"Sec-Fetch-Site", "cross-site"}},
           {{"Origin", "http://127.0.0.1.evil.example"}}}) {
    auto refused = send(headers);
    EXPECT_EQ(refused.status, 403) << headers[0].second;
    EXPECT_EQ(refused.ErrorCode(), "cross_site_request") << headers[0].second;
  }
  // A foreign page may not sign a browser in either.
  auto sign_in = client->Send(bhttp::verb::post, "/api/v1/sessions", SignInBody("county_officer", app::kDemoPassword),
                              "", "application/json", std::nullopt, {{"Origin", "https://evil.example"}});
  EXPECT_EQ(sign_in.status, 403);
  // Reads are not refused, nor bearer clients (no ambient credential), nor the app's own origin.
  EXPECT_EQ(client->Send(bhttp::verb::get, "/api/v1/me", "", "", "", cookie, {{"Origin", "https://evil.example"}})
                .status,
            200);
  EXPECT_EQ(send({{"Origin", "http://127.0.0.1"}, {"Sec-Fetch-Site", "same-origin"}}).status, 204);
}

TEST_F(ApiTest, CookieSessionsWorkAndSignOutEndsThem) {
  auto reply = client->Post("/api/v1/sessions", SignInBody("county_officer", app::kDemoPassword));
  const std::string set_cookie(reply.headers[bhttp::field::set_cookie]);
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  auto me = client->Send(bhttp::verb::get, "/api/v1/me", "", "", "", "theme=dark; " + cookie);
  ASSERT_EQ(me.status, 200);
  auto out = client->Send(bhttp::verb::delete_, "/api/v1/sessions/current", "", "", "", cookie);
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(std::string(out.headers[bhttp::field::set_cookie]).find("Max-Age=0"), std::string::npos);
  me = client->Send(bhttp::verb::get, "/api/v1/me", "", "", "", cookie);
  EXPECT_EQ(me.status, 401);
  EXPECT_EQ(me.ErrorCode(), "unauthenticated");
}

TEST_F(ApiTest, WrongPasswordAndUnknownUserAnswerAlikeAndAreAudited) {
  auto wrong = client->Post("/api/v1/sessions", SignInBody("trainee", "Wrong-password-1"));
  auto unknown = client->Post("/api/v1/sessions", SignInBody("nobody_here", "Wrong-password-1"));
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.ErrorCode(), "invalid_credentials");
  EXPECT_EQ(wrong.Json().at("error").at("message"), unknown.Json().at("error").at("message"));
  const std::string auditor = client->SignIn("auditadmin", app::kDemoPassword);
  const auto page = client->Get("/api/v1/audit/records?limit=500", auditor).Json();
  const auto& records = page.at("items").as_array();
  bool found = false;
  for (const auto& r : records) {
    found = found || (r.at("request_id") == wrong.headers["X-Request-Id"] && r.at("username") == "trainee" &&
                      r.at("outcome") == "denied" && r.at("action") == "auth:session:create");
  }
  EXPECT_TRUE(found) << "the failed sign-in is in the trail under the claimed name";
}

TEST_F(ApiTest, RepeatedFailuresLockAndTheSecurityAdministratorUnlocks) {
  const std::string admin = client->SignIn("sysadmin", app::kDemoPassword);
  auto created = client->Post("/api/v1/users",
                              serialize(boost::json::object{{"username", "lock.me"},
                                                            {"display_name", "锁定测试"},
                                                            {"role", "county_officer"},
                                                            {"scope_code", "510105"},
                                                            {"password", "Lock-me-2026!"}}),
                              admin);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = created.Json().at("id").as_int64();
  for (int i = 1; i <= 4; ++i) {
    EXPECT_EQ(client->Post("/api/v1/sessions", SignInBody("lock.me", "bad-Password-" + std::to_string(i))).status, 401);
  }
  auto fifth = client->Post("/api/v1/sessions", SignInBody("lock.me", "bad-Password-5"));
  EXPECT_EQ(fifth.status, 403);
  EXPECT_EQ(fifth.ErrorCode(), "account_locked");
  EXPECT_EQ(client->Post("/api/v1/sessions", SignInBody("lock.me", "Lock-me-2026!")).ErrorCode(), "account_locked")
      << "even the right password waits out the lockout";
  const std::string unlock = "/api/v1/users/" + std::to_string(id) + "/actions/unlock";
  EXPECT_EQ(client->Post(unlock, "", admin).status, 403) << "sysadmin may not unlock (三权分立)";
  const std::string security = client->SignIn("secadmin", app::kDemoPassword);
  auto unlocked = client->Post(unlock, "", security);
  ASSERT_EQ(unlocked.status, 200) << unlocked.body;
  EXPECT_EQ(unlocked.Json().at("locked"), false);
  EXPECT_FALSE(client->SignIn("lock.me", "Lock-me-2026!").empty());
  EXPECT_EQ(client->Post("/api/v1/users/999999/actions/unlock", "", security).status, 404);
}

TEST_F(ApiTest, BadInputGetsClearErrorsAndWritesNothing) {
  const std::string admin = client->SignIn("sysadmin", app::kDemoPassword);
  const long long users_before = server->Count("users");
  struct Case {
    const char* name;
    std::string body;
    std::string content_type;
    int status;
    const char* code;
    std::vector<std::string> fields;
  };
  const Case cases[] = {
      {"malformed json", "{\"username\":", "application/json", 400, "malformed_json", {}},
      {"not an object", "[]", "application/json", 422, "body_not_object", {""}},
      {"wrong content type", "username=x", "application/x-www-form-urlencoded", 415, "unsupported_media_type", {}},
      {"wrong types",
       R"({"username":1,"display_name":[],"role":"sysadmin","password":true})",
       "application/json",
       422,
       "invalid_fields",
       {"username", "display_name", "password"}},
      {"missing fields",
       R"({"username":"abc"})",
       "application/json",
       422,
       "invalid_fields",
       {"display_name", "role", "password"}},
      {"unknown field",
       R"({"username":"abcd","display_name":"x","role":"sysadmin","password":"Aa1!aaaaaaaaa","admin":true})",
       "application/json",
       422,
       "invalid_fields",
       {"admin"}},
      {"rules broken",
       R"({"username":"Bad Name","display_name":"x","role":"city_officer","scope_code":"510104","password":"short"})",
       "application/json",
       422,
       "invalid_fields",
       {"username", "scope_code", "password", "password"}},
      {"taken",
       R"({"username":"sysadmin","display_name":"x","role":"city_officer","scope_code":"510100","password":"Another-pass-2026"})",
       "application/json",
       409,
       "username_taken",
       {"username"}},
      {"an organisation that does not exist",
       R"({"username":"ghost.org","display_name":"x","role":"institution","scope_code":"institution:999999","password":"Another-pass-2026"})",
       "application/json",
       422,
       "invalid_fields",
       {"scope_code"}},
      {"another kind of organisation",
       R"({"username":"ghost.org","display_name":"x","role":"institution","scope_code":"enterprise:1","password":"Another-pass-2026"})",
       "application/json",
       422,
       "invalid_fields",
       {"scope_code"}},
      {"an injection as a scope",
       R"({"username":"ghost.org","display_name":"x","role":"institution","scope_code":"x' OR 1=1","password":"Another-pass-2026"})",
       "application/json",
       422,
       "invalid_fields",
       {"scope_code"}},
      {"the system administrator creates no administrators",
       R"({"username":"second.admin","display_name":"x","role":"sysadmin","password":"Another-pass-2026"})",
       "application/json",
       403,
       "separation_of_duties",
       {}},
      {"nor an audit administrator",
       R"({"username":"second.audit","display_name":"x","role":"auditadmin","password":"Another-pass-2026"})",
       "application/json",
       403,
       "separation_of_duties",
       {}},
  };
  for (const auto& c : cases) {
    auto reply = client->Send(bhttp::verb::post, "/api/v1/users", c.body, admin, c.content_type);
    EXPECT_EQ(reply.status, c.status) << c.name << ": " << reply.body;
    EXPECT_EQ(reply.ErrorCode(), c.code) << c.name;
    std::vector<std::string> fields;
    const auto body = reply.Json();
    for (const auto& f : body.at("error").at("fields").as_array()) {
      fields.emplace_back(f.at("field").as_string());
    }
    EXPECT_EQ(fields, c.fields) << c.name;
    EXPECT_FALSE(reply.Json().at("error").at("request_id").as_string().empty()) << c.name;
  }
  EXPECT_EQ(server->Count("users"), users_before) << "no refused request wrote an account";

  auto huge = client->Post("/api/v1/sessions", std::string(100 * 1024, 'x'));
  EXPECT_EQ(huge.status, 413);
  EXPECT_EQ(huge.ErrorCode(), "body_too_large");
  EXPECT_EQ(client->Get("/api/v1/no-such-thing").status, 404);
  EXPECT_EQ(client->Send(bhttp::verb::patch, "/api/v1/me", "{}").status, 405);
  EXPECT_EQ(client->Get("/api/v1/users?limit=0", admin).ErrorCode(), "invalid_query");
  EXPECT_EQ(client->Get("/api/v1/users?after=x", admin).status, 422);
}

TEST_F(ApiTest, ForgedRevokedAndExpiredTokensAreRefused) {
  EXPECT_EQ(client->Get("/api/v1/me", "st_forged-token-of-the-right-shape-000000000000").status, 401);
  EXPECT_EQ(client->Get("/api/v1/me", "not-even-a-token").status, 401);
  EXPECT_EQ(client->Get("/api/v1/me").status, 401);
  const std::string absolute = client->SignIn("evaluator", app::kDemoPassword);
  const std::string idle = client->SignIn("enterprise", app::kDemoPassword);
  ASSERT_EQ(client->Get("/api/v1/me", absolute).status, 200);
  server->Sql("UPDATE sessions SET expires_at = 1 WHERE user_id = (SELECT id FROM users WHERE username = 'evaluator')");
  server->Sql(
      "UPDATE sessions SET last_seen_at = 1 WHERE user_id = (SELECT id FROM users WHERE username = 'enterprise')");
  EXPECT_EQ(client->Get("/api/v1/me", absolute).status, 401) << "past absolute expiry";
  EXPECT_EQ(client->Get("/api/v1/me", idle).status, 401) << "idle too long";
}

TEST_F(ApiTest, SuccessfulWritesAreAuditedWithTheirRequest) {
  const std::string admin = client->SignIn("sysadmin", app::kDemoPassword);
  auto created = client->Post("/api/v1/users",
                              serialize(boost::json::object{{"username", "audited.one"},
                                                            {"display_name", "审计测试"},
                                                            {"role", "institution"},
                                                            {"scope_code", DemoInstitutionScope()},
                                                            {"password", "Audited-2026!"}}),
                              admin);
  ASSERT_EQ(created.status, 201);
  const std::string request_id(created.headers["X-Request-Id"]);
  const std::string auditor = client->SignIn("auditadmin", app::kDemoPassword);
  std::int64_t after = 0;
  bool found = false;
  for (;;) {
    auto page = client->Get("/api/v1/audit/records?limit=100&after=" + std::to_string(after), auditor).Json();
    for (const auto& r : page.at("items").as_array()) {
      if (r.at("request_id") == request_id.c_str()) {
        found = true;
        EXPECT_EQ(r.at("action"), "auth:user:create");
        EXPECT_EQ(r.at("username"), "sysadmin");
        EXPECT_EQ(r.at("role"), "sysadmin");
        EXPECT_EQ(r.at("outcome"), "success");
        EXPECT_EQ(r.at("client_ip"), "127.0.0.1");
        EXPECT_EQ(r.at("object_id"), std::to_string(created.Json().at("id").as_int64()).c_str());
      }
    }
    if (page.at("next_after").is_null()) break;
    after = page.at("next_after").as_int64();
  }
  EXPECT_TRUE(found);
  auto verify = client->Get("/api/v1/audit/verify", auditor).Json();
  EXPECT_EQ(verify.at("ok"), true);
  EXPECT_EQ(client->Get("/api/v1/audit/records", admin).status, 403) << "only the audit administrator reads the trail";
}

TEST_F(ApiTest, HealthAndMetricsReport) {
  auto health = client->Get("/api/v1/health").Json();
  EXPECT_EQ(health.at("status"), "ok");
  EXPECT_EQ(health.at("database").at("reachable"), true);
  EXPECT_EQ(health.at("database").at("engine"), server->database.engine.c_str());
  EXPECT_EQ(health.at("migrations").at("applied"), health.at("migrations").at("expected"));
  auto metrics = client->Get("/metrics");
  ASSERT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.body.find("sunshine_http_requests_total{route=\"/api/v1/health\",method=\"GET\",status=\"200\"}"),
            std::string::npos);
  EXPECT_NE(metrics.body.find("sunshine_http_request_duration_seconds_bucket{route=\"/api/v1/health\""),
            std::string::npos);
  EXPECT_NE(metrics.body.find("sunshine_db_pool_in_use"), std::string::npos);
  EXPECT_NE(metrics.body.find("sunshine_http_open_connections 1"), std::string::npos);
}

TEST_F(ApiTest, RegionsFollowTheCallersScopeInSql) {
  struct Case {
    const char* role;
    std::size_t count;
    const char* inside;
    const char* outside;
  };
  const Case cases[] = {
      {"province_officer", 205, "513437", nullptr},
      {"city_officer", 1 + 1 + 20, "510104", "510300"},  // 四川省, 成都市 and its 20 counties
      {"county_officer", 3, "510104", "510105"},         // 四川省 > 成都市 > 锦江区
      {"institution", 205, "513437", nullptr},
  };
  for (const auto& c : cases) {
    const auto body = client->Get("/api/v1/regions", client->SignIn(c.role, app::kDemoPassword)).Json();
    const auto& items = body.at("items").as_array();
    EXPECT_EQ(items.size(), c.count) << c.role;
    std::set<std::string> codes;
    for (const auto& item : items) codes.emplace(item.at("code").as_string());
    EXPECT_TRUE(codes.count(c.inside)) << c.role;
    if (c.outside) {
      EXPECT_FALSE(codes.count(c.outside)) << c.role;
    }
    EXPECT_EQ(items[0].at("code"), "510000") << c.role << ": the tree keeps its root";
  }
}

// A separate suite: it breaks the chain on purpose.
// The policy calendar, for schedules made by pattern in the browser.
TEST(CalendarApiTest, GivesTheConfiguredHolidaysWithinTheRange) {
  RunningServer server("calendar", nullptr, [](app::Config& config) {
    config.policy_holidays = "2026-10-01,2026-10-02,2026-10-05,2027-01-01";
    config.policy_extra_workdays = "2026-09-27,2026-10-10";
  });
  HttpClient client(server.port);
  const std::string institution = client.SignIn("institution", app::kDemoPassword);
  auto reply = client.Get("/api/v1/calendar?from=2026-10-01&to=2026-10-31", institution);
  ASSERT_EQ(reply.status, 200) << reply.body;
  EXPECT_EQ(serialize(reply.Json().at("holidays")), R"(["2026-10-01","2026-10-02","2026-10-05"])");
  EXPECT_EQ(serialize(reply.Json().at("extra_workdays")), R"(["2026-10-10"])");
  auto bad = client.Get("/api/v1/calendar?from=2026-10-31&to=2026-10-01", institution);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.Json().at("error").at("fields").at(0).at("reason"), "before_start");
  auto missing = client.Get("/api/v1/calendar?to=oct", institution);
  EXPECT_EQ(serialize(missing.Json().at("error").at("fields")),
            R"([{"field":"from","reason":"required"},{"field":"to","reason":"not_a_date"}])");
  EXPECT_EQ(client.Get("/api/v1/calendar?from=2026-10-01&to=2026-10-31").status, 401);
}

TEST(AuditTamperTest, VerifyNamesTheEditedRecord) {
  RunningServer server("tamper");
  HttpClient client(server.port);
  const std::string auditor = client.SignIn("auditadmin", app::kDemoPassword);
  EXPECT_EQ(client.Get("/api/v1/audit/verify", auditor).Json().at("ok"), true);
  server.Sql("UPDATE audit_records SET username = 'someone_else' WHERE seq = 4");
  auto report = client.Get("/api/v1/audit/verify", auditor).Json();
  EXPECT_EQ(report.at("ok"), false);
  EXPECT_EQ(report.at("first_broken_seq"), 4);
  EXPECT_EQ(report.at("reason"), "hash_mismatch");
}

}  // namespace
}  // namespace sunshine::testing
