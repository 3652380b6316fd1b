#include "registry/trainee_rules.hpp"

#include <algorithm>
#include <set>

#include "core/ids.hpp"

namespace sunshine::registry {
namespace {
bool Blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

bool Known(const std::vector<std::pair<std::string, std::string>>& table, std::string_view id) {
  return std::any_of(table.begin(), table.end(), [&](const auto& entry) { return entry.first == id; });
}

void CheckName(const std::string& name, std::vector<core::FieldError>& errors) {
  if (Blank(name))
    errors.push_back({"name", "required"});
  else if (name.size() > 90)  // 30 CJK characters: longer than any real name incl. minority names
    errors.push_back({"name", "too_long"});
}

void CheckPhone(const std::string& phone, std::vector<core::FieldError>& errors) {
  if (Blank(phone))
    errors.push_back({"phone", "required"});
  else if (auto reason = CheckMobilePhone(NormalisePhone(phone)); !reason.empty())
    errors.push_back({"phone", reason});
}

void CheckResidence(const std::string& code, const std::optional<std::string>& level,
                    std::vector<core::FieldError>& errors) {
  // Residence is where the person lives and trains: a county of this province.
  if (Blank(code))
    errors.push_back({"residence_region_code", "required"});
  else if (!level)
    errors.push_back({"residence_region_code", "unknown_region"});
  else if (*level != "county")
    errors.push_back({"residence_region_code", "not_a_county"});
}

void CheckHousehold(const std::string& code, const std::optional<std::string>& level,
                    std::vector<core::FieldError>& errors) {
  // 户籍 may be anywhere in China (migrant workers): a Sichuan county, or a six-digit code of
  // another province, which this platform has no table for.
  if (Blank(code)) {
    errors.push_back({"household_region_code", "required"});
  } else if (level) {
    if (*level != "county") errors.push_back({"household_region_code", "not_a_county"});
  } else if (code.size() != 6 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
             code.starts_with("51") || !core::IsProvinceCode((code[0] - '0') * 10 + (code[1] - '0'))) {
    errors.push_back({"household_region_code", "unknown_region"});
  }
}

void CheckGroups(const std::vector<std::string>& groups, std::vector<core::FieldError>& errors) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const std::string field = "groups[" + std::to_string(i) + "]";
    if (!Known(TraineeGroups(), groups[i]))
      errors.push_back({field, "unknown"});
    else if (!seen.insert(groups[i]).second)
      errors.push_back({field, "duplicate"});
  }
}

void CheckEmployment(const std::string& status, std::vector<core::FieldError>& errors) {
  if (Blank(status))
    errors.push_back({"employment_status", "required"});
  else if (!Known(EmploymentStatuses(), status))
    errors.push_back({"employment_status", "unknown"});
}
}  // namespace

const std::vector<std::pair<std::string, std::string>>& TraineeGroups() {
  static const std::vector<std::pair<std::string, std::string>> groups = {
      {"rural_migrant", "农村转移就业劳动者"},
      {"two_after_youth", "两后生"},
      {"unemployed", "下岗失业人员"},
      {"veteran", "退役军人"},
      {"disabled", "残疾人"},
      {"retired_fisher", "退捕渔民"},
      {"prisoner_rehab", "服刑人员和强制隔离戒毒人员"},
      {"employment_difficulty", "就业困难人员"},
      {"poverty_risk", "易返贫致贫人口"},
  };
  return groups;
}

const std::vector<std::pair<std::string, std::string>>& EmploymentStatuses() {
  static const std::vector<std::pair<std::string, std::string>> statuses = {
      {"employed", "企业在岗职工"},   {"flexible", "灵活就业"},      {"self_employed", "自主创业"},
      {"unemployed", "失业/未就业"},  {"student", "在校学生"},       {"other", "其他"},
  };
  return statuses;
}

std::string NormalisePhone(std::string_view phone) {
  std::string out;
  for (char c : phone) {
    if (c != ' ' && c != '-') out += c;
  }
  if (out.starts_with("+86")) out.erase(0, 3);
  return out;
}

std::string CheckMobilePhone(std::string_view phone) {
  if (phone.size() != 11) return "length";
  if (!std::all_of(phone.begin(), phone.end(), [](char c) { return c >= '0' && c <= '9'; })) return "characters";
  if (phone[0] != '1' || phone[1] < '3') return "not_a_mobile";
  return "";
}

std::vector<core::FieldError> CheckTrainee(const TraineeInput& in, const RegionFacts& regions, int today,
                                           DerivedIdentity* derived) {
  std::vector<core::FieldError> errors;
  CheckName(in.name, errors);
  if (Blank(in.id_number)) {
    errors.push_back({"id_number", "required"});
  } else {
    const auto id = core::CheckIdNumber(in.id_number, today);
    if (!id.id) {
      errors.push_back({"id_number", id.reason});
    } else if (derived) {
      char date[11];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d", id.id->birth_year, id.id->birth_month, id.id->birth_day);
      *derived = {id.id->value, id.id->sex == core::Sex::kMale ? "male" : "female", date};
    }
  }
  CheckPhone(in.phone, errors);
  CheckHousehold(in.household_region_code, regions.household_level, errors);
  CheckResidence(in.residence_region_code, regions.residence_level, errors);
  CheckGroups(in.groups, errors);
  CheckEmployment(in.employment_status, errors);
  return errors;
}

std::vector<core::FieldError> CheckTraineePatch(const TraineePatch& p, const RegionFacts& regions) {
  std::vector<core::FieldError> errors;
  if (p.name) CheckName(*p.name, errors);
  if (p.phone) CheckPhone(*p.phone, errors);
  if (p.household_region_code) CheckHousehold(*p.household_region_code, regions.household_level, errors);
  if (p.residence_region_code) CheckResidence(*p.residence_region_code, regions.residence_level, errors);
  if (p.groups) CheckGroups(*p.groups, errors);
  if (p.employment_status) CheckEmployment(*p.employment_status, errors);
  return errors;
}

std::string JoinGroups(const std::vector<std::string>& groups) {
  std::string out = ",";
  for (const auto& g : groups) out += g + ",";
  return out;
}

std::vector<std::string> SplitGroups(std::string_view stored) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < stored.size()) {
    auto end = stored.find(',', start);
    if (end == std::string_view::npos) end = stored.size();
    if (end > start) out.emplace_back(stored.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace sunshine::registry
