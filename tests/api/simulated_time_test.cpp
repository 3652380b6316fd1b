// Time as a parameter (issue 12 item 1): the server runs on a SimulatedClock and a class is
// filed, approved, run, checked in and finished across simulated weeks over the real API (signed
// terminal uploads, the calendar sweep, sessions that expire). Run twice, at two epochs ten
// weeks apart and with the clock moved two ways - straight from step to step, and forward in
// half-hour ticks with the calendar sweep at every tick as the running server does - the states,
// the minutes and every event's reasons are the same, and every recorded instant is simulated.
#include "core/clock.hpp"
#include "training/calendar.hpp"
#include "training_fixture.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;
constexpr std::int64_t kMinute = 60 * 1000;
constexpr char kBatches[] = "/api/v1/checkins/batches";

struct Outcome {
  std::vector<std::string> states;                 // the class's state after each step
  std::vector<std::vector<std::int64_t>> minutes;  // per trainee, per session
  std::vector<std::string> event_reasons;          // "counts" or the reasons, in upload order
  bool operator==(const Outcome&) const = default;
};

// One run. `ticks`: move the clock in half-hour steps and sweep the calendar at each, as a
// running server does; otherwise jump straight to the next step and sweep there.
Outcome RunClass(const std::string& name, const std::string& monday, bool ticks) {
  core::SimulatedClock clock(*core::AtShanghai(monday, "10:00"));
  const core::EpochMillis epoch = clock.Now();
  RunningServer server(name, nullptr, nullptr, clock);
  HttpClient client(server.port);
  Outcome out;
  auto sweep = [&] { server.app->classes().AdvanceByCalendar(clock.Today()); };
  auto move_to = [&](core::EpochMillis at) {
    if (ticks) {
      while (clock.Now() + 30 * kMinute < at) {
        clock.Advance(std::chrono::minutes(30));
        sweep();
      }
    }
    clock.AdvanceTo(at);
    sweep();
  };
  const auto today = clock.Today();
  auto province = client.SignIn("province_officer", app::kDemoPassword);
  auto county = client.SignIn("county_officer", app::kDemoPassword);
  auto institution = client.SignIn("institution", app::kDemoPassword);

  const auto cook = Must(client.Get("/api/v1/occupations?q=4-03-02-01", province), 200).at("items").at(0).at("id");
  const auto project =
      Must(
          client.Post(
              "/api/v1/training-projects",
              R"({"name":"中式烹调师（五级）班","occupation_id":)" + boost::json::serialize(cook) +
                  R"(,"level":5,"training_type":"employment_skills","standard_hours":40,"subsidy_fen":120000,"valid_from":"2027-01-01"})",
              province),
          201)
          .at("id")
          .as_int64();
  const auto institution_id =
      Must(client.Get("/api/v1/institutions", institution), 200).at("items").at(0).at("id").as_int64();
  const std::string base = "/api/v1/institutions/" + std::to_string(institution_id);
  Must(client.Post(
           base + "/projects",
           R"({"project_id":)" + std::to_string(project) + R"(,"valid_from":"2027-01-01","valid_to":"2028-12-31"})",
           county),
       201);
  const auto venue =
      Must(
          client.Post(
              base + "/venues",
              R"({"name":"烹饪实训室","address":"成都市锦江区东大街8号","region_code":"510104","latitude":30.657,"longitude":104.081,"datum":"wgs84","capacity":10})",
              institution),
          201)
          .at("id")
          .as_int64();
  std::vector<std::int64_t> trainees;
  for (int i = 0; i < 3; ++i) {
    trainees.push_back(
        Must(
            client.Post(
                "/api/v1/trainees",
                R"({"name":"学员)" + std::to_string(i) + R"(","id_number":")" +
                    IdNumber("1990061" + std::to_string(i + 1), "30" + std::to_string(i)) + R"(","phone":"1390000123)" +
                    std::to_string(i) +
                    R"(","household_region_code":"510104","residence_region_code":"510104","groups":[],"employment_status":"employed"})",
                institution),
            201)
            .at("id")
            .as_int64());
  }
  const std::string key_id(Must(client.Post("/api/v1/terminals",
                                            R"({"name":"实训室终端","public_key":")" + DeviceKey(31).public_key_b64 +
                                                R"(","venue_ids":[)" + std::to_string(venue) + "]}",
                                            institution),
                                201)
                               .at("key_id")
                               .as_string());

  auto class_body = [&](const std::string& start) {
    std::string sessions, roster;
    for (int d = 0; d < 5; ++d) {
      sessions += std::string(d ? "," : "") + R"({"date":")" + training::AddDays(start, d) +
                  R"(","start":"09:00","end":"17:00","topic":"实操","teacher":0})";
    }
    for (std::size_t i = 0; i < trainees.size(); ++i) {
      roster += std::string(i ? "," : "") + R"({"trainee_id":)" + std::to_string(trainees[i]) + "}";
    }
    return R"({"name":"模拟时间班","project_id":)" + std::to_string(project) +
           R"(,"training_type":"employment_skills","mode":"offline","venue_id":)" + std::to_string(venue) +
           R"(,"start_date":")" + start + R"(","end_date":")" + training::AddDays(start, 4) +
           R"(","teachers":[{"name":"王师傅","id_number":")" + IdNumber("19750303", "456") +
           R"(","qualification":"中式烹调师二级"}],"sessions":[)" + sessions + R"(],"roster":[)" + roster + "]}";
  };
  // The notice period is counted from the simulated day: starting the day after is too late.
  const auto late = client.Post("/api/v1/classes", class_body(training::AddDays(today, 1)), institution);
  if (late.ErrorCode() != "filing_refused" || late.body.find("late_filing") == std::string::npos) {
    throw std::runtime_error("a class starting tomorrow was not refused as late: " + late.body);
  }
  const std::string start = training::AddDays(today, 14);  // the Monday two weeks on
  const auto filed = Must(client.Post("/api/v1/classes", class_body(start), institution), 201);
  const std::string path = "/api/v1/classes/" + std::to_string(filed.at("id").as_int64());
  // Read as the county sees it, signed in afresh (a session from days before has expired).
  auto state = [&] {
    const auto reader = client.SignIn("county_officer", app::kDemoPassword);
    out.states.push_back(std::string(Must(client.Get(path, reader), 200).at("status").as_string()));
  };
  state();
  move_to(clock.Now() + 2 * 3600 * 1000);
  // Idle sessions expire on the platform's time too: two hours on, sign in again.
  if (client.Get("/api/v1/me", institution).status != 401) throw std::runtime_error("an idle session still works");
  institution = client.SignIn("institution", app::kDemoPassword);
  Must(client.Post(path + "/actions/submit", "{}", institution), 200);
  state();
  move_to(*core::AtShanghai(training::AddDays(today, 2), "15:00"));
  county = client.SignIn("county_officer", app::kDemoPassword);
  Must(client.Post(path + "/actions/approve", "{}", county), 200);
  state();

  // The week of the class: trainee 0 comes every day; trainee 1 misses the last day's end;
  // trainee 2's terminal reports from 20 km away. Terminals sign at the instant they upload.
  std::vector<std::int64_t> sessions;
  for (const auto& s : filed.at("sessions").as_array()) sessions.push_back(s.at("id").as_int64());
  int event = 0;
  auto upload = [&](std::size_t trainee, std::size_t session, const char* kind, core::EpochMillis at) {
    move_to(at);
    const bool far = trainee == 2;
    const boost::json::object e{{"event_id", "sim-" + std::to_string(++event)},
                                {"trainee_id", trainees[trainee]},
                                {"class_id", filed.at("id").as_int64()},
                                {"session_id", sessions[session]},
                                {"kind", kind},
                                {"captured_at", clock.Now() - 1000},
                                {"latitude", far ? 30.85 : 30.6571},
                                {"longitude", 104.0812},
                                {"face_score", 0.93},
                                {"liveness_score", 0.98},
                                {"photo_sha256", crypto::Sha256Hex(name + std::to_string(event))}};
    const std::string body = boost::json::serialize(boost::json::object{{"events", boost::json::array{e}}});
    const auto receipt = Must(client.Send(bhttp::verb::post, kBatches, body, "", "application/json", std::nullopt,
                                          SignedHeaders(DeviceKey(31), key_id, "POST", kBatches, body, clock.Now())),
                              200);
    const auto& result = receipt.at("results").at(0);
    std::string reasons = result.at("counts").as_bool() ? "counts" : "";
    for (const auto& r : result.at("reasons").as_array()) reasons += std::string(r.as_string()) + " ";
    out.event_reasons.push_back(std::string(kind) + ":" + reasons);
  };
  for (std::size_t d = 0; d < sessions.size(); ++d) {
    const std::string day = training::AddDays(start, static_cast<int>(d));
    const auto opens = *core::AtShanghai(day, "08:58");
    for (std::size_t t = 0; t < trainees.size(); ++t) upload(t, d, "start", opens + static_cast<int>(t) * kMinute);
    if (d == 0) state();  // the sweep has started it by its first morning
    const auto closes = *core::AtShanghai(day, "17:01");
    for (std::size_t t = 0; t < trainees.size(); ++t) {
      if (!(t == 1 && d + 1 == sessions.size())) upload(t, d, "end", closes + static_cast<int>(t) * kMinute);
    }
  }
  move_to(*core::AtShanghai(training::AddDays(start, 5), "00:30"));
  institution = client.SignIn("institution", app::kDemoPassword);
  state();
  const auto attendance = Must(client.Get(path + "/attendance", institution), 200);
  for (const auto& t : attendance.at("trainees").as_array()) {
    std::vector<std::int64_t> minutes;
    for (const auto& m : t.at("minutes").as_array()) minutes.push_back(m.as_int64());
    out.minutes.push_back(minutes);
  }

  // Every instant the platform recorded is simulated: audit records, the class's events.
  db::Connection connection(server.app->database());
  long long first = 0, last = 0;
  connection.sql() << "SELECT MIN(at), MAX(at) FROM audit_records", soci::into(first), soci::into(last);
  if (first < epoch || last > clock.Now()) {
    throw std::runtime_error("an audit record outside the simulated run: " + core::FormatShanghai(first) + " .. " +
                             core::FormatShanghai(last));
  }
  return out;
}

TEST(SimulatedTime, AClassRunAcrossSimulatedWeeksComesOutTheSameWhicheverWayTheClockMoves) {
  const Outcome jumped = RunClass("simtime_jump", "2027-03-01", false);
  const Outcome ticked = RunClass("simtime_tick", "2027-05-10", true);
  const std::vector<std::string> lifecycle = {"draft", "submitted", "approved", "running", "finished"};
  EXPECT_EQ(jumped.states, lifecycle);
  ASSERT_EQ(jumped.minutes.size(), 3u);
  EXPECT_EQ(jumped.minutes[0], (std::vector<std::int64_t>{480, 480, 480, 480, 480}));
  EXPECT_EQ(jumped.minutes[1], (std::vector<std::int64_t>{480, 480, 480, 480, 0}));
  EXPECT_EQ(jumped.minutes[2], (std::vector<std::int64_t>{0, 0, 0, 0, 0}));
  EXPECT_EQ(jumped.event_reasons.front(), "start:counts");
  EXPECT_NE(jumped.event_reasons[2].find("far_from_venue"), std::string::npos) << jumped.event_reasons[2];
  EXPECT_EQ(jumped.states, ticked.states);
  EXPECT_EQ(jumped.minutes, ticked.minutes);
  EXPECT_EQ(jumped.event_reasons, ticked.event_reasons);
}

}  // namespace
}  // namespace sunshine::testing
