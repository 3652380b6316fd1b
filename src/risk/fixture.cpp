#include "risk/fixture.hpp"

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/time.hpp"

namespace sunshine::risk::fixture {
namespace {
std::runtime_error Malformed(const std::string& path, int line, const std::string& why) {
  return std::runtime_error(path + ":" + std::to_string(line) + ": " + why);
}

// Splits on spaces, keeping a double-quoted value whole (without its quotes).
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  bool quoted = false, any = false;
  for (const char c : text) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any || !word.empty()) out.push_back(word);
      word.clear();
      any = false;
    } else {
      word += c;
    }
  }
  if (any || !word.empty()) out.push_back(word);
  return out;
}

std::string Trim(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.pop_back();
  return text;
}

// YYYY-MM-DDTHH:MM[:SS[.mmm]] in China's time, or a whole number.
std::int64_t Number(const std::string& text) {
  if (text.size() >= 16 && text[10] == 'T') {
    const auto at = core::AtShanghai(text.substr(0, 10), text.substr(11, 5));
    if (!at) throw std::invalid_argument("not an instant: " + text);
    std::int64_t ms = *at;
    if (text.size() >= 19) ms += std::stoll(text.substr(17, 2)) * 1000;
    if (text.size() > 20) ms += std::stoll(text.substr(20));
    return ms;
  }
  std::size_t used = 0;
  const auto n = std::stoll(text, &used);
  if (used != text.size()) throw std::invalid_argument("not a number: " + text);
  return n;
}

// The finding's property as the fixture writes it.
std::optional<std::string> PropertyOf(const Finding& f, const std::string& key) {
  if (key == "subject") return std::to_string(f.subject_id);
  if (key == "score") return std::to_string(f.score);
  if (key == "severity") return f.severity;
  if (key == "institution") return f.institution_id ? std::to_string(*f.institution_id) : "-";
  if (key == "region") return f.region_code;
  if (key == "statistic") return f.statistic;
  if (key == "threshold") return f.threshold;
  if (key.starts_with("evidence.")) {
    const auto* v = f.evidence.if_contains(key.substr(9));
    if (!v) return std::nullopt;
    if (v->is_string()) return std::string(v->as_string());
    if (!v->is_array()) return boost::json::serialize(*v);
    std::string list;
    for (const auto& item : v->as_array()) {
      list += (list.empty() ? "" : ",") + (item.is_string() ? std::string(item.as_string()) : boost::json::serialize(item));
    }
    return list;
  }
  return std::nullopt;
}
}  // namespace

Row::Row(const std::vector<std::string>& header, std::vector<std::string> values, int line) : line_(line) {
  for (std::size_t i = 0; i < header.size(); ++i) values_[header[i]] = values[i];
}

const std::string* Row::Find(const std::string& field) const {
  const auto it = values_.find(field);
  return it == values_.end() ? nullptr : &it->second;
}

std::int64_t Row::Int(const std::string& field, std::optional<std::int64_t> otherwise) const {
  const auto* v = Find(field);
  if (!v) {
    if (otherwise) return *otherwise;
    throw std::invalid_argument("line " + std::to_string(line_) + ": no field " + field);
  }
  return Number(*v);
}

std::optional<std::int64_t> Row::MaybeInt(const std::string& field) const {
  const auto* v = Find(field);
  if (!v || *v == "-") return std::nullopt;
  return Number(*v);
}

std::string Row::Text(const std::string& field, std::optional<std::string> otherwise) const {
  const auto* v = Find(field);
  if (!v) {
    if (otherwise) return *otherwise;
    throw std::invalid_argument("line " + std::to_string(line_) + ": no field " + field);
  }
  return *v;
}

Place Row::PlaceOf() const { return {Int("class_id", 0), Int("institution_id", 1), Text("region_code", "510104")}; }

std::vector<Case> Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Case> cases;
  const RuleInfo* rule = nullptr;
  RuleInfo current;
  enum class Part { kNone, kRows, kExpect } part = Part::kNone;
  std::vector<std::string> header;
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    text = Trim(text);
    if (text.empty() || text.starts_with("#")) continue;
    const auto words = Words(text);
    if (words[0] == "rule") {
      if (words.size() != 2 || !(rule = FindRule(words[1]))) throw Malformed(path, line, "unknown rule");
      current = *rule;
    } else if (words[0] == "parameter") {
      if (!rule) throw Malformed(path, line, "parameter before rule");
      // Before the first case it holds for the whole file; within a case, for that case.
      auto& target = cases.empty() ? current : cases.back().rule;
      bool known = false;
      for (auto& p : target.parameters) {
        if (words.size() == 3 && p.name == words[1]) p.value = std::stod(words[2]), known = true;
      }
      if (!known) throw Malformed(path, line, "unknown parameter");
    } else if (words[0] == "case") {
      if (!rule) throw Malformed(path, line, "case before rule");
      cases.push_back({text.substr(5), current, {}, {}, line});
      part = Part::kNone;
    } else if (words[0] == "rows" && !cases.empty()) {
      part = Part::kRows;
      header.clear();
    } else if (words[0] == "expect" && !cases.empty()) {
      part = Part::kExpect;
    } else if (part == Part::kRows && header.empty()) {
      header = words;
    } else if (part == Part::kRows) {
      if (words.size() != header.size()) throw Malformed(path, line, "row has not as many values as the header");
      cases.back().rows.emplace_back(header, words, line);
    } else if (part == Part::kExpect) {
      Expected e{words[0], {}, line};
      for (std::size_t i = 1; i < words.size(); ++i) {
        const auto eq = words[i].find('=');
        if (eq == std::string::npos) throw Malformed(path, line, "property without =: " + words[i]);
        e.properties[words[i].substr(0, eq)] = words[i].substr(eq + 1);
      }
      cases.back().expected.push_back(std::move(e));
    } else {
      throw Malformed(path, line, "unexpected: " + text);
    }
  }
  return cases;
}

std::vector<std::string> Compare(const std::vector<Finding>& found, const std::vector<Expected>& expected) {
  std::vector<std::string> out;
  std::set<std::string> wanted;
  for (const auto& e : expected) {
    wanted.insert(e.fingerprint);
    const Finding* f = nullptr;
    for (const auto& candidate : found) {
      if (candidate.fingerprint == e.fingerprint) f = &candidate;
    }
    if (!f) {
      out.push_back("line " + std::to_string(e.line) + ": no finding " + e.fingerprint);
      continue;
    }
    for (const auto& [key, value] : e.properties) {
      const auto actual = PropertyOf(*f, key);
      if (actual != value) {
        out.push_back("line " + std::to_string(e.line) + ": " + e.fingerprint + " " + key + " is \"" +
                      actual.value_or("(none)") + "\", expected \"" + value + "\"");
      }
    }
  }
  for (const auto& f : found) {
    if (!wanted.contains(f.fingerprint)) out.push_back("unexpected finding " + f.fingerprint + ": " + f.statistic);
  }
  return out;
}

}  // namespace sunshine::risk::fixture
