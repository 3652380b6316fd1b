#include "subsidy/review_rules.hpp"

#include <set>

#include "core/text.hpp"

namespace sunshine::subsidy {

std::string_view ReviewLevelName(ReviewLevel level) { return level == ReviewLevel::kCounty ? "county" : "city"; }

std::optional<ReviewLevel> ParseReviewLevel(std::string_view text) {
  if (text == "county") return ReviewLevel::kCounty;
  if (text == "city") return ReviewLevel::kCity;
  return std::nullopt;
}

std::optional<std::vector<ReviewLevel>> ParseReviewLevels(std::string_view text) {
  std::vector<ReviewLevel> out;
  while (true) {
    const auto comma = text.find(',');
    const auto level = ParseReviewLevel(text.substr(0, comma));
    // Each level once, in order: a city before the county, or twice the same, is refused.
    if (!level || (!out.empty() && out.back() >= *level)) return std::nullopt;
    out.push_back(*level);
    if (comma == std::string_view::npos) return out;
    text.remove_prefix(comma + 1);
  }
}

std::string ReviewLevelsText(const std::vector<ReviewLevel>& levels) {
  std::string out;
  for (const auto level : levels) out += (out.empty() ? "" : ",") + std::string(ReviewLevelName(level));
  return out;
}

std::optional<OfficeLevel> OfficeLevelOf(std::string_view region_prefix) {
  switch (region_prefix.size()) {
    case 2: return OfficeLevel::kProvince;
    case 4: return OfficeLevel::kCity;
    case 6: return OfficeLevel::kCounty;
    default: return std::nullopt;
  }
}

bool Reviews(OfficeLevel office, ReviewLevel stage) {
  return (office == OfficeLevel::kCounty && stage == ReviewLevel::kCounty) ||
         (office == OfficeLevel::kCity && stage == ReviewLevel::kCity);
}

bool Oversees(OfficeLevel office, ReviewLevel stage) {
  return office == OfficeLevel::kProvince || (office == OfficeLevel::kCity && stage == ReviewLevel::kCounty);
}

std::optional<ReviewLevel> NextStage(ReviewLevel stage, const std::vector<ReviewLevel>& levels) {
  for (const auto level : levels) {
    if (level > stage) return level;
  }
  return std::nullopt;
}

std::vector<core::FieldError> CheckRefusals(const std::vector<Refusal>& refusals,
                                            const std::map<std::int64_t, bool>& payable) {
  std::vector<core::FieldError> errors;
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < refusals.size(); ++i) {
    const std::string at = "refusals[" + std::to_string(i) + "]";
    const auto& r = refusals[i];
    const auto line = payable.find(r.trainee_id);
    if (line == payable.end()) {
      errors.push_back({at + ".trainee_id", "not_a_line"});
    } else if (!line->second) {
      errors.push_back({at + ".trainee_id", "not_payable"});
    } else if (!seen.insert(r.trainee_id).second) {
      errors.push_back({at + ".trainee_id", "duplicate"});
    }
    if (core::IsBlank(r.reason)) errors.push_back({at + ".reason", "required"});
  }
  return errors;
}

}  // namespace sunshine::subsidy
