#include "core/ids.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include "core/text.hpp"

namespace sunshine::core {
namespace {
constexpr std::array<int, 17> kIdWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kIdChecks = "10X98765432";
constexpr std::string_view kCreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kCreditWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int CreditValue(char c) {
  const auto at = kCreditAlphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}
}  // namespace

bool IsProvinceCode(int code) {
  return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
         (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71 ||
         code == 81 || code == 82;
}

char IdCheckCharacter(std::string_view first17) {
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kIdWeights[i];
  return kIdChecks[sum % 11];
}

IdNumberCheck CheckIdNumber(std::string_view text, int today) {
  if (text.size() != 18) return {std::nullopt, "length"};
  std::string value = NormaliseIdNumber(text);
  for (std::size_t i = 0; i < 17; ++i) {
    if (!IsDigit(value[i])) return {std::nullopt, "characters"};
  }
  if (!IsDigit(value[17]) && value[17] != 'X') return {std::nullopt, "characters"};
  const int province = (value[0] - '0') * 10 + (value[1] - '0');
  if (!IsProvinceCode(province)) return {std::nullopt, "region"};
  IdNumber id;
  id.birth_year = std::stoi(value.substr(6, 4));
  id.birth_month = std::stoi(value.substr(10, 2));
  id.birth_day = std::stoi(value.substr(12, 2));
  using namespace std::chrono;
  const year_month_day birth{year{id.birth_year}, month{static_cast<unsigned>(id.birth_month)},
                             day{static_cast<unsigned>(id.birth_day)}};
  const int birth_number = id.birth_year * 10000 + id.birth_month * 100 + id.birth_day;
  if (!birth.ok() || id.birth_year < 1900 || birth_number > today) return {std::nullopt, "birth_date"};
  if (IdCheckCharacter(value) != value[17]) return {std::nullopt, "check_digit"};
  id.region_code = value.substr(0, 6);
  id.sex = (value[16] - '0') % 2 == 1 ? Sex::kMale : Sex::kFemale;
  id.value = std::move(value);
  return {std::move(id), ""};
}

std::string NormaliseIdNumber(std::string_view text) {
  std::string value(text);
  if (value.size() == 18 && value[17] == 'x') value[17] = 'X';
  return value;
}

std::string MaskIdNumber(std::string_view id) {
  if (id.size() < 10) return std::string(id.size(), '*');
  return std::string(id.substr(0, 6)) + std::string(id.size() - 10, '*') + std::string(id.substr(id.size() - 4));
}

std::string MaskPhone(std::string_view phone) {
  if (phone.size() < 7) return std::string(phone.size(), '*');
  return std::string(phone.substr(0, 3)) + std::string(phone.size() - 7, '*') + std::string(phone.substr(phone.size() - 4));
}

std::string MaskName(std::string_view name) {
  if (name.empty()) return "*";
  std::size_t first = 1;  // the bytes of the first character
  while (first < name.size() && (static_cast<unsigned char>(name[first]) & 0xC0) == 0x80) ++first;
  return std::string(name.substr(0, first)) + std::string(std::max<std::size_t>(Utf8Length(name) - 1, 1), '*');
}

char CreditCodeCheckCharacter(std::string_view first17) {
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += CreditValue(first17[i]) * kCreditWeights[i];
  const int check = (31 - sum % 31) % 31;
  return kCreditAlphabet[check];
}

std::string CheckCreditCode(std::string_view code) {
  if (code.size() != 18) return "length";
  for (char c : code) {
    if (CreditValue(c) < 0) return "characters";  // also refuses lower case and I, O, S, V, Z
  }
  // Positions 9-17 are the GB 11714 organisation code: 8 characters (digits or A-Z) and its
  // own check character, 0-9 or X.
  if (code[16] != OrganisationCheckCharacter(code.substr(8, 8))) return "organisation_code";
  if (CreditCodeCheckCharacter(code) != code[17]) return "check_digit";
  return "";
}

char OrganisationCheckCharacter(std::string_view body8) {
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    const char c = body8[i];
    const int value = IsDigit(c) ? c - '0' : c - 'A' + 10;
    sum += value * kOrgWeights[i];
  }
  const int check = 11 - sum % 11;
  return check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
}

std::string CompleteCreditCode(std::string_view first16) {
  std::string code(first16);
  code += OrganisationCheckCharacter(first16.substr(8, 8));
  code += CreditCodeCheckCharacter(code);
  return code;
}

}  // namespace sunshine::core
