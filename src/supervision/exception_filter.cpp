#include "supervision/exception_filter.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <charconv>

#include "core/principal.hpp"
#include "core/time.hpp"

namespace sunshine::supervision {
namespace {
using core::FieldError;

// A positive id, or a field error.
bool ReadId(const std::map<std::string, std::string, std::less<>>& query, std::string_view name,
            std::int64_t& out, std::vector<FieldError>& errors) {
  const auto it = query.find(name);
  if (it == query.end() || it->second.empty()) return true;
  const std::string& text = it->second;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end != text.data() + text.size() || out <= 0) {
    errors.push_back({std::string(name), "not_an_id"});
    out = 0;
    return false;
  }
  return true;
}

std::string Param(const std::map<std::string, std::string, std::less<>>& query, std::string_view name) {
  const auto it = query.find(name);
  return it == query.end() ? std::string() : it->second;
}
}  // namespace

const std::vector<ReasonInfo>& Reasons() {
  // The codes checkin_rules.cpp and online_rules.cpp give, worded as the trail page words them.
  static const std::vector<ReasonInfo> reasons = {
      {"class_not_open", "班级未获批准或已取消", true, true},
      {"not_on_roster", "不在花名册上", true, true},
      {"withdrawn", "已退出花名册", true, true},
      {"captured_in_future", "拍摄时间晚于服务器时间", true, true},
      {"too_early", "早于签到时间", true, false},
      {"late", "迟到", true, false},
      {"left_early", "早退", true, false},
      {"after_session", "晚于签退时间", true, false},
      {"outside_session", "不在上课时间内", true, false},
      {"far_from_venue", "距培训场地过远", true, false},
      {"low_face_score", "人脸比对分数过低", true, false},
      {"low_liveness_score", "活体检测分数过低", true, false},
      {"outside_sessions", "不在任何计划课次时间内", false, true},
      {"face_check_failed", "有人脸核验未通过", false, true},
      {"no_face_check", "无人脸核验", false, true},
      {"face_check_gap", "人脸核验间隔过长", false, true},
      {"overlaps_segment", "与其他学习时段重叠", false, true},
  };
  return reasons;
}

const ReasonInfo* FindReason(std::string_view code) {
  for (const auto& r : Reasons()) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

std::vector<std::string> ReasonCodes(std::string_view reasons_json) {
  std::vector<std::string> codes;
  boost::system::error_code ec;
  const auto parsed = boost::json::parse(reasons_json, ec);
  if (ec || !parsed.is_array()) return codes;
  for (const auto& item : parsed.as_array()) {
    if (item.is_string()) codes.emplace_back(item.as_string());
  }
  return codes;
}

std::string ReasonLabels(std::string_view reasons_json) {
  std::string out;
  for (const auto& code : ReasonCodes(reasons_json)) {
    const auto* info = FindReason(code);
    if (!out.empty()) out += "、";
    out += info ? std::string(info->label) : code;
  }
  return out;
}

core::Result<ExceptionFilter> ReadFilter(const std::map<std::string, std::string, std::less<>>& query) {
  ExceptionFilter filter;
  std::vector<FieldError> errors;
  const std::string source = Param(query, "source");
  if (source == "online") {
    filter.source = Source::kOnline;
  } else if (!source.empty() && source != "checkin") {
    errors.push_back({"source", "unknown"});
  }
  ReadId(query, "class_id", filter.class_id, errors);
  ReadId(query, "terminal_id", filter.terminal_id, errors);
  ReadId(query, "institution_id", filter.institution_id, errors);
  if (const std::string region = Param(query, "region_code"); !region.empty()) {
    const bool digits = region.size() == 6 && std::all_of(region.begin(), region.end(), ::isdigit);
    if (!digits) {
      errors.push_back({"region_code", "not_a_region_code"});
    } else {
      filter.region_prefix = core::Scope{core::ScopeKind::kRegion, region}.RegionPrefix();
    }
  }
  if (const std::string reason = Param(query, "reason"); !reason.empty()) {
    const auto* info = FindReason(reason);
    if (info == nullptr) {
      errors.push_back({"reason", "unknown"});
    } else if (!(filter.source == Source::kCheckin ? info->checkin : info->online)) {
      errors.push_back({"reason", "not_for_source"});
    } else {
      filter.reason = reason;
    }
  }
  if (const std::string from = Param(query, "from"); !from.empty()) {
    if (const auto at = core::DayStartInShanghai(from)) filter.from = *at;
    else errors.push_back({"from", "not_a_date"});
  }
  if (const std::string to = Param(query, "to"); !to.empty()) {
    // `to` is inclusive: the range ends at the next midnight.
    if (const auto at = core::DayEndInShanghai(to)) filter.to = *at;
    else errors.push_back({"to", "not_a_date"});
  }
  if (filter.from != 0 && filter.to != 0 && filter.to <= filter.from) errors.push_back({"to", "before_from"});
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "筛选条件有误", std::move(errors));
  return filter;
}

std::optional<Grouping> GroupingNamed(std::string_view name) {
  if (name == "institution") return Grouping::kInstitution;
  if (name == "class") return Grouping::kClass;
  if (name == "terminal") return Grouping::kTerminal;
  if (name == "region") return Grouping::kRegion;
  return std::nullopt;
}

std::vector<SummaryRow> FoldSummary(const std::vector<SummaryInput>& rows, std::size_t limit) {
  std::map<std::int64_t, SummaryRow> groups;
  for (const auto& row : rows) {
    SummaryRow& group = groups[row.key];
    group.key = row.key;
    if (group.name.empty()) group.name = row.name;
    group.total += row.count;
    for (const auto& code : ReasonCodes(row.reasons)) group.by_reason[code] += row.count;
  }
  std::vector<SummaryRow> out;
  out.reserve(groups.size());
  for (auto& [key, group] : groups) out.push_back(std::move(group));
  std::sort(out.begin(), out.end(), [](const SummaryRow& a, const SummaryRow& b) {
    return a.total != b.total ? a.total > b.total : a.key < b.key;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace sunshine::supervision
