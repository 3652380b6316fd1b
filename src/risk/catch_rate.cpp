#include "risk/catch_rate.hpp"

#include <map>
#include <set>

namespace sunshine::risk {
namespace {
std::string Text(const boost::json::value& v) {
  return v.is_string() ? std::string(v.as_string()) : boost::json::serialize(v);
}

// The ids an alert's evidence names under `key` (a list, or one value).
std::set<std::string> Named(const boost::json::object& evidence, const std::string& key) {
  std::set<std::string> out;
  const auto* v = evidence.if_contains(key);
  if (!v) return out;
  if (!v->is_array()) {
    out.insert(Text(*v));
    return out;
  }
  for (const auto& item : v->as_array()) out.insert(Text(item));
  return out;
}
}  // namespace

const std::vector<KindRule>& KindRules() {
  static const std::vector<KindRule> table = {
      {"shared_photo", "photo_reuse", "photo_sha256"},
      {"lookalike_photo", "photo_lookalike", "session_ids"},
      {"terminal_burst", "terminal_burst", "session_ids"},
      {"night_checkins", "checkins_off_hours", "session_ids"},
      {"far_checkins", "checkins_far_from_venue", "class_ids"},
      {"uniform_checkins", "uniform_checkins", "class_ids"},
      {"perfect_attendance", "attendance_too_perfect", "class_ids"},
      {"person_two_places", "person_two_places", "trainee_ids"},
      {"teacher_two_places", "teacher_two_places", "teacher_ids"},
      {"ghost_trainee", "implausible_age", "trainee_ids"},
      {"repeated_enrolment", "re_enrolment", "trainee_ids"},
      {"online_overlap", "online_overlap", "trainee_ids"},
      {"online_fast_forward", "online_too_fast", "trainee_ids"},
      {"identical_scores", "identical_scores", "sitting_ids"},
      {"perfect_pass_large_sitting", "perfect_pass_large_sitting", "sitting_ids"},
      {"examiner_taught_class", "examiner_taught_class", "sitting_ids"},
      {"scored_without_checkin", "scored_without_checkin", "sitting_ids"},
      {"certificate_below_attendance", "certificate_below_attendance", "trainee_ids"},
      {"claim_without_certificate", "claim_lines_not_counted", "claim_ids"},
      {"volume_jump", "institution_volume_jump", "institution_ids"},
      {"recycled_people", "claims_at_person_limit", "claim_ids"},
  };
  return table;
}

std::vector<PlantedKind> ReadManifest(const boost::json::value& manifest) {
  std::vector<PlantedKind> out;
  for (const auto& a : manifest.at("anomalies").as_array()) {
    PlantedKind k{std::string(a.at("kind").as_string()), {}};
    for (const auto& [key, list] : a.at("ids").as_object()) {
      for (const auto& id : list.as_array()) k.ids[std::string(key)].push_back(Text(id));
    }
    out.push_back(std::move(k));
  }
  return out;
}

std::vector<KindScore> Score(const std::vector<PlantedKind>& planted, const std::vector<AlertEvidence>& alerts) {
  // Everything planted, by key, whatever its kind.
  std::map<std::string, std::set<std::string>> any_planted;
  for (const auto& k : planted) {
    for (const auto& [key, ids] : k.ids) any_planted[key].insert(ids.begin(), ids.end());
  }
  std::vector<KindScore> out;
  for (const auto& [kind, rule, key] : KindRules()) {
    KindScore s{kind, rule, key};
    std::set<std::string> wanted, named;
    for (const auto& k : planted) {
      if (k.kind != kind) continue;
      if (const auto it = k.ids.find(key); it != k.ids.end()) wanted.insert(it->second.begin(), it->second.end());
    }
    for (const auto& a : alerts) {
      if (a.rule_id != rule) continue;
      ++s.alerts;
      const auto ids = Named(a.evidence, key);
      named.insert(ids.begin(), ids.end());
      const auto& marked = any_planted[key];
      bool on_planted = false;
      for (const auto& id : ids) on_planted = on_planted || marked.contains(id);
      s.true_alerts += on_planted ? 1 : 0;
    }
    s.planted = static_cast<int>(wanted.size());
    for (const auto& id : wanted) s.caught += named.contains(id) ? 1 : 0;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace sunshine::risk
