#include "core/text.hpp"

#include <gtest/gtest.h>

namespace sunshine::core {
namespace {

TEST(RefuseTextTest, NamesEveryReason) {
  const TextLimit line{5, false}, free_text{5, true};
  struct Case {
    const char* name;
    std::string text;
    TextLimit limit;
    std::string_view reason;
  };
  const Case cases[] = {
      {"plain", "abc", line, ""},
      {"empty", "", line, ""},
      {"five chinese characters are five", "成都市锦江", line, ""},
      {"six are too long", "成都市锦江区", line, "too_long"},
      {"NUL", std::string("nul\0tail", 8), line, "control_character"},
      {"NUL in free text", std::string("a\0b", 3), free_text, "control_character"},
      {"tab on one line", "a\tb", line, "control_character"},
      {"tab in free text", "a\tb", free_text, ""},
      {"newline in free text", "a\nb", free_text, ""},
      {"carriage return in free text", "a\rb", free_text, "control_character"},
      {"escape", "a\x1b[2J", line, "control_character"},
      {"DEL", "a\x7f", line, "control_character"},
      {"C1 control U+0085", "a\xC2\x85", line, "control_character"},
      {"right-to-left override", "a\xE2\x80\xAE", line, "control_character"},
      {"isolate U+2066", "a\xE2\x81\xA6", line, "control_character"},
      {"lone continuation byte", "a\x80", line, "invalid_utf8"},
      {"truncated sequence", "\xE6\x88", line, "invalid_utf8"},
      {"overlong slash", "\xC0\xAF", line, "invalid_utf8"},
      {"surrogate", "\xED\xA0\x80", line, "invalid_utf8"},
      {"megabyte", std::string(1'000'000, 'x'), line, "too_long"},
      {"emoji counts once", "\xF0\x9F\x98\x80", {1, false}, ""},
  };
  for (const auto& c : cases) EXPECT_EQ(RefuseText(c.text, c.limit), c.reason) << c.name;
}

TEST(TextLimitForTest, ByLastPathSegment) {
  EXPECT_EQ(TextLimitFor("name").max_chars, 100u);
  EXPECT_EQ(TextLimitFor("sessions[3].topic").max_chars, 100u);
  EXPECT_EQ(TextLimitFor("region_codes[2]").max_chars, 32u);
  EXPECT_TRUE(TextLimitFor("reason").multiline);
  EXPECT_FALSE(TextLimitFor("address").multiline);
  EXPECT_EQ(TextLimitFor("something_new").max_chars, 200u);
}

TEST(SanitizeForRecordTest, ReplacesWhatWouldBeRefusedAndCutsOnACharacter) {
  EXPECT_EQ(SanitizeForRecord(std::string("nul\0tail", 8), 100), "nul\xEF\xBF\xBDtail");
  EXPECT_EQ(SanitizeForRecord("a\x80z", 100), "a\xEF\xBF\xBDz");
  EXPECT_EQ(SanitizeForRecord("成都市", 7), "成都");  // 9 bytes cut to 6, never mid-character
  EXPECT_EQ(RefuseText(SanitizeForRecord("x\x1b\xFF", 100), {100, false}), "");
  EXPECT_TRUE(IsUtf8(SanitizeForRecord("\xC0\xAF\xED\xA0\x80", 100)));
}

TEST(Utf8Test, LengthAndValidity) {
  EXPECT_EQ(Utf8Length("成都a"), 3u);
  EXPECT_TRUE(IsUtf8("成都"));
  EXPECT_FALSE(IsUtf8("\xE6\x88"));
}

TEST(PercentOf1e4, CutsRatherThanRoundsSoARateShortOfAThresholdNeverReadsAsIt) {
  EXPECT_EQ(PercentOf1e4(7996), "79.9%");
  EXPECT_EQ(PercentOf1e4(8000), "80.0%");
  EXPECT_EQ(PercentOf1e4(7250), "72.5%");
  EXPECT_EQ(PercentOf1e4(0), "0.0%");
  EXPECT_EQ(PercentOf1e4(10000), "100.0%");
}

}  // namespace
}  // namespace sunshine::core
