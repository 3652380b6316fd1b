#include "registry/organisation_rules.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/ids.hpp"

namespace sunshine::registry {
namespace {
bool Blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

void CheckIndustryAndSize(const OrganisationKind& kind, const std::optional<std::string>& industry,
                          const std::optional<std::string>& size, bool required,
                          std::vector<core::FieldError>& errors) {
  if (!kind.has_industry_and_size) {
    if (industry) errors.push_back({"industry", "not_applicable"});
    if (size) errors.push_back({"size", "not_applicable"});
    return;
  }
  if (industry ? !IsChoice(Industries(), *industry) : required)
    errors.push_back({"industry", industry ? "unknown" : "required"});
  if (size ? !IsChoice(EnterpriseSizes(), *size) : required) errors.push_back({"size", size ? "unknown" : "required"});
}
}  // namespace

const std::vector<OrganisationKind>& OrganisationKinds() {
  static const std::vector<OrganisationKind> kinds = {
      {"enterprise",
       "enterprises",
       "企业",
       "registry:enterprise",
       {{"state_owned", "国有企业"},
        {"collective", "集体企业"},
        {"private", "民营企业"},
        {"foreign", "外商投资企业"},
        {"hmt", "港澳台商投资企业"},
        {"individual", "个体工商户"},
        {"other", "其他"}},
       true,
       false},
      {"evaluation_body",
       "evaluation-bodies",
       "评价机构",
       "registry:evaluation_body",
       {{"employer", "用人单位（企业自主评价）"},
        {"vocational_college", "职业院校"},
        {"technical_school", "技工院校"},
        {"social_organisation", "社会培训评价组织"}},
       false,
       false},
      {"auditor",
       "auditors",
       "第三方机构",
       "registry:auditor",
       {{"accounting_firm", "会计师事务所"},
        {"law_firm", "律师事务所"},
        {"assessment", "第三方评估机构"},
        {"other", "其他"}},
       false,
       true},
  };
  return kinds;
}

const OrganisationKind& KindOf(std::string_view id) {
  for (const auto& kind : OrganisationKinds()) {
    if (kind.id == id) return kind;
  }
  throw std::invalid_argument("unknown organisation kind");
}

const Choices& Industries() {
  static const Choices industries = {
      {"A", "农、林、牧、渔业"},
      {"B", "采矿业"},
      {"C", "制造业"},
      {"D", "电力、热力、燃气及水生产和供应业"},
      {"E", "建筑业"},
      {"F", "批发和零售业"},
      {"G", "交通运输、仓储和邮政业"},
      {"H", "住宿和餐饮业"},
      {"I", "信息传输、软件和信息技术服务业"},
      {"J", "金融业"},
      {"K", "房地产业"},
      {"L", "租赁和商务服务业"},
      {"M", "科学研究和技术服务业"},
      {"N", "水利、环境和公共设施管理业"},
      {"O", "居民服务、修理和其他服务业"},
      {"P", "教育"},
      {"Q", "卫生和社会工作"},
      {"R", "文化、体育和娱乐业"},
      {"S", "公共管理、社会保障和社会组织"},
      {"T", "国际组织"},
  };
  return industries;
}

const Choices& EnterpriseSizes() {
  static const Choices sizes = {{"large", "大型"}, {"medium", "中型"}, {"small", "小型"}, {"micro", "微型"}};
  return sizes;
}

bool IsChoice(const Choices& choices, std::string_view id) {
  return std::any_of(choices.begin(), choices.end(), [&](const auto& c) { return c.first == id; });
}

std::string ChoiceName(const Choices& choices, const std::string& id) {
  for (const auto& [key, name] : choices) {
    if (key == id) return name;
  }
  return id;
}

void CheckNameCodeTypeRegion(const std::string& name, const std::string& credit_code, bool override_check,
                             const std::string& type, const Choices& types,
                             const std::optional<std::string>& region_level, std::vector<core::FieldError>& errors) {
  if (Blank(name))
    errors.push_back({"name", "required"});
  else if (name.size() > 192)
    errors.push_back({"name", "too_long"});
  const std::string credit = core::CheckCreditCode(credit_code);
  const bool overridable = credit == "check_digit" || credit == "organisation_code";
  if (!credit.empty() && !(overridable && override_check)) errors.push_back({"credit_code", credit});
  if (!IsChoice(types, type)) errors.push_back({"type", "unknown"});
  if (!region_level)
    errors.push_back({"region_code", "unknown_region"});
  else if (*region_level != "county")
    errors.push_back({"region_code", "not_a_county"});
}

std::vector<core::FieldError> CheckOrganisation(const OrganisationKind& kind, const OrganisationInput& in,
                                                const std::optional<std::string>& region_level) {
  std::vector<core::FieldError> errors;
  CheckNameCodeTypeRegion(in.name, in.credit_code, in.override_credit_check.value_or(false), in.type, kind.types,
                          region_level, errors);
  CheckIndustryAndSize(kind, in.industry, in.size, true, errors);
  return errors;
}

std::vector<core::FieldError> ApplyOrganisationPatch(const OrganisationKind& kind, const OrganisationPatch& p,
                                                     const std::optional<std::string>& region_level,
                                                     Organisation& org, std::vector<std::string>& changed) {
  std::vector<core::FieldError> errors;
  if (p.name && (Blank(*p.name) || p.name->size() > 192)) errors.push_back({"name", Blank(*p.name) ? "required" : "too_long"});
  if (p.type && !IsChoice(kind.types, *p.type)) errors.push_back({"type", "unknown"});
  if (p.region_code && region_level != "county")
    errors.push_back({"region_code", region_level ? "not_a_county" : "unknown_region"});
  CheckIndustryAndSize(kind, p.industry, p.size, false, errors);
  if (p.status && *p.status != "active" && *p.status != "revoked") errors.push_back({"status", "unknown"});
  const bool status_changes = p.status && *p.status != org.status;
  if (status_changes && (!p.reason || Blank(*p.reason))) errors.push_back({"reason", "required"});
  if (!errors.empty()) return errors;
  auto apply = [&changed](const char* field, auto& target, const auto& value) {
    if (value && target != *value) {
      target = *value;
      changed.emplace_back(field);
    }
  };
  apply("name", org.name, p.name);
  apply("type", org.type, p.type);
  apply("region_code", org.region_code, p.region_code);
  apply("industry", org.industry, p.industry);
  apply("size", org.size, p.size);
  apply("status", org.status, p.status);
  return errors;
}

}  // namespace sunshine::registry
