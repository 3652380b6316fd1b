#include "subsidy/review_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::subsidy {
namespace {
constexpr auto kCounty = ReviewLevel::kCounty;
constexpr auto kCity = ReviewLevel::kCity;

TEST(ReviewRules, TheLevelsAreASettingReadStrictly) {
  EXPECT_EQ(ParseReviewLevels("county,city"), (std::vector<ReviewLevel>{kCounty, kCity}));
  EXPECT_EQ(ParseReviewLevels("city"), std::vector<ReviewLevel>{kCity});
  EXPECT_EQ(ParseReviewLevels("county"), std::vector<ReviewLevel>{kCounty});
  for (const char* wrong : {"", "city,county", "county,county", "county,", "province", "county, city"}) {
    EXPECT_FALSE(ParseReviewLevels(wrong)) << wrong;
  }
  EXPECT_EQ(ReviewLevelsText({kCounty, kCity}), "county,city");
}

TEST(ReviewRules, EachStageHasItsReviewerAndItsSuperior) {
  EXPECT_EQ(OfficeLevelOf("510104"), OfficeLevel::kCounty);
  EXPECT_EQ(OfficeLevelOf("5101"), OfficeLevel::kCity);
  EXPECT_EQ(OfficeLevelOf("51"), OfficeLevel::kProvince);
  EXPECT_FALSE(OfficeLevelOf(""));
  EXPECT_TRUE(Reviews(OfficeLevel::kCounty, kCounty));
  EXPECT_FALSE(Reviews(OfficeLevel::kCity, kCounty));
  EXPECT_FALSE(Reviews(OfficeLevel::kProvince, kCity));
  EXPECT_TRUE(Oversees(OfficeLevel::kCity, kCounty));
  EXPECT_FALSE(Oversees(OfficeLevel::kCity, kCity));
  EXPECT_FALSE(Oversees(OfficeLevel::kCounty, kCounty));
  EXPECT_TRUE(Oversees(OfficeLevel::kProvince, kCity));
  EXPECT_EQ(NextStage(kCounty, {kCounty, kCity}), kCity);
  EXPECT_EQ(NextStage(kCity, {kCounty, kCity}), std::nullopt);
  EXPECT_EQ(NextStage(kCounty, {kCounty}), std::nullopt);
}

TEST(ReviewRules, AReviewerRefusesOnlyPayableLinesEachOnceWithAReason) {
  const std::map<std::int64_t, bool> payable = {{1, true}, {2, false}, {3, true}};
  EXPECT_TRUE(CheckRefusals({{1, "证书与本人不符"}, {3, "重复参训"}}, payable).empty());
  const auto errors = CheckRefusals({{2, "x"}, {9, "x"}, {1, " \n"}, {1, "again"}}, payable);
  std::vector<std::string> got;
  for (const auto& e : errors) got.push_back(e.field + ":" + e.reason);
  EXPECT_EQ(got, (std::vector<std::string>{"refusals[0].trainee_id:not_payable", "refusals[1].trainee_id:not_a_line",
                                           "refusals[2].reason:required", "refusals[3].trainee_id:duplicate"}));
}

}  // namespace
}  // namespace sunshine::subsidy
