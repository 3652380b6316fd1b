#pragma once
// National identifiers, checked before anything is stored (pure; no I/O):
//  - resident ID numbers, GB 11643-1999 (18 characters, ISO 7064 MOD 11-2 check character);
//  - unified social credit codes, GB 32100-2015 (18 characters over a 31-character alphabet,
//    with the GB 11714 organisation code and its own check character inside).
// Every refusal names the reason so forms can say exactly what is wrong.
#include <optional>
#include <string>
#include <string_view>

namespace sunshine::core {

enum class Sex { kMale, kFemale };

struct IdNumber {
  std::string value;       // normalised: upper-case X
  std::string region_code; // positions 1-6 (the issuing county; may predate today's codes)
  int birth_year = 0, birth_month = 0, birth_day = 0;
  Sex sex = Sex::kMale;    // position 17: odd male, even female
};

// Reasons: "length", "characters", "birth_date", "region", "check_digit".
struct IdNumberCheck {
  std::optional<IdNumber> id;  // set when valid
  std::string reason;          // set when not
};

// Validates and normalises. Accepts a lower-case x. `today` (yyyymmdd) bounds the birth date.
// Region: the first two digits must be a province code (11-65, 71, 81, 82); a county code
// missing from today's table is accepted, since IDs keep the code they were issued under.
IdNumberCheck CheckIdNumber(std::string_view text, int today_yyyymmdd);
// The form a number is stored and indexed under: a final lower-case x made upper-case. Cheap,
// for values CheckIdNumber already accepted or for lookups (where a wrong number finds nobody).
std::string NormaliseIdNumber(std::string_view text);
char IdCheckCharacter(std::string_view first17);
// The first two digits of a region code: 11-65 as assigned, 71 Taiwan, 81 Hong Kong, 82 Macao.
bool IsProvinceCode(int code);

// "510104********1230": first 6 and last 4 shown (policy_rules.md 3.8).
std::string MaskIdNumber(std::string_view id);
// "138****8000": first 3 and last 4 shown.
std::string MaskPhone(std::string_view phone);
// "张**": the first character shown, each other one a '*' (at least one), as public notices
// and terminals show names (policy_rules.md 3.8). UTF-8 aware.
std::string MaskName(std::string_view name);

// Reasons: "length", "characters", "check_digit", "organisation_code". The caveat in
// policy_rules.md 4.2 (some early codes fail the check) is the caller's to apply: a
// check_digit refusal may be overridden by an operator, a length/characters one never.
std::string CheckCreditCode(std::string_view text);  // empty when valid
char CreditCodeCheckCharacter(std::string_view first17);
// The GB 11714 check character of an 8-character organisation code body.
char OrganisationCheckCharacter(std::string_view body8);
// A complete code from its first 16 characters (authority and kind, region, organisation body):
// for demo data, tests and benchmarks.
std::string CompleteCreditCode(std::string_view first16);

}  // namespace sunshine::core
