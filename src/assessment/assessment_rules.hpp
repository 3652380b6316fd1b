#pragma once
// The rules of result assessment and skill-level evaluation (培训结果考核, 职业技能等级认定, R-W5)
// that need no database: who must be assessed (应评尽评), whether scores pass, whether an
// examiner may examine. The services feed them from the store (issue 13 items 2-3).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::assessment {

// Why an eligible trainee is not a candidate of any sitting: recorded by the evaluation body
// or the institution, never left blank (应评尽评).
enum class ExemptionReason { kAbsent, kWithdrew, kDeferred };
const char* ReasonName(ExemptionReason reason);  // "absent", "withdrew", "deferred"
std::optional<ExemptionReason> ParseReason(std::string_view name);

struct RosterMember {
  std::int64_t trainee_id = 0;
  int attendance_1e4 = 0;  // counted hours over planned hours, 10000 = 100 % (kept attendance)
  bool withdrawn = false;  // left the roster: never eligible
};

// Eligible: still on the roster and at or above the threshold (a setting, default 8000 = 80 %).
bool Eligible(const RosterMember& member, int threshold_1e4);

// The eligible trainees who are neither a candidate nor carry a reason, by trainee id: what the
// class's 应评尽评 view and the officer's overdue list show.
std::vector<std::int64_t> Unaccounted(const std::vector<RosterMember>& roster, int threshold_1e4,
                                      const std::set<std::int64_t>& candidates,
                                      const std::map<std::int64_t, ExemptionReason>& exempted);

// Pass marks out of 100 for one level (settings; default 60 each, the national standards'
// 百分制, 60 及以上为合格).
struct PassMarks {
  int theory = 60;
  int practical = 60;
};

// Scores out of 100; a part not sat is empty and fails.
struct Scores {
  std::optional<int> theory, practical;
};

// Field errors for scores outside 0-100 (fields "theory", "practical" under `path`).
std::vector<core::FieldError> CheckScores(const Scores& scores, const std::string& path);
bool Passed(const Scores& scores, const PassMarks& marks);

// An examiner may not examine a class they taught (the sitting's examiners against the class's
// teachers, by person: their ID numbers' blind indexes): the positions in `examiners` of those
// who taught, in order; empty when none.
std::vector<std::size_t> ExaminersWhoTaught(const std::vector<std::string>& examiners,
                                            const std::vector<std::string>& teachers);

}  // namespace sunshine::assessment
