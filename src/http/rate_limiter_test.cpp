#include "http/rate_limiter.hpp"

#include <gtest/gtest.h>

namespace sunshine::http {
namespace {

TEST(RateLimiter, CountsPerAddressAndMinute) {
  core::SimulatedClock clock(1'800'000'000'000);  // on a minute boundary
  RateLimiter limiter(clock, 3);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Allow("10.0.0.1")) << i;
  EXPECT_FALSE(limiter.Allow("10.0.0.1"));
  EXPECT_FALSE(limiter.Allow("10.0.0.1"));
  EXPECT_TRUE(limiter.Allow("10.0.0.2"));  // another address has its own window
  clock.Advance(std::chrono::seconds(59));
  EXPECT_FALSE(limiter.Allow("10.0.0.1"));  // the same minute
  clock.Advance(std::chrono::seconds(1));
  EXPECT_TRUE(limiter.Allow("10.0.0.1"));  // the next minute starts afresh
}

TEST(RateLimiter, AnHourlyWindowKeepsCountingAcrossMinutes) {
  core::SimulatedClock clock(1'800'000'000'000 - 1'800'000'000'000 % 3'600'000);  // on an hour boundary
  RateLimiter limiter(clock, 2, 3'600'000);
  EXPECT_TRUE(limiter.Allow("10.0.0.1"));
  clock.Advance(std::chrono::minutes(30));
  EXPECT_TRUE(limiter.Allow("10.0.0.1"));
  clock.Advance(std::chrono::minutes(29));
  EXPECT_FALSE(limiter.Allow("10.0.0.1"));
  clock.Advance(std::chrono::minutes(1));
  EXPECT_TRUE(limiter.Allow("10.0.0.1"));
}

}  // namespace
}  // namespace sunshine::http
