#include "core/ids.hpp"

#include <gtest/gtest.h>

namespace sunshine::core {
namespace {
constexpr int kToday = 20261125;

TEST(IdNumberTest, AcceptsTheWorkedExamplesAndDerivesSexAndBirth) {
  struct Case { const char* id; const char* normalised; Sex sex; int y, m, d; };
  const Case cases[] = {
      {"11010519491231002X", "11010519491231002X", Sex::kFemale, 1949, 12, 31},  // GB 11643's own example
      {"11010519491231002x", "11010519491231002X", Sex::kFemale, 1949, 12, 31},  // lower-case x
      {"510104199001011230", "510104199001011230", Sex::kMale, 1990, 1, 1},
      {"34052419800101001X", "34052419800101001X", Sex::kMale, 1980, 1, 1},
  };
  for (const auto& c : cases) {
    const auto check = CheckIdNumber(c.id, kToday);
    ASSERT_TRUE(check.id) << c.id << " " << check.reason;
    EXPECT_EQ(check.id->value, c.normalised);
    EXPECT_EQ(check.id->sex, c.sex) << c.id;
    EXPECT_EQ(check.id->birth_year * 10000 + check.id->birth_month * 100 + check.id->birth_day,
              c.y * 10000 + c.m * 100 + c.d);
  }
  EXPECT_EQ(CheckIdNumber("510104199001011230", kToday).id->region_code, "510104");
}

TEST(IdNumberTest, NamesWhatIsWrong) {
  struct Case { const char* name; const char* id; const char* reason; };
  const Case cases[] = {
      {"17 characters", "51010419900101123", "length"},
      {"19 characters", "5101041990010112300", "length"},
      {"15-digit old format", "510104900101123", "length"},
      {"letter inside", "5101041990O1011230", "characters"},
      {"X not last", "51010419900101123X0", "length"},
      {"Y as check", "51010419900101123Y", "characters"},
      {"wrong check digit", "510104199001011231", "check_digit"},
      {"February 30th", "510104199002301234", "birth_date"},
      {"month 13", "510104199013011234", "birth_date"},
      {"born tomorrow", "510104202611260000", "birth_date"},
      {"born 1899", "510104189901010000", "birth_date"},
      {"no such province", "990104199001011230", "region"},
  };
  for (const auto& c : cases) {
    const auto check = CheckIdNumber(c.id, kToday);
    EXPECT_FALSE(check.id) << c.name;
    EXPECT_EQ(check.reason, c.reason) << c.name;
  }
}

TEST(IdNumberTest, CheckCharacterCoversEveryRemainder) {
  // The check character table maps remainders 0..10 to 1 0 X 9 8 7 6 5 4 3 2.
  EXPECT_EQ(IdCheckCharacter("11010519491231002"), 'X');
  EXPECT_EQ(IdCheckCharacter("51010419900101123"), '0');
}

TEST(MaskTest, ShowsOnlyTheEnds) {
  EXPECT_EQ(MaskIdNumber("510104199001011230"), "510104********1230");
  EXPECT_EQ(MaskPhone("13800138000"), "138****8000");
  EXPECT_EQ(MaskPhone("12345"), "*****");
}

TEST(CreditCodeTest, ChecksBothCheckCharacters) {
  struct Case { const char* name; const char* code; const char* reason; };
  const Case cases[] = {
      {"GB 32100 worked example", "91350100M000100Y43", ""},
      {"wrong final check", "91350100M000100Y44", "check_digit"},
      {"wrong organisation check", "91350100M000100Y53", "organisation_code"},
      {"17 characters", "91350100M000100Y4", "length"},
      {"lower case", "91350100m000100Y43", "characters"},
      {"forbidden letter O", "91350100O000100Y43", "characters"},
      {"forbidden letter I", "9135010I0000100Y43", "characters"},
  };
  for (const auto& c : cases) EXPECT_EQ(CheckCreditCode(c.code), c.reason) << c.name;
  EXPECT_EQ(CreditCodeCheckCharacter("91350100M000100Y4"), '3');
}

TEST(MaskNameTest, FirstCharacterThenStars) {
  EXPECT_EQ(MaskName("张三"), "张*");
  EXPECT_EQ(MaskName("欧阳娜娜"), "欧***");
  EXPECT_EQ(MaskName("李"), "李*");
  EXPECT_EQ(MaskName("Ann"), "A**");
  EXPECT_EQ(MaskName(""), "*");
}

}  // namespace
}  // namespace sunshine::core

namespace sunshine::core {
TEST(CreditCodes, CompletingAPrefixGivesACodeThatPassesEveryCheck) {
  for (const char* first16 : {"91510104MA6C0001", "52510104MJ000001", "12510000450717XY"}) {
    const std::string code = CompleteCreditCode(first16);
    EXPECT_EQ(code.size(), 18u);
    EXPECT_EQ(CheckCreditCode(code), "") << code;
  }
}
}  // namespace sunshine::core
