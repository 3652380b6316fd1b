#include "subsidy/history_rules.hpp"

#include <array>
#include <cstdio>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "registry/project_rules.hpp"

namespace sunshine::subsidy {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Characters in UTF-8 (for length limits given in characters).
std::size_t Characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// "2023", "3", "15" -> "2023-03-15" when a real date.
std::optional<std::string> DateOf(std::string_view y, std::string_view m, std::string_view d) {
  if (y.size() != 4 || !AllDigits(y) || m.empty() || m.size() > 2 || !AllDigits(m) || d.empty() || d.size() > 2 ||
      !AllDigits(d)) {
    return std::nullopt;
  }
  char out[11];
  std::snprintf(out, sizeof out, "%.4s-%02d-%02d", y.data(), std::stoi(std::string(m)), std::stoi(std::string(d)));
  if (!core::IsDate(out)) return std::nullopt;
  return std::string(out);
}

}  // namespace

std::optional<std::int64_t> ParseYuan(std::string_view text) {
  text = Trim(text);
  if (text.ends_with("元")) text = Trim(text.substr(0, text.size() - std::string_view("元").size()));
  const auto dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view cents = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  if (dot != std::string_view::npos && (cents.empty() || cents.size() > 2 || !AllDigits(cents))) return std::nullopt;
  // Thousands separators only in their places: "1,200" and "12,345,678", never "1,20".
  std::string digits;
  if (whole.find(',') != std::string_view::npos) {
    std::size_t group = whole.find(',');
    if (group == 0 || group > 3 || !AllDigits(whole.substr(0, group))) return std::nullopt;
    digits = whole.substr(0, group);
    for (std::size_t at = group; at < whole.size(); at += 4) {
      if (whole[at] != ',' || at + 4 > whole.size() || !AllDigits(whole.substr(at + 1, 3))) return std::nullopt;
      digits += whole.substr(at + 1, 3);
    }
  } else {
    digits = whole;
  }
  if (!AllDigits(digits) || digits.size() > 12) return std::nullopt;
  std::int64_t fen = std::stoll(digits) * 100;
  if (!cents.empty()) fen += std::stoll(std::string(cents)) * (cents.size() == 1 ? 10 : 1);
  return fen;
}

std::optional<int> ParseLevel(std::string_view text) {
  text = Trim(text);
  static constexpr std::array<std::array<std::string_view, 4>, 5> kNames = {{
      {"1", "一级", "高级技师", "一级/高级技师"},
      {"2", "二级", "技师", "二级/技师"},
      {"3", "三级", "高级工", "三级/高级工"},
      {"4", "四级", "中级工", "四级/中级工"},
      {"5", "五级", "初级工", "五级/初级工"},
  }};
  if (text.size() == 4 && text.substr(1) == "级" && text[0] >= '1' && text[0] <= '5') return text[0] - '0';
  for (int level = 1; level <= 5; ++level) {
    for (auto name : kNames[level - 1]) {
      if (text == name) return level;
    }
  }
  return std::nullopt;
}

std::optional<std::string> ParseHistoryDate(std::string_view text) {
  text = Trim(text);
  if (text.size() == 8 && AllDigits(text)) return DateOf(text.substr(0, 4), text.substr(4, 2), text.substr(6, 2));
  // "2023年3月15日"
  if (const auto year = text.find("年"); year != std::string_view::npos && text.ends_with("日")) {
    const auto month = text.find("月", year);
    if (month == std::string_view::npos) return std::nullopt;
    const auto after_year = year + std::string_view("年").size();
    const auto after_month = month + std::string_view("月").size();
    return DateOf(text.substr(0, year), text.substr(after_year, month - after_year),
                  text.substr(after_month, text.size() - std::string_view("日").size() - after_month));
  }
  // "2023-03-15", "2023/3/15", "2023.3.15": one separator used twice.
  if (text.size() < 8 || (text[4] != '-' && text[4] != '/' && text[4] != '.')) return std::nullopt;
  const char separator = text[4];
  const auto second = text.find(separator, 5);
  if (second == std::string_view::npos) return std::nullopt;
  return DateOf(text.substr(0, 4), text.substr(5, second - 5), text.substr(second + 1));
}

const OccupationRef* ResolveOccupation(const std::vector<OccupationRef>& catalogue, std::string_view text,
                                       bool has_level) {
  text = Trim(text);
  if (text.empty()) return nullptr;
  for (const auto& o : catalogue) {
    if (o.code && *o.code == text) return &o;
  }
  const OccupationRef* found = nullptr;
  for (const auto& o : catalogue) {
    if (o.name != text) continue;
    // A name both an occupation and a special ability carry: the level tells which.
    if (!found || o.special_ability != has_level) found = &o;
  }
  return found;
}

std::vector<core::FieldError> CheckHistory(const HistoryInput& in, const OccupationRef* occupation,
                                           std::string_view today, HistoryRecord& out) {
  std::vector<core::FieldError> errors;
  const auto name = Trim(in.name);
  if (name.empty()) {
    errors.push_back({"name", "required"});
  } else if (Characters(name) > 50) {
    errors.push_back({"name", "too_long"});
  }

  std::optional<core::IdNumber> id;
  if (Trim(in.id_number).empty()) {
    errors.push_back({"id_number", "required"});
  } else {
    auto checked = core::CheckIdNumber(Trim(in.id_number), core::DateNumber(today));
    if (checked.id) {
      id = checked.id;
    } else {
      errors.push_back({"id_number", checked.reason});
    }
  }

  const bool has_level = !Trim(in.level).empty();
  const auto level = ParseLevel(in.level);
  if (Trim(in.occupation).empty()) {
    errors.push_back({"occupation", "required"});
  } else if (!occupation) {
    errors.push_back({"occupation", "unknown"});
  } else if (occupation->special_ability) {
    if (has_level) errors.push_back({"level", "not_applicable"});
  } else if (!has_level) {
    errors.push_back({"level", "required"});
  } else if (!level) {
    errors.push_back({"level", "unknown"});
  } else if (*level < occupation->highest_level.value_or(1) || *level > occupation->lowest_level.value_or(5)) {
    errors.push_back({"level", "not_offered"});
  }

  const auto type = Trim(in.subsidy_type);
  if (type.empty()) {
    errors.push_back({"subsidy_type", "required"});
  } else if (!registry::IsTrainingType(type)) {
    errors.push_back({"subsidy_type", "unknown"});
  }

  std::optional<std::string> date;
  if (Trim(in.trained_on).empty()) {
    errors.push_back({"trained_on", "required"});
  } else if (!(date = ParseHistoryDate(in.trained_on))) {
    errors.push_back({"trained_on", "format"});
  } else if (*date > today) {
    errors.push_back({"trained_on", "in_future"});
  } else if (*date < kEarliestHistoryDate) {
    errors.push_back({"trained_on", "too_early"});
  } else if (id) {
    char birth[11];
    std::snprintf(birth, sizeof birth, "%04d-%02d-%02d", id->birth_year, id->birth_month, id->birth_day);
    if (*date < std::string_view(birth)) errors.push_back({"trained_on", "before_birth"});
  }

  std::optional<std::int64_t> fen;
  if (Trim(in.amount).empty()) {
    errors.push_back({"amount", "required"});
  } else if (!(fen = ParseYuan(in.amount))) {
    errors.push_back({"amount", "format"});
  } else if (*fen <= 0 || *fen > kMaxHistoryAmountFen) {
    errors.push_back({"amount", "out_of_range"});
  }

  const auto source = Trim(in.source);
  if (source.empty()) {
    errors.push_back({"source", "required"});
  } else if (Characters(source) > 100) {
    errors.push_back({"source", "too_long"});
  }

  if (!errors.empty()) return errors;
  out.name = std::string(name);
  out.id_number = id->value;
  out.occupation_id = occupation->id;
  out.level = occupation->special_ability ? std::nullopt : level;
  out.subsidy_type = std::string(type);
  out.trained_on = *date;
  out.amount_fen = *fen;
  out.source = std::string(source);
  return errors;
}

std::string HistoryKey(std::string_view id_number_index, const HistoryRecord& record) {
  return std::string(id_number_index) + "|" + std::to_string(record.occupation_id) + "|" +
         (record.level ? std::to_string(*record.level) : "") + "|" + record.subsidy_type + "|" + record.trained_on;
}

}  // namespace sunshine::subsidy
