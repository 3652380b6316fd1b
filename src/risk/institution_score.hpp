#pragma once
// An institution's risk score (issue 15 item 5): one figure from the alerts about it that still
// stand (open, assigned or confirmed; a dismissed lead counts for nothing), with its explanation -
// which rules, and how much each weighs.
//
// Each rule weighs its strongest alert's score times kRuleShare, raised a tenth for each further
// alert of that rule (at most half again), capped at kMaxWeight; the score is the chance that at
// least one rule is right if each were an independent witness of that weight:
// 100 * (1 - product of (1 - weight)). A single alert of score 100 gives 60; two rules at 100
// give 84. A rule's contribution is what the score would lose without it. [I]: our calibration;
// the reference gives none.
#include <string>
#include <vector>

namespace sunshine::risk {

constexpr double kRuleShare = 0.6, kMaxWeight = 0.95;

struct RuleStanding {
  std::string rule_id;
  int top_score = 0, alerts = 0;
};

struct ScorePart {
  std::string rule_id;
  int top_score = 0, alerts = 0;
  double weight = 0;
  int contribution = 0;
};

struct InstitutionRisk {
  int score = 0;                 // 0-100
  std::vector<ScorePart> parts;  // heaviest first
};

InstitutionRisk ScoreInstitution(const std::vector<RuleStanding>& rules);

}  // namespace sunshine::risk
