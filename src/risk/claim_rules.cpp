#include "risk/claim_rules.hpp"

#include <cmath>
#include <map>

#include "risk/rule_kit.hpp"

namespace sunshine::risk {

std::vector<Finding> ClaimLinesNotCounted(const std::vector<ClaimLine>& rows, const RuleInfo& rule) {
  const auto min_lines = kit::Whole(rule, "min_lines");
  const double min_share = rule.Value("min_unpaid_share");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const ClaimLine& r) { return r.claim_id; },
      [&](auto begin, auto end) {
        const int unpaid = begin->lines - begin->paid_lines;
        if (begin->lines < min_lines || begin->lines <= 0) return;
        const double share = static_cast<double>(unpaid) / begin->lines;
        if (share < min_share) return;
        std::vector<std::int64_t> people;
        boost::json::object reasons;  // how many lines each reason left out
        for (auto k = begin; k != end; ++k) {
          if (!k->trainee_id) continue;
          kit::AddCapped(people, *k->trainee_id);
          if (!k->reason.empty()) reasons[k->reason] = reasons[k->reason].is_int64() ? reasons[k->reason].as_int64() + 1 : 1;
        }
        auto f = kit::Start(rule, begin->claim_id, begin->place, 50 + static_cast<int>(std::lround(50 * share)));
        f.statistic = kit::Format("申领 %d 人，其中 %d 人不符合补贴条件（%.0f%%）", begin->lines, unpaid, share * 100);
        f.threshold = kit::Format("不符合条件 ≥ %.0f%%（≥ %ld 人的申领）", min_share * 100, min_lines);
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
