#pragma once
// A one-day class of the demo institution in 锦江区 (中式烹调师 五级, one session 09:00-17:00 at
// a registered venue with its terminal), filed two weeks ahead on a simulated clock, approved,
// and the clock moved to 08:00 of its day; terminal uploads signed at the clock's instant.
// Shared by the tests that need a class running or finished (assessment, spot checks).
#include "core/clock.hpp"
#include "training/calendar.hpp"
#include "training_fixture.hpp"

namespace sunshine::testing {

struct OneDayClass {
  std::int64_t class_id = 0, session_id = 0, occupation_id = 0, institution_id = 0;
  std::vector<std::int64_t> trainees;
  std::string day, key_id;
  unsigned char key_fill = 0;
  std::string teacher_id_number;

  // The calendar sweep, as the running server does each minute.
  static void Sweep(RunningServer& server, core::SimulatedClock& clock) {
    server.app->classes().AdvanceByCalendar(clock.Today());
  }

  // `tag`: three digits that keep this class's people apart from another's in the same database.
  // `training_type`: the project's and the class's (an enterprise's apprenticeship, 以工代训, ...).
  static OneDayClass Make(RunningServer& server, core::SimulatedClock& clock, int people, const std::string& tag,
                          unsigned char key_fill, const std::string& training_type = "employment_skills") {
    HttpClient client(server.port);
    OneDayClass out;
    out.key_fill = key_fill;
    out.teacher_id_number = IdNumber("19750303", tag);
    const auto today = clock.Today();
    const auto province = client.SignIn("province_officer", app::kDemoPassword);
    auto county = client.SignIn("county_officer", app::kDemoPassword);
    const auto institution = client.SignIn("institution", app::kDemoPassword);
    out.occupation_id =
        Must(client.Get("/api/v1/occupations?q=4-03-02-01", province), 200).at("items").at(0).at("id").as_int64();
    const auto project =
        Must(client.Post("/api/v1/training-projects",
                         R"({"name":"中式烹调师（五级）班)" + tag + R"(","occupation_id":)" + std::to_string(out.occupation_id) +
                             R"(,"level":5,"training_type":")" + training_type + R"(","standard_hours":8,"subsidy_fen":60000,"valid_from":")" +
                             today.substr(0, 4) + R"(-01-01"})",
                         province),
             201)
            .at("id")
            .as_int64();
    out.institution_id = Must(client.Get("/api/v1/institutions", institution), 200).at("items").at(0).at("id").as_int64();
    const std::string base = "/api/v1/institutions/" + std::to_string(out.institution_id);
    Must(client.Post(base + "/projects",
                     R"({"project_id":)" + std::to_string(project) + R"(,"valid_from":")" + today.substr(0, 4) +
                         R"(-01-01","valid_to":")" + std::to_string(std::stoi(today.substr(0, 4)) + 1) + R"(-12-31"})",
                     county),
         201);
    const auto venue = Must(client.Post(base + "/venues",
                                        R"({"name":"烹饪实训室)" + tag +
                                            R"(","address":"成都市锦江区东大街8号","region_code":"510104","latitude":30.657,"longitude":104.081,"datum":"wgs84","capacity":50})",
                                        institution),
                            201)
                           .at("id")
                           .as_int64();
    std::string roster;
    for (int i = 0; i < people; ++i) {
      out.trainees.push_back(
          Must(client.Post("/api/v1/trainees",
                           R"({"name":"学员)" + std::to_string(i) + R"(","id_number":")" +
                               IdNumber("199007" + std::to_string(10 + i), tag) + R"(","phone":"139)" + tag +
                               std::to_string(10000 + i) +
                               R"(","household_region_code":"510104","residence_region_code":"510104","groups":[],"employment_status":"employed"})",
                           institution),
               201)
              .at("id")
              .as_int64());
      roster += std::string(i ? "," : "") + R"({"trainee_id":)" + std::to_string(out.trainees.back()) + "}";
    }
    out.key_id = std::string(Must(client.Post("/api/v1/terminals",
                                              R"({"name":"实训室终端)" + tag + R"(","public_key":")" +
                                                  DeviceKey(key_fill).public_key_b64 + R"(","venue_ids":[)" +
                                                  std::to_string(venue) + "]}",
                                              institution),
                                  201)
                                 .at("key_id")
                                 .as_string());
    out.day = training::AddDays(today, 14);
    const auto filed = Must(
        client.Post("/api/v1/classes",
                    R"({"name":"考核班)" + tag + R"(","project_id":)" + std::to_string(project) +
                        R"(,"training_type":")" + training_type + R"(","mode":"offline","venue_id":)" + std::to_string(venue) +
                        R"(,"start_date":")" + out.day + R"(","end_date":")" + out.day +
                        R"(","teachers":[{"name":"王师傅","id_number":")" + out.teacher_id_number +
                        R"(","qualification":"中式烹调师二级"}],"sessions":[{"date":")" + out.day +
                        R"(","start":"09:00","end":"17:00","topic":"实操","teacher":0}],"roster":[)" + roster + "]}",
                    institution),
        201);
    out.class_id = filed.at("id").as_int64();
    out.session_id = filed.at("sessions").at(0).at("id").as_int64();
    const std::string path = "/api/v1/classes/" + std::to_string(out.class_id);
    Must(client.Post(path + "/actions/submit", "{}", institution), 200);
    clock.AdvanceTo(*core::AtShanghai(training::AddDays(today, 2), "15:00"));
    county = client.SignIn("county_officer", app::kDemoPassword);
    Must(client.Post(path + "/actions/approve", "{}", county), 200);
    clock.AdvanceTo(*core::AtShanghai(out.day, "08:00"));
    Sweep(server, clock);
    return out;
  }

  // Trainee `t`'s check-in of `kind` ("start", "end") at `at`, signed by the venue's terminal;
  // its photo one of its own unless `photo_sha256` names one (a photo passed off for two people).
  void Upload(RunningServer& server, core::SimulatedClock& clock, std::size_t t, const char* kind,
              core::EpochMillis at, const std::string& photo_sha256 = "") const {
    HttpClient client(server.port);
    clock.AdvanceTo(at);
    Sweep(server, clock);
    static std::atomic<int> event{0};
    const boost::json::object e{{"event_id", "odc-" + std::to_string(class_id) + "-" + std::to_string(++event)},
                                {"trainee_id", trainees[t]},
                                {"class_id", class_id},
                                {"session_id", session_id},
                                {"kind", kind},
                                {"captured_at", clock.Now() - 1000},
                                {"latitude", 30.6571},
                                {"longitude", 104.0812},
                                {"face_score", 0.93},
                                {"liveness_score", 0.98},
                                {"photo_sha256", photo_sha256.empty() ? crypto::Sha256Hex("odc" + std::to_string(class_id) + "-" +
                                                                                            std::to_string(event))
                                                                        : photo_sha256}};
    const std::string body = boost::json::serialize(boost::json::object{{"events", boost::json::array{e}}});
    constexpr char kBatches[] = "/api/v1/checkins/batches";
    Must(client.Send(boost::beast::http::verb::post, kBatches, body, "", "application/json", std::nullopt,
                     SignedHeaders(DeviceKey(key_fill), key_id, "POST", kBatches, body, clock.Now())),
         200);
  }
};

}  // namespace sunshine::testing
