#pragma once
// A one-day class run, assessed and certified on a simulated clock, ready to be claimed for
// (shared by the claim tests).
#include "one_day_class.hpp"

namespace sunshine::testing {
namespace bhttp = boost::beast::http;

// A finished one-day class of four in 锦江区 on `clock`: trainees 0-2 come and stay, trainee 3
// only signs in at the start; the demo evaluation body, filed for the occupation, assesses it
// three days later (0 and 1 pass, 2 fails) and issues certificates; the clock ends five days
// after the sitting.
inline OneDayClass AssessedClass(RunningServer& server, core::SimulatedClock& clock, const std::string& tag,
                                 unsigned char key_fill, const std::string& training_type = "employment_skills") {
  constexpr std::int64_t kMinute = 60 * 1000;
  auto klass = OneDayClass::Make(server, clock, 4, tag, key_fill, training_type);
  const auto opens = *core::AtShanghai(klass.day, "08:58");
  for (std::size_t t = 0; t < 4; ++t) klass.Upload(server, clock, t, "start", opens + static_cast<int>(t) * kMinute);
  const auto closes = *core::AtShanghai(klass.day, "17:01");
  for (std::size_t t = 0; t < 3; ++t) klass.Upload(server, clock, t, "end", closes + static_cast<int>(t) * kMinute);
  clock.AdvanceTo(*core::AtShanghai(training::AddDays(klass.day, 1), "09:00"));
  OneDayClass::Sweep(server, clock);

  HttpClient client(server.port);
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
  clock.AdvanceTo(*core::AtShanghai(sitting_day, "12:00"));
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
  clock.AdvanceTo(*core::AtShanghai(training::AddDays(sitting_day, 5), "10:00"));
  return klass;
}

inline std::string ClaimBody(const OneDayClass& klass, std::initializer_list<std::size_t> who, const char* kind = "training") {
  std::string ids;
  for (const auto t : who) ids += (ids.empty() ? "" : ",") + std::to_string(klass.trainees.at(t));
  return R"({"class_id":)" + std::to_string(klass.class_id) + R"(,"kind":")" + kind + R"(","trainee_ids":[)" + ids +
         "]}";
}

}  // namespace sunshine::testing
