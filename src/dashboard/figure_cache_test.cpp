#include "dashboard/figure_cache.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

namespace sunshine::dashboard {
namespace {

TEST(FigureCacheTest, ComputesOncePerKeyUntilTheTtlPasses) {
  core::SimulatedClock clock(1'000'000);
  FigureCache<int> cache(clock, 60'000);
  int computed = 0;
  const auto count = [&] { return ++computed; };
  EXPECT_EQ(cache.Get("a", count), 1);
  EXPECT_EQ(cache.Get("a", count), 1);
  EXPECT_EQ(cache.Get("b", count), 2);  // another scope or period
  clock.Advance(std::chrono::milliseconds(59'999));
  EXPECT_EQ(cache.Get("a", count), 1);
  clock.Advance(std::chrono::milliseconds(1));
  EXPECT_EQ(cache.Get("a", count), 3);
}

TEST(FigureCacheTest, KeepsNothingWhenTheComputationFailsOrTheTtlIsZero) {
  core::SimulatedClock clock(0);
  FigureCache<int> cache(clock, 60'000);
  EXPECT_THROW(cache.Get("a", []() -> int { throw std::runtime_error("database gone"); }), std::runtime_error);
  EXPECT_EQ(cache.Get("a", [] { return 7; }), 7);
  FigureCache<int> never(clock, 0);
  int computed = 0;
  never.Get("a", [&] { return ++computed; });
  never.Get("a", [&] { return ++computed; });
  EXPECT_EQ(computed, 2);
}

TEST(FigureCacheTest, CallersArrivingMeanwhileWaitForTheFirst) {
  core::SimulatedClock clock(0);
  FigureCache<int> cache(clock, 60'000);
  std::atomic<int> computed = 0;
  std::vector<std::thread> callers;
  std::vector<int> seen(16);
  for (int i = 0; i < 16; ++i) {
    callers.emplace_back([&, i] {
      seen[static_cast<std::size_t>(i)] = cache.Get("a", [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return ++computed;
      });
    });
  }
  for (auto& t : callers) t.join();
  EXPECT_EQ(computed, 1);
  for (const int v : seen) EXPECT_EQ(v, 1);
}

}  // namespace
}  // namespace sunshine::dashboard
