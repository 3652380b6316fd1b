#pragma once
// The catch rate of the rules against planted fraud (issue 15 item 6): the generator's manifest
// names what it planted by kind with the ids involved; each kind is the work of one rule, matched
// on one kind of id. Recall: the share of planted ids some alert of the rule names. Precision: the
// share of the rule's alerts that name something planted (by any kind: a sitting planted with
// identical marks that also passes everyone is a true lead for both rules) - the rest are false
// alarms on honest data, the cost officers pay.
#include <boost/json.hpp>
#include <map>
#include <string>
#include <vector>

namespace sunshine::risk {

struct PlantedKind {
  std::string kind;
  std::map<std::string, std::vector<std::string>> ids;  // by key, e.g. "trainee_ids"
};
// The anomalies of a manifest.json ({"anomalies":[{"kind","ids":{...}}]}); throws on malformed.
std::vector<PlantedKind> ReadManifest(const boost::json::value& manifest);

struct AlertEvidence {
  std::string rule_id;
  boost::json::object evidence;
};

struct KindScore {
  std::string kind, rule_id, key;
  int planted = 0, caught = 0;   // planted ids, and those an alert names
  int alerts = 0, true_alerts = 0;
  double Recall() const { return planted ? static_cast<double>(caught) / planted : 1.0; }
  double Precision() const { return alerts ? static_cast<double>(true_alerts) / alerts : 1.0; }
};

// One row per planted kind some rule is meant to catch, in the catalogue's order of rules.
std::vector<KindScore> Score(const std::vector<PlantedKind>& planted, const std::vector<AlertEvidence>& alerts);

// The rule meant to catch a planted kind and the key it is matched on; empty when no rule is.
struct KindRule {
  std::string kind, rule_id, key;
};
const std::vector<KindRule>& KindRules();

}  // namespace sunshine::risk
