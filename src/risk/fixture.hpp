#pragma once
// Rule fixtures (issue 15 item 1), in the manner of DuckDB's sqllogictest: one text file per rule
// under src/risk/fixtures/, each a list of cases - rows in, the findings expected out.
//
//   # a comment
//   rule terminal_burst                  the rule the file tests (its file name too)
//   parameter min_people 10              before any case: a parameter for the whole file
//   case a queue at the door stays quiet
//   parameter max_seconds_each 2         within a case: for that case alone
//   rows
//   terminal_id session_id captured_at   the header: the row's fields, by name
//   5 40 2026-03-02T08:00:00.250         instants in China's time, or Unix ms
//   expect
//   terminal_burst:terminal:5:session:40 subject=5 score=64 evidence.checkin_ids=100,101
//
// Each expected line is one finding's fingerprint, then the properties it must have (subject,
// score, severity, institution, region, statistic, threshold, evidence.<name>; a value with
// spaces in double quotes). The findings must be exactly those listed, none more; an empty
// `expect` means the rule stays quiet.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "risk/rules.hpp"

namespace sunshine::risk::fixture {

// One row of a case, its fields by the header's names.
class Row {
 public:
  Row(const std::vector<std::string>& header, std::vector<std::string> values, int line);
  // A whole number; an instant written as YYYY-MM-DDTHH:MM[:SS[.mmm]] is read in China's time.
  std::int64_t Int(const std::string& field, std::optional<std::int64_t> otherwise = std::nullopt) const;
  // "-" is none.
  std::optional<std::int64_t> MaybeInt(const std::string& field) const;
  std::string Text(const std::string& field, std::optional<std::string> otherwise = std::nullopt) const;
  // class_id, institution_id (default 1) and region_code (default 510104).
  Place PlaceOf() const;
  int line() const { return line_; }

 private:
  const std::string* Find(const std::string& field) const;
  std::map<std::string, std::string> values_;
  int line_;
};

struct Expected {
  std::string fingerprint;
  std::map<std::string, std::string> properties;
  int line = 0;
};

struct Case {
  std::string name;
  RuleInfo rule;  // with the file's parameters applied
  std::vector<Row> rows;
  std::vector<Expected> expected;
  int line = 0;
};

// The cases of a fixture file; throws std::runtime_error naming the line of a malformed one.
std::vector<Case> Load(const std::string& path);

// What differs between the findings and the expectations, one line each; empty when they agree.
std::vector<std::string> Compare(const std::vector<Finding>& found, const std::vector<Expected>& expected);

}  // namespace sunshine::risk::fixture
