#include "assessment/assessment_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::assessment {
namespace {

TEST(AssessmentRules, EveryEligibleTraineeIsACandidateOrCarriesAReason) {
  const std::vector<RosterMember> roster = {
      {1, 10000, false},  // every hour
      {2, 8000, false},   // exactly the threshold: eligible
      {3, 7999, false},   // just below: not eligible
      {4, 9500, true},    // left the roster: not eligible
      {5, 8500, false},   // eligible, exempted as absent
      {6, 9000, false},   // eligible, neither
  };
  EXPECT_TRUE(Eligible(roster[1], 8000));
  EXPECT_FALSE(Eligible(roster[2], 8000));
  EXPECT_FALSE(Eligible(roster[3], 8000));
  EXPECT_EQ(Unaccounted(roster, 8000, {1, 2}, {{5, ExemptionReason::kAbsent}}), (std::vector<std::int64_t>{6}));
  EXPECT_EQ(Unaccounted(roster, 8000, {}, {}), (std::vector<std::int64_t>{1, 2, 5, 6}));
  // The threshold is a setting: at 90 % trainees 2 and 5 are no longer owed an assessment.
  EXPECT_EQ(Unaccounted(roster, 9000, {}, {}), (std::vector<std::int64_t>{1, 6}));
}

TEST(AssessmentRules, BothPartsMustReachTheirPassMarks) {
  const PassMarks marks;
  EXPECT_TRUE(Passed({60, 60}, marks));
  EXPECT_FALSE(Passed({59, 100}, marks));
  EXPECT_FALSE(Passed({100, 59}, marks));
  EXPECT_FALSE(Passed({std::nullopt, 90}, marks)) << "a part not sat fails";
  EXPECT_TRUE(Passed({70, 65}, {.theory = 70, .practical = 65}));
  EXPECT_TRUE(CheckScores({0, 100}, "results[0]").empty());
  const auto wrong = CheckScores({-1, 101}, "results[2]");
  ASSERT_EQ(wrong.size(), 2u);
  EXPECT_EQ(wrong[0].field, "results[2].theory");
  EXPECT_EQ(wrong[1].field, "results[2].practical");
  EXPECT_EQ(wrong[1].reason, "out_of_range");
}

TEST(AssessmentRules, AnExaminerWhoTaughtTheClassIsNamed) {
  EXPECT_EQ(ExaminersWhoTaught({"a7", "b8", "c9"}, {"x3", "c9", "b8"}), (std::vector<std::size_t>{1, 2}));
  EXPECT_TRUE(ExaminersWhoTaught({"a7"}, {"x3"}).empty());
}

TEST(AssessmentRules, ReasonNamesRoundTrip) {
  for (auto r : {ExemptionReason::kAbsent, ExemptionReason::kWithdrew, ExemptionReason::kDeferred}) {
    EXPECT_EQ(ParseReason(ReasonName(r)), r);
  }
  EXPECT_FALSE(ParseReason("sick").has_value());
}

}  // namespace
}  // namespace sunshine::assessment
