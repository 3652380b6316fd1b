#pragma once
// Risk rules (issue 15 items 1-2; R-S1, R-F3; subsidy reference §4, §8): each a named, versioned
// unit with what it catches, why, the source of the pattern and its parameters, and a pure
// function from the rows its query reads to findings (checkin_rules.hpp, people_rules.hpp,
// assessment_rules.hpp). A finding carries its evidence (the ids of the events, people, photos or
// sessions involved), the statistic that fired and the threshold it passed, a severity and a
// score; its fingerprint names the situation, so finding it again updates the one alert. A
// finding is a lead for an officer, never a verdict.
#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sunshine::risk {

struct Parameter {
  std::string name;
  double value = 0;
  std::string unit, why;  // why: the reasoning, [I] when it is a default of ours
};

struct RuleInfo {
  std::string id;
  int version = 1;
  std::string name;     // as officers read it (zh-CN)
  std::string catches;  // what pattern, in English for the docs
  std::string source;   // where the pattern was seen (reference section)
  std::string subject_kind;
  std::vector<Parameter> parameters;
  double Value(const std::string& parameter) const;
};

// The catalogue, in the order the docs list it, with its default parameters.
const std::vector<RuleInfo>& Catalogue();
const RuleInfo* FindRule(const std::string& id);
// The rule of that id among `rules` (the catalogue as configured), or none.
const RuleInfo* FindRuleIn(const std::vector<RuleInfo>& rules, const std::string& id);

// The catalogue with parameters set (the `risk_rule_parameters` setting): `spec` lists
// `rule.parameter=value` separated by commas, each a parameter of the catalogue and a number
// not below zero. Errors name the item and why (unknown_rule, unknown_parameter, not_a_number,
// negative), all of them at once.
struct ParameterError {
  std::string item, reason;
};
struct Configured {
  std::vector<RuleInfo> rules;
  std::vector<ParameterError> errors;
};
Configured WithParameters(std::vector<RuleInfo> rules, const std::string& spec);

struct Finding {
  std::string rule_id;
  int rule_version = 1;
  std::string subject_kind;
  std::int64_t subject_id = 0;
  std::optional<std::int64_t> institution_id;
  std::string region_code;
  std::string severity;  // low, medium, high
  int score = 0;         // 0-100: how strongly the statistic passes the threshold
  std::string statistic, threshold;
  boost::json::object evidence;
  std::string fingerprint;
};

// Where an event happened, shared by the rows the rules read.
struct Place {
  std::int64_t class_id = 0, institution_id = 0;
  std::string region_code;
};

// The severity a score falls in: high from 80, medium from 50, else low.
std::string SeverityOf(int score);

}  // namespace sunshine::risk
