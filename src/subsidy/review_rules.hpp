#pragma once
// Who reviews a claim, in what order and by when (审核, issue 14 item 3; R-F1), as pure rules:
// the county first, then the city (受理 -> 初审(县) -> 复核(市)), or the levels the setting
// claim_review_levels names; each stage has claim_review_working_days working days. A reviewer
// approves, refusing payable lines one by one with a reason; it never raises a line or approves
// one the platform did not price. The service applies these to stored claims.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "training/calendar.hpp"

namespace sunshine::subsidy {

enum class ReviewLevel { kCounty, kCity };
std::string_view ReviewLevelName(ReviewLevel level);
std::optional<ReviewLevel> ParseReviewLevel(std::string_view text);
// "county,city", "county" or "city": at least one, each once, the county before the city.
std::optional<std::vector<ReviewLevel>> ParseReviewLevels(std::string_view text);
std::string ReviewLevelsText(const std::vector<ReviewLevel>& levels);

struct ReviewPolicy {
  std::vector<ReviewLevel> levels = {ReviewLevel::kCounty, ReviewLevel::kCity};  // claim_review_levels [V] 初审/复核
  int working_days = 10;               // claim_review_working_days, per stage [V] 10 working days
  training::WorkCalendar calendar;     // the holiday lists (policy_holidays, policy_extra_workdays)
};

// The level of an officer's office from its region scope's prefix ("51", "5101", "510104").
enum class OfficeLevel { kCounty, kCity, kProvince };
std::optional<OfficeLevel> OfficeLevelOf(std::string_view region_prefix);
// Whether an office at `office` is above the reviewers of `stage` (the superior an overdue
// claim is shown to): the city over the county, the province over both.
bool Oversees(OfficeLevel office, ReviewLevel stage);
bool Reviews(OfficeLevel office, ReviewLevel stage);

// After an approval at `stage`: the next level of `levels`, or none when the review is over.
std::optional<ReviewLevel> NextStage(ReviewLevel stage, const std::vector<ReviewLevel>& levels);

// A line a reviewer refuses to pay, and why.
struct Refusal {
  std::int64_t trainee_id = 0;
  std::string reason;
};
// The refusals' field errors (refusals[i].trainee_id: not_a_line, not_payable, duplicate;
// refusals[i].reason: required). `payable` maps each line's trainee to whether it is payable
// now (priced by the platform and not withheld).
std::vector<core::FieldError> CheckRefusals(const std::vector<Refusal>& refusals,
                                            const std::map<std::int64_t, bool>& payable);

}  // namespace sunshine::subsidy
