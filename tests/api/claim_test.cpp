// Subsidy claims over HTTP on both engines (issue 14 items 1-2, R-F1). A one-day class runs on a
// simulated clock with signed check-ins; a filed evaluation body assesses it and issues
// certificates; then the institution claims. Tried as a user would: the platform prices every
// roster line (paid the class's standard, or left out with each reason), a person who was not
// on the roster before the start cannot be claimed for, a second claim for the class is
// refused, officers of the region see it and others do not, and the sealed proof names what
// each line rests on and says when it no longer matches its digest.
#include <set>

#include "core/ids.hpp"
#include "inspection/spot_check_draw.hpp"
#include "reports/xlsx_read.hpp"
#include "assessed_class.hpp"
#include "subsidy/notice_rules.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

class ClaimApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock = new core::SimulatedClock(*core::AtShanghai("2027-03-01", "10:00"));
    server = new RunningServer("claims", SeedQingyangOfficer, nullptr, *clock);
    klass = AssessedClass(*server, *clock, "789", 43);
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
  // A stored line raised behind the platform's back (what is published and paid) is named too.
  server->Sql("UPDATE claim_lines SET amount_fen = amount_fen + 30000 WHERE trainee_id = " + std::to_string(t[1]));
  const auto raised = server->app->claims().Verify();
  ASSERT_EQ(raised.size(), 2u);
  EXPECT_EQ(raised[1].trainee_id, t[1]);
  EXPECT_EQ(raised[1].fields, (std::vector<std::string>{"certificate", "paid", "amount_fen", "reasons", "stored_amount_fen"}));
  server->Sql("UPDATE claims SET proof = REPLACE(proof, '\"amount_fen\":60000', '\"amount_fen\":90000')");
  EXPECT_EQ(Must(client->Get(path + "/proof", county), 200).at("intact"), false);
  EXPECT_EQ(server->app->claims().Verify().front().fields, std::vector<std::string>{"proof_digest"});

  db::Connection connection(server->app->database());
  long long audited = 0;
  connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = 'subsidy:claim:submit'", soci::into(audited);
  EXPECT_GE(audited, 1);
}


// Review (issue 14 item 3): the county first, then the city, each at its own stage; lines refused
// one by one with a reason, never raised; returned for correction and judged anew when submitted
// again, the replaced proof kept; rejected for good; a stage past its working days listed to the
// superior; every step in the history and the audit chain.
class ClaimReviewApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock = new core::SimulatedClock(*core::AtShanghai("2027-03-01", "10:00"));
    server = new RunningServer("claim_review", SeedQingyangOfficer, nullptr, *clock);
    klass = AssessedClass(*server, *clock, "790", 44);
  }
  static void TearDownTestSuite() {
    delete server;
    delete clock;
  }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }
  std::string As(const std::string& user) { return client->SignIn(user, app::kDemoPassword); }
  HttpReply Act(std::int64_t id, const std::string& action, const std::string& body, const std::string& session) {
    return client->Post("/api/v1/claims/" + std::to_string(id) + "/actions/" + action, body, session);
  }
  std::string Refuse(std::size_t t, const std::string& reason) const {
    return R"({"refusals":[{"trainee_id":)" + std::to_string(klass.trainees.at(t)) + R"(,"reason":")" + reason +
           R"("}]})";
  }
  static const boost::json::value& LineOf(const boost::json::value& claim, std::int64_t trainee) {
    for (const auto& l : claim.at("lines_detail").as_array()) {
      if (l.at("trainee_id") == trainee) return l;
    }
    throw std::runtime_error("no line");
  }
  std::vector<std::string> Actions(const boost::json::value& claim) const {
    std::vector<std::string> out;
    for (const auto& h : claim.at("history").as_array()) {
      out.push_back(std::string(h.at("action").as_string()) + "@" + std::string(h.at("level").as_string()));
    }
    return out;
  }

  inline static core::SimulatedClock* clock = nullptr;
  inline static OneDayClass klass;
  inline static RunningServer* server = nullptr;
  std::unique_ptr<HttpClient> client;
};

TEST_F(ClaimReviewApiTest, TheCountyThenTheCityReviewEachLineWithinTheirWorkingDays) {
  const auto& t = klass.trainees;
  const auto& policy = server->app->claims().review_policy();
  auto made = client->Post("/api/v1/claims", ClaimBody(klass, {0, 1, 2}), As("institution"));
  ASSERT_EQ(made.status, 201) << made.body;
  const auto submitted = made.Json();
  const auto id = submitted.at("id").as_int64();
  EXPECT_EQ(submitted.at("stage"), "county");
  EXPECT_EQ(submitted.at("review_levels"), "county,city");
  EXPECT_EQ(submitted.at("due_on"), boost::json::value(training::AddWorkingDays(clock->Today(), 10, policy.calendar)));
  EXPECT_EQ(submitted.at("approved_fen"), 120000);
  EXPECT_EQ(Actions(submitted), std::vector<std::string>{"submit@claimant"});

  // Only the county reviews first; the city waits its turn, the institution may not, another
  // county cannot see it.
  EXPECT_EQ(Act(id, "approve", R"({"refusals":[]})", As("city_officer")).ErrorCode(), "not_your_stage");
  EXPECT_EQ(Act(id, "approve", R"({"refusals":[]})", As("institution")).status, 403);
  EXPECT_EQ(Act(id, "approve", R"({"refusals":[]})", As("qingyang_officer")).status, 404);
  const auto county = As("county_officer");
  // A reviewer refuses only payable lines, each with a reason; it never adds an amount.
  EXPECT_EQ(Reasons(Act(id, "approve", Refuse(2, "成绩不合格"), county)),
            std::set<std::string>{"refusals[0].trainee_id:not_payable"});
  EXPECT_EQ(Reasons(Act(id, "approve", Refuse(0, " "), county)), std::set<std::string>{"refusals[0].reason:required"});
  EXPECT_EQ(Reasons(Act(id, "approve", "{}", county)), std::set<std::string>{"refusals:required"});
  EXPECT_EQ(Reasons(Act(id, "approve", R"({"refusals":[],"amount_fen":999999})", county)),
            std::set<std::string>{"amount_fen:unknown_field"});

  // Past its tenth working day the county's stage is shown to the city and the province, not
  // to the county itself (it has its own list).
  EXPECT_TRUE(Must(client->Get("/api/v1/claims/overdue", As("city_officer")), 200).at("items").as_array().empty());
  clock->AdvanceTo(*core::AtShanghai(training::AddDays(std::string(submitted.at("due_on").as_string()), 1), "09:00"));
  const auto city = As("city_officer");
  const auto late = Must(client->Get("/api/v1/claims/overdue", city), 200).at("items");
  ASSERT_EQ(late.as_array().size(), 1u);
  EXPECT_EQ(late.at(0).at("id"), id);
  EXPECT_EQ(Must(client->Get("/api/v1/claims/overdue", As("province_officer")), 200).at("items").as_array().size(), 1u);
  EXPECT_EQ(client->Get("/api/v1/claims/overdue", As("county_officer")).status, 403);
  EXPECT_EQ(Must(client->Get("/api/v1/claims/" + std::to_string(id), city), 200).at("overdue"), true);

  // The county approves, refusing trainee 1: the claim goes on to the city with its own days.
  const auto approved = Must(Act(id, "approve", Refuse(1, "证书照片与本人不符"), As("county_officer")), 200);
  EXPECT_EQ(approved.at("status"), "county_approved");
  EXPECT_EQ(approved.at("stage"), "city");
  EXPECT_EQ(approved.at("due_on"), boost::json::value(training::AddWorkingDays(clock->Today(), 10, policy.calendar)));
  EXPECT_EQ(approved.at("approved_fen"), 60000);
  EXPECT_EQ(approved.at("amount_fen"), 120000);  // the computed claim is never rewritten
  EXPECT_EQ(LineOf(approved, t[1]).at("withheld"), "refused_county");
  EXPECT_EQ(LineOf(approved, t[1]).at("withheld_detail"), "证书照片与本人不符");
  EXPECT_EQ(LineOf(approved, t[1]).at("amount_fen"), 60000);
  EXPECT_EQ(approved.at("overdue"), false);
  EXPECT_TRUE(Must(client->Get("/api/v1/claims/overdue", city), 200).at("items").as_array().empty());
  EXPECT_EQ(Act(id, "approve", R"({"refusals":[]})", As("county_officer")).ErrorCode(), "not_your_stage");
  const auto waiting = Must(client->Get("/api/v1/claims?stage=city", city), 200).at("items");
  ASSERT_EQ(waiting.as_array().size(), 1u);
  EXPECT_TRUE(Must(client->Get("/api/v1/claims?stage=county", city), 200).at("items").as_array().empty());
  EXPECT_EQ(Reasons(client->Get("/api/v1/claims?stage=province&status=paid", city)),
            (std::set<std::string>{"stage:unknown", "status:unknown"}));

  // The city returns it for correction (a reason is required); the institution submits it
  // again and every line is judged anew: the county's refusal went with the old lines, the old
  // proof's digest stays in the history.
  EXPECT_EQ(Reasons(Act(id, "return", R"({"reason":""})", city)), std::set<std::string>{"reason:required"});
  const auto returned = Must(Act(id, "return", R"({"reason":"请补充学员1的代领协议"})", city), 200);
  EXPECT_EQ(returned.at("status"), "returned");
  EXPECT_TRUE(returned.at("stage").is_null());
  EXPECT_EQ(Act(id, "approve", R"({"refusals":[]})", city).ErrorCode(), "claim_not_under_review");
  EXPECT_EQ(Act(id, "submit", "{}", As("county_officer")).status, 403);
  // A trainee added after the start still cannot be named on resubmission.
  EXPECT_EQ(Reasons(Act(id, "submit", R"({"trainee_ids":[999999]})", As("institution"))),
            std::set<std::string>{"trainee_ids[0]:not_on_roster_before_start"});
  const auto again = Must(Act(id, "submit", "{}", As("institution")), 200);
  EXPECT_EQ(again.at("status"), "submitted");
  EXPECT_EQ(again.at("stage"), "county");
  EXPECT_EQ(again.at("approved_fen"), 120000);
  EXPECT_TRUE(LineOf(again, t[1]).at("withheld").is_null());
  EXPECT_NE(again.at("proof_sm3"), submitted.at("proof_sm3"));
  EXPECT_EQ(Actions(again), (std::vector<std::string>{"submit@claimant", "approve@county", "return@city",
                                                      "resubmit@claimant"}));
  const auto& resubmitted = again.at("history").at(3).at("detail");
  EXPECT_EQ(resubmitted.at("replaced_proof_sm3"), submitted.at("proof_sm3"));
  EXPECT_FALSE(resubmitted.as_object().contains("replaced_proof"));
  EXPECT_EQ(Act(id, "submit", "{}", As("institution")).ErrorCode(), "claim_not_returned");

  // Both levels approve: nothing left to review, the whole computed amount approved.
  Must(Act(id, "approve", R"({"refusals":[],"note":"材料齐全"})", As("county_officer")), 200);
  const auto done = Must(Act(id, "approve", R"({"refusals":[]})", As("city_officer")), 200);
  EXPECT_EQ(done.at("status"), "approved");
  EXPECT_TRUE(done.at("stage").is_null());
  EXPECT_TRUE(done.at("due_on").is_null());
  EXPECT_EQ(done.at("approved_fen"), 120000);
  EXPECT_EQ(done.at("history").at(4).at("reason"), "材料齐全");
  EXPECT_EQ(Act(id, "reject", R"({"reason":"x"})", As("city_officer")).ErrorCode(), "claim_not_under_review");
  EXPECT_TRUE(server->app->claims().Verify().empty());

  // The assessment subsidy of the same people: nothing payable (the same occupation and level
  // was just subsidised), so it cannot be approved, only rejected; then it may be claimed anew.
  const auto second = Must(client->Post("/api/v1/claims", ClaimBody(klass, {0, 1}, "assessment"), As("institution")), 201);
  const auto second_id = second.at("id").as_int64();
  EXPECT_EQ(second.at("amount_fen"), 0);
  EXPECT_EQ(Act(second_id, "approve", R"({"refusals":[]})", As("county_officer")).ErrorCode(), "nothing_payable");
  EXPECT_EQ(Must(Act(second_id, "reject", R"({"reason":"同职业同等级已享受补贴"})", As("county_officer")), 200).at("status"),
            "rejected");
  EXPECT_EQ(client->Post("/api/v1/claims", ClaimBody(klass, {0, 1}, "assessment"), As("institution")).status, 201);

  db::Connection connection(server->app->database());
  for (const std::string action : {"subsidy:claim:approve", "subsidy:claim:return", "subsidy:claim:resubmit",
                                   "subsidy:claim:reject"}) {
    long long n = 0;
    connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = :a", soci::use(action), soci::into(n);
    EXPECT_GE(n, 1) << action;
  }
}

// A claim of the class for its first three trainees, approved by the county and the city.
std::int64_t ApprovedClaim(RunningServer& server, const OneDayClass& klass) {
  HttpClient client(server.port);
  const auto claim_id = Must(client.Post("/api/v1/claims", ClaimBody(klass, {0, 1, 2}),
                                         client.SignIn("institution", app::kDemoPassword)),
                             201)
                            .at("id")
                            .as_int64();
  const std::string path = "/api/v1/claims/" + std::to_string(claim_id) + "/actions/approve";
  Must(client.Post(path, R"({"refusals":[]})", client.SignIn("county_officer", app::kDemoPassword)), 200);
  Must(client.Post(path, R"({"refusals":[]})", client.SignIn("city_officer", app::kDemoPassword)), 200);
  return claim_id;
}

// Public notice and objections (issue 14 item 4): the city publishes its approved claims; the
// public reads them masked, without signing in, and objects to a line (rate-limited); an upheld
// objection removes the line and withholds it from the claim; the batch is payable only after
// its working days with nothing open.
class NoticeApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock = new core::SimulatedClock(*core::AtShanghai("2027-03-01", "10:00"));
    server = new RunningServer("notices", SeedQingyangOfficer, nullptr, *clock);
    klass = AssessedClass(*server, *clock, "791", 45);
    claim_id = ApprovedClaim(*server, klass);
  }
  static void TearDownTestSuite() {
    delete server;
    delete clock;
  }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }
  std::string As(const std::string& user) { return client->SignIn(user, app::kDemoPassword); }

  inline static core::SimulatedClock* clock = nullptr;
  inline static OneDayClass klass;
  inline static RunningServer* server = nullptr;
  inline static std::int64_t claim_id = 0;
  std::unique_ptr<HttpClient> client;
};

TEST_F(NoticeApiTest, ThePublicObjectsAndAnUpheldObjectionIsNeverPaid) {
  const auto& policy = server->app->notices().policy();
  EXPECT_EQ(client->Post("/api/v1/notices", "{}", As("county_officer")).status, 403);
  const auto published = Must(client->Post("/api/v1/notices", "{}", As("city_officer")), 201);
  const auto notice = published.at("id").as_int64();
  EXPECT_EQ(published.at("lines"), 2);
  EXPECT_EQ(published.at("amount_fen"), 120000);
  EXPECT_EQ(published.at("state"), "published");
  EXPECT_EQ(published.at("ends_on"), boost::json::value(subsidy::NoticeEndsOn(clock->Today(), policy)));
  EXPECT_NE(published.at("title").as_string().find("成都市"), std::string::npos);
  EXPECT_EQ(Must(client->Get("/api/v1/claims/" + std::to_string(claim_id), As("county_officer")), 200).at("notice_id"),
            notice);
  EXPECT_EQ(client->Post("/api/v1/notices", "{}", As("city_officer")).ErrorCode(), "nothing_to_publish");

  // Without signing in: masked names and ID numbers, no phone, nothing that names a record.
  const std::string pub = "/api/v1/public/notices/" + std::to_string(notice);
  EXPECT_EQ(Must(client->Get("/api/v1/public/notices"), 200).at("items").as_array().size(), 1u);
  const auto seen = client->Get(pub);
  ASSERT_EQ(seen.status, 200) << seen.body;
  const auto open = seen.Json();
  const auto& lines = open.at("lines_detail").as_array();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines.at(0).at("name_masked"), "学**");
  EXPECT_EQ(lines.at(0).at("id_number_masked"), boost::json::value(core::MaskIdNumber(IdNumber("19900710", "791"))));
  EXPECT_FALSE(lines.at(0).as_object().contains("trainee_id"));
  EXPECT_EQ(seen.body.find(IdNumber("19900710", "791")), std::string::npos);
  EXPECT_EQ(seen.body.find("13979110000"), std::string::npos);
  EXPECT_EQ(seen.body.find("学员0"), std::string::npos);
  const auto first_line = lines.at(0).at("id").as_int64(), second_line = lines.at(1).at("id").as_int64();

  // Objections: a line and a reason; an optional contact, sealed; five an hour per address.
  const std::string objections = pub + "/objections";
  EXPECT_EQ(Reasons(client->Post(objections, R"({"reason":" "})")),
            (std::set<std::string>{"line_id:required", "reason:required"}));
  EXPECT_EQ(Reasons(client->Post(objections, R"({"line_id":999999,"reason":"冒名"})")),
            std::set<std::string>{"line_id:unknown"});
  const auto lodged = client->Post(objections, R"({"line_id":)" + std::to_string(first_line) +
                                                   R"(,"reason":"该学员培训期间在外地务工","contact":"13800138000"})");
  ASSERT_EQ(lodged.status, 201) << lodged.body;
  EXPECT_EQ(lodged.Json().at("answer_due_on"), boost::json::value(subsidy::AnswerDueOn(clock->Today(), policy)));
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(client->Post(objections, R"({"line_id":)" + std::to_string(second_line) + R"(,"reason":"存疑"})").status,
              201);
  }
  EXPECT_EQ(client->Post(objections, R"({"line_id":)" + std::to_string(second_line) + R"(,"reason":"存疑"})").status,
            429);
  long long sealed = 0;
  {
    db::Connection connection(server->app->database());
    connection.sql() << "SELECT COUNT(*) FROM objections WHERE contact_sealed LIKE 'v1.%'", soci::into(sealed);
  }
  EXPECT_EQ(sealed, 1);

  // The region's officers read them; only the city answers and opens the contact (audited).
  const auto city = As("city_officer");
  const auto listed = Must(client->Get("/api/v1/objections?status=open", city), 200).at("items");
  ASSERT_EQ(listed.as_array().size(), 3u);
  EXPECT_EQ(listed.at(0).at("contact_masked"), "138****8000");
  EXPECT_EQ(Must(client->Get("/api/v1/objections", As("county_officer")), 200).at("items").as_array().size(), 3u);
  EXPECT_TRUE(Must(client->Get("/api/v1/objections", As("qingyang_officer")), 200).at("items").as_array().empty());
  const auto first = listed.at(0).at("id").as_int64(), second = listed.at(1).at("id").as_int64(),
             third = listed.at(2).at("id").as_int64();
  const auto objection = [](std::int64_t id) { return "/api/v1/objections/" + std::to_string(id); };
  EXPECT_EQ(client->Get(objection(first) + "/contact", As("county_officer")).status, 403);
  EXPECT_EQ(Must(client->Get(objection(first) + "/contact", city), 200).at("contact"), "13800138000");
  EXPECT_EQ(Reasons(client->Post(objection(first) + "/actions/uphold", R"({"answer":""})", city)),
            std::set<std::string>{"answer:required"});

  // Upheld: the line leaves the notice and the claim, never to be paid.
  const auto upheld = Must(client->Post(objection(first) + "/actions/uphold", R"({"answer":"经核实该学员未参训"})", city), 200);
  EXPECT_EQ(upheld.at("status"), "upheld");
  EXPECT_EQ(client->Post(objection(first) + "/actions/dismiss", R"({"answer":"x"})", city).ErrorCode(),
            "objection_answered");
  Must(client->Post(objection(second) + "/actions/dismiss", R"({"answer":"经核实属实参训"})", city), 200);
  const auto claim = Must(client->Get("/api/v1/claims/" + std::to_string(claim_id), city), 200);
  EXPECT_EQ(claim.at("approved_fen"), 60000);
  EXPECT_EQ(claim.at("lines_detail").at(0).at("withheld"), "objection_upheld");
  EXPECT_EQ(claim.at("lines_detail").at(0).at("withheld_detail"), "经核实该学员未参训");
  EXPECT_EQ(Must(client->Get(pub), 200).at("lines_detail").at(0).at("removed"), true);

  // Past the last day: no more objections; the batch waits for the open one, then is payable.
  clock->AdvanceTo(*core::AtShanghai(training::AddDays(std::string(published.at("ends_on").as_string()), 1), "09:00"));
  EXPECT_EQ(client->Post(objections, R"({"line_id":)" + std::to_string(second_line) + R"(,"reason":"存疑"})").ErrorCode(),
            "notice_closed");  // a new hour: the address may ask again, but the notice is over
  // Unanswered past its day, the third shows to the city's superior as overdue.
  const std::string third_due(listed.at(2).at("answer_due_on").as_string());
  if (clock->Today() <= third_due) clock->AdvanceTo(*core::AtShanghai(training::AddDays(third_due, 1), "09:00"));
  const auto overdue = Must(client->Get("/api/v1/objections?status=overdue", As("province_officer")), 200).at("items");
  ASSERT_EQ(overdue.as_array().size(), 1u) << overdue;
  EXPECT_EQ(overdue.at(0).at("id"), third);
  EXPECT_EQ(overdue.at(0).at("overdue"), true);
  EXPECT_TRUE(Must(client->Get("/api/v1/objections?status=overdue", As("qingyang_officer")), 200).at("items").as_array().empty());
  EXPECT_EQ(client->Get("/api/v1/objections?status=late", As("province_officer")).status, 422);
  const auto later = As("city_officer");
  EXPECT_EQ(Must(client->Get("/api/v1/notices/" + std::to_string(notice), later), 200).at("state"), "awaiting_answers");
  Must(client->Post(objection(third) + "/actions/dismiss", R"({"answer":"重复异议"})", later), 200);
  const auto payable = Must(client->Get("/api/v1/notices/" + std::to_string(notice), later), 200);
  EXPECT_EQ(payable.at("state"), "payable");
  EXPECT_EQ(payable.at("lines_detail").at(1).at("objections"), 2);
  // The batch as a spreadsheet for the file: the lines as published, the removed one marked.
  const auto sheet = client->Get("/api/v1/notices/" + std::to_string(notice) + "/export.xlsx", later);
  ASSERT_EQ(sheet.status, 200);
  const auto csv = reports::XlsxToCsv(sheet.body);
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_NE(csv->find("学**"), std::string::npos);
  EXPECT_NE(csv->find("600.00"), std::string::npos);
  EXPECT_NE(csv->find("异议成立，已撤出"), std::string::npos);
  EXPECT_EQ(csv->find(IdNumber("19900710", "791")), std::string::npos);
  EXPECT_EQ(client->Get("/api/v1/notices/" + std::to_string(notice) + "/export.xlsx", As("institution")).status, 403);

  // Disbursement (item 5): the city's allocation must cover the batch, or nothing is committed;
  // then the one line left is committed, paid with the bank's reference, and the book balances.
  const std::string pay_body = R"({"notice_id":)" + std::to_string(notice) + "}";
  EXPECT_EQ(client->Post("/api/v1/payments", pay_body, later).ErrorCode(), "insufficient_allocation");
  EXPECT_EQ(server->Count("payments"), 0);
  EXPECT_EQ(server->Count("ledger_entries"), 0);
  const auto province = As("province_officer");
  EXPECT_EQ(Reasons(client->Post("/api/v1/ledger/budget", R"({"amount_fen":0,"reference":" "})", province)),
            (std::set<std::string>{"amount_fen:not_positive", "reference:required"}));
  Must(client->Post("/api/v1/ledger/budget", R"({"amount_fen":1000000,"reference":"川财社〔2027〕1号"})", province), 201);
  EXPECT_EQ(Reasons(client->Post("/api/v1/ledger/allocations", R"({"city_code":"510104","amount_fen":1,"reference":"x"})", province)),
            std::set<std::string>{"city_code:unknown"});
  EXPECT_EQ(client->Post("/api/v1/ledger/allocations", R"({"city_code":"510100","amount_fen":2000000,"reference":"x"})", province)
                .ErrorCode(),
            "insufficient_fund");
  EXPECT_EQ(client->Post("/api/v1/ledger/allocations", R"({"city_code":"510100","amount_fen":1,"reference":"x"})", later).status,
            403);
  Must(client->Post("/api/v1/ledger/allocations", R"({"city_code":"510100","amount_fen":100000,"reference":"川人社〔2027〕2号"})",
                    province),
       201);
  const auto batch = Must(client->Post("/api/v1/payments", pay_body, later), 201);
  EXPECT_EQ(batch.at("lines"), 1);  // the upheld line is not paid
  EXPECT_EQ(batch.at("amount_fen"), 60000);
  EXPECT_EQ(client->Post("/api/v1/payments", pay_body, later).ErrorCode(), "already_paid_out");
  auto book = Must(client->Get("/api/v1/ledger", later), 200);
  EXPECT_EQ(book.at("cities").at(0).at("available_fen"), 40000);
  EXPECT_EQ(book.at("cities").at(0).at("committed_fen"), 60000);
  const std::string batch_path = "/api/v1/payments/" + std::to_string(batch.at("id").as_int64());
  EXPECT_EQ(Reasons(client->Post(batch_path + "/actions/pay", R"({"reference":"","paid_on":"2027-13-01"})", later)),
            (std::set<std::string>{"reference:required", "paid_on:not_a_date"}));

  // The payee's account: nothing is paid, and no payment file made, until the institution has
  // set one in its own registered name; officers see it masked, the file has it in full.
  const std::string pay_now = R"({"reference":"GK2027040100012","paid_on":")" + clock->Today() + R"("})";
  EXPECT_EQ(client->Post(batch_path + "/actions/pay", pay_now, later).ErrorCode(), "payee_account_missing");
  EXPECT_EQ(client->Get(batch_path + "/file.csv", later).ErrorCode(), "payee_account_missing");
  auto payees = Must(client->Get(batch_path + "/payees", later), 200);
  ASSERT_EQ(payees.at("payees").as_array().size(), 1u);
  EXPECT_TRUE(payees.at("payees").at(0).at("account").is_null());
  EXPECT_EQ(payees.at("payees").at(0).at("amount_fen"), 60000);
  const auto school = As("institution");
  const auto own = Must(client->Get("/api/v1/bank-account", school), 200);
  EXPECT_TRUE(own.at("account").is_null());
  const std::string school_name(own.at("payee_name").as_string());
  ASSERT_FALSE(school_name.empty());
  const auto account_body = [](const std::string& name, const std::string& number) {
    return R"({"bank_name":"中国工商银行成都春熙支行","account_name":")" + name + R"(","account_number":")" + number +
           R"("})";
  };
  EXPECT_EQ(Reasons(client->Send(bhttp::verb::put, "/api/v1/bank-account", account_body("张三", "12AB"), school)),
            (std::set<std::string>{"account_name:not_the_payee", "account_number:not_an_account_number"}));
  EXPECT_EQ(client->Send(bhttp::verb::put, "/api/v1/bank-account", account_body(school_name, "4402204009012345678"), later)
                .status,
            403);  // the officer who pays never sets where the money goes
  clock->Advance(std::chrono::minutes(5));
  const auto set = Must(
      client->Send(bhttp::verb::put, "/api/v1/bank-account", account_body(school_name, "4402 2040 0901 2345 678"), school),
      200);
  EXPECT_EQ(set.at("account").at("account_number_masked"), "**** **** 5678");
  EXPECT_EQ(server->Count("payee_accounts"), 1);
  {
    db::Connection connection(server->app->database());
    std::string sealed;
    connection.sql() << "SELECT account_number_sealed FROM payee_accounts", soci::into(sealed);
    EXPECT_EQ(sealed.find("4402204009012345678"), std::string::npos);
    EXPECT_TRUE(sealed.starts_with("v1."));
  }
  payees = Must(client->Get(batch_path + "/payees", later), 200);
  EXPECT_EQ(payees.at("payees").at(0).at("account").at("account_number_masked"), "**** **** 5678");
  EXPECT_EQ(payees.at("payees").at(0).at("account_changed_after_batch"), true);
  EXPECT_EQ(boost::json::serialize(payees).find("4402204009012345678"), std::string::npos);
  EXPECT_EQ(client->Get(batch_path + "/file.csv", As("county_officer")).status, 403);
  EXPECT_EQ(client->Get(batch_path + "/file.csv", school).status, 403);
  const auto file = client->Get(batch_path + "/file.csv", later);
  ASSERT_EQ(file.status, 200);
  EXPECT_TRUE(file.body.starts_with("\xEF\xBB\xBF序号,收款单位,开户银行,账户名称,银行账号,金额（元）,笔数,用途\r\n"));
  EXPECT_NE(file.body.find("1," + school_name + ",中国工商银行成都春熙支行," + school_name + ",4402204009012345678,600.00,1,"),
            std::string::npos)
      << file.body;
  const auto workbook = client->Get(batch_path + "/file.xlsx", later);
  ASSERT_EQ(workbook.status, 200);
  const auto workbook_csv = reports::XlsxToCsv(workbook.body);
  ASSERT_TRUE(workbook_csv);
  EXPECT_NE(workbook_csv->find("4402204009012345678"), std::string::npos);
  {
    db::Connection connection(server->app->database());
    long long files = 0;
    connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = 'subsidy:payment:file'", soci::into(files);
    EXPECT_EQ(files, 2);
  }
  const auto paid = Must(client->Post(batch_path + "/actions/pay", pay_now, later), 200);
  EXPECT_EQ(paid.at("status"), "paid");
  // Paid into the account as it was: a later change does not rewrite where the money went.
  Must(client->Send(bhttp::verb::put, "/api/v1/bank-account", account_body(school_name, "6222020200112233"), school), 200);
  EXPECT_EQ(Must(client->Get(batch_path + "/payees", later), 200).at("payees").at(0).at("account").at("account_number_masked"),
            "**** **** 5678");
  EXPECT_NE(client->Get(batch_path + "/file.csv", later).body.find("4402204009012345678"), std::string::npos);
  EXPECT_EQ(client->Post(batch_path + "/actions/pay", R"({"reference":"again","paid_on":"2027-04-01"})", later).ErrorCode(),
            "payment_paid");
  book = Must(client->Get("/api/v1/ledger", province), 200);
  EXPECT_EQ(book.at("balanced"), true);
  EXPECT_EQ(book.at("fund_fen"), 900000);
  EXPECT_EQ(book.at("cities").at(0).at("paid_fen"), 60000);
  EXPECT_EQ(book.at("cities").at(0).at("allocated_fen"), 100000);
  {
    // Every yuan traced: each entry about a line names a line of this claim; postings sum to zero.
    db::Connection connection(server->app->database());
    long long sum = -1, unlinked = -1;
    connection.sql() << "SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_postings", soci::into(sum);
    connection.sql() << "SELECT COUNT(*) FROM ledger_entries e LEFT JOIN claim_lines l ON l.id = e.claim_line_id "
                        "WHERE e.kind IN ('commit', 'pay') AND (l.claim_id IS NULL OR l.claim_id <> :c)",
        soci::use(claim_id), soci::into(unlinked);
    EXPECT_EQ(sum, 0);
    EXPECT_EQ(unlinked, 0);
  }

  // Recovery (item 6): a finding orders the paid line back; repayments return it to the city's
  // money until the order is settled; the payee sees its order.
  const auto& t = klass.trainees;
  const auto order = [&](const std::string& trainees, const std::string& source) {
    return client->Post("/api/v1/recoveries",
                        R"({"claim_id":)" + std::to_string(claim_id) + R"(,"trainee_ids":)" + trainees +
                            R"(,"source":")" + source + R"(","source_reference":"inspection:1","reason":"抽查发现代签到"})",
                        later);
  };
  EXPECT_EQ(Reasons(order("[" + std::to_string(t[0]) + ",999999]", "rumour")),
            (std::set<std::string>{"source:unknown", "trainee_ids[0]:not_paid", "trainee_ids[1]:not_a_line"}));
  const auto recovery = Must(order("[" + std::to_string(t[1]) + "]", "spot_check"), 201);
  EXPECT_EQ(recovery.at("amount_fen"), 60000);
  EXPECT_EQ(recovery.at("payee"), boost::json::value("institution:" + std::to_string(klass.institution_id)));
  EXPECT_EQ(Reasons(order("[" + std::to_string(t[1]) + "]", "spot_check")),
            std::set<std::string>{"trainee_ids[0]:not_paid"});
  EXPECT_EQ(Must(client->Get("/api/v1/recoveries", As("institution")), 200).at("items").as_array().size(), 1u);
  EXPECT_EQ(client->Get("/api/v1/recoveries", As("qingyang_officer")).status, 403);  // a county orders none
  const std::string repay = "/api/v1/recoveries/" + std::to_string(recovery.at("id").as_int64()) + "/repayments";
  EXPECT_EQ(Reasons(client->Post(repay, R"({"amount_fen":70000,"reference":"R1"})", later)),
            std::set<std::string>{"amount_fen:exceeds_owed"});
  EXPECT_EQ(client->Post(repay, R"({"amount_fen":1,"reference":"R0"})", As("institution")).status, 403);
  EXPECT_EQ(Must(client->Post(repay, R"({"amount_fen":20000,"reference":"退款凭证001"})", later), 200).at("status"), "open");
  const auto settled = Must(client->Post(repay, R"({"amount_fen":40000,"reference":"退款凭证002"})", later), 200);
  EXPECT_EQ(settled.at("status"), "settled");
  EXPECT_EQ(settled.at("repaid_fen"), 60000);
  EXPECT_EQ(client->Post(repay, R"({"amount_fen":1,"reference":"R3"})", later).ErrorCode(), "recovery_settled");
  // Money by month at a glance: this month's allocation, commitment, payment, recovery, repayment.
  const auto months = Must(client->Get("/api/v1/ledger/months", later), 200).at("items");
  ASSERT_EQ(months.as_array().size(), 1u);
  EXPECT_EQ(months.at(0).at("city_code"), "510100");
  EXPECT_EQ(months.at(0).at("month"), boost::json::value(clock->Today().substr(0, 7)));
  EXPECT_EQ(months.at(0).at("allocated_fen"), 100000);
  EXPECT_EQ(months.at(0).at("committed_fen"), 60000);
  EXPECT_EQ(months.at(0).at("paid_fen"), 60000);
  EXPECT_EQ(months.at(0).at("recovered_fen"), 60000);
  EXPECT_EQ(months.at(0).at("repaid_fen"), 60000);
  EXPECT_EQ(Must(client->Get("/api/v1/ledger/months?from=2020-01&to=2020-12", province), 200).at("items").as_array().size(), 0u);
  EXPECT_EQ(Reasons(client->Get("/api/v1/ledger/months?from=2027-13", province)), std::set<std::string>{"from:not_a_month"});
  EXPECT_EQ(Reasons(client->Get("/api/v1/ledger/months?from=2020-01&to=2027-12", province)),
            std::set<std::string>{"to:range_too_long"});
  EXPECT_EQ(client->Get("/api/v1/ledger/months", As("institution")).status, 403);
  // The journal and the claims as spreadsheets.
  const auto journal = client->Get("/api/v1/ledger/export.xlsx", province);
  ASSERT_EQ(journal.status, 200);
  const auto journal_csv = reports::XlsxToCsv(journal.body);
  ASSERT_TRUE(journal_csv);
  for (const char* kind : {"专项资金下达", "分配到市", "拨付占用", "支付", "下达追回", "追回退回"}) {
    EXPECT_NE(journal_csv->find(kind), std::string::npos) << kind;
  }
  EXPECT_NE(journal_csv->find("GK2027040100012"), std::string::npos);
  const auto city_journal = reports::XlsxToCsv(client->Get("/api/v1/ledger/export.xlsx", later).body);
  ASSERT_TRUE(city_journal);
  EXPECT_EQ(city_journal->find("专项资金下达"), std::string::npos);  // the fund's budget is the province's
  EXPECT_EQ(client->Get("/api/v1/ledger/export.xlsx", As("institution")).status, 403);
  const auto claims_sheet = client->Get("/api/v1/claims/export.xlsx?status=approved", later);
  ASSERT_EQ(claims_sheet.status, 200);
  const auto claims_csv = reports::XlsxToCsv(claims_sheet.body);
  ASSERT_TRUE(claims_csv);
  EXPECT_NE(claims_csv->find("已审核"), std::string::npos);
  EXPECT_NE(claims_csv->find(std::string(Must(client->Get("/api/v1/claims/" + std::to_string(claim_id), later), 200).at("proof_sm3").as_string())),
            std::string::npos);
  EXPECT_EQ(client->Get("/api/v1/claims/export.xlsx?status=paid", later).status, 422);
  book = Must(client->Get("/api/v1/ledger", province), 200);
  EXPECT_EQ(book.at("balanced"), true);
  EXPECT_EQ(book.at("cities").at(0).at("available_fen"), 100000);
  EXPECT_EQ(book.at("cities").at(0).at("paid_fen"), 0);
  EXPECT_EQ(book.at("cities").at(0).at("receivable_fen"), 0);

  db::Connection connection(server->app->database());
  for (const std::string action : {"subsidy:notice:publish", "subsidy:objection:lodge", "subsidy:objection:uphold",
                                   "subsidy:objection:dismiss", "subsidy:objection:reveal", "subsidy:ledger:budget",
                                   "subsidy:ledger:allocate", "subsidy:payment:create", "subsidy:payment:pay",
                                   "subsidy:recovery:create", "subsidy:recovery:repay"}) {
    long long n = 0;
    connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = :a", soci::use(action), soci::into(n);
    EXPECT_GE(n, 1) << action;
  }
}


// Random audits of claims (issue 14 item 7; R-F3, R-F4): the city draws a seeded sample of its
// approved claims that anyone can draw again from what the draw keeps; assigns an audit to a
// third-party auditor, who sees only what is assigned to it, works the checklist and concludes
// with a finding that a recovery order may then cite.
class ClaimAuditApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock = new core::SimulatedClock(*core::AtShanghai("2027-03-01", "10:00"));
    server = new RunningServer("claim_audits", SeedQingyangOfficer, nullptr, *clock);
    klass = AssessedClass(*server, *clock, "792", 46);
    claim_id = ApprovedClaim(*server, klass);
  }
  static void TearDownTestSuite() {
    delete server;
    delete clock;
  }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }
  std::string As(const std::string& user) { return client->SignIn(user, app::kDemoPassword); }

  inline static core::SimulatedClock* clock = nullptr;
  inline static RunningServer* server = nullptr;
  inline static OneDayClass klass;
  inline static std::int64_t claim_id = 0;
  std::unique_ptr<HttpClient> client;
};

TEST_F(ClaimAuditApiTest, AReproducibleDrawIsAssignedToAnAuditorWhoConcludesWithAFindingARecoveryCites) {
  const auto city = As("city_officer");
  const std::string today = clock->Today();
  const auto body = [](const std::string& from, const std::string& to) {
    return R"({"claimed_from":")" + from + R"(","claimed_to":")" + to + R"("})";
  };
  EXPECT_EQ(client->Post("/api/v1/claim-audits/draws", body(today, today), As("county_officer")).status, 403);
  EXPECT_EQ(client->Post("/api/v1/claim-audits/draws", body(today, today), As("institution")).status, 403);
  EXPECT_EQ(Reasons(client->Post("/api/v1/claim-audits/draws", body("2027-02-30", "2027-01-01"), city)),
            (std::set<std::string>{"claimed_from:not_a_date"}));
  EXPECT_EQ(Reasons(client->Post("/api/v1/claim-audits/draws", body("2027-02-01", "2027-01-01"), city)),
            (std::set<std::string>{"claimed_to:before_start"}));
  EXPECT_EQ(client->Post("/api/v1/claim-audits/draws", body("2020-01-01", "2020-12-31"), city).ErrorCode(),
            "nothing_to_draw");
  const auto draw = Must(client->Post("/api/v1/claim-audits/draws", body("2027-01-01", today), city), 201);
  EXPECT_EQ(draw.at("population_size"), 1);
  EXPECT_EQ(draw.at("drawn"), 1);  // ceil(5 % of 1)
  EXPECT_EQ(draw.at("rate_1e4"), 500);
  EXPECT_EQ(draw.at("seed").as_string().size(), 32u);
  // Anyone can draw it again from the population and seed the draw keeps.
  std::vector<inspection::SampleUnit> units;
  for (const auto& pair : draw.at("population").as_array()) {
    units.push_back({pair.at(0).as_int64(), pair.at(1).as_int64()});
  }
  const auto again = inspection::StratifiedSample(units, {.rate = 0.05}, std::string(draw.at("seed").as_string()),
                                                  "claim", "institution");
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(draw.at("claim_ids").at(0).as_int64(), again[0]);
  EXPECT_EQ(again[0], claim_id);
  EXPECT_EQ(Must(client->Get("/api/v1/claim-audits/draws", As("province_officer")), 200).at("items").as_array().size(), 1u);

  auto audits = Must(client->Get("/api/v1/claim-audits?status=unassigned", city), 200).at("items");
  ASSERT_EQ(audits.as_array().size(), 1u);
  const std::string path = "/api/v1/claim-audits/" + std::to_string(audits.at(0).at("id").as_int64());
  EXPECT_EQ(audits.at(0).at("claim_id"), claim_id);
  EXPECT_EQ(client->Get("/api/v1/claim-audits?status=lost", city).status, 422);
  const auto auditor = As("auditor");
  EXPECT_TRUE(Must(client->Get("/api/v1/claim-audits", auditor), 200).at("items").as_array().empty());
  EXPECT_EQ(client->Get(path, auditor).status, 404);  // nothing unassigned is seen by a third party
  EXPECT_EQ(client->Get("/api/v1/claim-audits", As("county_officer")).status, 403);

  const auto assign = [&](const std::string& who) {
    return client->Post(path + "/actions/assign", R"({"assignee":")" + who + R"("})", city);
  };
  EXPECT_EQ(Reasons(assign("someone")), std::set<std::string>{"assignee:invalid"});
  EXPECT_EQ(Reasons(assign("user:county_officer")), std::set<std::string>{"assignee:not_an_officer_of_the_city"});
  EXPECT_EQ(Reasons(assign("auditor:999999")), std::set<std::string>{"assignee:unknown_auditor"});
  std::string auditor_scope;
  {
    db::Connection connection(server->app->database());
    connection.sql() << "SELECT scope_code FROM users WHERE username = 'auditor'", soci::into(auditor_scope);
  }
  EXPECT_EQ(Must(assign(auditor_scope), 200).at("status"), "assigned");
  EXPECT_EQ(Must(client->Get("/api/v1/claim-audits", auditor), 200).at("items").as_array().size(), 1u);

  // The checklist, by the auditor only; a fail needs a note; the conclusion needs every item.
  const auto checklist = [&](const std::string& items, const std::string& session) {
    return client->Send(bhttp::verb::put, path + "/checklist", R"({"items":)" + items + "}", session);
  };
  EXPECT_EQ(checklist(R"([{"item":"roster_as_filed","result":"pass","note":""}])", city).ErrorCode(), "not_assigned_to_you");
  EXPECT_EQ(Reasons(checklist(R"([{"item":"trainees_reached","result":"fail","note":""}])", auditor)),
            std::set<std::string>{"items[0].note:required"});
  Must(checklist(R"([{"item":"roster_as_filed","result":"pass","note":""},
                      {"item":"trainees_reached","result":"fail","note":"电话回访：一名学员称未参加培训"}])",
                 auditor),
       200);
  // Evidence: a photo by the assignee only, of an image type, seen by the city, each view audited.
  const std::string jpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF the training receipt seen at a trainee";
  const std::string photos = path + "/photos";
  EXPECT_EQ(client->Send(bhttp::verb::post, photos, jpeg, city, "image/jpeg").ErrorCode(), "not_assigned_to_you");
  EXPECT_EQ(client->Send(bhttp::verb::post, photos, "GIF89a", auditor, "image/gif").status, 415);
  const auto with_photo = Must(client->Send(bhttp::verb::post, photos, jpeg, auditor, "image/jpeg"), 200);
  ASSERT_EQ(with_photo.at("photos").as_array().size(), 1u);
  EXPECT_EQ(with_photo.at("photos").at(0).at("sha256"), boost::json::value(crypto::Sha256Hex(jpeg)));
  EXPECT_EQ(Must(client->Get(path, city), 200).at("photos").as_array().size(), 1u);
  const auto shown = client->Get(photos + "/" + crypto::Sha256Hex(jpeg), city);
  ASSERT_EQ(shown.status, 200);
  EXPECT_EQ(shown.body, jpeg);
  EXPECT_EQ(client->Get(photos + "/" + crypto::Sha256Hex("other"), city).status, 404);
  EXPECT_EQ(client->Get(photos + "/" + crypto::Sha256Hex(jpeg), As("county_officer")).status, 403);
  const auto conclude = [&](const std::string& finding) {
    return client->Post(path + "/actions/conclude", R"({"finding":")" + finding + R"("})", auditor);
  };
  EXPECT_EQ(conclude("").ErrorCode(), "audit_incomplete");
  const auto saved = Must(checklist(R"([{"item":"attendance_real","result":"pass","note":""},
                                        {"item":"certificates_genuine","result":"pass","note":""},
                                        {"item":"amounts_per_standard","result":"pass","note":""},
                                        {"item":"money_received","result":"not_applicable","note":""}])",
                                    auditor),
                          200);
  EXPECT_EQ(saved.at("checklist").as_array().size(), 6u);
  EXPECT_EQ(Reasons(conclude(" ")), std::set<std::string>{"finding:required"});
  const auto concluded = Must(conclude("一名学员未参加培训，建议追回其补贴"), 200);
  EXPECT_EQ(concluded.at("outcome"), "issues_found");
  EXPECT_EQ(concluded.at("status"), "concluded");
  EXPECT_EQ(conclude("again").ErrorCode(), "audit_concluded");
  EXPECT_EQ(assign(auditor_scope).ErrorCode(), "audit_concluded");

  // A recovery cites the audit by its id, and only one that found issues with that claim.
  const auto recovery = [&](const std::string& reference) {
    return client->Post("/api/v1/recoveries",
                        R"({"claim_id":)" + std::to_string(claim_id) + R"(,"trainee_ids":[)" +
                            std::to_string(klass.trainees[0]) + R"(],"source":"claim_audit","source_reference":")" +
                            reference + R"(","reason":"核查发现未参训"})",
                        city);
  };
  EXPECT_TRUE(Reasons(recovery("claim_audit:999999")).contains("source_reference:not_a_finding"));
  EXPECT_TRUE(Reasons(recovery("claim_audit:" + std::to_string(concluded.at("id").as_int64()) + "x"))
                  .contains("source_reference:not_a_finding"));  // the reference is read strictly
  EXPECT_FALSE(Reasons(recovery("claim_audit:" + std::to_string(concluded.at("id").as_int64())))
                   .contains("source_reference:not_a_finding"));  // (not paid yet: the line is refused for that)

  db::Connection connection(server->app->database());
  for (const std::string action : {"subsidy:claim_audit:draw", "subsidy:claim_audit:assign",
                                   "subsidy:claim_audit:checklist", "subsidy:claim_audit:conclude",
                                   "subsidy:claim_audit:photo", "subsidy:claim_audit:photo_view"}) {
    long long n = 0;
    connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = :a", soci::use(action), soci::into(n);
    EXPECT_GE(n, 1) << action;
  }
}

}  // namespace
}  // namespace sunshine::testing
