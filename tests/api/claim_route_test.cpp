// Who claims (issue 14 item 1; R-F1) over HTTP on both engines: an enterprise for its own
// employees - post training per person, 企业新型学徒制 per apprentice-year, 以工代训 per
// person-month - and a trainee who paid first for themself (先垫后补), each seeing only what
// it may claim, each paid into its own account; a person claimed twice for one class is paid once.
#include <set>
#include <thread>

#include "assessed_class.hpp"

namespace sunshine::testing {
namespace {

std::vector<std::string> Codes(const boost::json::value& line) {
  std::vector<std::string> out;
  for (const auto& r : line.at("reasons").as_array()) out.emplace_back(r.at("code").as_string());
  return out;
}

// The line of `trainee` in a claim.
const boost::json::value& LineOf(const boost::json::value& claim, std::int64_t trainee) {
  for (const auto& l : claim.at("lines_detail").as_array()) {
    if (l.at("trainee_id") == trainee) return l;
  }
  throw std::runtime_error("no line for trainee " + std::to_string(trainee));
}

std::string Ids(const OneDayClass& klass, std::initializer_list<std::size_t> who) {
  std::string out;
  for (const auto t : who) out += (out.empty() ? "" : ",") + std::to_string(klass.trainees.at(t));
  return "[" + out + "]";
}

std::string Body(const OneDayClass& klass, const std::string& ids, const char* kind = "training") {
  return R"({"class_id":)" + std::to_string(klass.class_id) + R"(,"kind":")" + kind + R"(","trainee_ids":)" + ids + "}";
}

class ClaimRouteApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    clock = std::make_unique<core::SimulatedClock>(*core::AtShanghai("2027-03-01", "10:00"));
    server = std::make_unique<RunningServer>("claim_routes", nullptr, nullptr, *clock);
    client = std::make_unique<HttpClient>(server->port);
  }
  void TearDown() override {
    client.reset();
    server.reset();
    clock.reset();
  }
  std::string As(const std::string& user) { return client->SignIn(user, app::kDemoPassword); }
  // The demo enterprise employs trainee `t` of the class from `start` as `kind`.
  void Employ(const std::string& enterprise, const std::string& tag, std::size_t t, const char* kind,
              const char* start) {
    const auto id = FirstId("/api/v1/enterprises", enterprise);
    Must(client->Post("/api/v1/enterprises/" + std::to_string(id) + "/employees",
                      R"({"id_number":")" + IdNumber("199007" + std::to_string(10 + t), tag) + R"(","kind":")" + kind +
                          R"(","start_date":")" + start + R"("})",
                      enterprise),
         201);
  }
  std::int64_t FirstId(const std::string& path, const std::string& token) {
    return Must(client->Get(path, token), 200).at("items").at(0).at("id").as_int64();
  }

  std::unique_ptr<core::SimulatedClock> clock;
  std::unique_ptr<RunningServer> server;
  std::unique_ptr<HttpClient> client;
};

TEST_F(ClaimRouteApiTest, AnEnterpriseClaimsAnApprenticeYearForItsOwnApprenticesOnly) {
  const auto klass = AssessedClass(*server, *clock, "791", 44, "apprenticeship");
  const auto& t = klass.trainees;
  const auto enterprise = As("enterprise");
  Employ(enterprise, "791", 0, "apprentice", "2026-09-01");
  Employ(enterprise, "791", 1, "employee", "2026-01-01");
  Employ(enterprise, "791", 2, "employee", "2027-12-01");  // hired after the class

  // The apprenticeship subsidy is the employer's: the institution cannot claim it.
  const auto institution = As("institution");
  EXPECT_EQ(client->Post("/api/v1/claims", Body(klass, Ids(klass, {0, 1})), institution).ErrorCode(),
            "not_claimable_by_claimant");

  // The enterprise sees the class, and only its people on the first day.
  const auto listed = Must(client->Get("/api/v1/claims/claimable", enterprise), 200).at("items");
  ASSERT_EQ(listed.as_array().size(), 1u) << listed;
  EXPECT_EQ(listed.at(0).at("class_id"), klass.class_id);
  const auto one = Must(client->Get("/api/v1/claims/claimable?class_id=" + std::to_string(klass.class_id), enterprise), 200);
  EXPECT_EQ(one.at("basis"), "apprentice_year");
  EXPECT_EQ(one.at("kinds"), boost::json::value({"training"}));
  ASSERT_EQ(one.at("people").as_array().size(), 2u) << one;
  EXPECT_EQ(one.at("people").at(0).at("employment_kind"), "apprentice");
  EXPECT_EQ(client->Get("/api/v1/claims/claimable?class_id=x", enterprise).status, 422);
  EXPECT_EQ(client->Get("/api/v1/claims/claimable?class_id=" + std::to_string(klass.class_id), As("trainee")).status, 404)
      << "the demo trainee is not on the class";
  EXPECT_EQ(client->Get("/api/v1/claims/claimable", As("county_officer")).status, 403);

  // Nobody it did not employ on the first day; not the evaluation subsidy.
  EXPECT_EQ(Reasons(client->Post("/api/v1/claims", Body(klass, Ids(klass, {2})), enterprise)),
            (std::set<std::string>{"trainee_ids[0]:not_employed_by_claimant"}));
  EXPECT_EQ(Reasons(client->Post("/api/v1/claims", Body(klass, Ids(klass, {0}), "assessment"), enterprise)),
            (std::set<std::string>{"kind:not_for_claimant"}));
  EXPECT_EQ(server->Count("claims"), 0);

  auto made = client->Post("/api/v1/claims", Body(klass, Ids(klass, {0, 1})), enterprise);
  ASSERT_EQ(made.status, 201) << made.body;
  const auto claim = made.Json();
  EXPECT_EQ(claim.at("basis"), "apprentice_year");
  EXPECT_EQ(claim.at("claimant_name"), "成都锦江示范制造有限公司");
  EXPECT_EQ(claim.at("lines"), 2);
  const auto& apprentice = LineOf(claim, t[0]);
  EXPECT_EQ(apprentice.at("paid"), true);
  EXPECT_EQ(apprentice.at("amount_fen"), 60000);  // the project's standard, per apprentice-year
  EXPECT_EQ(apprentice.at("units"), 1);
  EXPECT_EQ(apprentice.at("period"), "2026-09-01");
  EXPECT_EQ(Codes(LineOf(claim, t[1])), std::vector<std::string>{"not_apprentice_of_claimant"});
  EXPECT_EQ(claim.at("amount_fen"), 60000);
  // The proof keeps the employment each line rests on.
  const auto proof = Must(client->Get("/api/v1/claims/" + std::to_string(claim.at("id").as_int64()) + "/proof", enterprise), 200);
  EXPECT_EQ(proof.at("proof").at("lines").at(0).at("employment").at("kind"), "apprentice");
  // The county reviews it as any claim; the institution does not see it.
  EXPECT_EQ(client->Get("/api/v1/claims/" + std::to_string(claim.at("id").as_int64()), As("county_officer")).status, 200);
  EXPECT_EQ(client->Get("/api/v1/claims/" + std::to_string(claim.at("id").as_int64()), institution).status, 404);
  EXPECT_TRUE(server->app->claims().Verify().empty());
}

TEST_F(ClaimRouteApiTest, AnEnterpriseIsPaidWorkInLieuPerPersonMonthWithoutACertificate) {
  const auto klass = AssessedClass(*server, *clock, "792", 45, "work_in_lieu");
  const auto& t = klass.trainees;
  const auto enterprise = As("enterprise");
  Employ(enterprise, "792", 0, "employee", "2027-02-01");
  Employ(enterprise, "792", 2, "employee", "2027-02-01");
  // The same claim sent twice at once: one is made, the other told it exists (never a 500).
  std::vector<HttpReply> replies(2);
  {
    std::vector<std::thread> senders;
    for (auto& reply : replies) {
      senders.emplace_back([&] {
        HttpClient own(server->port);
        reply = own.Post("/api/v1/claims", Body(klass, Ids(klass, {0, 2})), enterprise);
      });
    }
    for (auto& t : senders) t.join();
  }
  std::multiset<int> statuses{replies[0].status, replies[1].status};
  ASSERT_EQ(statuses, (std::multiset<int>{201, 409})) << replies[0].body << replies[1].body;
  const auto& made = replies[0].status == 201 ? replies[0] : replies[1];
  EXPECT_EQ((replies[0].status == 409 ? replies[0] : replies[1]).ErrorCode(), "already_claimed");
  const auto claim = made.Json();
  EXPECT_EQ(claim.at("basis"), "person_month");
  // Trainee 2 failed the sitting: 以工代训 needs no certificate.
  for (const auto who : {t[0], t[2]}) {
    const auto& line = LineOf(claim, who);
    EXPECT_EQ(line.at("paid"), true) << line;
    EXPECT_EQ(line.at("units"), 1);  // a one-day class touches one month
    EXPECT_EQ(line.at("period"), boost::json::value(klass.day.substr(0, 7)));
    EXPECT_EQ(line.at("amount_fen"), 60000);
  }
  EXPECT_EQ(claim.at("paid_lines"), 2);
  EXPECT_TRUE(server->app->claims().Verify().empty());
}

TEST_F(ClaimRouteApiTest, ATraineeWhoPaidFirstClaimsForThemselfAndIsPaidOnce) {
  const auto klass = AssessedClass(*server, *clock, "793", 46);
  const auto& t = klass.trainees;
  // The system administrator opens an account for trainee 0 of the class.
  const auto sysadmin = As("sysadmin");
  auto opened = client->Post("/api/v1/users",
                             R"({"username":"trainee_zero","display_name":"学员0","role":"trainee","scope_code":"trainee:)" +
                                 std::to_string(t[0]) + R"(","password":")" + app::kDemoPassword + R"("})",
                             sysadmin);
  ASSERT_EQ(opened.status, 201) << opened.body;
  EXPECT_EQ(client->Post("/api/v1/users",
                         R"({"username":"trainee_none","display_name":"无","role":"trainee","scope_code":"trainee:999999","password":")" +
                             std::string(app::kDemoPassword) + R"("})",
                         sysadmin)
                .status,
            422);
  const auto self = As("trainee_zero");
  const auto listed = Must(client->Get("/api/v1/claims/claimable", self), 200).at("items");
  ASSERT_EQ(listed.as_array().size(), 1u);
  const auto one = Must(client->Get("/api/v1/claims/claimable?class_id=" + std::to_string(klass.class_id), self), 200);
  ASSERT_EQ(one.at("people").as_array().size(), 1u) << "only themself";
  EXPECT_EQ(one.at("people").at(0).at("trainee_id"), t[0]);
  EXPECT_EQ(one.at("kinds"), boost::json::value({"training", "assessment"}));

  EXPECT_EQ(Reasons(client->Post("/api/v1/claims", Body(klass, Ids(klass, {1})), self)),
            (std::set<std::string>{"trainee_ids[0]:not_claimable_by_claimant"}));
  auto made = client->Post("/api/v1/claims", Body(klass, Ids(klass, {0})), self);
  ASSERT_EQ(made.status, 201) << made.body;
  const auto own = made.Json();
  EXPECT_EQ(own.at("lines"), 1);
  EXPECT_EQ(own.at("amount_fen"), 60000);
  EXPECT_EQ(own.at("claimant_name"), "学**") << "a trainee claimant's name is masked";

  // The institution claims the class afterwards: trainee 0 was subsidised already for it.
  const auto institution = As("institution");
  auto later = client->Post("/api/v1/claims", Body(klass, Ids(klass, {0, 1})), institution);
  ASSERT_EQ(later.status, 201) << later.body;
  const auto line = LineOf(later.Json(), t[0]);
  EXPECT_EQ(Codes(line), std::vector<std::string>{"already_subsidised_same_level"});
  EXPECT_EQ(LineOf(later.Json(), t[1]).at("paid"), true);
  // Each sees its own claim only.
  const auto mine = Must(client->Get("/api/v1/claims", self), 200).at("items");
  ASSERT_EQ(mine.as_array().size(), 1u);
  EXPECT_EQ(mine.at(0).at("id"), own.at("id"));
  EXPECT_EQ(client->Get("/api/v1/claims/" + std::to_string(later.Json().at("id").as_int64()), self).status, 404);

  // The money goes to the trainee's own account, in their registered name.
  const auto account = [](const std::string& name) {
    return R"({"bank_name":"中国农业银行成都锦江支行","account_name":")" + name +
           R"(","account_number":"6228480402564890018"})";
  };
  EXPECT_EQ(Reasons(client->Send(bhttp::verb::put, "/api/v1/bank-account", account("张三"), self)),
            (std::set<std::string>{"account_name:not_the_payee"}));
  const auto kept = Must(client->Send(bhttp::verb::put, "/api/v1/bank-account", account("学员0"), self), 200);
  EXPECT_EQ(kept.at("payee"), boost::json::value("trainee:" + std::to_string(t[0])));
  EXPECT_TRUE(server->app->claims().Verify().empty());
}

}  // namespace
}  // namespace sunshine::testing
