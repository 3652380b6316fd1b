#include "assessment/certificate_number.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/ids.hpp"

namespace sunshine::assessment {
namespace {
constexpr int kFirstYear = 2019;  // the national numbering rule's first year

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

core::Error Refused(std::vector<core::FieldError> fields) {
  return core::Error::Invalid("invalid_certificate_number", "证书编号不符合编码规则", std::move(fields));
}

core::FieldError Part(std::string reason, std::string detail) {
  return {"certificate_number", std::move(reason), 0, "", std::move(detail)};
}

std::string Padded(int value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
  return buffer;
}

const char* Prefix(CertificateType type) { return type == CertificateType::kSpecialAbility ? "ZX" : "PX"; }
}  // namespace

const char* TypeName(CertificateType type) {
  switch (type) {
    case CertificateType::kSkillLevel:
      return "skill_level";
    case CertificateType::kSpecialAbility:
      return "special_ability";
    case CertificateType::kTrainingCompletion:
      break;
  }
  return "training_completion";
}

std::optional<CertificateType> ParseType(std::string_view name) {
  for (auto type : {CertificateType::kSkillLevel, CertificateType::kSpecialAbility, CertificateType::kTrainingCompletion}) {
    if (name == TypeName(type)) return type;
  }
  return std::nullopt;
}

std::string SkillLevelNumber::Text() const {
  return std::string(1, category) + body_code + province + site_serial + Padded(year % 100, 2) +
         std::to_string(level) + Padded(serial, 6);
}

core::Result<SkillLevelNumber> ParseSkillLevelNumber(std::string_view text, int this_year) {
  if (text.size() != 22) return Refused({Part("length", "22 characters: one letter and 21 digits")});
  std::vector<core::FieldError> wrong;
  if (text[0] != 'Y' && text[0] != 'S') wrong.push_back(Part("category", "Y or S"));
  const auto digits = text.substr(1);
  if (!AllDigits(digits)) {
    wrong.push_back(Part("not_digits", "21 digits after the letter"));
    return Refused(std::move(wrong));
  }
  SkillLevelNumber n;
  n.category = text[0];
  n.body_code = std::string(text.substr(1, 4));
  n.province = std::string(text.substr(5, 2));
  n.site_serial = std::string(text.substr(7, 6));
  n.year = 2000 + Number(text.substr(13, 2));
  n.level = Number(text.substr(15, 1));
  n.serial = Number(text.substr(16, 6));
  if (!core::IsProvinceCode(Number(n.province))) wrong.push_back(Part("province", "digits 6-7: " + n.province));
  if (n.year < kFirstYear || n.year > this_year) {
    wrong.push_back(Part("year", "digits 14-15: " + std::to_string(n.year)));
  }
  if (n.level < 1 || n.level > 5) wrong.push_back(Part("level", "digit 16: 1-5"));
  if (n.serial == 0) wrong.push_back(Part("serial", "digits 17-22: not 000000"));
  if (!wrong.empty()) return Refused(std::move(wrong));
  return n;
}

std::string ProvincialNumber::Text() const {
  const std::string digits = region + std::to_string(year) + Padded(serial, 7);
  return Prefix(type) + digits + core::IdCheckCharacter(digits);
}

core::Result<ProvincialNumber> ParseProvincialNumber(std::string_view text, int this_year) {
  if (text.size() != 20) return Refused({Part("length", "20 characters: ZX or PX, 17 digits, a check character")});
  std::vector<core::FieldError> wrong;
  ProvincialNumber n;
  if (text.starts_with("ZX")) {
    n.type = CertificateType::kSpecialAbility;
  } else if (text.starts_with("PX")) {
    n.type = CertificateType::kTrainingCompletion;
  } else {
    wrong.push_back(Part("prefix", "ZX or PX"));
  }
  const auto digits = text.substr(2, 17);
  if (!AllDigits(digits)) {
    wrong.push_back(Part("not_digits", "17 digits after the prefix"));
    return Refused(std::move(wrong));
  }
  n.region = std::string(digits.substr(0, 6));
  n.year = Number(digits.substr(6, 4));
  n.serial = Number(digits.substr(10, 7));
  if (!n.region.starts_with("51")) wrong.push_back(Part("region", "a Sichuan region code: " + n.region));
  if (n.year < kFirstYear || n.year > this_year) wrong.push_back(Part("year", std::to_string(n.year)));
  if (n.serial == 0) wrong.push_back(Part("serial", "not 0000000"));
  if (text[19] != core::IdCheckCharacter(digits)) wrong.push_back(Part("check_character", "the last character"));
  if (!wrong.empty()) return Refused(std::move(wrong));
  return n;
}

}  // namespace sunshine::assessment
