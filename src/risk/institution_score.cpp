#include "risk/institution_score.hpp"

#include <algorithm>
#include <cmath>

namespace sunshine::risk {
namespace {
double WeightOf(const RuleStanding& r) {
  const double repeat = std::min(1.5, 1.0 + 0.1 * std::max(0, r.alerts - 1));
  return std::clamp(kRuleShare * r.top_score / 100.0 * repeat, 0.0, kMaxWeight);
}

int ScoreOf(const std::vector<double>& weights, std::size_t without) {
  double spared = 1;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (i != without) spared *= 1 - weights[i];
  }
  return static_cast<int>(std::lround(100 * (1 - spared)));
}
}  // namespace

InstitutionRisk ScoreInstitution(const std::vector<RuleStanding>& rules) {
  std::vector<double> weights;
  for (const auto& r : rules) weights.push_back(WeightOf(r));
  InstitutionRisk out;
  out.score = ScoreOf(weights, weights.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    out.parts.push_back({rules[i].rule_id, rules[i].top_score, rules[i].alerts, weights[i],
                         out.score - ScoreOf(weights, i)});
  }
  std::stable_sort(out.parts.begin(), out.parts.end(),
                   [](const ScorePart& a, const ScorePart& b) { return a.weight > b.weight; });
  return out;
}

}  // namespace sunshine::risk
