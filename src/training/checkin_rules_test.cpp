#include "training/checkin_rules.hpp"

#include <gtest/gtest.h>

#include "core/time.hpp"

namespace sunshine::training {
namespace {
constexpr std::int64_t kMinute = 60 * 1000;
// The venue of the tests: 锦江区, Chengdu.
constexpr double kLat = 30.657, kLon = 104.081;

CheckinFacts Facts() {
  CheckinFacts f;
  f.class_status = "running";
  f.session_from = *core::AtShanghai("2026-12-01", "09:00");
  f.session_to = *core::AtShanghai("2026-12-01", "12:00");
  f.venue = core::LatLon{kLat, kLon};
  f.on_roster = true;
  f.received_at = f.session_to + 60 * kMinute;
  return f;
}

CheckinEventInput Event(const std::string& kind, std::int64_t at) {
  return {"e-1", 7, 3, 11, kind, at, kLat, kLon, 0.95, 0.99, std::string(64, 'a')};
}
}  // namespace

TEST(CheckinRules, SessionInstantsAreChinaTime) {
  EXPECT_EQ(core::FormatShanghai(*core::AtShanghai("2026-12-01", "09:00")), "2026-12-01T09:00:00.000+08:00");
  EXPECT_FALSE(core::AtShanghai("2026-12-01", "9:00"));
  EXPECT_FALSE(core::AtShanghai("2026-02-30", "09:00"));
}

TEST(CheckinRules, EachRuleNamesItsReason) {
  const auto f = Facts();
  struct Case {
    const char* name;
    CheckinEventInput event;
    CheckinFacts facts;
    std::vector<std::string> reasons;
  };
  auto with = [&](auto change) {
    auto copy = f;
    change(copy);
    return copy;
  };
  auto event = [&](auto change) {
    auto e = Event("start", f.session_from);
    change(e);
    return e;
  };
  const std::vector<Case> cases = {
      {"on time", Event("start", f.session_from + 10 * kMinute), f, {}},
      {"30 min early is still fine", Event("start", f.session_from - 30 * kMinute), f, {}},
      {"too early", Event("start", f.session_from - 31 * kMinute), f, {"too_early"}},
      {"late", Event("start", f.session_from + 16 * kMinute), f, {"late"}},
      {"end on time", Event("end", f.session_to + 5 * kMinute), f, {}},
      {"left early", Event("end", f.session_to - 16 * kMinute), f, {"left_early"}},
      {"end long after", Event("end", f.session_to + 31 * kMinute), f, {"after_session"}},
      {"in class", Event("in_class", f.session_from + 90 * kMinute), f, {}},
      {"in class after the end", Event("in_class", f.session_to + kMinute), f, {"outside_session"}},
      {"draft class", Event("start", f.session_from), with([](auto& x) { x.class_status = "submitted"; }),
       {"class_not_open"}},
      {"not on roster", Event("start", f.session_from), with([](auto& x) { x.on_roster = false; }),
       {"not_on_roster"}},
      {"withdrawn before", Event("start", f.session_from),
       with([&](auto& x) { x.withdrawn_at = f.session_from - kMinute; }), {"withdrawn"}},
      {"withdrawn after", Event("start", f.session_from),
       with([&](auto& x) { x.withdrawn_at = f.session_from + kMinute; }), {}},
      {"terminal clock ahead", Event("start", f.session_from),
       with([&](auto& x) { x.received_at = f.session_from - 6 * kMinute; }), {"captured_in_future"}},
      {"1 km away", event([](auto& e) { e.latitude += 0.009; }), f, {"far_from_venue"}},
      {"low scores", event([](auto& e) { e.face_score = 0.79; e.liveness_score = 0.5; }), f,
       {"low_face_score", "low_liveness_score"}},
      {"online class has no venue", event([](auto& e) { e.latitude = 0; }),
       with([](auto& x) { x.venue.reset(); }), {}},
  };
  const CheckinPolicy policy;
  for (const auto& c : cases) {
    EXPECT_EQ(JudgeCheckin(c.event, c.facts, policy).reasons, c.reasons) << c.name;
  }
}

TEST(CheckinRules, DistanceIsMeasuredInMetres) {
  // 0.009 degrees of latitude is about one kilometre.
  EXPECT_NEAR(core::DistanceMetres({kLat, kLon}, {kLat + 0.009, kLon}), 1000.8, 1.0);
  const auto judged = JudgeCheckin(Event("start", Facts().session_from), Facts(), CheckinPolicy{});
  EXPECT_EQ(judged.distance_m, 0);
}

// The venue is stored in WGS-84. A terminal standing at the venue that reports its position
// from a Chinese map SDK (GCJ-02) counts once the datum is named; the same numbers taken as
// WGS-84 are hundreds of metres off, which is the error every check-in carried before.
TEST(CheckinRules, DistanceAcrossTheDatumBoundary) {
  const core::LatLon gcj = core::Gcj02FromWgs84({kLat, kLon});
  const CheckinPolicy policy{};
  auto reported = [&](std::optional<std::string> datum) {
    auto e = Event("start", Facts().session_from);
    e.latitude = gcj.lat;
    e.longitude = gcj.lon;
    e.datum = std::move(datum);
    ToStoredDatum(e);
    return JudgeCheckin(e, Facts(), policy);
  };
  EXPECT_EQ(reported("gcj02").distance_m, 0);
  EXPECT_TRUE(reported("gcj02").reasons.empty());
  const auto misread = reported(std::nullopt);  // the default is WGS-84
  EXPECT_GT(*misread.distance_m, 250);
  EXPECT_LT(*misread.distance_m, 700);
  const core::LatLon bd = core::FromWgs84({kLat, kLon}, core::Datum::kBd09);
  auto e = Event("start", Facts().session_from);
  e.latitude = bd.lat;
  e.longitude = bd.lon;
  e.datum = "bd09";
  ToStoredDatum(e);
  EXPECT_EQ(e.datum, "wgs84");
  EXPECT_EQ(JudgeCheckin(e, Facts(), policy).distance_m, 0);
  std::vector<core::FieldError> errors;
  e.datum = "mars";
  CheckEventShape(e, 2, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "events[2].datum");
}

TEST(CheckinRules, ShapeRefusalsNameTheEventAndField) {
  std::vector<core::FieldError> errors;
  CheckEventShape(Event("start", 1), 0, errors);
  EXPECT_TRUE(errors.empty());
  CheckinEventInput bad{"bad id!", 0, -1, 0, "lunch", 0, 91, -181, 1.5, -0.1, "ABC"};
  CheckEventShape(bad, 4, errors);
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  // What every capture carries first (CheckCaptureShape), then what a class check-in adds.
  EXPECT_EQ(fields, (std::vector<std::string>{"events[4].event_id", "events[4].trainee_id", "events[4].captured_at",
                                              "events[4].latitude", "events[4].longitude", "events[4].face_score",
                                              "events[4].liveness_score", "events[4].photo_sha256",
                                              "events[4].class_id", "events[4].session_id", "events[4].kind"}));
}

}  // namespace sunshine::training
