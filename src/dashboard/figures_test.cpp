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

std::int64_t At(const char* hhmm) { return *core::AtShanghai("2026-03-10", hhmm); }

// One class, a morning and an afternoon session of three hours each; the rates follow the
// attendance rule: first counting start to last counting end, clipped to the session, online
// periods added without counting time twice.
TEST(DistributeTest, RatesAsTheClassViewComputesThem) {
  const std::vector<SessionRow> sessions{{7, 70, "2026-03-10", "09:00", "12:00"},
                                         {7, 71, "2026-03-10", "14:00", "17:00"},
                                         {8, 80, "2026-03-10", "09:00", "12:00"}};  // another class
  const std::vector<EnrolmentRow> enrolments{{7, 1}, {7, 2}, {7, 3}, {7, 4}, {7, 5}, {9, 6}};
  const std::vector<MarkRow> marks{
      {7, 1, 70, At("08:50"), At("12:05")},   // the whole morning (clipped to the session)
      {7, 1, 71, At("13:55"), At("17:02")},   // and the afternoon: 100 %
      {7, 2, 70, At("09:00"), At("12:00")},   // the morning only: 50 %
      {7, 3, 70, At("09:00"), std::nullopt},  // never checked out: nothing
      {7, 4, 70, At("10:30"), At("12:00")},   // 90 minutes, and an online hour below
  };
  const std::vector<SegmentRow> segments{{7, 4, {At("10:00"), At("11:00")}},   // 10:00-12:00 in all: a third
                                         {7, 5, {At("14:00"), At("17:00")}}};  // online all afternoon: 50 %
  const auto d = Distribute(sessions, enrolments, marks, segments, 0.8);
  EXPECT_EQ(d.classes, 2);
  EXPECT_EQ(d.enrolments, 5);  // class 9 has no sessions in the selection
  EXPECT_EQ(d.buckets[9], 1);  // trainee 1
  EXPECT_EQ(d.buckets[5], 2);  // trainees 2 and 5
  EXPECT_EQ(d.buckets[0], 1);  // trainee 3
  EXPECT_EQ(d.buckets[3], 1);  // trainee 4: 120 of 360 minutes
  EXPECT_EQ(d.reaching, 1);
}

}  // namespace
}  // namespace sunshine::dashboard
