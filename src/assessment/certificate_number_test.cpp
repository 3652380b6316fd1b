#include "assessment/certificate_number.hpp"

#include <gtest/gtest.h>

#include <set>

namespace sunshine::assessment {
namespace {

std::set<std::string> Reasons(const core::Error& error) {
  std::set<std::string> out;
  for (const auto& f : error.fields) {
    EXPECT_EQ(f.field, "certificate_number");
    out.insert(f.reason);
  }
  return out;
}

TEST(SkillLevelNumber, ReadsTheSevenPartsOfTheNationalRule) {
  const auto n = ParseSkillLevelNumber("S000051123456264000123", 2026);
  ASSERT_TRUE(n.ok()) << n.error().fields.front().reason;
  EXPECT_EQ(n->category, 'S');
  EXPECT_EQ(n->body_code, "0000");
  EXPECT_EQ(n->province, "51");
  EXPECT_EQ(n->site_serial, "123456");
  EXPECT_EQ(n->year, 2026);
  EXPECT_EQ(n->level, 4);
  EXPECT_EQ(n->serial, 123);
  EXPECT_EQ(n->Text(), "S000051123456264000123");
  // An employer's certificate from another province, filed with the ministry, reads too.
  const auto other = ParseSkillLevelNumber("Y012323000001191000001", 2026);
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->province, "23");
  EXPECT_EQ(other->level, 1);
}

TEST(SkillLevelNumber, NamesEveryWrongPart) {
  EXPECT_EQ(Reasons(ParseSkillLevelNumber("S00005112345626400012", 2026).error()), std::set<std::string>{"length"});
  EXPECT_EQ(Reasons(ParseSkillLevelNumber("X00005112345626400012A", 2026).error()),
            (std::set<std::string>{"category", "not_digits"}));
  // Province 99 does not exist, year 2027 is after this year, level 6 and serial 000000.
  EXPECT_EQ(Reasons(ParseSkillLevelNumber("S000099123456276000000", 2026).error()),
            (std::set<std::string>{"province", "year", "level", "serial"}));
  // Before the rule (2018) is refused too.
  EXPECT_EQ(Reasons(ParseSkillLevelNumber("S000051123456183000001", 2026).error()), std::set<std::string>{"year"});
  EXPECT_EQ(ParseSkillLevelNumber("S000051123456264000123", 2026).ok(), true);
}

TEST(ProvincialNumber, CarriesACheckCharacterThatCatchesATypo) {
  ProvincialNumber n{CertificateType::kSpecialAbility, "510104", 2026, 42};
  const auto text = n.Text();
  ASSERT_EQ(text.size(), 20u);
  EXPECT_EQ(text.substr(0, 19), "ZX51010420260000042");
  const auto read = ParseProvincialNumber(text, 2026);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->type, CertificateType::kSpecialAbility);
  EXPECT_EQ(read->region, "510104");
  EXPECT_EQ(read->serial, 42);
  EXPECT_EQ(read->Text(), text);

  // One digit changed: the check character no longer fits.
  std::string typo = text;
  typo[12] = typo[12] == '9' ? '8' : static_cast<char>(typo[12] + 1);
  EXPECT_EQ(Reasons(ParseProvincialNumber(typo, 2026).error()), std::set<std::string>{"check_character"});

  ProvincialNumber training{CertificateType::kTrainingCompletion, "510700", 2025, 9'999'999};
  EXPECT_TRUE(training.Text().starts_with("PX5107002025"));
  EXPECT_EQ(ParseProvincialNumber(training.Text(), 2026)->type, CertificateType::kTrainingCompletion);
}

TEST(ProvincialNumber, NamesEveryWrongPart) {
  EXPECT_EQ(Reasons(ParseProvincialNumber("ZX51010420260000042", 2026).error()), std::set<std::string>{"length"});
  EXPECT_TRUE(Reasons(ParseProvincialNumber("QQ5101042026000004X0", 2026).error()).contains("prefix"));
  const auto wrong = Reasons(ParseProvincialNumber("ZX1101042030000000" "00", 2026).error());
  EXPECT_TRUE(wrong.contains("region"));
  EXPECT_TRUE(wrong.contains("year"));
  EXPECT_TRUE(wrong.contains("serial"));
  EXPECT_TRUE(Reasons(ParseProvincialNumber("ZX51010A2026000004X0", 2026).error()).contains("not_digits"));
}

TEST(CertificateType, NamesRoundTrip) {
  for (auto type : {CertificateType::kSkillLevel, CertificateType::kSpecialAbility, CertificateType::kTrainingCompletion}) {
    EXPECT_EQ(ParseType(TypeName(type)), type);
  }
  EXPECT_FALSE(ParseType("diploma").has_value());
}

}  // namespace
}  // namespace sunshine::assessment
