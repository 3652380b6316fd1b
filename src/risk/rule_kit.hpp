#pragma once
// What every rule's function shares when it writes a finding (internal to src/risk).
#include <algorithm>
#include <iterator>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "risk/rules.hpp"

namespace sunshine::risk::kit {

inline boost::json::array Ids(const std::set<std::int64_t>& ids) { return boost::json::array(ids.begin(), ids.end()); }
inline boost::json::array Ids(const std::vector<std::int64_t>& ids) {
  return boost::json::array(ids.begin(), ids.end());
}

// A finding of `rule` about `subject_id` at `place`, its score clamped to 0-100 and its severity
// the score's.
inline Finding Start(const RuleInfo& rule, std::int64_t subject_id, const Place& place, int score) {
  Finding f;
  f.rule_id = rule.id;
  f.rule_version = rule.version;
  f.subject_kind = rule.subject_kind;
  f.subject_id = subject_id;
  if (place.institution_id) f.institution_id = place.institution_id;
  f.region_code = place.region_code;
  f.score = std::clamp(score, 0, 100);
  f.severity = SeverityOf(f.score);
  return f;
}

// printf into a std::string, for statistics with figures.
template <typename... Args>
std::string Format(const char* format, Args... args) {
  char text[256];
  std::snprintf(text, sizeof text, format, args...);
  return text;
}

// A parameter as a whole number, for thresholds counted in people, events or metres.
inline long Whole(const RuleInfo& rule, const std::string& parameter) {
  return static_cast<long>(rule.Value(parameter));
}

}  // namespace sunshine::risk::kit

namespace sunshine::risk::kit {

// The day in China an instant falls on, as a number of days since 1970-01-01 (China keeps +08:00
// all year): a key that costs nothing to compare, where core::DateInShanghai formats text each
// time (per row of millions of online segments).
inline std::int64_t DayInChina(std::int64_t at_ms) {
  constexpr std::int64_t kOffset = 8LL * 3'600'000, kDay = 86'400'000;
  const std::int64_t shifted = at_ms + kOffset;
  return shifted / kDay - (shifted % kDay < 0 ? 1 : 0);
}

// The most ids an alert's evidence lists of one kind; the statistic counts them all.
constexpr std::size_t kEvidenceCap = 200;

inline void AddCapped(std::vector<std::int64_t>& ids, std::int64_t id) {
  if (ids.size() < kEvidenceCap) ids.push_back(id);
}

// Calls fn(first, last) for each run of consecutive rows in [begin, end) with the same key.
template <typename Iterator, typename Key, typename Fn>
void ForEachRun(Iterator begin, Iterator end, Key key, Fn fn) {
  while (begin != end) {
    auto last = std::next(begin);
    while (last != end && key(*last) == key(*begin)) ++last;
    fn(begin, last);
    begin = last;
  }
}

// The same over all of `rows`.
template <typename Row, typename Key, typename Fn>
void ForEachRun(const std::vector<Row>& rows, Key key, Fn fn) {
  ForEachRun(rows.begin(), rows.end(), key, fn);
}

}  // namespace sunshine::risk::kit
