#include "risk/checkin_rules.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "core/geo.hpp"
#include "training/photo_hash.hpp"
#include "risk/rule_kit.hpp"

namespace sunshine::risk {
namespace {
using kit::Ids;
constexpr std::int64_t kMinute = 60'000, kHour = 60 * kMinute, kDay = 24 * kHour, kChinaOffset = 8 * kHour;

int LocalHour(std::int64_t at) { return static_cast<int>(((at + kChinaOffset) % kDay + kDay) % kDay / kHour); }

core::LatLon Point(std::int64_t latitude_e6, std::int64_t longitude_e6) {
  return {static_cast<double>(latitude_e6) / 1e6, static_cast<double>(longitude_e6) / 1e6};
}
}  // namespace

double SpeedKmh(double metres, std::int64_t millis) {
  if (millis <= 0) return std::numeric_limits<double>::infinity();
  return metres / 1000.0 / (static_cast<double>(millis) / kHour);
}

std::vector<Finding> PhotoReuse(const std::vector<PhotoUse>& uses, const RuleInfo& rule) {
  const auto min_people = static_cast<std::size_t>(kit::Whole(rule, "min_people"));
  std::map<std::string, std::vector<const PhotoUse*>> by_photo;
  for (const auto& u : uses) by_photo[u.photo_sha256].push_back(&u);
  std::vector<Finding> out;
  for (const auto& [sha, group] : by_photo) {
    std::set<std::int64_t> people, classes;
    std::vector<std::int64_t> checkins;
    for (const auto* u : group) {
      people.insert(u->trainee_id);
      classes.insert(u->place.class_id);
      kit::AddCapped(checkins, u->checkin_id);
    }
    if (people.size() < min_people) continue;
    const auto n = static_cast<int>(people.size());
    auto f = kit::Start(rule, group.front()->place.class_id, group.front()->place, 70 + 10 * (n - 2));
    f.statistic = std::to_string(n) + " 人使用同一照片";
    f.threshold = "≥ " + std::to_string(min_people) + " 人";
    f.evidence = {{"photo_sha256", sha}, {"checkin_ids", Ids(checkins)}, {"trainee_ids", Ids(people)},
                  {"class_ids", Ids(classes)}};
    f.fingerprint = rule.id + ":photo:" + sha;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> PhotoLookalike(const std::vector<PhotoLook>& rows, const RuleInfo& rule) {
  const auto max_bits = static_cast<int>(kit::Whole(rule, "max_bits"));
  const auto min_people = static_cast<int>(kit::Whole(rule, "min_people"));
  const double max_tones = rule.Value("max_tone_difference");
  // What each class's sessions showed: the people, check-ins, photos and sessions in near pairs.
  struct Seen {
    Place place;
    std::set<std::int64_t> people, sessions;
    std::vector<std::int64_t> checkins;
    std::set<std::string> photos;
    int pairs = 0, nearest = 256;
  };
  std::map<std::int64_t, Seen> classes;
  std::vector<training::PhotoHash> hashes;
  kit::ForEachRun(
      rows, [](const PhotoLook& r) { return r.session_id; },
      [&](auto begin, auto end) {
        hashes.clear();
        for (auto r = begin; r != end; ++r) hashes.push_back(r->phash);
        std::set<const PhotoLook*> near;
        // Nearly every pair is far apart in bits: that test first, over the hashes alone; the
        // person, the tones and the bytes only for the pairs it lets through.
        training::ForEachNearPair(hashes, max_bits, [&](std::size_t i, std::size_t j, int d) {
          const PhotoLook* a = &begin[static_cast<std::ptrdiff_t>(i)];
          const PhotoLook* b = &begin[static_cast<std::ptrdiff_t>(j)];
          if (a->trainee_id == b->trainee_id) return;
          if (training::ToneDistance(a->phash, b->phash) > max_tones || a->photo_sha256 == b->photo_sha256) return;
          auto& seen = classes[a->place.class_id];
          seen.place = a->place;
          ++seen.pairs;
          seen.nearest = std::min(seen.nearest, d);
          near.insert(a);
          near.insert(b);
        });
        for (const auto* r : near) {
          auto& seen = classes[r->place.class_id];
          seen.people.insert(r->trainee_id);
          seen.sessions.insert(r->session_id);
          kit::AddCapped(seen.checkins, r->checkin_id);
          if (seen.photos.size() < kit::kEvidenceCap) seen.photos.insert(r->photo_sha256);
        }
      });
  std::vector<Finding> out;
  for (const auto& [klass, seen] : classes) {
    const auto people = static_cast<int>(seen.people.size());
    if (people < min_people) continue;
    auto f = kit::Start(rule, klass, seen.place, 60 + 10 * (people - 1));
    f.statistic = kit::Format("%d 人的照片近乎相同（%d 对，最近相差 %d/256 位），涉及 %zu 次课", people, seen.pairs,
                              seen.nearest, seen.sessions.size());
    f.threshold = kit::Format("同一次课 ≥ %d 名不同人员的照片感知哈希相差 ≤ %d 位且色调相差 ≤ %.0f（字节不同）",
                              min_people, max_bits, max_tones);
    boost::json::array photos;
    for (const auto& p : seen.photos) photos.push_back(boost::json::string(p));
    f.evidence = {{"class_ids", boost::json::array{klass}}, {"session_ids", Ids(seen.sessions)},
                  {"trainee_ids", Ids(seen.people)},       {"checkin_ids", Ids(seen.checkins)},
                  {"photo_sha256", std::move(photos)},     {"nearest_bits", seen.nearest}};
    f.fingerprint = rule.id + ":class:" + std::to_string(klass);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> TerminalBurst(const std::vector<TerminalCheckin>& rows, const RuleInfo& rule) {
  const auto min_people = static_cast<std::size_t>(kit::Whole(rule, "min_people"));
  const auto max_gap_ms = static_cast<std::int64_t>(rule.Value("max_seconds_each") * 1000);
  std::vector<Finding> out;
  // The longest run of one terminal's check-ins at one session each within the gap of the one
  // before; one finding per terminal and session, for its longest run.
  kit::ForEachRun(
      rows, [](const TerminalCheckin& r) { return std::pair(r.terminal_id, r.session_id); },
      [&](auto begin, auto end) {
        auto best_from = begin, best_to = begin;  // [from, to]
        for (auto from = begin, k = begin + 1;; ++k) {
          if (k == end || k->captured_at - (k - 1)->captured_at > max_gap_ms) {
            if ((k - 1) - from > best_to - best_from) best_from = from, best_to = k - 1;
            from = k;
          }
          if (k == end) break;
        }
        std::set<std::int64_t> people;
        std::vector<std::int64_t> checkins;
        for (auto k = best_from; k <= best_to; ++k) {
          people.insert(k->trainee_id);
          checkins.push_back(k->checkin_id);
        }
        if (people.size() < min_people) return;
        const auto& first = *best_from;
        const auto seconds = static_cast<double>(best_to->captured_at - first.captured_at) / 1000.0;
        const auto n = static_cast<int>(people.size());
        auto f = kit::Start(rule, first.terminal_id, first.place, 60 + 2 * (n - static_cast<int>(min_people)));
        f.statistic = kit::Format("%d 人在 %.0f 秒内打卡（平均 %.1f 秒/人）", n, seconds, n > 1 ? seconds / (n - 1) : 0.0);
        f.threshold = "连续 ≥ " + std::to_string(min_people) + " 人且每人间隔 ≤ " + std::to_string(max_gap_ms / 1000) +
                      " 秒";
        f.evidence = {{"terminal_id", first.terminal_id}, {"session_ids", boost::json::array{first.session_id}},
                      {"class_ids", boost::json::array{first.place.class_id}}, {"checkin_ids", Ids(checkins)},
                      {"trainee_ids", Ids(people)}};
        f.fingerprint = rule.id + ":terminal:" + std::to_string(first.terminal_id) + ":session:" +
                        std::to_string(first.session_id);
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> CheckinsOffHours(const std::vector<CheckinPoint>& rows, const RuleInfo& rule) {
  const int night_from = static_cast<int>(kit::Whole(rule, "night_from_hour"));
  const int night_to = static_cast<int>(kit::Whole(rule, "night_to_hour"));
  const auto outside_ms = static_cast<std::int64_t>(rule.Value("outside_hours") * kHour);
  const auto min_checkins = kit::Whole(rule, "min_checkins");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const CheckinPoint& r) { return r.session_id; },
      [&](auto begin, auto end) {
        std::vector<std::int64_t> checkins;
        std::set<std::int64_t> people;
        int night = 0, outside = 0;
        for (auto k = begin; k != end; ++k) {
          const int hour = LocalHour(k->captured_at);
          const bool at_night = hour >= night_from && hour < night_to;
          const bool far_outside =
              k->captured_at < k->session_from - outside_ms || k->captured_at > k->session_to + outside_ms;
          if (!at_night && !far_outside) continue;
          night += at_night ? 1 : 0;
          outside += at_night ? 0 : 1;
          kit::AddCapped(checkins, k->checkin_id);
          people.insert(k->trainee_id);
        }
        const int n = night + outside;
        if (n < min_checkins) return;
        auto f = kit::Start(rule, begin->place.class_id, begin->place, 50 + 10 * n);
        f.statistic = kit::Format("%d 次打卡在夜间或课时外（夜间 %d 次，课时前后超过 %.0f 小时 %d 次）", n, night,
                                  rule.Value("outside_hours"), outside);
        f.threshold = kit::Format("%d-%d 时为夜间；每节课 ≥ %ld 次", night_from, night_to, min_checkins);
        f.evidence = {{"class_ids", boost::json::array{begin->place.class_id}},
                      {"session_ids", boost::json::array{begin->session_id}},
                      {"checkin_ids", Ids(checkins)},
                      {"trainee_ids", Ids(people)}};
        f.fingerprint = rule.id + ":session:" + std::to_string(begin->session_id);
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> CheckinsFarFromVenue(const std::vector<CheckinPoint>& rows, const RuleInfo& rule) {
  const auto far_m = kit::Whole(rule, "far_m");
  const auto min_checkins = kit::Whole(rule, "min_checkins");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const CheckinPoint& r) { return r.place.class_id; },
      [&](auto begin, auto end) {
        std::vector<std::int64_t> checkins;
        std::set<std::int64_t> people, sessions;
        int farthest = 0;
        for (auto k = begin; k != end; ++k) {
          if (!k->distance_m || *k->distance_m <= far_m) continue;
          kit::AddCapped(checkins, k->checkin_id);
          people.insert(k->trainee_id);
          sessions.insert(k->session_id);
          farthest = std::max(farthest, *k->distance_m);
        }
        const auto n = static_cast<int>(checkins.size());
        if (n < min_checkins) return;
        auto f = kit::Start(rule, begin->place.class_id, begin->place, 50 + 8 * n);
        f.statistic = kit::Format("%d 次打卡距培训场地超过 %ld 米，最远 %.1f 公里", n, far_m, farthest / 1000.0);
        f.threshold = kit::Format("距场地 > %ld 米的打卡 ≥ %ld 次", far_m, min_checkins);
        f.evidence = {{"class_ids", boost::json::array{begin->place.class_id}}, {"session_ids", Ids(sessions)},
                      {"checkin_ids", Ids(checkins)}, {"trainee_ids", Ids(people)}, {"farthest_m", farthest}};
        f.fingerprint = rule.id + ":class:" + std::to_string(begin->place.class_id);
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> UniformCheckins(const std::vector<CheckinPoint>& rows, const RuleInfo& rule) {
  const auto min_checkins = kit::Whole(rule, "min_checkins");
  const double minute_share = rule.Value("on_minute_share"), place_share = rule.Value("same_place_share");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const CheckinPoint& r) { return r.place.class_id; },
      [&](auto begin, auto end) {
        const auto n = static_cast<int>(end - begin);
        if (n < min_checkins) return;
        int on_minute = 0, same_place = 0;
        // The most check-ins at one position: positions sorted, the longest run (a map of every
        // position was most of this rule's time over a city).
        std::vector<std::pair<std::int64_t, std::int64_t>> places;
        places.reserve(static_cast<std::size_t>(n));
        for (auto k = begin; k != end; ++k) {
          on_minute += k->captured_at % kMinute == 0 ? 1 : 0;
          places.emplace_back(k->latitude_e6, k->longitude_e6);
        }
        std::sort(places.begin(), places.end());
        kit::ForEachRun(places.begin(), places.end(), [](const auto& p) { return p; },
                        [&](auto first, auto last) { same_place = std::max(same_place, static_cast<int>(last - first)); });
        const double minute = static_cast<double>(on_minute) / n, place = static_cast<double>(same_place) / n;
        if (minute < minute_share && place < place_share) return;
        std::vector<std::int64_t> checkins;
        std::set<std::int64_t> people;
        for (auto k = begin; k != end; ++k) {
          kit::AddCapped(checkins, k->checkin_id);
          people.insert(k->trainee_id);
        }
        auto f = kit::Start(rule, begin->place.class_id, begin->place,
                            50 + static_cast<int>(std::lround(50 * std::max(minute, place))));
        f.statistic = kit::Format("%d 次打卡中 %.0f%% 恰在整分，%.0f%% 在同一坐标", n, minute * 100, place * 100);
        f.threshold = kit::Format("整分 ≥ %.0f%% 或同一坐标 ≥ %.0f%%（≥ %ld 次打卡）", minute_share * 100,
                                  place_share * 100, min_checkins);
        f.evidence = {{"class_ids", boost::json::array{begin->place.class_id}}, {"checkin_ids", Ids(checkins)},
                      {"trainee_ids", Ids(people)}, {"checkins", n}, {"on_minute", on_minute},
                      {"same_place", same_place}};
        f.fingerprint = rule.id + ":class:" + std::to_string(begin->place.class_id);
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> AttendanceTooPerfect(const std::vector<CheckinPoint>& rows, const RuleInfo& rule) {
  const auto min_sessions = static_cast<std::size_t>(kit::Whole(rule, "min_sessions"));
  const auto min_people = static_cast<std::size_t>(kit::Whole(rule, "min_people"));
  const auto max_spread = static_cast<std::int64_t>(rule.Value("max_spread_seconds") * 1000);
  const double min_share = rule.Value("min_share");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const CheckinPoint& r) { return r.place.class_id; },
      [&](auto begin, auto end) {
        // Each person's arrival at each session: their first check-in of it, from its start.
        std::set<std::int64_t> sessions;
        std::map<std::int64_t, std::map<std::int64_t, const CheckinPoint*>> arrivals;  // trainee, session
        for (auto k = begin; k != end; ++k) {
          sessions.insert(k->session_id);
          arrivals[k->trainee_id].try_emplace(k->session_id, &*k);
        }
        if (sessions.size() < min_sessions || arrivals.size() < min_people) return;
        std::vector<std::int64_t> people, checkins;
        std::int64_t widest = 0;  // the widest spread among those who always came alike
        for (const auto& [trainee, by_session] : arrivals) {
          if (by_session.size() < sessions.size()) continue;
          std::int64_t earliest = std::numeric_limits<std::int64_t>::max(), latest = std::numeric_limits<std::int64_t>::min();
          for (const auto& [session, point] : by_session) {
            earliest = std::min(earliest, point->captured_at - point->session_from);
            latest = std::max(latest, point->captured_at - point->session_from);
          }
          if (latest - earliest > max_spread) continue;
          widest = std::max(widest, latest - earliest);
          people.push_back(trainee);
          for (const auto& [session, point] : by_session) kit::AddCapped(checkins, point->checkin_id);
        }
        const double share = static_cast<double>(people.size()) / static_cast<double>(arrivals.size());
        if (people.size() < min_people || share < min_share) return;
        auto f = kit::Start(rule, begin->place.class_id, begin->place, 50 + static_cast<int>(std::lround(50 * share)));
        f.statistic = kit::Format("%zu 名学员中 %zu 人 %zu 次课全到，每人各次到达时刻最多相差 %.0f 秒", arrivals.size(),
                                  people.size(), sessions.size(), static_cast<double>(widest) / 1000);
        f.threshold = kit::Format("每次全到且到达相差 ≤ %.0f 秒的学员 ≥ %.0f%%（≥ %zu 人、≥ %zu 次课）",
                                  rule.Value("max_spread_seconds"), min_share * 100, min_people, min_sessions);
        f.evidence = {{"class_ids", boost::json::array{begin->place.class_id}}, {"trainee_ids", Ids(people)},
                      {"session_ids", Ids(sessions)}, {"checkin_ids", Ids(checkins)},
                      {"people", static_cast<std::int64_t>(arrivals.size())}};
        f.fingerprint = rule.id + ":class:" + std::to_string(begin->place.class_id);
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> PersonTwoPlaces(const std::vector<PersonMove>& rows, const RuleInfo& rule) {
  const double max_kmh = rule.Value("max_kmh"), min_m = rule.Value("min_km") * 1000;
  struct Pair {
    const PersonMove* fastest = nullptr;
    double speed = 0, metres = 0;
    std::vector<std::int64_t> checkins;
    int moves = 0;
  };
  std::map<std::tuple<std::int64_t, std::int64_t, std::int64_t>, Pair> pairs;  // trainee, class, class
  for (const auto& m : rows) {
    const double metres = core::DistanceMetres(Point(m.from_latitude_e6, m.from_longitude_e6),
                                               Point(m.to_latitude_e6, m.to_longitude_e6));
    const double speed = SpeedKmh(metres, m.to_at - m.from_at);
    if (metres < min_m || speed <= max_kmh) continue;
    auto& p = pairs[{m.trainee_id, std::min(m.from_class, m.place.class_id), std::max(m.from_class, m.place.class_id)}];
    if (!p.fastest || speed > p.speed) p.fastest = &m, p.speed = speed, p.metres = metres;
    kit::AddCapped(p.checkins, m.from_checkin);
    kit::AddCapped(p.checkins, m.to_checkin);
    ++p.moves;
  }
  std::vector<Finding> out;
  for (const auto& [key, p] : pairs) {
    const auto& [trainee, a, b] = key;
    const auto& m = *p.fastest;
    const bool at_once = std::isinf(p.speed);
    auto f = kit::Start(rule, trainee, m.place, at_once ? 100 : 60 + static_cast<int>(20 * (p.speed / max_kmh - 1)));
    const double hours = static_cast<double>(m.to_at - m.from_at) / kHour;
    f.statistic = at_once ? kit::Format("相距 %.0f 公里的两处同时打卡", p.metres / 1000)
                          : kit::Format("相距 %.0f 公里的两处打卡仅隔 %.1f 小时（需时速 %.0f 公里），共 %d 次",
                                        p.metres / 1000, hours, p.speed, p.moves);
    f.threshold = kit::Format("时速 > %.0f 公里且相距 ≥ %.0f 公里", max_kmh, min_m / 1000);
    f.evidence = {{"trainee_ids", boost::json::array{trainee}}, {"class_ids", boost::json::array{a, b}},
                  {"checkin_ids", Ids(p.checkins)}};
    f.fingerprint = rule.id + ":trainee:" + std::to_string(trainee) + ":classes:" + std::to_string(a) + ":" +
                    std::to_string(b);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace sunshine::risk
