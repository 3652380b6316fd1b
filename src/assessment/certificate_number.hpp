#pragma once
// Certificate numbers (R-W5, policy_rules.md section 2; reference
// subsidy_certificates_vouchers_risk.md section 2.1).
//  - 职业技能等级证书: the national rule (人社鉴发〔2019〕2号), one capital letter and 21 digits in
//    seven parts: the body's category (Y an employer, S a social training-evaluation
//    organisation), the body code (0000 when filed with a province), the province, the body's
//    or site's serial, the year of issue (two digits), the level (1 一级/高级技师 .. 5 五级/初级工)
//    and the certificate's serial. Certificates issued elsewhere are read with the same rule
//    when imported; the platform issues only Sichuan's (51).
//  - 专项职业能力证书 and 培训合格证书 have no national format. The province's (docs/certificates.md):
//    "ZX" or "PX", the issuer's six-digit region code, the year (four digits), a seven-digit
//    serial and a check character computed like an ID number's (ISO 7064 MOD 11-2 over those 17
//    digits), so that a mistyped number is caught before any lookup.
// Pure functions: every wrong part is named (field "certificate_number", a reason per part).
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace sunshine::assessment {

enum class CertificateType { kSkillLevel, kSpecialAbility, kTrainingCompletion };
// "skill_level", "special_ability", "training_completion": the API's and the database's names.
const char* TypeName(CertificateType type);
std::optional<CertificateType> ParseType(std::string_view name);

struct SkillLevelNumber {
  char category = 'S';      // 'Y' employer, 'S' social training-evaluation organisation
  std::string body_code;    // four digits; "0000" for a body filed with a province
  std::string province;     // two digits, "51" for Sichuan
  std::string site_serial;  // six digits
  int year = 0;             // four digits, from the number's two (2019 onwards: the rule's first year)
  int level = 0;            // 1 (highest) .. 5
  int serial = 0;           // 1 .. 999999
  std::string Text() const;  // the 22 characters
};

// Reads a 职业技能等级证书 number. `this_year`: numbers from a later year are refused. Every
// wrong part is a field error (reasons "length", "category", "not_digits", "province",
// "year", "level", "serial").
core::Result<SkillLevelNumber> ParseSkillLevelNumber(std::string_view text, int this_year);

struct ProvincialNumber {
  CertificateType type = CertificateType::kSpecialAbility;  // never kSkillLevel
  std::string region;                                       // the issuer's region code, 51xxxx
  int year = 0;
  int serial = 0;  // 1 .. 9999999
  std::string Text() const;  // the 20 characters, check character included
};

// Reads a provincial number ("ZX"/"PX" ...). Reasons: "length", "prefix", "not_digits",
// "region", "year", "serial", "check_character".
core::Result<ProvincialNumber> ParseProvincialNumber(std::string_view text, int this_year);

}  // namespace sunshine::assessment
