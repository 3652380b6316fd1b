#include "risk/rules.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/time.hpp"

namespace sunshine::risk {
namespace {
boost::json::array Ids(const std::set<std::int64_t>& ids) { return boost::json::array(ids.begin(), ids.end()); }
boost::json::array Ids(const std::vector<std::int64_t>& ids) { return boost::json::array(ids.begin(), ids.end()); }

Finding Start(const RuleInfo& rule, std::int64_t subject_id, const Place& place, int score) {
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
}  // namespace

double RuleInfo::Value(const std::string& wanted) const {
  for (const auto& p : parameters) {
    if (p.name == wanted) return p.value;
  }
  return 0;
}

const std::vector<RuleInfo>& Catalogue() {
  static const std::vector<RuleInfo> rules = {
      {"photo_reuse", 1, "同一照片用于不同人员",
       "the same check-in photo bytes (by SHA-256) for two or more different people: one face passed off as several "
       "(代签, 假学员)",
       "subsidy reference §4.1 (假学员, sign-in sheets in one hand), §4.2 (人脸照片重复 suggested, §8)", "class",
       {{"min_people", 2, "people", "two people can never share one photo's bytes"}}},
      {"terminal_burst", 1, "终端短时间内集中打卡",
       "one terminal checking a run of people in at less than a few seconds each: faster than people can pass a "
       "face check, so the check-ins were made without them (同一设备多人打卡)",
       "subsidy reference §4.2 (CN110675521B 代打卡, 同一设备多人打卡 suggested, §8)", "terminal",
       {{"min_people", 10, "people", "[I] a run long enough that a queue at the door does not explain it"},
        {"max_seconds_each", 3, "s", "[I] a face check with liveness takes longer than this per person"}}},
      {"implausible_age", 1, "花名册人员年龄异常",
       "someone on a roster older than working age, or younger than the minimum, on the class's first day: retirees "
       "and children enrolled as trainees (假学员)",
       "subsidy reference §4.1 (审计署 2022: retirees and students enrolled; 景洪: children in the photos)", "trainee",
       {{"max_age", 70, "years", "[I] past any working age the subsidised groups cover"},
        {"min_age", 16, "years", "[V] subsidised training is for those 16 and over"}}},
  };
  return rules;
}

const RuleInfo* FindRule(const std::string& id) {
  for (const auto& r : Catalogue()) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

std::string SeverityOf(int score) { return score >= 80 ? "high" : score >= 50 ? "medium" : "low"; }

std::vector<Finding> PhotoReuse(const std::vector<PhotoUse>& uses, const RuleInfo& rule) {
  const auto min_people = static_cast<std::size_t>(rule.Value("min_people"));
  std::map<std::string, std::vector<const PhotoUse*>> by_photo;
  for (const auto& u : uses) by_photo[u.photo_sha256].push_back(&u);
  std::vector<Finding> out;
  for (const auto& [sha, group] : by_photo) {
    std::set<std::int64_t> people, classes;
    std::vector<std::int64_t> checkins;
    for (const auto* u : group) {
      people.insert(u->trainee_id);
      classes.insert(u->place.class_id);
      checkins.push_back(u->checkin_id);
    }
    if (people.size() < min_people) continue;
    const auto n = static_cast<int>(people.size());
    auto f = Start(rule, group.front()->place.class_id, group.front()->place, 70 + 10 * (n - 2));
    f.statistic = std::to_string(n) + " 人使用同一照片";
    f.threshold = "≥ " + std::to_string(min_people) + " 人";
    f.evidence = {{"photo_sha256", sha}, {"checkin_ids", Ids(checkins)}, {"trainee_ids", Ids(people)},
                  {"class_ids", Ids(classes)}};
    f.fingerprint = rule.id + ":photo:" + sha;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> TerminalBurst(const std::vector<TerminalCheckin>& rows, const RuleInfo& rule) {
  const auto min_people = static_cast<std::size_t>(rule.Value("min_people"));
  const auto max_gap_ms = static_cast<std::int64_t>(rule.Value("max_seconds_each") * 1000);
  std::vector<Finding> out;
  // The longest run of one terminal's check-ins at one session each within the gap of the one
  // before; one finding per terminal and session, for its longest run.
  std::size_t i = 0;
  while (i < rows.size()) {
    std::size_t end = i;
    while (end < rows.size() && rows[end].terminal_id == rows[i].terminal_id &&
           rows[end].session_id == rows[i].session_id) {
      ++end;
    }
    std::size_t best_from = i, best_to = i;  // [from, to]
    for (std::size_t from = i, k = i + 1; k <= end; ++k) {
      if (k == end || rows[k].captured_at - rows[k - 1].captured_at > max_gap_ms) {
        if (k - 1 - from > best_to - best_from) best_from = from, best_to = k - 1;
        from = k;
      }
    }
    std::set<std::int64_t> people;
    std::vector<std::int64_t> checkins;
    for (std::size_t k = best_from; k <= best_to && k < end; ++k) {
      people.insert(rows[k].trainee_id);
      checkins.push_back(rows[k].checkin_id);
    }
    if (people.size() >= min_people) {
      const auto& first = rows[best_from];
      const auto seconds = (rows[best_to].captured_at - first.captured_at) / 1000.0;
      const auto n = static_cast<int>(people.size());
      auto f = Start(rule, first.terminal_id, first.place, 60 + 2 * (n - static_cast<int>(min_people)));
      char figure[96];
      std::snprintf(figure, sizeof figure, "%d 人在 %.0f 秒内打卡（平均 %.1f 秒/人）", n, seconds,
                    n > 1 ? seconds / (n - 1) : 0.0);
      f.statistic = figure;
      f.threshold = "连续 ≥ " + std::to_string(min_people) + " 人且每人间隔 ≤ " +
                    std::to_string(max_gap_ms / 1000) + " 秒";
      f.evidence = {{"terminal_id", first.terminal_id}, {"session_id", first.session_id},
                    {"class_ids", boost::json::array{first.place.class_id}}, {"checkin_ids", Ids(checkins)},
                    {"trainee_ids", Ids(people)}};
      f.fingerprint = rule.id + ":terminal:" + std::to_string(first.terminal_id) + ":session:" +
                      std::to_string(first.session_id);
      out.push_back(std::move(f));
    }
    i = end;
  }
  return out;
}

std::vector<Finding> ImplausibleAge(const std::vector<RosterAge>& rows, const RuleInfo& rule) {
  const int max_age = static_cast<int>(rule.Value("max_age")), min_age = static_cast<int>(rule.Value("min_age"));
  std::vector<Finding> out;
  for (const auto& r : rows) {
    if (!core::IsDate(r.birth_date) || !core::IsDate(r.start_date)) continue;
    const int age = core::AgeOn(r.birth_date, r.start_date);
    if (age <= max_age && age >= min_age) continue;
    const int beyond = age > max_age ? age - max_age : min_age - age;
    auto f = Start(rule, r.trainee_id, r.place, 60 + 2 * beyond);
    f.statistic = "开班首日 " + std::to_string(age) + " 岁";
    f.threshold = std::to_string(min_age) + "-" + std::to_string(max_age) + " 岁";
    f.evidence = {{"trainee_ids", boost::json::array{r.trainee_id}}, {"class_ids", boost::json::array{r.place.class_id}},
                  {"birth_date", r.birth_date}};
    f.fingerprint = rule.id + ":class:" + std::to_string(r.place.class_id) + ":trainee:" + std::to_string(r.trainee_id);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace sunshine::risk
