#include "core/time.hpp"

#include <gtest/gtest.h>

namespace sunshine::core {
namespace {

TEST(TimeTest, FormatsInShanghaiTime) {
  EXPECT_EQ(FormatShanghai(0), "1970-01-01T08:00:00.000+08:00");
  // 2026-11-25T10:00:00Z is 18:00 in Chengdu.
  EXPECT_EQ(FormatShanghai(1795600800000), "2026-11-25T18:00:00.000+08:00");
  EXPECT_EQ(FormatShanghai(1795600800123 + 6 * 3600 * 1000), "2026-11-26T00:00:00.123+08:00");
}

TEST(TimeTest, ParsesWhatItFormats) {
  for (EpochMillis at : {0LL, 1795600800123LL, 951782400000LL /* 2000-02-29 */}) {
    EXPECT_EQ(ParseIso8601(FormatShanghai(at)), at) << at;
  }
}

TEST(TimeTest, ParsesOffsetsAndRefusesNonsense) {
  struct Case {
    const char* text;
    std::optional<EpochMillis> expected;
  };
  const Case cases[] = {
      {"2026-11-25T10:00:00Z", 1795600800000},      {"2026-11-25T18:00:00+08:00", 1795600800000},
      {"2026-11-25T05:00:00-05:00", 1795600800000}, {"2026-11-25T10:00:00.5Z", 1795600800500},
      {"2026-11-25T10:00:00", std::nullopt},   // no offset
      {"2026-02-29T10:00:00Z", std::nullopt},  // not a leap year
      {"2026-11-25T24:00:00Z", std::nullopt},       {"2026-11-25 10:00:00Z", std::nullopt},
      {"2026-11-25T10:00:00Zjunk", std::nullopt},   {"", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(ParseIso8601(c.text), c.expected) << c.text;
}

TEST(DateTest, CalendarDates) {
  EXPECT_TRUE(IsDate("2024-02-29"));
  EXPECT_FALSE(IsDate("2025-02-29"));
  EXPECT_FALSE(IsDate("2025-2-28"));
  EXPECT_FALSE(IsDate("2025-02-28T00:00"));
  EXPECT_EQ(DayBefore("2025-03-01"), "2025-02-28");
  EXPECT_EQ(DayBefore("2024-03-01"), "2024-02-29");
  EXPECT_EQ(DayBefore("2026-01-01"), "2025-12-31");
  // 16:00Z is already the next day in China.
  EXPECT_EQ(DateInShanghai(1795536000000), "2026-11-25");
  EXPECT_EQ(DateInShanghai(1795536000000 - 1), "2026-11-24");
}

TEST(DateTest, AgeCountsWholeYearsInclusiveOfTheBirthday) {
  EXPECT_EQ(AgeOn("2010-11-25", "2026-11-25"), 16);
  EXPECT_EQ(AgeOn("2010-11-26", "2026-11-25"), 15);
  EXPECT_EQ(AgeOn("2008-02-29", "2026-02-28"), 17);  // a leap-day birthday counts from 1 March
  EXPECT_EQ(AgeOn("2008-02-29", "2026-03-01"), 18);
}

TEST(Dates, DateNumberIsTheDigitsOfAValidDate) {
  EXPECT_EQ(DateNumber("2026-12-05"), 20261205);
  EXPECT_EQ(DateNumber("2024-02-29"), 20240229);
  EXPECT_EQ(DateNumber("2025-02-29"), 0);
  EXPECT_EQ(DateNumber("20261205"), 0);
}

}  // namespace
}  // namespace sunshine::core
