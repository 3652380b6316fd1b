#include "core/progress.hpp"

#include <gtest/gtest.h>

namespace sunshine::core {
namespace {

TEST(ProgressLineTest, DoneOfTotalRateAndTimeLeft) {
  struct Case {
    const char* name;
    std::int64_t done, total;
    double elapsed;
    const char* line;
  };
  const Case cases[] = {
      {"not started", 0, 40000, 0, "学员 0/40,000 (0.0%)"},
      {"a rate", 12345, 40000, 10, "学员 12,345/40,000 (30.9%) 1,235/s, 23 s left"},
      {"done", 40000, 40000, 20, "学员 40,000/40,000 (100.0%) 2,000/s"},
      {"unknown total", 1500, 0, 3, "学员 1,500 500/s"},
      {"hours left", 1000, 10'000'000, 10, "学员 1,000/10,000,000 (0.0%) 100/s, 27 h 46 min left"},
  };
  for (const auto& c : cases) EXPECT_EQ(ProgressLine("学员", c.done, c.total, c.elapsed), c.line) << c.name;
}

TEST(GroupThousandsTest, Commas) {
  EXPECT_EQ(GroupThousands(0), "0");
  EXPECT_EQ(GroupThousands(999), "999");
  EXPECT_EQ(GroupThousands(1000), "1,000");
  EXPECT_EQ(GroupThousands(1234567), "1,234,567");
  EXPECT_EQ(GroupThousands(-1234), "-1,234");
}

}  // namespace
}  // namespace sunshine::core
