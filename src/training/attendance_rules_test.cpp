#include "training/attendance_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::training {
namespace {
constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t T = 1'800'000'000'000;  // the session starts here and lasts 180 minutes
const Interval kWindow{T, T + 180 * kMinute};
}  // namespace

TEST(AttendanceRules, OfflineTimeRunsFromTheFirstCountingStartToTheLastCountingEnd) {
  struct Case {
    const char* name;
    std::vector<CheckinMark> marks;
    int minutes;
  };
  const std::vector<Case> cases = {
      {"start and end", {{"start", T - 10 * kMinute, true}, {"end", T + 180 * kMinute, true}}, 180},
      {"late start counts from the check-in",
       {{"start", T + 10 * kMinute, true}, {"end", T + 180 * kMinute, true}},
       170},
      {"no end, no time", {{"start", T, true}, {"in_class", T + 60 * kMinute, true}}, 0},
      {"a start that does not count", {{"start", T, false}, {"end", T + 180 * kMinute, true}}, 0},
      {"earliest start, latest end",
       {{"start", T + 30 * kMinute, true},
        {"start", T + 5 * kMinute, true},
        {"end", T + 100 * kMinute, true},
        {"end", T + 150 * kMinute, true},
        {"end", T + 170 * kMinute, false}},
       145},
      {"end before start", {{"start", T + 100 * kMinute, true}, {"end", T + 50 * kMinute, true}}, 0},
  };
  for (const auto& c : cases) {
    const auto interval = OfflineInterval(c.marks);
    EXPECT_EQ(interval ? AttendedMinutes(kWindow, {*interval}) : 0, c.minutes) << c.name;
  }
}

TEST(AttendanceRules, OverlappingTimeIsCountedOnceAndClippedToTheSession) {
  EXPECT_EQ(AttendedMinutes(kWindow, {{T, T + 60 * kMinute}, {T + 30 * kMinute, T + 90 * kMinute}}), 90);
  EXPECT_EQ(AttendedMinutes(kWindow, {{T - 60 * kMinute, T + 10 * kMinute}, {T + 170 * kMinute, T + 300 * kMinute}}),
            20);
  EXPECT_EQ(AttendedMinutes(kWindow, {{T + 10 * kMinute, T + 20 * kMinute}, {T, T + 5 * kMinute}}), 15);
  EXPECT_EQ(AttendedMinutes(kWindow, {{T, T + 59 * 1000}}), 0) << "whole minutes, rounded down";
  EXPECT_EQ(AttendedMinutes(kWindow, {}), 0);
  EXPECT_DOUBLE_EQ(AttendanceRate(150, 180), 0.8333);
  EXPECT_DOUBLE_EQ(AttendanceRate(5, 0), 0);
}

}  // namespace sunshine::training
