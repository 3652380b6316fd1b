// Subsidy claims over HTTP on both engines (issue 14 items 1-2, R-F1). A one-day class runs on a
// simulated clock with signed check-ins; a filed evaluation body assesses it and issues
// certificates; then the institution claims. Tried as a user would: the platform prices every
// roster line (paid the class's standard, or left out with each reason), a person who was not
// on the roster before the start cannot be claimed for, a second claim for the class is
// refused, officers of the region see it and others do not, and the sealed proof names what
// each line rests on and says when it no longer matches its digest.
#include <set>

#include "one_day_class.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;
constexpr std::int64_t kMinute = 60 * 1000;

class ClaimApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock = new core::SimulatedClock(*core::AtShanghai("2027-03-01", "10:00"));
    server = new RunningServer("claims", SeedQingyangOfficer, nullptr, *clock);
    klass = OneDayClass::Make(*server, *clock, 4, "789", 43);
    // Trainees 0-2 come and stay; trainee 3 only signs in at the start.
    const auto opens = *core::AtShanghai(klass.day, "08:58");
    for (std::size_t t = 0; t < 4; ++t) klass.Upload(*server, *clock, t, "start", opens + static_cast<int>(t) * kMinute);
    const auto closes = *core::AtShanghai(klass.day, "17:01");
    for (std::size_t t = 0; t < 3; ++t) klass.Upload(*server, *clock, t, "end", closes + static_cast<int>(t) * kMinute);
    clock->AdvanceTo(*core::AtShanghai(training::AddDays(klass.day, 1), "09:00"));
    OneDayClass::Sweep(*server, *clock);

    // The body, filed for the class's occupation and level, assesses it: 0 and 1 pass, 2 fails.
    HttpClient client(server->port);
    const auto city = client.SignIn("city_officer", app::kDemoPassword);
    auto evaluator = client.SignIn("evaluator", app::kDemoPassword);
    const auto body = Must(client.Get("/api/v1/evaluation-bodies", evaluator), 200).at("items").at(0).at("id").as_int64();
    Must(client.Post("/api/v1/evaluation-bodies/" + std::to_string(body) + "/filings",
                     R"({"occupation_id":)" + std::to_string(klass.occupation_id) +
                         R"(,"level":5,"valid_from":"2027-01-01","valid_to":"2027-12-31"})",
                     city),
         201);
    const auto sitting_day = training::AddDays(klass.day, 3);
    const auto sitting =
        Must(client.Post("/api/v1/assessments/sittings",
                         R"({"class_id":)" + std::to_string(klass.class_id) + R"(,"date":")" + sitting_day +
                             R"(","start":"09:00","end":"11:00","place":"锦江区职业技能评价中心","examiners":[{"name":"李考评","id_number":")" +
                             IdNumber("19700101", "778") + R"(","certificate":"KP5101040002"}],"candidates":[]})",
                         evaluator),
             201);
    const std::string path = "/api/v1/assessments/sittings/" + std::to_string(sitting.at("id").as_int64());
    clock->AdvanceTo(*core::AtShanghai(sitting_day, "12:00"));
    evaluator = client.SignIn("evaluator", app::kDemoPassword);
    const auto& t = klass.trainees;
    Must(client.Send(bhttp::verb::put, path + "/results",
                     R"({"results":[{"trainee_id":)" + std::to_string(t[0]) + R"(,"theory":85,"practical":90},{"trainee_id":)" +
                         std::to_string(t[1]) + R"(,"theory":70,"practical":75},{"trainee_id":)" + std::to_string(t[2]) +
                         R"(,"theory":40,"practical":50}]})",
                     evaluator),
         200);
    Must(client.Post(path + "/actions/lock", "{}", evaluator), 200);
    Must(client.Post(path + "/actions/issue", "{}", evaluator), 200);
    clock->AdvanceTo(*core::AtShanghai(training::AddDays(sitting_day, 5), "10:00"));
  }
  static void TearDownTestSuite() {
    delete server;
    delete clock;
  }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }
  std::string As(const std::string& user) { return client->SignIn(user, app::kDemoPassword); }
  std::string Claim(const std::string& ids) const {
    return R"({"class_id":)" + std::to_string(klass.class_id) + R"(,"trainee_ids":)" + ids + "}";
  }

  inline static core::SimulatedClock* clock = nullptr;
  inline static OneDayClass klass;
  inline static RunningServer* server = nullptr;
  std::unique_ptr<HttpClient> client;
};

std::vector<std::string> Codes(const boost::json::value& line) {
  std::vector<std::string> out;
  for (const auto& r : line.at("reasons").as_array()) out.emplace_back(r.at("code").as_string());
  return out;
}

TEST_F(ClaimApiTest, ThePlatformPricesEveryLineAndSealsWhatJustifiedIt) {
  const auto institution = As("institution");
  const auto& t = klass.trainees;
  const auto all = "[" + std::to_string(t[0]) + "," + std::to_string(t[1]) + "," + std::to_string(t[2]) + "," +
                   std::to_string(t[3]) + "]";
  // Nobody who was not on the roster before the start; nobody twice; only the institution claims.
  EXPECT_EQ(Reasons(client->Post("/api/v1/claims", Claim("[999999," + std::to_string(t[0]) + "," + std::to_string(t[0]) + "]"),
                                 institution)),
            (std::set<std::string>{"trainee_ids[0]:not_on_roster_before_start", "trainee_ids[2]:duplicate"}));
  EXPECT_EQ(client->Post("/api/v1/claims", Claim(all), As("county_officer")).status, 403);
  EXPECT_EQ(Reasons(client->Post("/api/v1/claims", R"({"class_id":)" + std::to_string(klass.class_id) + R"(,"kind":"voucher","trainee_ids":[]})",
                                 institution)),
            (std::set<std::string>{"kind:unknown", "trainee_ids:empty"}));
  EXPECT_EQ(server->Count("claims"), 0);

  // Trainee 3 did not authorise it: left out with that reason, as with the hours and certificate.
  const auto three = "[" + std::to_string(t[0]) + "," + std::to_string(t[1]) + "," + std::to_string(t[2]) + "]";
  auto made = client->Post("/api/v1/claims", Claim(three), institution);
  ASSERT_EQ(made.status, 201) << made.body;
  const auto claim = made.Json();
  EXPECT_EQ(claim.at("status"), "submitted");
  EXPECT_EQ(claim.at("lines"), 4);
  EXPECT_EQ(claim.at("paid_lines"), 2);
  EXPECT_EQ(claim.at("amount_fen"), 2 * 60000);  // the class's standard, 600 yuan, twice
  const auto& lines = claim.at("lines_detail").as_array();
  EXPECT_EQ(lines.at(0).at("paid"), true);
  EXPECT_EQ(lines.at(0).at("amount_fen"), 60000);
  EXPECT_EQ(lines.at(0).at("counted_minutes"), 8 * 60);
  EXPECT_EQ(lines.at(0).at("name_masked"), "学**");
  EXPECT_NE(lines.at(0).at("id_number_masked").as_string().find("****"), std::string::npos);
  EXPECT_EQ(Codes(lines.at(2)), std::vector<std::string>{"no_certificate"});  // failed the sitting
  EXPECT_EQ(Codes(lines.at(3)), (std::vector<std::string>{"not_authorised", "hours_below_threshold", "no_certificate"}));
  EXPECT_EQ(lines.at(3).at("amount_fen"), 0);

  // One live claim per class and kind.
  auto again = client->Post("/api/v1/claims", Claim(all), institution);
  EXPECT_EQ(again.ErrorCode(), "already_claimed");
  EXPECT_EQ(server->Count("claims"), 1);

  // Officers of the region read it; another county does not; the proof names what each line
  // rests on, and its digest matches until someone changes the stored text.
  const std::string path = "/api/v1/claims/" + std::to_string(claim.at("id").as_int64());
  const auto county = As("county_officer");
  EXPECT_EQ(Must(client->Get(path, county), 200).at("amount_fen"), 120000);
  EXPECT_EQ(client->Get(path, As("qingyang_officer")).status, 404);
  EXPECT_TRUE(Must(client->Get("/api/v1/claims", As("qingyang_officer")), 200).at("items").as_array().empty());
  EXPECT_EQ(Must(client->Get("/api/v1/claims", county), 200).at("items").as_array().size(), 1u);
  EXPECT_EQ(client->Get("/api/v1/claims", As("evaluator")).status, 403);
  auto proof = Must(client->Get(path + "/proof", institution), 200);
  EXPECT_EQ(proof.at("intact"), true);
  EXPECT_EQ(proof.at("sm3"), claim.at("proof_sm3"));
  const auto& first = proof.at("proof").at("lines").at(0);
  EXPECT_EQ(first.at("before_start"), true);
  EXPECT_EQ(first.at("counted_events").as_array().size(), 2u);  // the start and end check-ins
  EXPECT_EQ(first.at("certificate").at("number"), lines.at(0).at("certificate_number"));
  EXPECT_EQ(proof.at("proof").at("class").at("standard_fen"), 60000);
  // claims verify: nothing changed yet; then the body's certificates are revoked, and the two
  // paid lines are named with what no longer holds.
  EXPECT_TRUE(server->app->claims().Verify().empty());
  const auto sitting_id = Must(client->Get("/api/v1/assessments/sittings", As("evaluator")), 200).at("items").at(0).at("id");
  Must(client->Post("/api/v1/assessments/sittings/" + std::to_string(sitting_id.as_int64()) + "/actions/revoke",
                    R"({"reason":"评价机构考核把关不严"})", As("city_officer")),
       200);
  const auto changes = server->app->claims().Verify();
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].claim_id, claim.at("id").as_int64());
  EXPECT_EQ(changes[0].trainee_id, t[0]);
  EXPECT_EQ(changes[0].fields, (std::vector<std::string>{"certificate", "paid", "amount_fen", "reasons"}));
  EXPECT_EQ(changes[1].trainee_id, t[1]);
  server->Sql("UPDATE claims SET proof = REPLACE(proof, '\"amount_fen\":60000', '\"amount_fen\":90000')");
  EXPECT_EQ(Must(client->Get(path + "/proof", county), 200).at("intact"), false);
  EXPECT_EQ(server->app->claims().Verify().front().fields, std::vector<std::string>{"proof_digest"});

  db::Connection connection(server->app->database());
  long long audited = 0;
  connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = 'subsidy:claim:submit'", soci::into(audited);
  EXPECT_GE(audited, 1);
}

}  // namespace
}  // namespace sunshine::testing
