#include "risk/checkin_sweep.hpp"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <limits>
#include <set>

#include "core/geo.hpp"
#include "core/hex.hpp"

namespace sunshine::risk {
namespace {
constexpr std::int64_t kHourMs = 3'600'000;

std::uint64_t Prefix64(const std::array<std::uint8_t, 32>& sha) {
  std::uint64_t out = 0;
  for (int k = 0; k < 8; ++k) out = out << 8 | sha[k];
  return out;
}

std::string Hex16(std::uint64_t prefix) {
  std::array<std::uint8_t, 8> bytes{};
  for (int k = 7; k >= 0; --k, prefix >>= 8) bytes[k] = static_cast<std::uint8_t>(prefix & 0xFF);
  return core::HexOf(bytes);
}
}  // namespace

bool ParseSha256(std::string_view hex, std::array<std::uint8_t, 32>& out) { return core::ReadHex(hex, out); }

std::string Sha256Hex(const std::array<std::uint8_t, 32>& bytes) { return core::HexOf(bytes); }

CheckinSweep::CheckinSweep(SweepRules rules, std::int64_t from_at, std::int64_t to_at,
                           std::unordered_map<std::int64_t, std::int64_t> expected)
    : rules_(rules), from_at_(from_at), to_at_(to_at), expected_(std::move(expected)) {}

template <typename Fn>
void CheckinSweep::Timed(const RuleInfo* rule, Fn fn) {
  if (!rule) return;
  const auto began = std::chrono::steady_clock::now();
  auto found = fn(*rule);
  seconds_[rule->id] += std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  findings_.insert(findings_.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

void CheckinSweep::Add(SweptCheckin row, Lookup& lookup) {
  const auto class_id = row.class_id;
  auto expected = expected_.find(class_id);
  // A class judged already: the count was taken before this check-in was (a later upload, read
  // by the next scan); judging the class twice would raise a second, partial finding.
  if (expected != expected_.end() && expected->second <= 0) return;
  auto [at, opened] = open_.try_emplace(class_id);
  auto& open = at->second;
  // Room for all of the class at once, when its count is known.
  if (opened && expected != expected_.end()) open.rows.reserve(static_cast<std::size_t>(expected->second));
  ++open.seen;
  if (row.captured_at >= from_at_ && row.captured_at < to_at_) open.rows.push_back(std::move(row));
  if (expected == expected_.end() || open.seen < expected->second) return;
  auto rows = std::move(open.rows);
  open_.erase(class_id);
  expected->second = 0;
  Judge(class_id, rows, lookup);
}

void CheckinSweep::Finish(Lookup& lookup) {
  std::vector<std::int64_t> classes;
  classes.reserve(open_.size());
  for (const auto& [id, open] : open_) classes.push_back(id);
  std::sort(classes.begin(), classes.end());  // the same order on every run
  for (const auto id : classes) {
    auto rows = std::move(open_.at(id).rows);
    open_.erase(id);
    Judge(id, rows, lookup);
  }
}

void CheckinSweep::Judge(std::int64_t class_id, std::vector<SweptCheckin>& rows, Lookup& lookup) {
  judged_ += static_cast<std::int64_t>(rows.size());
  if (rows.empty()) return;
  const Place place = lookup.PlaceOf(class_id);
  std::sort(rows.begin(), rows.end(), [](const SweptCheckin& a, const SweptCheckin& b) {
    return std::tie(a.session_id, a.captured_at, a.id) < std::tie(b.session_id, b.captured_at, b.id);
  });

  if (rules_.person_two_places) {
    std::unordered_map<std::int64_t, Stay> stays;
    for (const auto& r : rows) {
      auto [it, added] = stays.try_emplace(r.trainee_id, Stay{r.trainee_id, class_id, r.captured_at, r.captured_at});
      it->second.first_at = std::min(it->second.first_at, r.captured_at);
      it->second.last_at = std::max(it->second.last_at, r.captured_at);
      min_lat_ = std::min(min_lat_, r.latitude_e6), max_lat_ = std::max(max_lat_, r.latitude_e6);
      min_lon_ = std::min(min_lon_, r.longitude_e6), max_lon_ = std::max(max_lon_, r.longitude_e6);
    }
    for (const auto& [trainee, stay] : stays) stays_.push_back(stay);
  }
  if (rules_.photo_reuse) {
    const auto first = photo_people_.size();
    for (const auto& r : rows) photo_people_.emplace_back(Prefix64(r.photo_sha256), r.trainee_id);
    // Once per class: a person's photo is on each of their check-ins of a sitting.
    std::sort(photo_people_.begin() + static_cast<std::ptrdiff_t>(first), photo_people_.end());
    photo_people_.erase(std::unique(photo_people_.begin() + static_cast<std::ptrdiff_t>(first), photo_people_.end()),
                        photo_people_.end());
  }

  if (rules_.checkins_off_hours || rules_.checkins_far_from_venue || rules_.uniform_checkins ||
      rules_.attendance_too_perfect) {
    std::vector<CheckinPoint> points;
    points.reserve(rows.size());
    SessionBounds bounds;
    std::int64_t bounds_of = 0;
    for (const auto& r : rows) {
      if (r.session_id != bounds_of) bounds = lookup.BoundsOf(r.session_id), bounds_of = r.session_id;
      points.push_back({r.id, r.trainee_id, r.session_id, place, r.captured_at, r.latitude_e6, r.longitude_e6,
                        r.distance_m < 0 ? std::nullopt : std::optional<int>(r.distance_m), bounds.from, bounds.to});
    }
    Timed(rules_.checkins_off_hours, [&](const RuleInfo& rule) { return CheckinsOffHours(points, rule); });
    Timed(rules_.checkins_far_from_venue, [&](const RuleInfo& rule) { return CheckinsFarFromVenue(points, rule); });
    Timed(rules_.uniform_checkins, [&](const RuleInfo& rule) { return UniformCheckins(points, rule); });
    Timed(rules_.attendance_too_perfect, [&](const RuleInfo& rule) { return AttendanceTooPerfect(points, rule); });
  }
  Timed(rules_.photo_lookalike, [&](const RuleInfo& rule) {
    std::vector<PhotoLook> looks;
    for (const auto& r : rows) {
      if (r.phash) looks.push_back({r.id, r.trainee_id, r.session_id, place, Sha256Hex(r.photo_sha256), *r.phash});
    }
    return PhotoLookalike(looks, rule);
  });
  Timed(rules_.terminal_burst, [&](const RuleInfo& rule) {
    std::vector<TerminalCheckin> runs;
    runs.reserve(rows.size());
    for (const auto& r : rows) runs.push_back({r.terminal_id, r.session_id, r.id, r.trainee_id, place, r.captured_at});
    std::sort(runs.begin(), runs.end(), [](const TerminalCheckin& a, const TerminalCheckin& b) {
      return std::tie(a.terminal_id, a.session_id, a.captured_at, a.checkin_id) <
             std::tie(b.terminal_id, b.session_id, b.captured_at, b.checkin_id);
    });
    return TerminalBurst(runs, rule);
  });
}

std::vector<std::string> CheckinSweep::PhotoCandidates() const {
  auto pairs = photo_people_;
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<std::string> out;
  for (std::size_t k = 0; k < pairs.size();) {
    std::size_t end = k + 1;
    while (end < pairs.size() && pairs[end].first == pairs[k].first) ++end;
    if (end - k > 1) out.push_back(Hex16(pairs[k].first));  // two people (pairs are unique)
    k = end;
  }
  return out;
}

std::vector<std::int64_t> CheckinSweep::PersonCandidates() const {
  if (stays_.empty() || !rules_.person_two_places) return {};
  // The farthest two judged check-ins lie apart, over the least speed that fires: consecutive
  // check-ins at least that far apart in time cannot fire, whatever lies between them.
  const double diagonal_m = core::DistanceMetres({min_lat_ / 1e6, min_lon_ / 1e6}, {max_lat_ / 1e6, max_lon_ / 1e6});
  const double max_kmh = rules_.person_two_places->Value("max_kmh");
  const double reach_ms = max_kmh > 0 ? std::ceil(diagonal_m / 1000.0 / max_kmh * kHourMs) + 1
                                      : std::numeric_limits<double>::infinity();
  auto stays = stays_;
  std::sort(stays.begin(), stays.end(), [](const Stay& a, const Stay& b) {
    return std::tie(a.trainee_id, a.first_at, a.class_id) < std::tie(b.trainee_id, b.first_at, b.class_id);
  });
  std::vector<std::int64_t> out;
  for (std::size_t k = 0; k < stays.size();) {
    std::size_t end = k + 1;
    std::int64_t last = stays[k].last_at;
    bool close = false;
    for (; end < stays.size() && stays[end].trainee_id == stays[k].trainee_id; ++end) {
      close = close || static_cast<double>(stays[end].first_at - last) <= reach_ms;
      last = std::max(last, stays[end].last_at);
    }
    if (close) out.push_back(stays[k].trainee_id);
    k = end;
  }
  return out;
}

}  // namespace sunshine::risk
