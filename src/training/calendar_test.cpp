#include "training/calendar.hpp"

#include <gtest/gtest.h>

namespace sunshine::training {

TEST(Calendar, WeekdaysAndDateArithmetic) {
  EXPECT_EQ(Weekday("2026-11-25"), 2);  // a Wednesday
  EXPECT_EQ(Weekday("2024-02-29"), 3);
  EXPECT_EQ(AddDays("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(AddDays("2024-03-01", -1), "2024-02-29");
}

TEST(Calendar, WorkingDaysFollowTheHolidayListAndMakeUpDays) {
  WorkCalendar plain;
  EXPECT_EQ(WorkingDaysBetween("2026-11-27", "2026-11-30", plain), 1);  // Friday -> Monday
  EXPECT_EQ(WorkingDaysBetween("2026-11-30", "2026-11-30", plain), 0);
  EXPECT_EQ(WorkingDaysBetween("2026-12-01", "2026-11-30", plain), 0);
  // 国庆 2026 as an example: 1-7 October off, Sunday 27 September and Saturday 10 October worked.
  WorkCalendar national;
  for (int d = 1; d <= 7; ++d) national.holidays.insert("2026-10-0" + std::to_string(d));
  national.extra_workdays = {"2026-09-27", "2026-10-10"};
  EXPECT_TRUE(IsWorkingDay("2026-09-27", national));
  EXPECT_FALSE(IsWorkingDay("2026-10-02", national));
  // 27-30 September, 8-10 October (the 10th a make-up Saturday) and Monday 12 October.
  EXPECT_EQ(WorkingDaysBetween("2026-09-25", "2026-10-12", national), 8);
}

TEST(Calendar, ATimeLimitEndsOnItsLastWorkingDay) {
  WorkCalendar plain;
  EXPECT_EQ(AddWorkingDays("2026-11-27", 1, plain), "2026-11-30");  // Friday + 1 -> Monday
  EXPECT_EQ(AddWorkingDays("2026-11-28", 5, plain), "2026-12-04");  // from a Saturday
  EXPECT_EQ(AddWorkingDays("2026-11-30", 0, plain), "2026-11-30");
  WorkCalendar national;
  for (int d = 1; d <= 7; ++d) national.holidays.insert("2026-10-0" + std::to_string(d));
  national.extra_workdays = {"2026-09-27", "2026-10-10"};
  // Five working days from Friday 25 September: 27, 28, 29, 30 September, then 8 October.
  EXPECT_EQ(AddWorkingDays("2026-09-25", 5, national), "2026-10-08");
  for (const char* from : {"2026-09-25", "2026-10-01", "2026-10-09"}) {
    const auto due = AddWorkingDays(from, 10, national);
    EXPECT_EQ(WorkingDaysBetween(from, due, national), 10) << from;
    EXPECT_TRUE(IsWorkingDay(due, national)) << from;
  }
}

}  // namespace sunshine::training
