// Inspection records of drawn classes over HTTP on both engines (issue 13 item 1, R-W4; ADR 0013
// decision 2). On a simulated clock a class runs today; two of its three trainees have checked
// in when the county officer draws it and arrives: the record holds the headcount found beside
// the roster and the check-ins the platform held at that moment (computed, not typed), findings
// from the fixed list, evidence photos in the packs (each view audited), video references, and a
// serious outcome that opens a case on the institution. Other regions cannot see it; a closed
// record cannot change.
#include <set>

#include "one_day_class.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

TEST(InspectionApi, AnOfficerInspectsADrawnClassAndTheRecordKeepsWhatThePlatformHeld) {
  core::SimulatedClock clock(*core::AtShanghai("2027-05-03", "10:00"));
  RunningServer server("inspections", SeedQingyangOfficer, nullptr, clock);
  const auto klass = OneDayClass::Make(server, clock, 3, "777", 51);
  const auto opens = *core::AtShanghai(klass.day, "08:55");
  klass.Upload(server, clock, 0, "start", opens);
  klass.Upload(server, clock, 1, "start", opens + 60'000);
  clock.AdvanceTo(*core::AtShanghai(klass.day, "09:40"));
  HttpClient client(server.port);
  const auto county = client.SignIn("county_officer", app::kDemoPassword);
  const auto draw = Must(client.Post("/api/v1/spot-checks/draws", R"({"date":")" + klass.day + R"(","count":1})", county), 201);
  ASSERT_EQ(draw.at("drawn"), 1);
  const std::string path = "/api/v1/spot-checks/draws/" + std::to_string(draw.at("id").as_int64()) + "/classes/" +
                           std::to_string(klass.class_id) + "/inspection";

  EXPECT_EQ(client.Get(path, county).ErrorCode(), "not_inspected");
  EXPECT_EQ(Reasons(client.Post(path, R"({"headcount":-1,"latitude":30.6})", county)),
            (std::set<std::string>{"headcount:out_of_range", "longitude:required"}));
  const auto qingyang = client.SignIn("qingyang_officer", app::kDemoPassword);
  EXPECT_EQ(client.Post(path, R"({"headcount":3})", qingyang).status, 404);
  EXPECT_EQ(client.Post(path, R"({"headcount":3})", client.SignIn("institution", app::kDemoPassword)).status, 403);

  auto arrived = client.Post(path, R"({"headcount":3,"latitude":30.6572,"longitude":104.0813})", county);
  ASSERT_EQ(arrived.status, 201) << arrived.body;
  auto record = arrived.Json();
  EXPECT_EQ(record.at("headcount"), 3);
  EXPECT_EQ(record.at("platform").at("roster_size"), 3);
  EXPECT_EQ(record.at("platform").at("checked_in"), 2);  // the third had not checked in
  EXPECT_EQ(record.at("session_id"), klass.session_id);
  EXPECT_EQ(record.at("status"), "open");
  EXPECT_EQ(client.Post(path, R"({"headcount":3})", county).ErrorCode(), "already_inspected");

  // Findings from the fixed list; "other" needs notes.
  auto patch = [&](const std::string& body) { return client.Send(bhttp::verb::patch, path, body, county); };
  EXPECT_EQ(Reasons(patch(R"({"findings":["proxy_checkin","late","other"]})")),
            (std::set<std::string>{"findings[1]:unknown", "notes:required_with_other"}));
  record = Must(patch(R"({"findings":["proxy_checkin","other"],"notes":"第三名学员由他人代为签到后离开"})"), 200);
  EXPECT_EQ(record.at("findings").as_array().size(), 2u);

  // Evidence photos: kept once per hash, refused when not what they claim, each view audited.
  const std::string png("\x89PNG\r\n\x1A\n" "evidence-bytes", 22);
  auto upload = [&](const std::string& bytes, const std::string& type) {
    return client.Send(bhttp::verb::post, path + "/photos", bytes, county, type);
  };
  EXPECT_EQ(Must(upload(png, "image/png"), 200).at("photos").as_array().size(), 1u);
  EXPECT_EQ(Must(upload(png, "image/png"), 200).at("photos").as_array().size(), 1u);
  EXPECT_EQ(Reasons(upload("not an image", "image/png")), (std::set<std::string>{"body:not_png"}));
  const auto sha = std::string(Must(client.Get(path, county), 200).at("photos").at(0).at("sha256").as_string());
  EXPECT_EQ(sha, crypto::Sha256Hex(png));
  auto image = client.Get(path + "/photos/" + sha, county);
  EXPECT_EQ(image.status, 200);
  EXPECT_EQ(image.body, png);
  EXPECT_EQ(image.headers[bhttp::field::content_type], "image/png");

  // A video reference names its camera, its period and where the recording is.
  EXPECT_EQ(Reasons(client.Post(path + "/videos", R"({"camera_id":"","from":"x","to":"2027-05-17T09:00:00+08:00","reference":""})", county)),
            (std::set<std::string>{"camera_id:required", "from:not_a_time", "reference:required"}));
  record = Must(client.Post(path + "/videos",
                            R"({"camera_id":"CAM-0203","from":")" + klass.day + R"(T08:30:00+08:00","to":")" + klass.day +
                                R"(T09:45:00+08:00","reference":"NVR-510104/烹饪实训室/)" + klass.day + R"("})",
                            county),
                200);
  EXPECT_EQ(record.at("videos").as_array().size(), 1u);

  // Serious: a case on the institution; then the record is closed to changes.
  EXPECT_EQ(Reasons(client.Post(path + "/actions/close", R"({"outcome":"bad"})", county)),
            (std::set<std::string>{"outcome:unknown"}));
  clock.Advance(std::chrono::minutes(40));
  const auto closing = client.SignIn("county_officer", app::kDemoPassword);
  record = Must(client.Post(path + "/actions/close", R"({"outcome":"serious","latitude":30.6572,"longitude":104.0813})", closing), 200);
  EXPECT_EQ(record.at("status"), "closed");
  EXPECT_EQ(record.at("outcome"), "serious");
  EXPECT_TRUE(record.at("case_id").is_int64());
  EXPECT_FALSE(record.at("departed_at").is_null());
  EXPECT_EQ(server.Count("risk_cases"), 1);
  EXPECT_EQ(server.Count("risk_case_items"), 1) << "the inspection is the case's first item";
  EXPECT_EQ(client.Send(bhttp::verb::patch, path, R"({"headcount":2})", closing).ErrorCode(), "closed");
  const auto detail = Must(client.Get("/api/v1/spot-checks/draws/" + std::to_string(draw.at("id").as_int64()), closing), 200);
  EXPECT_EQ(detail.at("classes").at(0).at("inspection_status"), "closed");
  EXPECT_EQ(detail.at("classes").at(0).at("inspection_outcome"), "serious");

  db::Connection connection(server.app->database());
  for (const char* action : {"inspection:inspection:create", "inspection:inspection:update", "inspection:inspection:photo",
                             "inspection:inspection:video", "inspection:inspection:close",
                             "inspection:inspection:photo_view"}) {
    long long n = 0;
    const std::string name = action;
    connection.sql() << "SELECT COUNT(*) FROM audit_records WHERE action = :a", soci::use(name), soci::into(n);
    // At least the step itself (refused requests are on the record too, under the route's permission).
    EXPECT_GE(n, 1) << action;
    if (name == "inspection:inspection:photo_view") EXPECT_EQ(n, 1);
  }
}

}  // namespace
}  // namespace sunshine::testing
