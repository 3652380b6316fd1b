#include "registry/occupation_rules.hpp"

#include <algorithm>

namespace sunshine::registry {
namespace {
bool ValidCode(const std::string& code) {
  // d-dd-dd-dd
  if (code.size() != 10) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const bool dash = i == 1 || i == 4 || i == 7;
    if (dash ? code[i] != '-' : (code[i] < '0' || code[i] > '9')) return false;
  }
  return true;
}

std::string Show(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }

template <class T>
void Change(std::vector<FieldChange>& changes, const char* field, T& target, const std::optional<T>& value,
            std::optional<std::string> (*show)(const T&)) {
  if (!value || *value == target) return;
  changes.push_back({field, show(target), show(*value)});
  target = *value;
}
}  // namespace

const std::vector<std::string>& OccupationCategories() {
  static const std::vector<std::string> categories = {
      "党的机关、国家机关、群众团体和社会组织、企事业单位负责人",
      "专业技术人员",
      "办事人员和有关人员",
      "社会生产服务和生活服务人员",
      "农、林、牧、渔业生产及辅助人员",
      "生产制造及有关人员",
      "军队人员",
      "不便分类的其他从业人员",
  };
  return categories;
}

std::string LevelName(int level) {
  static const char* kNames[] = {"", "一级/高级技师", "二级/技师", "三级/高级工", "四级/中级工", "五级/初级工"};
  return level >= 1 && level <= 5 ? kNames[level] : "";
}

std::vector<core::FieldError> CheckOccupation(const Occupation& o) {
  std::vector<core::FieldError> errors;
  if (o.code && !o.code->empty() && !ValidCode(*o.code)) errors.push_back({"code", "format"});
  if (o.name.find_first_not_of(' ') == std::string::npos)
    errors.push_back({"name", "required"});
  else if (o.name.size() > 96)
    errors.push_back({"name", "too_long"});
  const auto& categories = OccupationCategories();
  if (std::find(categories.begin(), categories.end(), o.category) == categories.end()) {
    errors.push_back({"category", "unknown"});
  }
  auto level_ok = [](const std::optional<int>& v) { return v && *v >= 1 && *v <= 5; };
  if (o.kind == "occupation") {
    if (!level_ok(o.highest_level)) errors.push_back({"highest_level", o.highest_level ? "out_of_range" : "required"});
    if (!level_ok(o.lowest_level)) errors.push_back({"lowest_level", o.lowest_level ? "out_of_range" : "required"});
    if (level_ok(o.highest_level) && level_ok(o.lowest_level) && *o.highest_level > *o.lowest_level) {
      errors.push_back({"highest_level", "below_lowest"});
    }
  } else if (o.kind == "special_ability") {
    // A special vocational ability is certified as a whole, without skill levels.
    if (o.highest_level) errors.push_back({"highest_level", "not_allowed"});
    if (o.lowest_level) errors.push_back({"lowest_level", "not_allowed"});
  } else {
    errors.push_back({"kind", "unknown"});
  }
  if (o.shortage_rank && *o.shortage_rank < 1) errors.push_back({"shortage_rank", "out_of_range"});
  return errors;
}

Occupation FromInput(const OccupationInput& in) {
  Occupation o;
  if (in.code && !in.code->empty()) o.code = in.code;
  o.name = in.name;
  o.category = in.category;
  o.kind = in.kind;
  o.highest_level = in.highest_level;
  o.lowest_level = in.lowest_level;
  o.urgent = in.urgent.value_or(false);
  o.shortage_rank = in.shortage_rank;
  o.is_new = in.is_new.value_or(false);
  return o;
}

std::vector<FieldChange> ApplyPatch(Occupation& o, const OccupationPatch& p) {
  std::vector<FieldChange> changes;
  auto text = [](const std::string& s) -> std::optional<std::string> { return s; };
  auto flag = [](const bool& b) -> std::optional<std::string> { return b ? "true" : "false"; };
  Change<std::string>(changes, "name", o.name, p.name, text);
  Change<std::string>(changes, "category", o.category, p.category, text);
  Change<bool>(changes, "urgent", o.urgent, p.urgent, flag);
  Change<bool>(changes, "is_new", o.is_new, p.is_new, flag);
  if (p.code) {
    const std::optional<std::string> code = p.code->empty() ? std::nullopt : p.code;
    if (code != o.code) changes.push_back({"code", o.code, code}), o.code = code;
  }
  auto level = [&](const char* field, std::optional<int>& target, const std::optional<int>& value, bool zero_clears) {
    if (!value) return;
    const std::optional<int> next = zero_clears && *value == 0 ? std::nullopt : value;
    if (next == target) return;
    changes.push_back(
        {field, target ? std::optional(Show(target)) : std::nullopt, next ? std::optional(Show(next)) : std::nullopt});
    target = next;
  };
  level("highest_level", o.highest_level, p.highest_level, false);
  level("lowest_level", o.lowest_level, p.lowest_level, false);
  level("shortage_rank", o.shortage_rank, p.shortage_rank, true);
  return changes;
}

}  // namespace sunshine::registry
