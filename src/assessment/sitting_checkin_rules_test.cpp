#include "assessment/sitting_checkin_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::assessment {
namespace {
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kStart = 1'790'000'000'000;  // the sitting's start instant

SittingCheckinInput Capture(std::int64_t at) {
  SittingCheckinInput e;
  e.event_id = "s-1";
  e.sitting_id = 3;
  e.trainee_id = 9;
  e.captured_at = at;
  e.latitude = 30.6570;
  e.longitude = 104.0800;
  e.face_score = 0.95;
  e.liveness_score = 0.97;
  e.photo_sha256 = std::string(64, 'a');
  return e;
}

SittingCheckinFacts Facts() {
  return {.status = "planned", .from = kStart, .to = kStart + 150 * kMinute,
          .place = core::LatLon{30.6570, 104.0800}, .candidate = true, .received_at = kStart + 60 * kMinute};
}

std::vector<std::string> Reasons(const SittingCheckinInput& e, const SittingCheckinFacts& f) {
  return JudgeSittingCheckin(e, f, training::CheckinPolicy{}).reasons;
}

TEST(SittingCheckinRules, ACandidateOnTimeAtThePlaceCounts) {
  const auto judged = JudgeSittingCheckin(Capture(kStart - 20 * kMinute), Facts(), training::CheckinPolicy{});
  EXPECT_TRUE(judged.reasons.empty());
  EXPECT_EQ(judged.distance_m, 0);
}

TEST(SittingCheckinRules, TooEarlyAndLateAreJudgedAgainstTheStart) {
  EXPECT_EQ(Reasons(Capture(kStart - 31 * kMinute), Facts()), std::vector<std::string>{"too_early"});
  EXPECT_TRUE(Reasons(Capture(kStart + 15 * kMinute), Facts()).empty());
  EXPECT_EQ(Reasons(Capture(kStart + 16 * kMinute), Facts()), std::vector<std::string>{"late"});
}

TEST(SittingCheckinRules, EveryBrokenRuleIsNamedInItsOrder) {
  auto facts = Facts();
  facts.status = "locked";
  facts.candidate = false;
  auto e = Capture(facts.received_at + 10 * kMinute);  // ahead of the server by more than 5 minutes
  e.latitude = 30.70;                                   // about 4.8 km north
  e.face_score = 0.5;
  e.liveness_score = 0.5;
  EXPECT_EQ(Reasons(e, facts), (std::vector<std::string>{"sitting_closed", "not_candidate", "captured_in_future",
                                                         "late", "far_from_place", "low_face_score",
                                                         "low_liveness_score"}));
}

TEST(SittingCheckinRules, WithoutCoordinatesThePlaceIsNotJudged) {
  auto facts = Facts();
  facts.place.reset();
  auto e = Capture(kStart);
  e.latitude = 10;
  const auto judged = JudgeSittingCheckin(e, facts, training::CheckinPolicy{});
  EXPECT_TRUE(judged.reasons.empty());
  EXPECT_FALSE(judged.distance_m);
}

TEST(SittingCheckinRules, ShapeRefusalsNameTheEventAndField) {
  auto e = Capture(kStart);
  e.event_id = "bad id!";
  e.sitting_id = 0;
  e.face_score = 2;
  e.photo_sha256 = "ABC";
  e.datum = "mars";
  std::vector<core::FieldError> errors;
  CheckSittingCheckinShape(e, 4, errors);
  std::vector<std::string> named;
  for (const auto& x : errors) named.push_back(x.field + ":" + x.reason);
  EXPECT_EQ(named, (std::vector<std::string>{"events[4].event_id:invalid_format", "events[4].face_score:out_of_range",
                                             "events[4].photo_sha256:invalid_format", "events[4].datum:unknown",
                                             "events[4].sitting_id:not_positive"}));
}

}  // namespace
}  // namespace sunshine::assessment
