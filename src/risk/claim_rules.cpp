#include "risk/claim_rules.hpp"

#include <cmath>
#include <algorithm>
#include <map>
#include <set>

#include "risk/rule_kit.hpp"

namespace sunshine::risk {

bool NotTrained(const std::string& reason) {
  static const std::set<std::string, std::less<>> kNotTrained = {
      "hours_below_threshold", "no_certificate",     "certificate_not_for_class", "certificate_revoked",
      "not_on_roster_before_start", "withdrawn"};
  return kNotTrained.contains(reason);
}

std::vector<Finding> ClaimLinesNotCounted(const std::vector<ClaimLine>& rows, const RuleInfo& rule) {
  const auto min_lines = kit::Whole(rule, "min_lines");
  const double min_share = rule.Value("min_unpaid_share");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const ClaimLine& r) { return r.claim_id; },
      [&](auto begin, auto end) {
        if (begin->lines < min_lines || begin->lines <= 0) return;
        int untrained = 0;
        std::vector<std::int64_t> people;
        boost::json::object reasons;  // how many of those lines each such reason left out
        for (auto k = begin; k != end; ++k) {
          if (!k->trainee_id || std::none_of(k->reasons.begin(), k->reasons.end(), NotTrained)) continue;
          ++untrained;
          kit::AddCapped(people, *k->trainee_id);
          for (const auto& reason : k->reasons) {
            if (NotTrained(reason)) reasons[reason] = reasons[reason].is_int64() ? reasons[reason].as_int64() + 1 : 1;
          }
        }
        const double share = static_cast<double>(untrained) / begin->lines;
        if (share < min_share) return;
        auto f = kit::Start(rule, begin->claim_id, begin->place, 50 + static_cast<int>(std::lround(50 * share)));
        f.statistic = kit::Format("申领 %d 人，其中 %d 人学时不足、无证书或未按时入班（%.0f%%）", begin->lines, untrained,
                                  share * 100);
        f.threshold = kit::Format("此类人员 ≥ %.0f%%（≥ %ld 人的申领）", min_share * 100, min_lines);
        f.evidence = {{"claim_ids", boost::json::array{begin->claim_id}},
                      {"class_ids", boost::json::array{begin->place.class_id}},
                      {"trainee_ids", kit::Ids(people)},
                      {"reasons", std::move(reasons)},
                      {"status", begin->status}};
        f.fingerprint = rule.id + ":claim:" + std::to_string(begin->claim_id);
        out.push_back(std::move(f));
      });
  return out;
}

}  // namespace sunshine::risk
