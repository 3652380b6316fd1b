// The auditor's queue and cases over HTTP on both engines (issue 15 items 4, 5, 8): a photo used
// for two people becomes an alert the county sees and another county does not; it is assigned to
// a third-party auditor who then sees it (and nothing else of the queue), confirmed into a case,
// and the case is closed by suspending the institution - both in one transaction, each audited.
// The institution sees nothing of it; its risk score explains itself.
#include "one_day_class.hpp"

namespace sunshine::testing {
namespace {

class RiskQueueApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    clock = std::make_unique<core::SimulatedClock>(*core::AtShanghai("2027-03-01", "10:00"));
    server = std::make_unique<RunningServer>("risk_queue", SeedQingyangOfficer, nullptr, *clock);
    client = std::make_unique<HttpClient>(server->port);
    klass = OneDayClass::Make(*server, *clock, 3, "731", 0x5c);
    // Two people check in with one photo.
    const auto shared = crypto::Sha256Hex("one face for two");
    klass.Upload(*server, *clock, 0, "start", *core::AtShanghai(klass.day, "08:50"), shared);
    klass.Upload(*server, *clock, 1, "start", *core::AtShanghai(klass.day, "08:51"), shared);
    klass.Upload(*server, *clock, 2, "start", *core::AtShanghai(klass.day, "08:52"));
    const core::Actor actor{.request_id = "test", .client_ip = "local", .system_name = "test"};
    const auto scan = server->app->risk().Scan(actor, klass.day, klass.day);
    ASSERT_TRUE(scan) << scan.error().message;
    ASSERT_EQ(scan->found.at("photo_reuse"), 1);
  }
  void TearDown() override {
    client.reset();
    server.reset();
    clock.reset();
  }
  std::string As(const std::string& user) { return client->SignIn(user, app::kDemoPassword); }
  // Successful writes of `action` by `user` (refusals are audited too, with their outcome).
  long long Audited(const std::string& action, const std::string& user = "county_officer") {
    return server->Count("audit_records WHERE action = '" + action + "' AND username = '" + user +
                         "' AND outcome = 'success'");
  }

  std::unique_ptr<core::SimulatedClock> clock;
  std::unique_ptr<RunningServer> server;
  std::unique_ptr<HttpClient> client;
  OneDayClass klass;
};

TEST_F(RiskQueueApiTest, AnAlertGoesFromTheQueueToACaseThatSuspendsTheInstitution) {
  const auto county = As("county_officer");
  auto page = Must(client->Get("/api/v1/risk/alerts?rule=photo_reuse", county), 200);
  ASSERT_EQ(page.at("items").as_array().size(), 1u);
  const auto alert = page.at("items").at(0);
  const auto id = alert.at("id").as_int64();
  const std::string path = "/api/v1/risk/alerts/" + std::to_string(id);
  EXPECT_EQ(alert.at("status"), "open");
  EXPECT_EQ(alert.at("institution_id"), klass.institution_id);
  EXPECT_EQ(alert.at("evidence").at("trainee_ids"),
            (boost::json::array{klass.trainees[0], klass.trainees[1]}));
  EXPECT_TRUE(alert.at("assignee").is_null());

  // Filters: by county and institution; a malformed one is named.
  EXPECT_EQ(Must(client->Get("/api/v1/risk/alerts?region=510104", county), 200).at("items").as_array().size(), 1u);
  EXPECT_EQ(Must(client->Get("/api/v1/risk/alerts?region=510105", county), 200).at("items").as_array().size(), 0u);
  EXPECT_EQ(Must(client->Get("/api/v1/risk/alerts?institution_id=" + std::to_string(klass.institution_id + 1000),
                             county),
                 200)
                .at("items")
                .as_array()
                .size(),
            0u);
  const auto bad = client->Get("/api/v1/risk/alerts?region=51&institution_id=x", county);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.Json().at("error").at("fields").as_array().size(), 2u);

  // Its evidence view names both check-ins, with one and the same photo; a photo not in its
  // evidence is refused, as is one named but never uploaded.
  const auto detail = Must(client->Get(path, county), 200);
  ASSERT_EQ(detail.at("checkins").as_array().size(), 2u);
  EXPECT_EQ(detail.at("checkins").at(0).at("photo_sha256"), detail.at("checkins").at(1).at("photo_sha256"));
  EXPECT_EQ(detail.at("checkins").at(0).at("trainee_id"), klass.trainees[0]);
  EXPECT_EQ(client->Get(path + "/photos/" + crypto::Sha256Hex("elsewhere"), county).status, 404);
  EXPECT_EQ(client->Get(path + "/photos/" + std::string(detail.at("checkins").at(0).at("photo_sha256").as_string()), county)
                .status,
            404);
  // The dashboard's figures: one open alert of the rule in 成都市.
  const auto summary = Must(client->Get("/api/v1/risk/summary", county), 200);
  ASSERT_EQ(summary.at("alerts").as_array().size(), 1u);
  EXPECT_EQ(summary.at("alerts").at(0).at("city_code"), "510100");
  EXPECT_EQ(summary.at("alerts").at(0).at("rule_id"), "photo_reuse");
  EXPECT_EQ(summary.at("alerts").at(0).at("count"), 1);

  // Another county sees nothing of it; the institution has no access at all.
  const auto qingyang = As("qingyang_officer");
  EXPECT_EQ(Must(client->Get("/api/v1/risk/alerts", qingyang), 200).at("items").as_array().size(), 0u);
  EXPECT_EQ(client->Get(path, qingyang).status, 404);
  const auto institution = As("institution");
  EXPECT_EQ(client->Get("/api/v1/risk/alerts", institution).status, 403);
  EXPECT_EQ(client->Get(path, institution).status, 403);
  EXPECT_EQ(client->Get("/api/v1/institutions/" + std::to_string(klass.institution_id) + "/risk", institution).status,
            403);

  // Assigned: not to an officer of another county; to the accounting firm, who then sees it.
  auto refused = client->Post(path + "/actions/assign", R"({"assignee":"user:qingyang_officer"})", county);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.Json().at("error").at("fields").at(0).at("reason"), "not_an_officer_of_the_region");
  EXPECT_EQ(client->Post(path + "/actions/assign", R"({"assignee":"auditor:999999"})", county).status, 422);
  const auto firm = server->Text("SELECT scope_code FROM users WHERE username = 'auditor'");
  auto assigned = Must(client->Post(path + "/actions/assign", R"({"assignee":")" + firm + R"("})", county), 200);
  EXPECT_EQ(assigned.at("status"), "assigned");
  EXPECT_EQ(assigned.at("assignee"), boost::json::value(firm));
  const auto auditor = As("auditor");
  EXPECT_EQ(Must(client->Get("/api/v1/risk/alerts", auditor), 200).at("items").as_array().size(), 1u);
  Must(client->Get(path, auditor), 200);
  EXPECT_EQ(client->Post(path + "/actions/dismiss", R"({"reason":"无问题"})", auditor).status, 403);
  EXPECT_EQ(client->Get("/api/v1/risk/cases", auditor).status, 403);

  // Confirmed into a new case (a reason is needed); then it is decided.
  EXPECT_EQ(client->Post(path + "/actions/confirm", R"({"reason":"  "})", county).ErrorCode(), "invalid_fields");
  auto opened = Must(
      client->Post(path + "/actions/confirm", R"({"reason":"两人照片字节完全相同","case_id":null,"title":null})", county),
      200);
  const auto case_id = opened.at("id").as_int64();
  EXPECT_EQ(opened.at("status"), "open");
  EXPECT_EQ(opened.at("origin"), "risk_alert");
  EXPECT_EQ(opened.at("institution_id"), klass.institution_id);
  EXPECT_NE(std::string(opened.at("title").as_string()).find("同一照片用于不同人员"), std::string::npos);
  ASSERT_EQ(opened.at("alerts").as_array().size(), 1u);
  EXPECT_EQ(opened.at("alerts").at(0).at("status"), "confirmed");
  EXPECT_EQ(opened.at("alerts").at(0).at("case_id"), case_id);
  EXPECT_EQ(opened.at("item_list").at(0).at("kind"), "alert");
  EXPECT_EQ(client->Post(path + "/actions/confirm", R"({"reason":"again"})", county).ErrorCode(), "alert_decided");
  EXPECT_EQ(client->Post(path + "/actions/dismiss", R"({"reason":"again"})", county).ErrorCode(), "alert_decided");

  // The institution's risk score explains itself: one rule, its weight and what it adds.
  const auto risk = Must(client->Get("/api/v1/institutions/" + std::to_string(klass.institution_id) + "/risk", county), 200);
  EXPECT_EQ(risk.at("score"), 42);  // photo_reuse at 70: 0.6 * 0.7
  ASSERT_EQ(risk.at("parts").as_array().size(), 1u);
  EXPECT_EQ(risk.at("parts").at(0).at("rule_id"), "photo_reuse");
  EXPECT_EQ(risk.at("parts").at(0).at("contribution"), 42);

  // The case gathers a note; an inspection that does not exist is refused by name.
  const std::string case_path = "/api/v1/risk/cases/" + std::to_string(case_id);
  Must(client->Post(case_path + "/items", R"({"kind":"note","object_id":null,"note":"走访两名学员，均称未到场"})", county),
       200);
  auto unknown = client->Post(case_path + "/items", R"({"kind":"inspection","object_id":424242,"note":""})", county);
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.Json().at("error").at("fields").at(0).at("field"), "object_id");
  EXPECT_EQ(client->Get(case_path, qingyang).status, 404);
  auto cases = Must(client->Get("/api/v1/risk/cases?status=open", county), 200);
  ASSERT_EQ(cases.at("items").as_array().size(), 1u);
  EXPECT_EQ(cases.at("items").at(0).at("items"), 2);

  // Closed: recovery needs a recovery in the case; suspension suspends the institution.
  EXPECT_EQ(client->Post(case_path + "/actions/close", R"({"outcome":"recovery","note":"追回"})", county).status, 422);
  EXPECT_EQ(client->Post(case_path + "/actions/close", R"({"outcome":"jail","note":"x"})", county).status, 422);
  auto closed = Must(client->Post(case_path + "/actions/close", R"({"outcome":"suspension","note":"代签属实","expose":null})", county), 200);
  EXPECT_EQ(closed.at("status"), "closed");
  EXPECT_EQ(closed.at("outcome"), "suspension");
  EXPECT_EQ(closed.at("closed_by"), "county_officer");
  const auto inst = Must(client->Get("/api/v1/institutions/" + std::to_string(klass.institution_id), county), 200);
  EXPECT_EQ(inst.at("status"), "suspended");
  EXPECT_EQ(client->Post(case_path + "/actions/close", R"({"outcome":"warning","note":"x"})", county).ErrorCode(),
            "case_closed");
  EXPECT_EQ(client->Post(case_path + "/items", R"({"kind":"note","note":"late"})", county).ErrorCode(), "case_closed");

  // Every step is on the record; a second scan finds the situation again and keeps its decision.
  for (const char* action : {"risk:alert:assign", "risk:case:open", "risk:alert:confirm", "risk:case:item",
                             "risk:case:close", "registry:institution:lifecycle"}) {
    EXPECT_EQ(Audited(action), 1) << action;
  }
  const core::Actor actor{.request_id = "test", .client_ip = "local", .system_name = "test"};
  const auto again = server->app->risk().Scan(actor, klass.day, klass.day);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->raised, 0);
  EXPECT_EQ(Must(client->Get(path, county), 200).at("status"), "confirmed");
}

TEST_F(RiskQueueApiTest, ADismissedAlertStaysDismissedAndACaseOfAnotherInstitutionIsRefused) {
  const auto county = As("county_officer");
  const auto id = Must(client->Get("/api/v1/risk/alerts", county), 200).at("items").at(0).at("id").as_int64();
  const std::string path = "/api/v1/risk/alerts/" + std::to_string(id);
  EXPECT_EQ(client->Post(path + "/actions/confirm", R"({"reason":"x","case_id":777777})", county).status, 422);
  auto dismissed = Must(client->Post(path + "/actions/dismiss", R"({"reason":"同卵双胞胎，已核实"})", county), 200);
  EXPECT_EQ(dismissed.at("status"), "dismissed");
  EXPECT_EQ(dismissed.at("decision_reason"), "同卵双胞胎，已核实");
  const core::Actor actor{.request_id = "test", .client_ip = "local", .system_name = "test"};
  ASSERT_TRUE(server->app->risk().Scan(actor, klass.day, klass.day));
  EXPECT_EQ(Must(client->Get(path, county), 200).at("status"), "dismissed");
  // A dismissed lead weighs nothing in the institution's score.
  EXPECT_EQ(Must(client->Get("/api/v1/institutions/" + std::to_string(klass.institution_id) + "/risk", county), 200)
                .at("score"),
            0);
  EXPECT_EQ(Must(client->Get("/api/v1/risk/alerts?status=dismissed", county), 200).at("items").as_array().size(), 1u);
  EXPECT_EQ(Must(client->Get("/api/v1/risk/alerts?status=open", county), 200).at("items").as_array().size(), 0u);
}

}  // namespace
}  // namespace sunshine::testing
