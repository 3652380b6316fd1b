// Class filing and review over HTTP on both engines (issue 5, R-W1): a class with every kind
// of violation is refused with all of them named and nothing stored; a valid class is filed,
// submitted, approved by its county and its roster locked; people and teachers cannot be in
// two classes at once; rejection, replanning, cancellation, scope and the calendar.
#include "core/clock.hpp"
#include "reports/xlsx_table.hpp"
#include "training/calendar.hpp"
#include "training_fixture.hpp"

namespace sunshine::testing {
namespace {

std::set<std::string> Reasons(const boost::json::value& error) {
  std::set<std::string> out;
  for (const auto& f : error.at("error").at("fields").as_array()) out.insert(std::string(f.at("reason").as_string()));
  return out;
}

class ClassApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server = new RunningServer("classes", SeedQingyangOfficer);
    HttpClient client(server->port);
    province = client.SignIn("province_officer", app::kDemoPassword);
    county = client.SignIn("county_officer", app::kDemoPassword);
    institution = client.SignIn("institution", app::kDemoPassword);
    const auto cook = client.Get("/api/v1/occupations?q=4-03-02-01", province).Json().at("items").at(0).at("id");
    auto project = [&](const std::string& name, int level) {
      auto reply = client.Post("/api/v1/training-projects",
                               R"({"name":")" + name + R"(","occupation_id":)" + boost::json::serialize(cook) +
                                   R"(,"level":)" + std::to_string(level) +
                                   R"(,"training_type":"employment_skills","standard_hours":40,"subsidy_fen":120000,"valid_from":"2026-01-01"})",
                               province);
      if (reply.status != 201) throw std::runtime_error(reply.body);
      return reply.Json().at("id").as_int64();
    };
    permitted_project = project("中式烹调师（五级）班", 5);
    other_project = project("中式烹调师（四级）班", 4);
    const auto institution_id =
        client.Get("/api/v1/institutions", institution).Json().at("items").at(0).at("id").as_int64();
    const std::string base = "/api/v1/institutions/" + std::to_string(institution_id);
    auto venue = client.Post(base + "/venues",
                             R"({"name":"烹饪实训室","address":"成都市锦江区东大街8号","region_code":"510104","latitude":30.657,"longitude":104.081,"capacity":4})",
                             institution);
    if (venue.status != 201) throw std::runtime_error(venue.body);
    venue_id = venue.Json().at("id").as_int64();
    auto permit = client.Post(base + "/projects",
                              R"({"project_id":)" + std::to_string(permitted_project) +
                                  R"(,"valid_from":"2026-01-01","valid_to":"2030-12-31"})",
                              county);
    if (permit.status != 201) throw std::runtime_error(permit.body);
    const std::string births[] = {"19900101", "19850620", "19920808", "19600101", "20110601",
                                  "19951111", "19880808", "19930303", "19870707", "19910909"};
    for (int i = 0; i < 10; ++i) {
      people.push_back(IdNumber(births[i], "12" + std::to_string(i)));
      auto made = client.Post("/api/v1/trainees",
                              R"({"name":"学员)" + std::to_string(i) + R"(","id_number":")" + people.back() +
                                  R"(","phone":"1390000123)" + std::to_string(i) +
                                  R"(","household_region_code":"510104","residence_region_code":"510104","groups":[],"employment_status":"employed"})",
                              institution);
      if (made.status != 201) throw std::runtime_error(made.body);
      trainee_ids.push_back(made.Json().at("id").as_int64());
    }
    start = training::AddDays(core::DateInShanghai(core::SystemClock().Now()), 21);
  }
  static void TearDownTestSuite() { delete server; }
  void SetUp() override { client = std::make_unique<HttpClient>(server->port); }

  // Five days of 8 hours (40 h, the standard) from `first_day`, taught by teacher 0 and 1.
  static std::string Sessions(const std::string& first_day) {
    std::string out;
    for (int d = 0; d < 5; ++d) {
      const std::string day = training::AddDays(first_day, d);
      if (!out.empty()) out += ",";
      out += R"({"date":")" + day + R"(","start":"09:00","end":"12:00","topic":"理论","teacher":0},)" +
             R"({"date":")" + day + R"(","start":"13:00","end":"18:00","topic":"实操","teacher":1})";
    }
    return "[" + out + "]";
  }
  static std::string Roster(std::initializer_list<int> who) {
    std::string out;
    for (int i : who) {
      if (!out.empty()) out += ",";
      // The first by registry id, the others pasted by ID number.
      out += i == 0 ? R"({"trainee_id":)" + std::to_string(trainee_ids[0]) + "}"
                    : R"({"id_number":")" + people[i] + R"("})";
    }
    return "[" + out + "]";
  }
  static std::string ClassBody(const std::string& name, std::int64_t project, const std::string& first_day,
                               const std::string& sessions, const std::string& roster,
                               const std::string& teacher0 = "510104198001011234") {
    const std::string t0 = teacher0.substr(0, 17) + core::IdCheckCharacter(teacher0.substr(0, 17));
    const std::string t1 = IdNumber("19750303", "456");
    return R"({"name":")" + name + R"(","project_id":)" + std::to_string(project) +
           R"(,"training_type":"employment_skills","mode":"offline","venue_id":)" + std::to_string(venue_id) +
           R"(,"start_date":")" + first_day + R"(","end_date":")" + training::AddDays(first_day, 4) +
           R"(","teachers":[{"name":"王师傅","id_number":")" + t0 +
           R"(","qualification":"中式烹调师二级"},{"name":"李师傅","id_number":")" + t1 +
           R"(","qualification":"中式烹调师三级"}],"sessions":)" + sessions + R"(,"roster":)" + roster + "}";
  }
  std::int64_t CountAudit(const std::string& action) {
    db::Connection connection(server->app->database());
    long long n = 0;
    connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = :a", soci::use(action), soci::into(n);
    return n;
  }

  inline static RunningServer* server = nullptr;
  inline static std::string province, county, institution, start;
  inline static std::int64_t permitted_project = 0, other_project = 0, venue_id = 0;
  inline static std::vector<std::string> people;
  inline static std::vector<std::int64_t> trainee_ids;
  std::unique_ptr<HttpClient> client;
};

TEST_F(ClassApiTest, AMalformedPlanNamesEveryFieldAndStoresNothing) {
  const std::string body =
      R"({"name":"","project_id":999999,"training_type":"cooking","mode":"offline","start_date":"2026-02-30","end_date":"2026-12-01",)"
      R"("teachers":[{"name":"王师傅","id_number":"510104198001011235","qualification":""}],)"
      R"("sessions":[{"date":"2026-12-01","start":"14:00","end":"09:00","topic":"理论","teacher":3}],)"
      R"("roster":[{"trainee_id":1,"id_number":"x"},{"id_number":"110101199003078888"}]})";
  auto reply = client->Post("/api/v1/classes", body, institution);
  ASSERT_EQ(reply.status, 422) << reply.body;
  EXPECT_EQ(reply.ErrorCode(), "invalid_fields");
  std::set<std::string> fields;
  const auto json = reply.Json();
  for (const auto& f : json.at("error").at("fields").as_array()) {
    fields.insert(std::string(f.at("field").as_string()) + ":" + std::string(f.at("reason").as_string()));
  }
  for (const char* expected :
       {"name:required", "project_id:unknown", "training_type:unknown", "venue_id:required", "start_date:not_a_date",
        "teachers[0].id_number:check_digit", "teachers[0].qualification:required", "sessions[0].end:not_after_start",
        "sessions[0].teacher:unknown", "roster[0]:one_of_trainee_id_or_id_number", "roster[1].id_number:not_registered"}) {
    EXPECT_TRUE(fields.contains(expected)) << expected << " in " << reply.body;
  }
  EXPECT_EQ(server->Count("classes"), 0);
}

TEST_F(ClassApiTest, AClassBreakingEveryPolicyIsRefusedWithAllViolationsNamed) {
  // Starts tomorrow; an unpermitted project; a session overlapping another and a 10-hour day;
  // 40 h planned is fine but one more session makes it 43 h... and 5 people for 4 seats,
  // one of them 15.
  const std::string tomorrow = training::AddDays(core::DateInShanghai(core::SystemClock().Now()), 1);
  std::string sessions = Sessions(tomorrow);
  sessions.pop_back();
  sessions += R"(,{"date":")" + tomorrow + R"(","start":"11:00","end":"13:00","topic":"加课","teacher":0}])";
  const auto reply = client->Post(
      "/api/v1/classes", ClassBody("违规班", other_project, tomorrow, sessions, Roster({0, 1, 2, 3, 4})), institution);
  ASSERT_EQ(reply.status, 422) << reply.body;
  EXPECT_EQ(reply.ErrorCode(), "filing_refused");
  const auto reasons = Reasons(reply.Json());
  for (const char* code : {"project_not_permitted", "late_filing", "sessions_overlap", "daily_hours_exceeded",
                           "over_venue_capacity", "under_age"}) {
    EXPECT_TRUE(reasons.contains(code)) << code << " in " << reply.body;
  }
  EXPECT_NE(reply.body.find("\"detail\""), std::string::npos) << "numbers behind the refusal";
  EXPECT_EQ(server->Count("classes"), 0);
}

TEST_F(ClassApiTest, FiledSubmittedApprovedByTheCountyAndTheRosterLocked) {
  auto filed = client->Post("/api/v1/classes",
                            ClassBody("2026年第1期中式烹调师培训班", permitted_project, start, Sessions(start),
                                      Roster({0, 1, 3})),
                            institution);
  ASSERT_EQ(filed.status, 201) << filed.body;
  const auto klass = filed.Json();
  const std::string path = "/api/v1/classes/" + std::to_string(klass.at("id").as_int64());
  EXPECT_EQ(klass.at("status"), "draft");
  EXPECT_EQ(klass.at("planned_minutes"), 2400);
  EXPECT_EQ(klass.at("standard_hours"), 40);
  EXPECT_EQ(klass.at("region_code"), "510104");
  EXPECT_EQ(klass.at("roster_size"), 3);
  // Born 1960: past working age, a warning for the reviewer, not a refusal.
  EXPECT_EQ(klass.at("warnings").at(0).at("code"), "over_working_age");
  EXPECT_EQ(klass.at("teachers").at(0).at("id_number_masked").as_string().size(), 18u);
  EXPECT_EQ(filed.body.find(people[1]), std::string::npos) << "no full ID number in the answer";
  EXPECT_EQ(klass.at("roster").at(1).at("id_number_masked").as_string(), core::MaskIdNumber(people[1]));

  EXPECT_EQ(client->Post(path + "/actions/approve", "{}", county).status, 409) << "a draft is not under review";
  auto submitted = client->Post(path + "/actions/submit", "{}", institution);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.Json().at("status"), "submitted");
  EXPECT_EQ(client->Post(path + "/roster", R"({"trainee_id":)" + std::to_string(trainee_ids[2]) + R"(,"reason":""})",
                         institution)
                .ErrorCode(),
            "class_under_review");
  EXPECT_EQ(client->Post(path + "/actions/approve", "{}", institution).status, 403);
  const std::string city = client->SignIn("city_officer", app::kDemoPassword);
  EXPECT_EQ(client->Post(path + "/actions/approve", "{}", city).status, 403) << "the county reviews";
  const std::string qingyang = client->SignIn("qingyang_officer", app::kDemoPassword);
  EXPECT_EQ(client->Post(path + "/actions/approve", "{}", qingyang).status, 404) << "not its county";
  EXPECT_EQ(client->Get(path, qingyang).status, 404);
  EXPECT_EQ(client->Get("/api/v1/classes", qingyang).Json().at("total"), 0);
  EXPECT_EQ(client->Get("/api/v1/classes?status=submitted", city).Json().at("total"), 1);
  // The pages themselves, for each kind of scope the list writes its own condition for (a
  // county by equality, a city or the province by prefix, the institution by its id).
  for (const std::string sort : {"", "&sort=-start_date", "&sort=name"}) {
    auto listed = [&](const std::string& as) {
      const auto reply = client->Get("/api/v1/classes?limit=10" + sort, as);
      EXPECT_EQ(reply.status, 200) << reply.body;
      return reply.Json().at("items").as_array().size();
    };
    EXPECT_EQ(listed(county), 1u) << sort;
    EXPECT_EQ(listed(qingyang), 0u) << sort;
    EXPECT_EQ(listed(city), 1u) << sort;
    EXPECT_EQ(listed(province), 1u) << sort;
    EXPECT_EQ(listed(institution), 1u) << sort;
  }

  auto approved = client->Post(path + "/actions/approve", R"({"reason":"材料齐全"})", county);
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.Json().at("status"), "approved");
  EXPECT_EQ(approved.Json().at("roster_locked"), true);
  EXPECT_EQ(approved.Json().at("reviewed_by"), "county_officer");
  EXPECT_EQ(CountAudit("training:class:approve"), 1);

  // Locked: an addition needs a reason and is kept as an amendment.
  const std::string add = R"({"trainee_id":)" + std::to_string(trainee_ids[2]);
  auto no_reason = client->Post(path + "/roster", add + "}", institution);
  EXPECT_EQ(no_reason.status, 422) << no_reason.body;
  auto amended = client->Post(path + "/roster", add + R"(,"reason":"补报名"})", institution);
  ASSERT_EQ(amended.status, 201) << amended.body;
  EXPECT_EQ(amended.Json().at("before_start"), true);
  EXPECT_EQ(amended.Json().at("amendment_reason"), "补报名");
  EXPECT_EQ(client->Post(path + "/roster", add + R"(,"reason":"again"})", institution).ErrorCode(),
            "already_on_roster");
  // Four seats: a fifth person is refused.
  auto full = client->Post(path + "/roster", R"({"id_number":")" + people[5] + R"(","reason":"补报名"})", institution);
  EXPECT_EQ(full.ErrorCode(), "amendment_refused") << full.body;
  EXPECT_TRUE(Reasons(full.Json()).contains("over_venue_capacity"));
  auto withdrawn = client->Post(path + "/roster/" + std::to_string(trainee_ids[2]) + "/withdraw",
                                R"({"reason":"本人放弃"})", institution);
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(withdrawn.Json().at("withdrawn_reason"), "本人放弃");

  const auto events = client->Get(path + "/events", county).Json();
  std::vector<std::string> actions;
  for (const auto& e : events.at("items").as_array()) actions.emplace_back(e.at("action").as_string());
  EXPECT_EQ(actions, (std::vector<std::string>{"file", "submit", "approve", "roster_add", "roster_withdraw"}));
  EXPECT_EQ(CountAudit("training:class:roster_add"), 1);

  // The calendar: running on the start date, where additions are never subsidised and the
  // class can no longer be cancelled; finished after the end.
  EXPECT_EQ(server->app->classes().AdvanceByCalendar(start), 1);
  EXPECT_EQ(client->Get(path, county).Json().at("status"), "running");
  auto late = client->Post(path + "/roster", R"({"id_number":")" + people[5] + R"(","reason":"开班后补录"})",
                           institution);
  ASSERT_EQ(late.status, 201) << late.body;
  EXPECT_EQ(late.Json().at("before_start"), false);
  EXPECT_EQ(client->Post(path + "/actions/cancel", R"({"reason":"x"})", county).status, 409);
  EXPECT_EQ(server->app->classes().AdvanceByCalendar(training::AddDays(start, 5)), 1);
  EXPECT_EQ(client->Get(path, county).Json().at("status"), "finished");
}

TEST_F(ClassApiTest, NobodyIsInTwoPlacesAtOnceNorSubsidisedTwiceForTheSameLevel) {
  const std::string day = training::AddDays(start, 30);
  auto first = client->Post("/api/v1/classes",
                            ClassBody("先报的班", permitted_project, day, Sessions(day), Roster({6, 7}),
                                      "510104197001012345"),
                            institution);
  ASSERT_EQ(first.status, 201) << first.body;
  const std::string path = "/api/v1/classes/" + std::to_string(first.Json().at("id").as_int64());
  ASSERT_EQ(client->Post(path + "/actions/submit", "{}", institution).status, 200);
  // The same teacher and trainee 7 at the same hours in another class: both refused.
  auto clash = client->Post("/api/v1/classes",
                            ClassBody("撞车的班", permitted_project, day, Sessions(day), Roster({7, 8}),
                                      "510104197001012345"),
                            institution);
  ASSERT_EQ(clash.status, 422) << clash.body;
  const auto reasons = Reasons(clash.Json());
  EXPECT_TRUE(reasons.contains("trainee_double_booked")) << clash.body;
  EXPECT_TRUE(reasons.contains("teacher_double_booked")) << clash.body;
  // Both classes are this institution's own, so the refusal may name the other one.
  EXPECT_NE(clash.body.find("与本机构培训班 " + std::to_string(first.Json().at("id").as_int64())), std::string::npos)
      << clash.body;
  ASSERT_EQ(client->Post(path + "/actions/approve", "{}", county).status, 200);
  // Later, same occupation and level: already subsidised once approved.
  const std::string later = training::AddDays(day, 10);
  auto again = client->Post("/api/v1/classes",
                            ClassBody("再报的班", permitted_project, later, Sessions(later), Roster({7}),
                                      "510104197001012345"),
                            institution);
  ASSERT_EQ(again.status, 422) << again.body;
  EXPECT_TRUE(Reasons(again.Json()).contains("already_subsidised")) << again.body;
}

TEST_F(ClassApiTest, RejectedReplannedResubmittedAndCancelledWithReasons) {
  const std::string day = training::AddDays(start, 60);
  auto filed = client->Post("/api/v1/classes",
                            ClassBody("退回的班", permitted_project, day, Sessions(day), Roster({9}),
                                      "510104196801011111"),
                            institution);
  ASSERT_EQ(filed.status, 201) << filed.body;
  const std::string path = "/api/v1/classes/" + std::to_string(filed.Json().at("id").as_int64());
  ASSERT_EQ(client->Post(path + "/actions/submit", "{}", institution).status, 200);
  EXPECT_EQ(client->Send(boost::beast::http::verb::put, path,
                         ClassBody("改名", permitted_project, day, Sessions(day), Roster({9})), institution)
                .ErrorCode(),
            "class_not_editable");
  auto no_reason = client->Post(path + "/actions/reject", "{}", county);
  EXPECT_EQ(no_reason.status, 422);
  auto rejected = client->Post(path + "/actions/reject", R"({"reason":"教师资质证明缺失"})", county);
  ASSERT_EQ(rejected.status, 200) << rejected.body;
  EXPECT_EQ(rejected.Json().at("review_reason"), "教师资质证明缺失");
  auto replanned = client->Send(boost::beast::http::verb::put, path,
                                ClassBody("退回后修改的班", permitted_project, day, Sessions(day), Roster({9, 8}),
                                          "510104196801011111"),
                                institution);
  ASSERT_EQ(replanned.status, 200) << replanned.body;
  EXPECT_EQ(replanned.Json().at("name"), "退回后修改的班");
  EXPECT_EQ(replanned.Json().at("roster_size"), 2);
  EXPECT_EQ(replanned.Json().at("status"), "rejected");
  ASSERT_EQ(client->Post(path + "/actions/submit", "{}", institution).status, 200);
  EXPECT_EQ(client->Post(path + "/actions/cancel", "{}", institution).status, 422) << "a reason is owed";
  auto cancelled = client->Post(path + "/actions/cancel", R"({"reason":"报名人数不足"})", institution);
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.Json().at("status"), "cancelled");
  EXPECT_EQ(client->Post(path + "/actions/submit", "{}", institution).ErrorCode(), "transition_not_allowed");
}

// Past subsidised trainings from the old system (issue 12 item 8): the province imports them
// (CSV or xlsx, all rows or none, never twice), officers see a trainee's, and filing counts them.
TEST_F(ClassApiTest, PastTrainingsFromTheOldSystemAreImportedOnceAndCountWhenFiling) {
  namespace bhttp = boost::beast::http;
  const std::string today = core::DateInShanghai(core::SystemClock().Now());
  const std::string header = "\xEF\xBB\xBF姓名,身份证号,职业（工种）,等级,补贴类型,培训日期,补贴金额（元）,数据来源\r\n";
  // Trainee 5 was trained for the cook's fifth level in 2024: the platform must not pay it again.
  const std::string csv = header + "学员5," + people[5] + ",4-03-02-01,五级/初级工,就业技能培训,2024/5/20,\"1,200.00\",原补贴系统\r\n" +
                          "未登记的人," + IdNumber("19790101", "333") + ",中式烹调师,四级,employment_skills,20230105,800,原补贴系统\r\n";
  auto import = [&](const std::string& body, const std::string& token,
                    const std::string& type = "text/csv; charset=utf-8") {
    return client->Send(bhttp::verb::post, "/api/v1/imports/history", body, token, type);
  };
  EXPECT_EQ(import(csv, county).status, 403) << "only the province loads history";
  const auto before = server->Count("subsidy_history");
  // A bad row refuses the whole file, each cell named.
  auto refused = import(csv + "坏," + people[6] + ",宇航员,三级,旅游补贴,2024-02-30,-5,\r\n", province);
  ASSERT_EQ(refused.status, 422) << refused.body;
  std::set<std::string> bad;
  const auto refusal = refused.Json();
  for (const auto& f : refusal.at("error").at("fields").as_array()) {
    EXPECT_EQ(f.at("row"), 4);
    bad.insert(std::string(f.at("column").as_string()) + ":" + std::string(f.at("reason").as_string()));
  }
  EXPECT_EQ(bad, (std::set<std::string>{"职业（工种）:unknown", "补贴类型:unknown", "培训日期:format",
                                        "补贴金额（元）:format", "数据来源:required"}));
  EXPECT_EQ(server->Count("subsidy_history"), before);

  const auto audited = CountAudit("subsidy:history:import");  // refusals are audited too
  auto imported = import(csv, province);
  ASSERT_EQ(imported.status, 201) << imported.body;
  EXPECT_EQ(imported.Json().at("imported"), 2);
  EXPECT_EQ(server->Count("subsidy_history"), before + 2);
  EXPECT_EQ(CountAudit("subsidy:history:import"), audited + 1);
  // The same file again counts nothing twice.
  auto again = import(csv, province);
  ASSERT_EQ(again.status, 422) << again.body;
  EXPECT_EQ(again.Json().at("error").at("fields").at(0).at("reason"), "taken");
  EXPECT_EQ(server->Count("subsidy_history"), before + 2);

  // An Excel workbook is read like its CSV.
  reports::XlsxTable sheet("历史", {{"姓名"}, {"身份证号"}, {"职业（工种）"}, {"等级"}, {"补贴类型"}, {"培训日期"},
                                    {"补贴金额（元）"}, {"数据来源"}});
  sheet.AddRow({std::string("学员4"), people[4], std::string("4-03-02-01"), std::string("四级"),
                std::string("岗位技能提升培训"), std::string("2025-09-01"), std::int64_t{1500}, std::string("原补贴系统")});
  auto workbook = sheet.Finish();
  ASSERT_TRUE(workbook);
  // The declared type decides: a CSV sent as a workbook, or a workbook sent as CSV, is refused.
  EXPECT_EQ(import(csv, province, reports::XlsxTable::kContentType).ErrorCode(), "xlsx_unreadable");
  const auto as_csv = import(*workbook, province).ErrorCode();
  EXPECT_TRUE(as_csv == "csv_not_utf8" || as_csv == "csv_malformed") << as_csv;
  auto from_excel = import(*workbook, province, reports::XlsxTable::kContentType);
  ASSERT_EQ(from_excel.status, 201) << from_excel.body;
  EXPECT_EQ(server->Count("subsidy_history"), before + 3);

  // The county sees trainee 5's past training, masked and marked imported; the institution does not.
  const std::string history = "/api/v1/trainees/" + std::to_string(trainee_ids[5]) + "/subsidy-history";
  EXPECT_EQ(client->Get(history, institution).status, 403);
  auto seen = client->Get(history, county);
  ASSERT_EQ(seen.status, 200) << seen.body;
  const auto seen_json = seen.Json();
  const auto& item = seen_json.at("items").at(0);
  EXPECT_EQ(item.at("occupation_code"), "4-03-02-01");
  EXPECT_EQ(item.at("level"), 5);
  EXPECT_EQ(item.at("amount_fen"), 120000);
  EXPECT_EQ(item.at("trained_on"), "2024-05-20");
  EXPECT_EQ(item.at("imported"), true);
  EXPECT_EQ(std::string(item.at("id_number_masked").as_string()), core::MaskIdNumber(people[5]));
  EXPECT_EQ(seen.body.find(people[5]), std::string::npos);
  // Anyone's, by full number, at the province's desk: audited.
  const auto searches = CountAudit("subsidy:history:search");
  auto found = client->Post("/api/v1/subsidy-history/search", R"({"id_number":")" + IdNumber("19790101", "333") + R"("})",
                            province);
  ASSERT_EQ(found.status, 200) << found.body;
  EXPECT_EQ(found.Json().at("items").at(0).at("name"), "未登记的人");
  EXPECT_EQ(CountAudit("subsidy:history:search"), searches + 1);
  EXPECT_EQ(client->Post("/api/v1/subsidy-history/search", R"({"id_number":"123"})", province).ErrorCode(),
            "invalid_id_number");
  EXPECT_EQ(client->Post("/api/v1/subsidy-history/search", R"({"id_number":"x"})", county).status, 403);
  auto imports = client->Get("/api/v1/subsidy-history/imports", province);
  ASSERT_EQ(imports.status, 200) << imports.body;
  EXPECT_EQ(imports.Json().at("items").at(0).at("rows"), 1) << "the newest, from the workbook";
  EXPECT_EQ(imports.Json().at("items").at(1).at("imported_by"), "province_officer");

  // Filing counts the history: trainee 5 was subsidised for this occupation and level already.
  const std::string day = training::AddDays(start, 120);
  auto filed = client->Post("/api/v1/classes",
                            ClassBody("老学员的班", permitted_project, day, Sessions(day), Roster({5}),
                                      "510104196901012345"),
                            institution);
  ASSERT_EQ(filed.status, 422) << filed.body;
  EXPECT_TRUE(Reasons(filed.Json()).contains("already_subsidised")) << filed.body;
}

}  // namespace
}  // namespace sunshine::testing
