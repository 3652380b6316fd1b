#include "risk/people_rules.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/geo.hpp"
#include "core/time.hpp"
#include "risk/checkin_rules.hpp"
#include "risk/rule_kit.hpp"

namespace sunshine::risk {
namespace {
using kit::Ids;
constexpr std::int64_t kMinute = 60'000, kHour = 60 * kMinute;
}  // namespace

std::vector<Finding> ImplausibleAge(const std::vector<RosterAge>& rows, const RuleInfo& rule) {
  const int max_age = static_cast<int>(kit::Whole(rule, "max_age")), min_age = static_cast<int>(kit::Whole(rule, "min_age"));
  std::vector<Finding> out;
  for (const auto& r : rows) {
    if (!core::IsDate(r.birth_date) || !core::IsDate(r.start_date)) continue;
    const int age = core::AgeOn(r.birth_date, r.start_date);
    if (age <= max_age && age >= min_age) continue;
    const int beyond = age > max_age ? age - max_age : min_age - age;
    auto f = kit::Start(rule, r.trainee_id, r.place, 60 + 2 * beyond);
    f.statistic = "开班首日 " + std::to_string(age) + " 岁";
    f.threshold = std::to_string(min_age) + "-" + std::to_string(max_age) + " 岁";
    f.evidence = {{"trainee_ids", boost::json::array{r.trainee_id}},
                  {"class_ids", boost::json::array{r.place.class_id}},
                  {"birth_date", r.birth_date}};
    f.fingerprint = rule.id + ":class:" + std::to_string(r.place.class_id) + ":trainee:" + std::to_string(r.trainee_id);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> ReEnrolment(const std::vector<EarlierTraining>& rows, const RuleInfo& rule) {
  const auto min_people = kit::Whole(rule, "min_people");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const EarlierTraining& r) { return r.place.class_id; },
      [&](auto begin, auto end) {
        std::set<std::int64_t> people, classes, history;
        std::string latest;
        for (auto k = begin; k != end; ++k) {
          people.insert(k->trainee_id);
          (k->earlier_source == "history" ? history : classes).insert(k->earlier_id);
          latest = std::max(latest, k->earlier_date);
        }
        const auto n = static_cast<int>(people.size());
        if (n < min_people) return;
        auto f = kit::Start(rule, begin->place.class_id, begin->place, 55 + 10 * n);
        f.statistic = kit::Format("%d 人此前已培训同职业同等级（最近 %s）", n, latest.c_str());
        f.threshold = kit::Format("≥ %ld 人", min_people);
        f.evidence = {{"class_ids", boost::json::array{begin->place.class_id}}, {"trainee_ids", Ids(people)},
                      {"earlier_class_ids", Ids(classes)}, {"history_ids", Ids(history)}};
        f.fingerprint = rule.id + ":class:" + std::to_string(begin->place.class_id);
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> TeacherTwoPlaces(const std::vector<TeacherSession>& rows, const RuleInfo& rule) {
  const double max_kmh = rule.Value("max_kmh"), min_m = rule.Value("min_km") * 1000;
  struct Pair {
    const TeacherSession *first = nullptr, *second = nullptr;
    double speed = 0, metres = 0;
    std::vector<std::int64_t> sessions;
    int days = 0;
  };
  std::map<std::pair<std::int64_t, std::int64_t>, Pair> pairs;  // the two classes' teacher rows
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& a = rows[i - 1];
    const auto& b = rows[i];
    if (a.teacher_key != b.teacher_key || a.place.class_id == b.place.class_id) continue;
    // Only what one day holds: a teacher who moves overnight breaks nothing.
    if (b.from - a.to > 12 * kHour) continue;
    double metres = 0;
    if (a.venue_e6 && b.venue_e6) {
      metres = core::DistanceMetres({a.venue_e6->first / 1e6, a.venue_e6->second / 1e6},
                                    {b.venue_e6->first / 1e6, b.venue_e6->second / 1e6});
    }
    const bool overlap = b.from < a.to;
    const double speed = overlap ? SpeedKmh(0, 0) : SpeedKmh(metres, b.from - a.to);
    if (!overlap && (metres < min_m || speed <= max_kmh)) continue;
    auto& p = pairs[{std::min(a.teacher_id, b.teacher_id), std::max(a.teacher_id, b.teacher_id)}];
    if (!p.first || speed > p.speed) p.first = &a, p.second = &b, p.speed = speed, p.metres = metres;
    kit::AddCapped(p.sessions, a.session_id);
    kit::AddCapped(p.sessions, b.session_id);
    ++p.days;
  }
  std::vector<Finding> out;
  for (const auto& [key, p] : pairs) {
    const auto& a = *p.first;
    const auto& b = *p.second;
    const bool overlap = b.from < a.to;
    auto f = kit::Start(rule, key.first, b.place,
                        overlap ? 100 : 60 + static_cast<int>(20 * (p.speed / max_kmh - 1)));
    f.statistic = overlap ? kit::Format("同一教师两个班的课时重叠 %lld 分钟，共 %d 次",
                                        static_cast<long long>((a.to - b.from) / kMinute), p.days)
                          : kit::Format("同一教师在相距 %.0f 公里的两个班授课仅隔 %.1f 小时（需时速 %.0f 公里），共 %d 次",
                                        p.metres / 1000, static_cast<double>(b.from - a.to) / kHour, p.speed, p.days);
    f.threshold = kit::Format("课时重叠，或时速 > %.0f 公里且相距 ≥ %.0f 公里", max_kmh, min_m / 1000);
    f.evidence = {{"teacher_ids", boost::json::array{key.first, key.second}},
                  {"class_ids", boost::json::array{a.place.class_id, b.place.class_id}},
                  {"session_ids", Ids(p.sessions)}};
    f.fingerprint = rule.id + ":teachers:" + std::to_string(key.first) + ":" + std::to_string(key.second);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> OnlineOverlap(const std::vector<OnlineSegment>& rows, const RuleInfo& rule) {
  const auto max_day_ms = static_cast<std::int64_t>(rule.Value("max_hours_per_day") * kHour);
  const auto tolerance_ms = static_cast<std::int64_t>(rule.Value("overlap_tolerance_seconds") * 1000);
  std::vector<Finding> out;
  kit::ForEachRun(
      rows,
      [](const OnlineSegment& r) { return std::pair(r.trainee_id, kit::DayInChina(r.started_at)); },
      [&](auto begin, auto end) {
        std::int64_t total = 0, reach = 0;  // reach: the latest end so far
        int overlaps = 0;
        std::vector<std::int64_t> segments;
        std::set<std::int64_t> classes;
        for (auto k = begin; k != end; ++k) {
          const bool overlapping = k != begin && k->started_at + tolerance_ms < reach;
          overlaps += overlapping ? 1 : 0;
          total += k->ended_at - k->started_at;
          reach = std::max(reach, k->ended_at);
          kit::AddCapped(segments, k->segment_id);
          classes.insert(k->place.class_id);
        }
        if (overlaps == 0 && total <= max_day_ms) return;
        const double hours = static_cast<double>(total) / kHour;
        auto f = kit::Start(rule, begin->trainee_id, begin->place,
                            60 + 10 * overlaps + static_cast<int>(hours > 24 ? 20 : 0));
        const auto day = core::DateInShanghai(begin->started_at);
        f.statistic = kit::Format("%s 在线学习合计 %.1f 小时，%d 段相互重叠", day.c_str(), hours, overlaps);
        f.threshold = kit::Format("当日 ≤ %.0f 小时且各段不重叠", rule.Value("max_hours_per_day"));
        f.evidence = {{"trainee_ids", boost::json::array{begin->trainee_id}}, {"class_ids", Ids(classes)},
                      {"segment_ids", Ids(segments)}, {"date", day}};
        f.fingerprint = rule.id + ":trainee:" + std::to_string(begin->trainee_id) + ":day:" + day;
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> OnlineTooFast(const std::vector<OnlineSegment>& rows, const RuleInfo& rule) {
  const double max_fraction = rule.Value("max_fraction"), min_day_share = rule.Value("min_day_share");
  const auto min_peers = static_cast<std::size_t>(kit::Whole(rule, "min_peers"));
  const auto min_lessons = static_cast<std::size_t>(kit::Whole(rule, "min_lessons"));
  // The time each lesson of each class takes its learners, middle value.
  std::map<std::pair<std::int64_t, std::string>, std::vector<std::int64_t>> lengths;
  for (const auto& r : rows) lengths[{r.place.class_id, r.course_item}].push_back(r.ended_at - r.started_at);
  std::map<std::pair<std::int64_t, std::string>, std::int64_t> medians;
  for (auto& [lesson, list] : lengths) {
    if (list.size() < min_peers + 1) continue;  // the learner and enough others
    const auto middle = list.begin() + static_cast<std::ptrdiff_t>(list.size() / 2);
    std::nth_element(list.begin(), middle, list.end());
    medians[lesson] = *middle;
  }
  // Each learner's days in each class: lessons judged, and those taken too fast.
  struct Day {
    std::int64_t at = 0;  // an instant of the day, to name it
    std::size_t judged = 0;
    std::vector<const OnlineSegment*> fast;
    double fractions = 0;
  };
  std::map<std::pair<std::int64_t, std::int64_t>, std::map<std::int64_t, Day>> learners;  // trainee, class; day
  for (const auto& r : rows) {
    const auto median = medians.find({r.place.class_id, r.course_item});
    if (median == medians.end() || median->second <= 0) continue;
    auto& day = learners[{r.trainee_id, r.place.class_id}][kit::DayInChina(r.started_at)];
    day.at = r.started_at;
    ++day.judged;
    const double fraction = static_cast<double>(r.ended_at - r.started_at) / static_cast<double>(median->second);
    if (fraction > max_fraction) continue;
    day.fast.push_back(&r);
    day.fractions += fraction;
  }
  std::vector<Finding> out;
  for (const auto& [key, days] : learners) {
    std::vector<std::int64_t> segments;
    boost::json::array dates;
    std::size_t fast = 0;
    double fractions = 0;
    const OnlineSegment* first = nullptr;
    for (const auto& [number, day] : days) {
      const double share = static_cast<double>(day.fast.size()) / static_cast<double>(day.judged);
      if (day.fast.size() < min_lessons || share < min_day_share) continue;
      dates.push_back(boost::json::string(core::DateInShanghai(day.at)));
      fast += day.fast.size();
      fractions += day.fractions;
      for (const auto* s : day.fast) kit::AddCapped(segments, s->segment_id);
      if (!first) first = day.fast.front();
    }
    if (!first) continue;
    const double mean = fractions / static_cast<double>(fast);
    auto f = kit::Start(rule, key.first, first->place, 50 + static_cast<int>(std::lround(50 * (1 - mean))));
    f.statistic = kit::Format("%zu 节课用时平均仅为同班学员中位用时的 %.0f%%，涉及 %zu 天", fast, mean * 100,
                              dates.size());
    f.threshold = kit::Format("一天中 ≥ %zu 节且 ≥ %.0f%% 的课用时 ≤ 中位用时的 %.0f%%", min_lessons,
                              min_day_share * 100, max_fraction * 100);
    f.evidence = {{"trainee_ids", boost::json::array{key.first}}, {"class_ids", boost::json::array{key.second}},
                  {"segment_ids", Ids(segments)}, {"dates", std::move(dates)}};
    f.fingerprint = rule.id + ":trainee:" + std::to_string(key.first) + ":class:" + std::to_string(key.second);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace sunshine::risk
