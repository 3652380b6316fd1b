#pragma once
// Risk rules (issue 15 items 1-2; R-S1, R-F3; subsidy reference §4, §8): each a named, versioned
// unit with what it catches, why, the source of the pattern and its parameters, and a pure
// function from the rows its query reads to findings. A finding carries its evidence (the ids of
// the events, people, photos or sessions involved), the statistic that fired and the threshold it
// passed, a severity and a score; its fingerprint names the situation, so finding it again updates
// the one alert. A finding is a lead for an officer, never a verdict.
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

// The catalogue, in the order the docs list it.
const std::vector<RuleInfo>& Catalogue();
const RuleInfo* FindRule(const std::string& id);

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

// photo_reuse: the same photo bytes for two or more people.
struct PhotoUse {
  std::string photo_sha256;
  std::int64_t checkin_id = 0, trainee_id = 0;
  Place place;
  std::int64_t captured_at = 0;
};
std::vector<Finding> PhotoReuse(const std::vector<PhotoUse>& uses, const RuleInfo& rule);

// terminal_burst: one terminal checking a run of people in faster than they can pass it.
struct TerminalCheckin {
  std::int64_t terminal_id = 0, session_id = 0, checkin_id = 0, trainee_id = 0;
  Place place;
  std::int64_t captured_at = 0;
};
// Rows ordered by terminal, session and capture instant.
std::vector<Finding> TerminalBurst(const std::vector<TerminalCheckin>& rows, const RuleInfo& rule);

// implausible_age: someone on a roster too old (or young) to be a trainee on the first day.
struct RosterAge {
  std::int64_t trainee_id = 0;
  std::string birth_date, start_date;  // YYYY-MM-DD
  Place place;
};
std::vector<Finding> ImplausibleAge(const std::vector<RosterAge>& rows, const RuleInfo& rule);

// The severity a score falls in: high from 80, medium from 50, else low.
std::string SeverityOf(int score);

}  // namespace sunshine::risk
