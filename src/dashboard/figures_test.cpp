#include "dashboard/figures.hpp"

#include <gtest/gtest.h>

#include "core/time.hpp"

namespace sunshine::dashboard {
namespace {

TEST(MonthOfTest, FirstAndLastDay) {
  struct Case {
    const char* date;
    const char* first;
    const char* last;
  };
  const Case cases[] = {{"2026-12-05", "2026-12-01", "2026-12-31"},
                        {"2028-02-29", "2028-02-01", "2028-02-29"},
                        {"2026-02-01", "2026-02-01", "2026-02-28"},
                        {"2026-04-30", "2026-04-01", "2026-04-30"},
                        {"2026-01-31", "2026-01-01", "2026-01-31"}};
  for (const auto& c : cases) {
    const auto p = MonthOf(c.date);
    EXPECT_EQ(p.first_day, c.first) << c.date;
    EXPECT_EQ(p.last_day, c.last) << c.date;
  }
  EXPECT_EQ(YearOf("2026-07-15").first_day, "2026-01-01");
  EXPECT_EQ(YearOf("2026-07-15").last_day, "2026-12-31");
}

TEST(ShareTest, RoundsToFourPlacesAndNeverDividesByZero) {
  EXPECT_EQ(Share(0, 0), 0);
  EXPECT_EQ(Share(1, 3), 0.3333);
  EXPECT_EQ(Share(2, 3), 0.6667);
  EXPECT_EQ(Share(5, 5), 1);
}

TEST(AddRateTest, TenthsWithTheTopBucketClosedAndTheThreshold) {
  struct Case {
    double rate;
    std::size_t bucket;
    bool reaches;
  };
  const Case cases[] = {{0, 0, false},  {0.05, 0, false}, {0.1, 1, false}, {0.7999, 7, false},
                        {0.8, 8, true}, {0.95, 9, true},  {1.0, 9, true},  {1.25, 9, true}};
  for (const auto& c : cases) {
    AttendanceDistribution d;
    d.threshold = 0.8;
    AddRate(d, c.rate);
    EXPECT_EQ(d.buckets[c.bucket], 1) << c.rate;
    EXPECT_EQ(d.enrolments, 1);
    EXPECT_EQ(d.reaching, c.reaches ? 1 : 0) << c.rate;
  }
}

}  // namespace
}  // namespace sunshine::dashboard
