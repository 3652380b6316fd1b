#include "generator/shape.hpp"

#include <gtest/gtest.h>

#include <numeric>

namespace sunshine::generator {
namespace {

TEST(Shape, TwentyOnePrefecturesChengduLargestTheAutonomousPrefecturesSmall) {
  const auto all = Prefectures();
  ASSERT_EQ(all.size(), 21u);
  const auto largest = std::max_element(
      all.begin(), all.end(), [](const auto& a, const auto& b) { return a.residents_millions < b.residents_millions; });
  EXPECT_EQ(largest->code, "510100");
  for (const auto& p : all) {
    if (p.code == "513200" || p.code == "513300") {
      EXPECT_LT(p.residents_millions, 1.5) << p.code;
    }
  }
}

TEST(Shape, ScalesHaveTheIssuesSizes) {
  const auto province = ScaleNamed("province");
  ASSERT_TRUE(province);
  EXPECT_EQ(province->prefectures.size(), 21u);
  EXPECT_EQ(province->institutions, 2000);
  EXPECT_EQ(province->classes, 20000);
  EXPECT_EQ(province->enrolments, 1000000);
  const auto city = ScaleNamed("city");
  ASSERT_TRUE(city);
  EXPECT_EQ(city->prefectures, std::vector<std::string>{"510100"});
  EXPECT_GT(city->classes, 3000);  // Chengdu holds about a quarter of the province
  EXPECT_LT(city->classes, 6000);
  const auto demo = ScaleNamed("demo");
  ASSERT_TRUE(demo);
  EXPECT_EQ(demo->prefectures.size(), 3u);
  EXPECT_GE(demo->institutions, 5);
  EXPECT_LT(demo->enrolments, city->enrolments / 10);
  EXPECT_FALSE(ScaleNamed("Province"));
  EXPECT_FALSE(ScaleNamed(""));
}

TEST(Shape, ApportionAddsUpAndStaysWithinOneOfEachShare) {
  const std::vector<double> weights{20.9, 2.5, 1.2, 4.3, 0.0, 0.8};
  for (const int total : {0, 1, 7, 100, 2000, 99999}) {
    const auto parts = Apportion(total, weights);
    ASSERT_EQ(parts.size(), weights.size());
    EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), 0), total) << total;
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (std::size_t i = 0; i < parts.size(); ++i) EXPECT_LE(std::abs(parts[i] - total * weights[i] / sum), 1.0);
    EXPECT_EQ(parts[4], 0);
  }
  EXPECT_EQ(Apportion(3, std::vector<double>{1, 1, 1, 1}), (std::vector<int>{1, 1, 1, 0}));  // ties to the lower index
  EXPECT_EQ(Apportion(5, std::vector<double>{}), std::vector<int>{});
}

}  // namespace
}  // namespace sunshine::generator
