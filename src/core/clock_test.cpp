#include "core/clock.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace sunshine::core {
namespace {

TEST(SimulatedClock, StandsStillUntilMoved) {
  const EpochMillis start = *ParseIso8601("2026-03-02T08:30:00+08:00");
  SimulatedClock clock(start);
  EXPECT_EQ(clock.Now(), start);
  EXPECT_EQ(clock.Now(), start);
  EXPECT_EQ(clock.Today(), "2026-03-02");
  clock.Advance(std::chrono::hours(16));
  EXPECT_EQ(clock.Today(), "2026-03-03");  // 00:30 in China is still the next day
  clock.AdvanceTo(start + 7LL * 24 * 3600 * 1000);
  EXPECT_EQ(clock.Today(), "2026-03-09");
}

TEST(SimulatedClock, NeverGoesBack) {
  SimulatedClock clock(1'000'000);
  clock.AdvanceTo(1'000'000);  // standing still is allowed
  EXPECT_THROW(clock.AdvanceTo(999'999), std::logic_error);
  EXPECT_THROW(clock.Advance(std::chrono::milliseconds(-1)), std::logic_error);
  EXPECT_EQ(clock.Now(), 1'000'000);
}

TEST(SimulatedClock, ReadersSeeOnlyInstantsItWasMovedTo) {
  SimulatedClock clock(0);
  std::vector<EpochMillis> seen;
  std::thread reader([&] {
    for (int i = 0; i < 20000; ++i) seen.push_back(clock.Now());
  });
  for (int i = 1; i <= 1000; ++i) clock.AdvanceTo(i * 10);
  reader.join();
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i] % 10, 0);
    if (i > 0) EXPECT_GE(seen[i], seen[i - 1]);
  }
}

TEST(SimulatedClock, GoesLiveOnlyFromThePast) {
  SimulatedClock past(*ParseIso8601("2026-03-02T08:30:00+08:00"));
  EXPECT_FALSE(past.live());
  past.GoLive();
  EXPECT_TRUE(past.live());
  const EpochMillis a = past.Now();
  EXPECT_GE(a, SystemClock().Now() - 1000);  // the real time, not the simulated one
  EXPECT_LE(a, SystemClock().Now());
  EXPECT_THROW(past.AdvanceTo(a + 1000), std::logic_error);  // nobody moves the real time

  SimulatedClock future(SystemClock().Now() + 3'600'000);
  EXPECT_THROW(future.GoLive(), std::logic_error);  // time would go back an hour
  EXPECT_FALSE(future.live());
}

TEST(SystemClock, IsTheRealTime) {
  const EpochMillis a = SystemClock().Now();
  EXPECT_GT(a, *ParseIso8601("2026-01-01T00:00:00Z"));  // not a fixed or zero value
  EXPECT_LE(a, SystemClock().Now());
  EXPECT_EQ(&SystemClock(), &SystemClock());
}

// "Never the system clock directly": a reader anywhere else in src/ would let that code judge
// time differently from the rest of a simulated run.
TEST(SystemClock, IsReadOnlyByTheClockItself) {
  const std::filesystem::path src = std::filesystem::path(SUNSHINE_SOURCE_DIR) / "src";
  const std::vector<std::string> readers = {"system_clock::now", "std::time(", "time(nullptr)", "gettimeofday",
                                            "CLOCK_REALTIME",    "localtime",  "NowMillis("};
  int scanned = 0;
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(src)) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
    const auto relative = std::filesystem::relative(entry.path(), src).generic_string();
    if (relative == "core/clock.cpp" || relative == "core/clock_test.cpp") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    ++scanned;
    for (const auto& reader : readers) {
      if (text.str().find(reader) != std::string::npos) found.push_back(relative + ": " + reader);
    }
  }
  EXPECT_GT(scanned, 100);  // the walk really saw the sources
  EXPECT_EQ(found, std::vector<std::string>{});
}

}  // namespace
}  // namespace sunshine::core
