#include "generator/random.hpp"

#include <gtest/gtest.h>

#include <array>
#include <map>
#include <set>

namespace sunshine::generator {
namespace {

TEST(Random, SplitMixSeedingGivesTheReferenceXoshiroStream) {
  // splitmix64 from 0 yields e220a8397b1dcdaf, 6e789e6aa1b965f4, 06c45d188009454f, f88bb8a8724c81ec
  // (the published reference values); xoshiro256** from that state then starts with the value
  // computed by hand below, so any change to either algorithm fails here.
  Random random(0);
  const std::uint64_t s1 = 0x6e789e6aa1b965f4ULL;
  const std::uint64_t x = s1 * 5;
  const std::uint64_t expected = ((x << 7) | (x >> 57)) * 9;
  EXPECT_EQ(random.Next(), expected);
}

TEST(Random, OneSeedOneStreamAnotherSeedAnother) {
  Random a(42), b(42), c(43);
  std::vector<std::uint64_t> first, second, third;
  for (int i = 0; i < 100; ++i) {
    first.push_back(a.Next());
    second.push_back(b.Next());
    third.push_back(c.Next());
  }
  EXPECT_EQ(first, second);
  EXPECT_NE(first, third);
}

TEST(Random, UniformStaysInItsBoundsAndReachesBoth) {
  Random random(7);
  std::map<std::int64_t, int> seen;
  for (int i = 0; i < 6000; ++i) {
    const auto v = random.Uniform(-2, 3);
    ASSERT_GE(v, -2);
    ASSERT_LE(v, 3);
    ++seen[v];
  }
  EXPECT_EQ(seen.size(), 6u);
  for (const auto& [value, count] : seen) EXPECT_NEAR(count, 1000, 150) << value;
  EXPECT_EQ(random.Uniform(5, 5), 5);
}

TEST(Random, WeightedFollowsTheWeightsAndNeverPicksAZero) {
  Random random(11);
  const std::array<double, 4> weights{6.0, 0.0, 3.0, 1.0};
  std::array<int, 4> counts{};
  for (int i = 0; i < 10000; ++i) ++counts[random.Weighted(weights)];
  EXPECT_EQ(counts[1], 0);
  EXPECT_NEAR(counts[0], 6000, 300);
  EXPECT_NEAR(counts[2], 3000, 250);
  EXPECT_NEAR(counts[3], 1000, 150);
}

TEST(Random, BellClustersInsideItsBounds) {
  Random random(3);
  double sum = 0;
  for (int i = 0; i < 4000; ++i) {
    const double v = random.Bell(35, 5, 10, 50);
    ASSERT_GE(v, 10);
    ASSERT_LE(v, 50);
    sum += v;
  }
  EXPECT_NEAR(sum / 4000, 35, 0.5);
}

TEST(Random, ForksDependOnTheSeedAndTheLabelOnly) {
  Random parent(2026), same_seed(2026), other_seed(2027);
  for (int i = 0; i < 50; ++i) parent.Next();  // the parent's position does not matter
  Random a = parent.Fork("city:510100"), b = same_seed.Fork("city:510100");
  Random c = parent.Fork("city:510300"), d = other_seed.Fork("city:510100");
  const auto first = a.Next();
  EXPECT_EQ(first, b.Next());
  EXPECT_NE(first, c.Next());
  EXPECT_NE(first, d.Next());
  EXPECT_NE(HashLabel("a"), HashLabel("b"));
  EXPECT_EQ(HashLabel(""), 0xcbf29ce484222325ULL);  // FNV-1a's offset basis
}

}  // namespace
}  // namespace sunshine::generator
