#include "assessment/assessment_rules.hpp"

#include <algorithm>

namespace sunshine::assessment {

const char* ReasonName(ExemptionReason reason) {
  switch (reason) {
    case ExemptionReason::kAbsent:
      return "absent";
    case ExemptionReason::kWithdrew:
      return "withdrew";
    case ExemptionReason::kDeferred:
      break;
  }
  return "deferred";
}

std::optional<ExemptionReason> ParseReason(std::string_view name) {
  for (auto reason : {ExemptionReason::kAbsent, ExemptionReason::kWithdrew, ExemptionReason::kDeferred}) {
    if (name == ReasonName(reason)) return reason;
  }
  return std::nullopt;
}

bool Eligible(const RosterMember& member, int threshold_1e4) {
  return !member.withdrawn && member.attendance_1e4 >= threshold_1e4;
}

std::vector<std::int64_t> Unaccounted(const std::vector<RosterMember>& roster, int threshold_1e4,
                                      const std::set<std::int64_t>& candidates,
                                      const std::map<std::int64_t, ExemptionReason>& exempted) {
  std::vector<std::int64_t> out;
  for (const auto& m : roster) {
    if (Eligible(m, threshold_1e4) && !candidates.contains(m.trainee_id) && !exempted.contains(m.trainee_id)) {
      out.push_back(m.trainee_id);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<core::FieldError> CheckScores(const Scores& scores, const std::string& path) {
  std::vector<core::FieldError> out;
  auto check = [&](const std::optional<int>& score, const char* part) {
    if (score && (*score < 0 || *score > 100)) out.push_back({path + "." + part, "out_of_range", 0, "", "0-100"});
  };
  check(scores.theory, "theory");
  check(scores.practical, "practical");
  return out;
}

bool Passed(const Scores& scores, const PassMarks& marks) {
  return scores.theory && scores.practical && *scores.theory >= marks.theory && *scores.practical >= marks.practical;
}

std::vector<std::size_t> ExaminersWhoTaught(const std::vector<std::string>& examiners,
                                            const std::vector<std::string>& teachers) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < examiners.size(); ++i) {
    if (std::find(teachers.begin(), teachers.end(), examiners[i]) != teachers.end()) out.push_back(i);
  }
  return out;
}

}  // namespace sunshine::assessment
