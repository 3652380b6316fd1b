#include "inspection/spot_check_draw.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "crypto/request_signature.hpp"

namespace sunshine::inspection {
namespace {

// 3 institutions: 10, 6 and 4 running classes (ids 1-20).
std::vector<RunningClass> Population() {
  std::vector<RunningClass> out;
  for (std::int64_t id = 1; id <= 20; ++id) out.push_back({id, id <= 10 ? 100 : (id <= 16 ? 200 : 300)});
  return out;
}

std::map<std::int64_t, int> PerInstitution(const std::vector<std::int64_t>& drawn) {
  std::map<std::int64_t, int> out;
  for (const auto id : drawn) ++out[id <= 10 ? 100 : (id <= 16 ? 200 : 300)];
  return out;
}

TEST(SpotCheckDraw, TheSameSeedDrawsTheSameClassesWhateverThePopulationsOrder) {
  const auto population = Population();
  const auto drawn = DrawSample(population, {.count = 5}, "2026-12-05:510104:7f3a");
  auto shuffled = population;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(42));
  EXPECT_EQ(DrawSample(shuffled, {.count = 5}, "2026-12-05:510104:7f3a"), drawn);
  EXPECT_EQ(drawn.size(), 5u);
  EXPECT_TRUE(std::is_sorted(drawn.begin(), drawn.end()));
  // Another seed, another sample (over a handful of seeds at least one differs).
  bool differs = false;
  for (int s = 0; s < 5; ++s) differs |= DrawSample(population, {.count = 5}, "other-" + std::to_string(s)) != drawn;
  EXPECT_TRUE(differs);
}

TEST(SpotCheckDraw, SharesTheSampleAmongInstitutionsInProportion) {
  // 10 of 20: exactly 5, 3 and 2.
  EXPECT_EQ(PerInstitution(DrawSample(Population(), {.rate = 0.5}, "s")),
            (std::map<std::int64_t, int>{{100, 5}, {200, 3}, {300, 2}}));
  // 3 of 20: 1.5, 0.9, 0.6 -> floors 1, 0, 0 and two seats by largest remainder (0.9, 0.6).
  EXPECT_EQ(PerInstitution(DrawSample(Population(), {.count = 3}, "s")),
            (std::map<std::int64_t, int>{{100, 1}, {200, 1}, {300, 1}}));
  // A rate rounds up: 21 % of 20 is 4.2, so 5.
  EXPECT_EQ(DrawSample(Population(), {.rate = 0.21}, "s").size(), 5u);
  // Never more than the population, never a class twice.
  const auto all = DrawSample(Population(), {.count = 50}, "s");
  EXPECT_EQ(all.size(), 20u);
  EXPECT_TRUE(std::adjacent_find(all.begin(), all.end()) == all.end());
  EXPECT_TRUE(DrawSample({}, {.count = 3}, "s").empty());
}

TEST(SpotCheckDraw, WithinAnInstitutionTheSmallestHashesOfTheSeedAndClassAreDrawn) {
  // Re-derived here the way docs/spot-checks.md tells anyone to: institution 300's 2 seats of a
  // half-sample go to its classes with the smallest SHA-256("<seed>:class:<id>").
  std::vector<std::pair<std::string, std::int64_t>> ranked;
  for (std::int64_t id = 17; id <= 20; ++id) ranked.emplace_back(crypto::Sha256Hex("s:class:" + std::to_string(id)), id);
  std::sort(ranked.begin(), ranked.end());
  const auto drawn = DrawSample(Population(), {.rate = 0.5}, "s");
  EXPECT_TRUE(std::binary_search(drawn.begin(), drawn.end(), ranked[0].second));
  EXPECT_TRUE(std::binary_search(drawn.begin(), drawn.end(), ranked[1].second));
  EXPECT_FALSE(std::binary_search(drawn.begin(), drawn.end(), ranked[2].second));
  EXPECT_FALSE(std::binary_search(drawn.begin(), drawn.end(), ranked[3].second));
}

}  // namespace
}  // namespace sunshine::inspection

namespace sunshine::inspection {
namespace {
TEST(SpotCheckDraw, TheRateIsKeptInTenThousandthsAndDrawnAsKept) {
  EXPECT_EQ(Rate1e4({.date = "2026-12-05", .rate = 0.1}), 1000);
  EXPECT_EQ(Rate1e4({.date = "2026-12-05", .rate = 0.12345}), 1235);
  EXPECT_FALSE(Rate1e4({.date = "2026-12-05", .count = 3}).has_value());
  EXPECT_EQ(SizeOf(1235, std::nullopt).rate, 0.1235);
  EXPECT_EQ(SizeOf(std::nullopt, 3).count, 3);
  EXPECT_TRUE(CheckDrawInput({.date = "2026-12-05", .rate = 0.00001}).size() == 1) << "below 1/10000";
}
}  // namespace
}  // namespace sunshine::inspection
