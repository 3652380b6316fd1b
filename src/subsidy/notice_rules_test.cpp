#include "subsidy/notice_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::subsidy {
namespace {

TEST(NoticeRules, ANoticeRunsItsWorkingDaysCountingTheDayItIsPublished) {
  NoticePolicy policy;
  EXPECT_EQ(NoticeEndsOn("2027-03-22", policy), "2027-03-26");  // Monday to Friday
  EXPECT_EQ(NoticeEndsOn("2027-03-20", policy), "2027-03-26");  // a Saturday: from Monday
  EXPECT_EQ(NoticeEndsOn("2027-03-25", policy), "2027-03-31");  // Thursday, Friday, then Monday to Wednesday
  policy.calendar.holidays = {"2027-04-05"};                    // 清明
  EXPECT_EQ(NoticeEndsOn("2027-04-01", policy), "2027-04-08");
  policy.notice_working_days = 7;
  EXPECT_EQ(NoticeEndsOn("2027-03-22", policy), "2027-03-30");
  // An answer is due five working days after the objection, not counting its own day.
  EXPECT_EQ(AnswerDueOn("2027-03-22", NoticePolicy{}), "2027-03-29");
}

TEST(NoticeRules, ABatchIsPayableOnlyAfterItsPeriodWithNothingOpen) {
  EXPECT_EQ(NoticeStateOn("2027-03-26", "2027-03-26", 0), NoticeState::kPublished);
  EXPECT_EQ(NoticeStateOn("2027-03-27", "2027-03-26", 1), NoticeState::kAwaitingAnswers);
  EXPECT_EQ(NoticeStateOn("2027-03-27", "2027-03-26", 0), NoticeState::kPayable);
  EXPECT_EQ(NoticeStateName(NoticeState::kAwaitingAnswers), "awaiting_answers");
}

TEST(NoticeRules, AnObjectionNamesItsLineAndSaysWhy) {
  EXPECT_TRUE(CheckObjection({3, "此人未参加培训", std::nullopt}).empty());
  const auto errors = CheckObjection({std::nullopt, "  ", std::string(" ")});
  std::vector<std::string> got;
  for (const auto& e : errors) got.push_back(e.field + ":" + e.reason);
  EXPECT_EQ(got, (std::vector<std::string>{"line_id:required", "reason:required", "contact:blank"}));
}

}  // namespace
}  // namespace sunshine::subsidy
