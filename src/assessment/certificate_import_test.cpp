#include "assessment/certificate_import.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/ids.hpp"

namespace sunshine::assessment {
namespace {

std::string Id() {
  const std::string first17 = "51010419900101123";
  return first17 + core::IdCheckCharacter(first17);
}

std::set<std::string> Reasons(const std::vector<core::FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.reason);
  return out;
}

CertificateImportInput Row() {
  return {"s000051000001245000123", " 张三 ", Id(), "4-03-02-01", "5", "某市职业技能鉴定中心", "2024-06-30"};
}

TEST(CertificateImport, AGoodRowIsReadWithItsTypeLevelAndCanonicalNumber) {
  ImportedCertificate out;
  EXPECT_TRUE(CheckImportedCertificate(Row(), "2026-12-05", out).empty());
  EXPECT_EQ(out.number, "S000051000001245000123");
  EXPECT_EQ(out.type, CertificateType::kSkillLevel);
  EXPECT_EQ(out.level, 5);
  EXPECT_EQ(out.name, "张三");
}

TEST(CertificateImport, EveryWrongPartOfTheNumberIsNamed) {
  auto row = Row();
  row.number = "S000099000001305000123";  // no province 99, a year after this one
  ImportedCertificate out;
  const auto reasons = Reasons(CheckImportedCertificate(row, "2026-12-05", out));
  EXPECT_TRUE(reasons.contains("number:province")) << ::testing::PrintToString(reasons);
  EXPECT_TRUE(reasons.contains("number:year")) << ::testing::PrintToString(reasons);
}

TEST(CertificateImport, TheRowsLevelAndYearAgreeWithTheNumber) {
  auto row = Row();
  row.level = "4";
  row.issued_on = "2023-06-30";
  ImportedCertificate out;
  EXPECT_EQ(Reasons(CheckImportedCertificate(row, "2026-12-05", out)),
            (std::set<std::string>{"level:level_mismatch", "issued_on:year_mismatch"}));
  row = Row();
  row.issued_on = "2027-01-01";
  EXPECT_EQ(Reasons(CheckImportedCertificate(row, "2026-12-05", out)), (std::set<std::string>{"issued_on:in_future"}));
}

TEST(CertificateImport, AProvincialNumberIsCheckedByItsCheckCharacterAndHasNoLevel) {
  ProvincialNumber n{CertificateType::kSpecialAbility, "510104", 2025, 42};
  auto row = Row();
  row.number = n.Text();
  row.level = "";
  row.issued_on = "2025-03-01";
  ImportedCertificate out;
  EXPECT_TRUE(CheckImportedCertificate(row, "2026-12-05", out).empty());
  EXPECT_EQ(out.type, CertificateType::kSpecialAbility);
  row.number.back() = row.number.back() == '0' ? '1' : '0';
  EXPECT_EQ(Reasons(CheckImportedCertificate(row, "2026-12-05", out)), (std::set<std::string>{"number:check_character"}));
}

TEST(CertificateImport, MissingCellsAreNamed) {
  ImportedCertificate out;
  EXPECT_EQ(Reasons(CheckImportedCertificate({"", "", "", "", "", "", ""}, "2026-12-05", out)),
            (std::set<std::string>{"number:required", "name:required", "id_number:required", "occupation:required",
                                   "issuer_name:required", "issued_on:not_a_date"}));
}

}  // namespace
}  // namespace sunshine::assessment
