// Check-in terminals over HTTP on both engines (issue 5, R-W3): an institution registers a
// device key for its venues; bad, reused and foreign-venue registrations are refused by
// field; only officers revoke, with a reason, once.
#include "training_fixture.hpp"

namespace sunshine::testing {
namespace {

class TerminalApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server = new RunningServer("terminals"); }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override {
    client = std::make_unique<HttpClient>(server->port);
    institution = client->SignIn("institution", app::kDemoPassword);
    county = client->SignIn("county_officer", app::kDemoPassword);
  }
  inline static RunningServer* server = nullptr;
  std::unique_ptr<HttpClient> client;
  std::string institution, county;
};

std::string Key(unsigned char fill) { return DeviceKey(fill).public_key_b64; }

TEST_F(TerminalApiTest, RegisteredForOwnVenuesAndRevokedOnceByAnOfficer) {
  const auto institution_id =
      client->Get("/api/v1/institutions", institution).Json().at("items").at(0).at("id").as_int64();
  auto venue = client->Post("/api/v1/institutions/" + std::to_string(institution_id) + "/venues",
                            R"({"name":"一号教室","address":"成都市锦江区东大街1号","region_code":"510104","latitude":30.657,"longitude":104.081,"capacity":40})",
                            institution);
  ASSERT_EQ(venue.status, 201) << venue.body;
  const std::string venue_id = std::to_string(venue.Json().at("id").as_int64());

  auto bad = client->Post("/api/v1/terminals",
                          R"({"name":"","public_key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","venue_ids":[999999]})",
                          institution);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_NE(bad.body.find(R"("field":"public_key","reason":"not_an_ed25519_key")"), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find(R"("field":"venue_ids[0]","reason":"unknown")"), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find(R"("field":"name","reason":"required")"), std::string::npos) << bad.body;

  const std::string body = R"({"name":"一号教室人脸终端","public_key":")" + Key(7) + R"(","venue_ids":[)" + venue_id + "]}";
  EXPECT_EQ(client->Post("/api/v1/terminals", body, county).status, 403) << "institutions register their devices";
  auto made = client->Post("/api/v1/terminals", body, institution);
  ASSERT_EQ(made.status, 201) << made.body;
  const auto terminal = made.Json();
  EXPECT_EQ(terminal.at("status"), "active");
  EXPECT_TRUE(terminal.at("key_id").as_string().starts_with("tk_"));
  EXPECT_EQ(terminal.at("venues").at(0).at("name"), "一号教室");
  auto again = client->Post("/api/v1/terminals", body, institution);
  EXPECT_NE(again.body.find(R"("field":"public_key","reason":"taken")"), std::string::npos) << again.body;

  const std::string path = "/api/v1/terminals/" + std::to_string(terminal.at("id").as_int64());
  EXPECT_EQ(client->Get("/api/v1/terminals", county).Json().at("items").as_array().size(), 1u);
  EXPECT_EQ(client->Post(path + "/revoke", R"({"reason":"设备丢失"})", institution).status, 403);
  EXPECT_EQ(client->Post(path + "/revoke", R"({"reason":" "})", county).status, 422);
  auto revoked = client->Post(path + "/revoke", R"({"reason":"设备丢失"})", county);
  ASSERT_EQ(revoked.status, 200) << revoked.body;
  EXPECT_EQ(revoked.Json().at("status"), "revoked");
  EXPECT_EQ(revoked.Json().at("revoked_by"), "county_officer");
  EXPECT_EQ(client->Post(path + "/revoke", R"({"reason":"again"})", county).ErrorCode(), "terminal_revoked");
  // A revoked device's key stays spent.
  EXPECT_NE(client->Post("/api/v1/terminals", body, institution).body.find("taken"), std::string::npos);
  EXPECT_EQ(server->Count("terminals"), 1);
}

}  // namespace
}  // namespace sunshine::testing
