#include "generator/people.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/ids.hpp"
#include "core/time.hpp"

namespace sunshine::generator {
namespace {

std::size_t Characters(const std::string& text) {
  std::size_t n = 0;
  for (const unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

TEST(People, IdNumbersAreValidAndAgreeWithRegionBirthAndSex) {
  Random random(5);
  for (int i = 0; i < 500; ++i) {
    const Sex sex = DrawSex(random);
    const std::string born = BirthDate(random, "2026-12-02", 16, 60);
    const std::string id = IdNumber("513401", born, SequenceFor(random, sex));
    ASSERT_EQ(id.size(), 18u);
    EXPECT_EQ(id.substr(0, 6), "513401");
    EXPECT_EQ(id.substr(6, 8), born.substr(0, 4) + born.substr(5, 2) + born.substr(8, 2));
    EXPECT_EQ(id[17], core::IdCheckCharacter(id.substr(0, 17)));
    EXPECT_EQ(SexOfIdNumber(id), sex);
  }
  // The worked example of GB 11643-1999: 11010519491231002 has the check character X.
  EXPECT_EQ(IdNumber("110105", "1949-12-31", 2), "11010519491231002X");
}

TEST(People, BirthDatesGiveAgesInTheRangeOnTheDay) {
  Random random(9);
  std::set<int> ages;
  for (int i = 0; i < 3000; ++i) {
    const std::string born = BirthDate(random, "2024-02-29", 16, 18);
    ASSERT_TRUE(core::IsDate(born)) << born;
    const int age = core::AgeOn(born, "2024-02-29");
    ASSERT_GE(age, 16) << born;
    ASSERT_LE(age, 18) << born;
    ages.insert(age);
  }
  EXPECT_EQ(ages, (std::set<int>{16, 17, 18}));
}

TEST(People, NamesFollowTheCountysTraditions) {
  Random random(1);
  int yi = 0;
  std::set<std::string> names;
  for (int i = 0; i < 1000; ++i) {
    const auto style = DrawNameStyle(random, "513401");
    yi += style == NameStyle::kYi;
    const auto name = PersonName(random, DrawSex(random), style);
    EXPECT_GE(Characters(name), 2u) << name;
    EXPECT_LE(Characters(name), 4u) << name;
    names.insert(name);
  }
  EXPECT_NEAR(yi, 550, 60);
  EXPECT_GT(names.size(), 500u);  // plausible, and varied
  for (int i = 0; i < 200; ++i) {
    EXPECT_EQ(DrawNameStyle(random, "510104"), NameStyle::kHan);
    const auto han = PersonName(random, Sex::kFemale);
    EXPECT_GE(Characters(han), 2u);
    EXPECT_LE(Characters(han), 3u);
  }
}

TEST(People, MobileNumbersAreElevenDigitsOnOperatorPrefixes) {
  Random random(4);
  for (int i = 0; i < 200; ++i) {
    const auto phone = MobilePhone(random);
    ASSERT_EQ(phone.size(), 11u);
    EXPECT_EQ(phone[0], '1');
    EXPECT_NE(std::string("35789").find(phone[1]), std::string::npos) << phone;
    EXPECT_EQ(phone.find_first_not_of("0123456789"), std::string::npos);
  }
}

TEST(People, TheSameSeedGivesTheSamePeople) {
  auto people = [](std::uint64_t seed) {
    Random random(seed);
    std::vector<std::string> out;
    for (int i = 0; i < 50; ++i) {
      const Sex sex = DrawSex(random);
      out.push_back(PersonName(random, sex) +
                    IdNumber("510104", BirthDate(random, "2026-01-01", 16, 60), SequenceFor(random, sex)) +
                    MobilePhone(random));
    }
    return out;
  };
  EXPECT_EQ(people(77), people(77));
  EXPECT_NE(people(77), people(78));
}

}  // namespace
}  // namespace sunshine::generator
