// Assessment sittings and certificates over HTTP on both engines (issue 13 items 2-5, R-W5;
// ADR 0013). A class is filed, approved, run with signed check-ins and finished on a simulated
// clock; then the evaluation body plans a sitting for it. Tried as a user would: a body not filed
// for the occupation and level is refused, as are an examiner who taught the class and a trainee
// below the attendance threshold; an eligible trainee is a candidate or carries a reason; results
// are entered once, locked and amended with a reason; certificates carry numbers by the national
// rule, come as a PDF, are revoked a sitting at once, and the public check (no sign-in, by number
// and name) shows them valid and then revoked, with one answer for a wrong number and a wrong name.
#include <set>

#include "assessment/certificate_number.hpp"
#include "one_day_class.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;
constexpr std::int64_t kMinute = 60 * 1000;
const std::string kTeacherId = IdNumber("19750303", "456");

class AssessmentApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock = new core::SimulatedClock(*core::AtShanghai("2027-03-01", "10:00"));
    server = new RunningServer("assessment", SeedQingyangOfficer,
                               [](app::Config& c) { c.public_checks_per_minute = 8; }, *clock);
    klass = OneDayClass::Make(*server, *clock, 4, "456", 41);
    // The day: trainees 0-2 come and stay; trainee 3 only signs in at the start (no minutes).
    const auto opens = *core::AtShanghai(klass.day, "08:58");
    for (std::size_t t = 0; t < 4; ++t) klass.Upload(*server, *clock, t, "start", opens + static_cast<int>(t) * kMinute);
    const auto closes = *core::AtShanghai(klass.day, "17:01");
    for (std::size_t t = 0; t < 3; ++t) klass.Upload(*server, *clock, t, "end", closes + static_cast<int>(t) * kMinute);
    clock->AdvanceTo(*core::AtShanghai(training::AddDays(klass.day, 1), "09:00"));
    OneDayClass::Sweep(*server, *clock);
    HttpClient client(server->port);
    const auto institution = client.SignIn("institution", app::kDemoPassword);
    const std::string path = "/api/v1/classes/" + std::to_string(klass.class_id);
    if (Must(client.Get(path, institution), 200).at("status") != "finished") throw std::runtime_error("not finished");
    trainees = klass.trainees;
    class_id = klass.class_id;
    cook = klass.occupation_id;
    class_day = klass.day;
    evaluator = client.SignIn("evaluator", app::kDemoPassword);
    body_id = Must(client.Get("/api/v1/evaluation-bodies", evaluator), 200).at("items").at(0).at("id").as_int64();
  }
  static void TearDownTestSuite() {
    delete server;
    delete clock;
  }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }

  std::string As(const std::string& user) { return client->SignIn(user, app::kDemoPassword); }
  HttpReply Put(const std::string& target, const std::string& body, const std::string& token) {
    return client->Send(bhttp::verb::put, target, body, token);
  }
  // A sitting for the class the day after it ended, examined by `examiner_id`.
  std::string Plan(const std::string& examiner_id, const std::string& candidates = "[]",
                   const std::string& date = "") {
    return R"({"class_id":)" + std::to_string(class_id) + R"(,"date":")" +
           (date.empty() ? training::AddDays(class_day, 3) : date) +
           R"(","start":"09:00","end":"11:00","place":"锦江区职业技能评价中心 第一考场","examiners":[{"name":"李考评","id_number":")" +
           examiner_id + R"(","certificate":"KP5101040001"}],"candidates":)" + candidates + "}";
  }
  std::string ClassPath() const { return "/api/v1/assessments/classes/" + std::to_string(class_id); }

  inline static core::SimulatedClock* clock = nullptr;
  inline static OneDayClass klass;
  inline static RunningServer* server = nullptr;
  inline static std::vector<std::int64_t> trainees;
  inline static std::int64_t class_id = 0, cook = 0, body_id = 0;
  inline static std::string class_day, evaluator;
  std::unique_ptr<HttpClient> client;
};

long long Audited(RunningServer& server, const std::string& action) {
  db::Connection connection(server.app->database());
  long long n = 0;
  connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = :a", soci::use(action), soci::into(n);
  return n;
}

TEST_F(AssessmentApiTest, FromAFinishedClassToCertificatesAnyoneCanCheck) {
  evaluator = As("evaluator");
  // Not filed for 中式烹调师 yet: the body may not even read the class.
  EXPECT_EQ(client->Get(ClassPath(), evaluator).status, 404);
  const auto examiner = IdNumber("19700101", "777");
  auto refused = client->Post("/api/v1/assessments/sittings", Plan(examiner), evaluator);
  EXPECT_EQ(refused.ErrorCode(), "not_filed") << refused.body;
  EXPECT_EQ(Reasons(refused), (std::set<std::string>{"class_id:body_not_filed"}));
  // Filed for level 4 only: still not this class's level 5.
  const std::string filings = "/api/v1/evaluation-bodies/" + std::to_string(body_id) + "/filings";
  const auto city = As("city_officer");
  Must(client->Post(filings,
                    R"({"occupation_id":)" + std::to_string(cook) + R"(,"level":4,"valid_from":"2027-01-01","valid_to":"2027-12-31"})",
                    city),
       201);
  EXPECT_EQ(client->Post("/api/v1/assessments/sittings", Plan(examiner), evaluator).ErrorCode(), "not_filed");
  Must(client->Post(filings,
                    R"({"occupation_id":)" + std::to_string(cook) + R"(,"level":5,"valid_from":"2027-01-01","valid_to":"2027-12-31"})",
                    city),
       201);

  // 应评尽评: three reached the threshold; the fourth has no minutes.
  auto view = Must(client->Get(ClassPath(), evaluator), 200);
  EXPECT_EQ(view.at("figures").at("eligible"), 3);
  EXPECT_EQ(view.at("figures").at("unaccounted"), 3);
  EXPECT_EQ(view.at("members").at(3).at("eligible"), false);
  EXPECT_EQ(view.at("members").at(0).at("id_number_masked").as_string().find("****") != std::string::npos, true);

  // The teacher may not examine; the fourth trainee may not sit; nor may anyone before the end.
  refused = client->Post("/api/v1/assessments/sittings",
                         Plan(kTeacherId, R"([{"trainee_id":)" + std::to_string(trainees[3]) + "}]",
                              training::AddDays(class_day, -1)),
                         evaluator);
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(Reasons(refused),
            (std::set<std::string>{"examiners[0].id_number:taught_the_class",
                                   "candidates[0].trainee_id:below_attendance_threshold", "date:before_class_end"}));

  // Trainee 2 defers with a reason; the sitting then takes the other two without a list.
  auto exempt = Put(ClassPath() + "/exemptions/" + std::to_string(trainees[2]), R"({"reason":"deferred","note":"住院"})",
                    As("institution"));
  ASSERT_EQ(exempt.status, 200) << exempt.body;
  EXPECT_EQ(exempt.Json().at("figures").at("exempted"), 1);
  EXPECT_EQ(Put(ClassPath() + "/exemptions/" + std::to_string(trainees[3]), R"({"reason":"absent","note":"x"})",
                evaluator)
                .ErrorCode(),
            "not_eligible");
  auto planned = client->Post("/api/v1/assessments/sittings", Plan(examiner), evaluator);
  ASSERT_EQ(planned.status, 201) << planned.body;
  const auto sitting = planned.Json();
  EXPECT_EQ(sitting.at("certificate_type"), "skill_level");
  EXPECT_EQ(sitting.at("candidates").as_array().size(), 2u);
  EXPECT_EQ(sitting.at("examiners").at(0).at("id_number_masked").as_string().find(examiner), std::string::npos);
  const std::string path = "/api/v1/assessments/sittings/" + std::to_string(sitting.at("id").as_int64());
  view = Must(client->Get(ClassPath(), evaluator), 200);
  EXPECT_EQ(view.at("figures").at("candidates"), 2);
  EXPECT_EQ(view.at("figures").at("unaccounted"), 0);
  EXPECT_EQ(client->Post("/api/v1/assessments/sittings", Plan(examiner), evaluator).ErrorCode(), "no_candidates");

  // Results: not before the sitting's day; then entered once, whole or not at all; locked only
  // when complete.
  const auto t0 = std::to_string(trainees[0]), t1 = std::to_string(trainees[1]);
  EXPECT_EQ(Put(path + "/results", R"({"results":[{"trainee_id":)" + t0 + R"(,"theory":85,"practical":90}]})", evaluator)
                .ErrorCode(),
            "not_yet_sat");
  // The sitting is supervised: candidates check in through a terminal of the host institution
  // (the class's), signed as class check-ins are, and only at the sittings it hosts.
  EXPECT_EQ(sitting.at("host_institution_id"), klass.institution_id);
  clock->AdvanceTo(*core::AtShanghai(training::AddDays(class_day, 3), "08:40"));
  const auto sitting_id = sitting.at("id").as_int64();
  const std::string jpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF candidate at the sitting";
  auto capture = [&](std::int64_t trainee, std::int64_t at_sitting, const std::string& event, std::int64_t ago) {
    boost::json::object e{{"event_id", event},         {"sitting_id", at_sitting},
                          {"trainee_id", trainee},     {"captured_at", clock->Now() - ago},
                          {"latitude", 30.6571},       {"longitude", 104.0812},
                          {"face_score", 0.94},        {"liveness_score", 0.97},
                          {"photo_sha256", crypto::Sha256Hex(event == "sit-1" ? jpeg : event)}};
    return boost::json::serialize(boost::json::object{{"events", boost::json::array{e}}});
  };
  constexpr char kSitBatches[] = "/api/v1/assessments/checkins/batches";
  auto upload = [&](const std::string& body) {
    return client->Send(bhttp::verb::post, kSitBatches, body, "", "application/json", std::nullopt,
                        SignedHeaders(DeviceKey(klass.key_fill), klass.key_id, "POST", kSitBatches, body, clock->Now()));
  };
  const auto first = capture(trainees[0], sitting_id, "sit-1", 1000);
  auto receipt = upload(first);
  ASSERT_EQ(receipt.status, 200) << receipt.body;
  EXPECT_EQ(receipt.Json().at("counting"), 1);
  EXPECT_EQ(upload(first).ErrorCode(), "replayed");
  // Trainee 3 is no candidate: kept, not counting; an unknown sitting refuses the whole batch.
  const auto stranger = Must(upload(capture(trainees[3], sitting_id, "sit-2", 2000)), 200);
  EXPECT_EQ(stranger.at("results").at(0).at("reasons"), boost::json::array{"not_candidate"});
  auto unserved = upload(capture(trainees[1], sitting_id + 1000, "sit-3", 3000));
  EXPECT_EQ(unserved.status, 403);
  EXPECT_EQ(Reasons(unserved), (std::set<std::string>{"events[0].sitting_id:not_served"}));
  EXPECT_EQ(client->Post(kSitBatches, first, As("evaluator")).status, 403);  // a person is no terminal
  // The terminal downloads what it hosts, names masked.
  const std::string hosted = "/api/v1/terminal/sittings?from=" + clock->Today() + "&to=" + clock->Today();
  auto schedule = Must(client->Send(bhttp::verb::get, hosted, "", "", "application/json", std::nullopt,
                                    SignedHeaders(DeviceKey(klass.key_fill), klass.key_id, "GET", hosted, "",
                                                  clock->Now())),
                       200);
  ASSERT_EQ(schedule.at("items").as_array().size(), 1u) << schedule;
  EXPECT_EQ(schedule.at("items").at(0).at("candidates").at(0).at("name_masked"), "学**");
  // The organiser and officers see each capture; the face photo once uploaded, each view audited.
  auto captures = Must(client->Get(path + "/checkins", As("county_officer")), 200);
  ASSERT_EQ(captures.at("items").as_array().size(), 2u);
  EXPECT_EQ(captures.at("items").at(0).at("counts"), false);  // the stranger, captured first
  EXPECT_EQ(captures.at("items").at(1).at("counts"), true);
  EXPECT_EQ(client->Get(path + "/checkins", As("qingyang_officer")).status, 404);
  const std::string photo = "/api/v1/photos/" + crypto::Sha256Hex(jpeg);
  Must(client->Send(bhttp::verb::put, photo, jpeg, "", "image/jpeg", std::nullopt,
                    SignedHeaders(DeviceKey(klass.key_fill), klass.key_id, "PUT", photo, jpeg, clock->Now())),
       201);
  evaluator = As("evaluator");
  auto shown = client->Get(path + "/photos/" + crypto::Sha256Hex(jpeg), evaluator);
  ASSERT_EQ(shown.status, 200);
  EXPECT_EQ(shown.body, jpeg);
  EXPECT_EQ(client->Get(path + "/photos/" + crypto::Sha256Hex("sit-2x"), evaluator).status, 404);
  EXPECT_EQ(Audited(*server, "assessment:photo:view"), 1);

  clock->AdvanceTo(*core::AtShanghai(training::AddDays(class_day, 3), "12:00"));
  evaluator = As("evaluator");
  const auto city_again = As("city_officer");
  auto entered = Put(path + "/results",
                     R"({"results":[{"trainee_id":)" + t0 + R"(,"theory":85,"practical":90},{"trainee_id":)" +
                         std::to_string(trainees[3]) + R"(,"theory":60,"practical":60}]})",
                     evaluator);
  EXPECT_EQ(Reasons(entered), (std::set<std::string>{"results[1].trainee_id:not_a_candidate"}));
  Must(Put(path + "/results", R"({"results":[{"trainee_id":)" + t0 + R"(,"theory":85,"practical":90}]})", evaluator), 200);
  EXPECT_EQ(Reasons(Put(path + "/results", R"({"results":[{"trainee_id":)" + t0 + R"(,"theory":99,"practical":99}]})",
                        evaluator)),
            (std::set<std::string>{"results[0].trainee_id:already_entered"}));
  EXPECT_EQ(client->Post(path + "/actions/lock", "{}", evaluator).ErrorCode(), "results_missing");
  Must(Put(path + "/results", R"({"results":[{"trainee_id":)" + t1 + R"(,"theory":50,"practical":70}]})", evaluator), 200);
  EXPECT_EQ(client->Post(path + "/actions/issue", "{}", evaluator).ErrorCode(), "not_locked");
  auto locked = Must(client->Post(path + "/actions/lock", "{}", evaluator), 200);
  EXPECT_EQ(locked.at("status"), "locked");
  EXPECT_EQ(locked.at("figures").at("passed"), 1);
  // Both sat; only trainee 0 was checked in by the terminal: stored as entered, and shown.
  EXPECT_EQ(locked.at("figures").at("checked_in"), 1);
  EXPECT_EQ(locked.at("figures").at("sat_without_checkin"), 1);
  EXPECT_FALSE(locked.at("candidates").at(0).at("checked_in_at").is_null());
  EXPECT_TRUE(locked.at("candidates").at(1).at("checked_in_at").is_null());
  EXPECT_EQ(Put(path + "/results", R"({"results":[{"trainee_id":)" + t1 + R"(,"theory":70,"practical":70}]})", evaluator)
                .ErrorCode(),
            "results_locked");
  // A correction after locking is an amendment with a reason; the first entry stays.
  EXPECT_EQ(Reasons(client->Post(path + "/candidates/" + t1 + "/amendments", R"({"theory":65,"practical":70})", evaluator)),
            (std::set<std::string>{"reason:required"}));
  auto amended = Must(client->Post(path + "/candidates/" + t1 + "/amendments",
                                   R"({"theory":65,"practical":70,"reason":"理论试卷复核加分"})", evaluator),
                      200);
  EXPECT_EQ(amended.at("candidates").at(1).at("result").at("theory"), 65);
  EXPECT_EQ(amended.at("candidates").at(1).at("first_result").at("theory"), 50);
  EXPECT_EQ(amended.at("candidates").at(1).at("passed"), true);
  EXPECT_EQ(amended.at("candidates").at(1).at("amendments"), 1);
  // Only the organiser enters results: the county sees the sitting, may not touch it.
  const auto county = As("county_officer");
  EXPECT_EQ(client->Get(path, county).status, 200);
  EXPECT_EQ(client->Get(path, As("qingyang_officer")).status, 404);

  // Certificates: one per passed candidate, numbered by the national rule.
  auto issued = Must(client->Post(path + "/actions/issue", "{}", evaluator), 200);
  ASSERT_EQ(issued.at("count"), 2);
  EXPECT_EQ(client->Post(path + "/actions/issue", "{}", evaluator).ErrorCode(), "nothing_to_issue");
  const std::string number(issued.at("numbers").at(0).as_string());
  auto parsed = assessment::ParseSkillLevelNumber(number, 2027);
  ASSERT_TRUE(parsed) << number;
  EXPECT_EQ(parsed->category, 'S');  // a social training-evaluation organisation
  EXPECT_EQ(parsed->province, "51");
  EXPECT_EQ(parsed->year, 2027);
  EXPECT_EQ(parsed->level, 5);
  EXPECT_EQ(std::stoll(parsed->site_serial), body_id);
  EXPECT_EQ(parsed->serial + 1, assessment::ParseSkillLevelNumber(std::string(issued.at("numbers").at(1).as_string()), 2027)->serial);
  auto certificate = Must(client->Get("/api/v1/certificates/" + number, county), 200);
  EXPECT_EQ(certificate.at("holder_name"), "学员0");
  EXPECT_EQ(certificate.at("status"), "valid");
  auto pdf = client->Get("/api/v1/certificates/" + number + ".pdf", evaluator);
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.headers[bhttp::field::content_type], "application/pdf");
  EXPECT_TRUE(pdf.body.starts_with("%PDF-"));
  EXPECT_EQ(client->Get("/api/v1/certificates/" + number, As("qingyang_officer")).status, 404);

  // The public check: no sign-in, number and full name; a wrong name and a wrong number alike.
  const std::string check = "/api/v1/public/certificates/" + number;
  auto found = Must(client->Get(check + "?name=%E5%AD%A6%E5%91%980"), 200);  // 学员0
  EXPECT_EQ(found.at("holder"), "学**");
  EXPECT_EQ(found.at("status"), "valid");
  EXPECT_FALSE(found.as_object().contains("id_number_masked"));
  auto wrong_name = client->Get(check + "?name=%E5%AD%A6%E5%91%981");
  auto wrong_number = client->Get("/api/v1/public/certificates/S000051000001275999999?name=%E5%AD%A6%E5%91%980");
  EXPECT_EQ(wrong_name.status, 404);
  EXPECT_EQ(wrong_number.status, 404);
  EXPECT_EQ(wrong_name.Json().at("error").at("message"), wrong_number.Json().at("error").at("message"));

  // The body is found cheating: the city revokes the sitting's certificates at once.
  EXPECT_EQ(Reasons(client->Post(path + "/actions/revoke", R"({"reason":""})", city_again)),
            (std::set<std::string>{"reason:required"}));
  auto revoked = Must(client->Post(path + "/actions/revoke", R"({"reason":"评价机构考核把关不严，经查实撤销"})", city_again), 200);
  EXPECT_EQ(revoked.at("count"), 2);
  found = Must(client->Get(check + "?name=%E5%AD%A6%E5%91%980"), 200);
  EXPECT_EQ(found.at("status"), "revoked");
  EXPECT_EQ(found.at("revoked_on"), clock->Today().c_str());
  EXPECT_EQ(client->Post("/api/v1/certificates/" + number + "/actions/revoke", R"({"reason":"重复"})", city_again).ErrorCode(),
            "nothing_to_revoke");
  // A failing amendment is refused while a certificate stands; here it no longer does.
  Must(client->Post(path + "/candidates/" + t1 + "/amendments", R"({"theory":40,"practical":70,"reason":"复查"})",
                    evaluator),
       200);

  // The outcome figures: per institution over the eligible, per body over its candidates.
  auto outcomes = Must(client->Get("/api/v1/assessments/outcomes?group=institution", county), 200);
  ASSERT_EQ(outcomes.at("items").as_array().size(), 1u) << outcomes;
  const auto& row = outcomes.at("items").at(0);
  EXPECT_EQ(row.at("eligible"), 3);
  EXPECT_EQ(row.at("candidates"), 2);
  EXPECT_EQ(row.at("sat"), 2);
  EXPECT_EQ(row.at("passed"), 1);  // trainee 1 amended to a fail after the revocation
  EXPECT_EQ(row.at("certified"), 0);
  EXPECT_EQ(row.at("level").at("level"), 5);
  auto bodies = Must(client->Get("/api/v1/assessments/outcomes?group=body", evaluator), 200);
  ASSERT_EQ(bodies.at("items").as_array().size(), 1u) << bodies;
  EXPECT_TRUE(bodies.at("items").at(0).at("eligible").is_null());
  EXPECT_EQ(bodies.at("items").at(0).at("candidates"), 2);
  EXPECT_EQ(client->Get("/api/v1/assessments/outcomes?group=institution", evaluator).status, 403);
  EXPECT_EQ(Reasons(client->Get("/api/v1/assessments/outcomes?group=x&from=2027-02-30", county)),
            (std::set<std::string>{"group:unknown", "from:not_a_date"}));
  EXPECT_TRUE(Must(client->Get("/api/v1/assessments/outcomes?group=institution", As("qingyang_officer")), 200)
                  .at("items").as_array().empty());
  auto sheet = client->Get("/api/v1/assessments/outcomes/export.xlsx?group=institution", county);
  EXPECT_EQ(sheet.status, 200);
  EXPECT_TRUE(sheet.body.starts_with("PK"));

  // The home dashboard's 应评尽评 of the year: three eligible, two assessed, one deferred with a
  // reason, both sat, one passed after the amendment, no valid certificate after the revocation.
  const auto quality = Must(client->Get("/api/v1/dashboard/quality", county), 200).at("assessment");
  EXPECT_EQ(quality.at("eligible"), 3);
  EXPECT_EQ(quality.at("candidates"), 2);
  EXPECT_EQ(quality.at("exempted"), 1);
  EXPECT_EQ(quality.at("unaccounted"), 0);
  EXPECT_EQ(quality.at("sat"), 2);
  EXPECT_EQ(quality.at("passed"), 1);
  EXPECT_EQ(quality.at("certified"), 0);
  EXPECT_EQ(Must(client->Get("/api/v1/dashboard/quality", As("institution")), 200).at("assessment").at("eligible"), 3);
  EXPECT_EQ(Must(client->Get("/api/v1/dashboard/quality", As("qingyang_officer")), 200).at("assessment").at("eligible"),
            0);

  for (const char* action : {"assessment:sitting:create", "assessment:result:enter", "assessment:sitting:lock",
                             "assessment:result:amend", "assessment:certificate:issue", "assessment:certificate:revoke",
                             "assessment:exemption:record"}) {
    EXPECT_GE(Audited(*server, action), 1) << action;
  }
  // Every check is counted; past the limit an address is told to wait, and that is counted too.
  int limited = 0;
  for (int i = 0; i < 10; ++i) limited += client->Get(check + "?name=x").status == 429;
  EXPECT_GT(limited, 0);
  db::Connection connection(server->app->database());
  long long found_count = 0, limited_count = 0;
  connection.sql() << "SELECT lookups FROM certificate_lookup_counts WHERE outcome = 'found'", soci::into(found_count);
  connection.sql() << "SELECT lookups FROM certificate_lookup_counts WHERE outcome = 'limited'", soci::into(limited_count);
  EXPECT_EQ(found_count, 2);
  EXPECT_EQ(limited_count, limited);
}

TEST_F(AssessmentApiTest, OutsideCertificatesAreImportedWithEveryWrongPartOfTheNumberNamed) {
  const auto province = As("province_officer");
  auto import = [&](const std::string& rows) {
    return client->Send(bhttp::verb::post, "/api/v1/imports/certificates",
                        "证书编号,姓名,身份证号,职业编码,等级,发证机构,发证日期\n" + rows, province, "text/csv");
  };
  const std::string person = IdNumber("19900710", "456");  // trainee 0 of the class
  // Province 99 does not exist and 28 is a year to come: both parts named, nothing stored.
  auto refused = import("S000099000001285000001,学员0," + person + ",4-03-02-01,5,外省鉴定中心,2027-02-01\n");
  EXPECT_EQ(refused.ErrorCode(), "import_rejected") << refused.body;
  std::set<std::string> reasons;
  const auto body = refused.Json();
  for (const auto& f : body.at("error").at("fields").as_array()) {
    reasons.insert(std::string(f.at("field").as_string()) + ":" + std::string(f.at("reason").as_string()));
  }
  EXPECT_TRUE(reasons.contains("number:province")) << refused.body;
  EXPECT_TRUE(reasons.contains("number:year")) << refused.body;
  // A wrong name for the person, and a level that is not the number's.
  refused = import("S000044000001265000001,学员9," + person + ",4-03-02-01,4,广东省某鉴定站,2026-05-01\n");
  EXPECT_NE(refused.body.find("name_mismatch"), std::string::npos) << refused.body;
  EXPECT_NE(refused.body.find("level_mismatch"), std::string::npos) << refused.body;
  const auto before = server->Count("certificates");
  auto imported = import("S000044000001265000001,学员0," + person + ",4-03-02-01,5,广东省某鉴定站,2026-05-01\n");
  ASSERT_LT(imported.status, 300) << imported.body;
  EXPECT_EQ(server->Count("certificates"), before + 1);
  // The same number again is taken; the public check finds the imported one.
  EXPECT_NE(import("S000044000001265000001,学员0," + person + ",4-03-02-01,5,广东省某鉴定站,2026-05-01\n").body.find("taken"),
            std::string::npos);
  clock->Advance(std::chrono::minutes(1));  // a fresh minute for the public check's rate limit
  auto found = Must(client->Get("/api/v1/public/certificates/S000044000001265000001?name=%E5%AD%A6%E5%91%980"), 200);
  EXPECT_EQ(found.at("issuer_name"), "广东省某鉴定站");
  EXPECT_EQ(found.at("status"), "valid");
  // Only officers who may import: not the county, not a body.
  EXPECT_EQ(client->Send(bhttp::verb::post, "/api/v1/imports/certificates", "x", As("county_officer"), "text/csv").status, 403);
}

TEST_F(AssessmentApiTest, OfficersSeeClassesWhoseEligibleTraineesWentUnassessed) {
  // Trainee 2's deferral (if the test before recorded one) is withdrawn: at least trainee 2 is
  // eligible and unaccounted for.
  const auto institution = As("institution");
  auto cleared = Put(ClassPath() + "/exemptions/" + std::to_string(trainees[2]), R"({"reason":null,"note":""})", institution);
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  const auto unaccounted = cleared.Json().at("figures").at("unaccounted").as_int64();
  ASSERT_GE(unaccounted, 1);
  server->app->attendance().Settle(100);
  EXPECT_TRUE(Must(client->Get("/api/v1/assessments/overdue", As("county_officer")), 200).at("items").as_array().empty());
  clock->Advance(std::chrono::hours(24 * 91));
  const auto overdue = Must(client->Get("/api/v1/assessments/overdue", As("county_officer")), 200);
  ASSERT_EQ(overdue.at("items").as_array().size(), 1u) << overdue;
  EXPECT_EQ(overdue.at("items").at(0).at("class_id"), class_id);
  EXPECT_EQ(overdue.at("items").at(0).at("eligible"), 3);
  EXPECT_EQ(overdue.at("items").at(0).at("unaccounted"), unaccounted);
  EXPECT_TRUE(Must(client->Get("/api/v1/assessments/overdue", As("qingyang_officer")), 200).at("items").as_array().empty());
  EXPECT_EQ(client->Get("/api/v1/assessments/overdue", As("institution")).status, 403);
}

}  // namespace
}  // namespace sunshine::testing
