#include "generator/sitting_events.hpp"

#include <cmath>
#include <numbers>

#include "core/time.hpp"

namespace sunshine::generator {
namespace {
constexpr std::int64_t kSecond = 1000, kMinute = 60 * kSecond, kHour = 60 * kMinute;

// One person's habits at one session [I]: most people come every time; a few come late,
// forget a check-in or leave early.
struct Presence {
  bool present = false, late = false, misses_start = false, misses_end = false, leaves_early = false;
};

Presence DrawPresence(const SittingContext& c, std::size_t position) {
  const std::int64_t trainee = c.trainee_ids[position];
  Random habit = Random(c.seed).Fork("habit:" + std::to_string(trainee));
  const double reliability = habit.Chance(0.85) ? 0.97 : 0.75;
  Random r =
      Random(c.seed).Fork("presence:" + c.plan->key + ":" + std::to_string(c.session) + ":" + std::to_string(trainee));
  Presence p;
  p.present = r.Chance(reliability);
  p.late = r.Chance(0.03);
  p.misses_start = r.Chance(0.015);
  p.misses_end = r.Chance(0.02);
  p.leaves_early = r.Chance(0.02);
  return p;
}

bool PlantedHere(const SittingContext& c, Plant kind, std::size_t position) {
  if (c.plan->plant != kind) return false;
  if (!WholeClass(kind) && c.session != c.plan->planted_session) return false;
  const auto& people = c.plan->planted_people;
  return std::find(people.begin(), people.end(), position) != people.end();
}

double Scores(Random& r, double& liveness) {
  liveness = r.Bell(0.97, 0.01, 0.86, 0.999);
  // About one check-in in a hundred matches badly (glasses, light) and does not count.
  return r.Chance(0.01) ? 0.55 + r.Real() * 0.2 : r.Bell(0.93, 0.025, 0.81, 0.995);
}

std::string Id(char tag, const SittingContext& c, std::int64_t trainee, std::string_view suffix) {
  return std::string(1, tag) + std::to_string(c.class_id) + "-" + std::to_string(c.session_id) + "-" +
         std::to_string(trainee) + "-" + std::string(suffix);
}
}  // namespace

std::vector<PlannedEvent> SittingEvents(const SittingContext& c, std::string_view kind) {
  std::vector<PlannedEvent> out;
  const bool start = kind == "start";
  const bool burst = c.plan->plant == Plant::kTerminalBurst && c.session == c.plan->planted_session && start;
  const std::int64_t burst_at = c.from - 3 * kMinute;
  for (std::size_t position = 0; position < c.trainee_ids.size(); ++position) {
    const std::int64_t trainee = c.trainee_ids[position];
    const Presence p = DrawPresence(c, position);
    const bool forced = burst || PlantedHere(c, c.plan->plant, position);
    if (!forced && (!p.present || (start ? p.misses_start : p.misses_end))) continue;
    Random r = Random(c.seed).Fork("event:" + c.plan->key + ":" + std::to_string(c.session) + ":" +
                                   std::to_string(trainee) + ":" + std::string(kind));
    PlannedEvent e;
    e.event.event_id = Id('g', c, trainee, kind.substr(0, 1));
    e.event.trainee_id = trainee;
    e.event.class_id = c.class_id;
    e.event.session_id = c.session_id;
    e.event.kind = std::string(kind);
    if (start) {
      e.event.captured_at = p.late ? c.from + r.Uniform(16, 40) * kMinute : c.from - r.Uniform(2, 25) * kMinute;
    } else {
      e.event.captured_at = p.leaves_early ? c.to - r.Uniform(20, 60) * kMinute : c.to + r.Uniform(0, 12) * kMinute;
    }
    e.event.captured_at += r.Uniform(0, 59'999);
    // A fixed terminal's position wanders by a few metres.
    e.event.latitude = c.venue_latitude + (r.Real() - 0.5) * 0.00036;
    e.event.longitude = c.venue_longitude + (r.Real() - 0.5) * 0.00036;
    e.event.face_score = Scores(r, e.event.liveness_score);
    e.event.datum = "wgs84";
    e.photo = {"trainee:" + std::to_string(trainee), e.event.event_id};

    if (burst) e.event.captured_at = burst_at + static_cast<std::int64_t>(position) * r.Uniform(150, 600);
    if (PlantedHere(c, Plant::kUniformTimes, position)) {
      e.event.captured_at = (start ? c.from - 5 * kMinute : c.to) + static_cast<std::int64_t>(position % 3) * kMinute;
      e.event.latitude = c.venue_latitude;
      e.event.longitude = c.venue_longitude;
    }
    if (PlantedHere(c, Plant::kPerfectAttendance, position)) {
      // Each person at their own second, every session: a minute apart at the door, never on the minute.
      const std::int64_t own = static_cast<std::int64_t>(3 + position % 25) * kMinute +
                               static_cast<std::int64_t>((position * 17) % 45 + 5) * kSecond + r.Uniform(0, 9'999);
      e.event.captured_at = start ? c.from - own : c.to + own - 2 * kMinute;
    }
    if (PlantedHere(c, Plant::kFarAway, position)) {
      const double metres = r.Uniform(3000, 30000), angle = r.Real() * 2 * std::numbers::pi;
      e.event.latitude = c.venue_latitude + metres * std::cos(angle) / 111320.0;
      e.event.longitude = c.venue_longitude +
                          metres * std::sin(angle) / (111320.0 * std::cos(c.venue_latitude * std::numbers::pi / 180));
    }
    if (PlantedHere(c, Plant::kNight, position)) {
      const std::string day = core::DateInShanghai(c.from);
      e.event.captured_at = *core::DayStartInShanghai(day) + r.Uniform(60, 270) * kMinute + r.Uniform(0, 59'999);
    }
    if (PlantedHere(c, Plant::kSharedPhoto, position) && start) {
      e.photo = {"trainee:" + std::to_string(c.trainee_ids[c.plan->planted_people[0]]),
                 "shared:" + c.plan->key + ":" + std::to_string(c.session)};
    }
    if (PlantedHere(c, Plant::kLookalikePhoto, position) && start) {
      e.photo = {"trainee:" + std::to_string(c.trainee_ids[c.plan->planted_people[0]]),
                 "lookalike:" + c.plan->key + ":" + std::to_string(c.session), std::to_string(trainee)};
    }
    out.push_back(std::move(e));
  }
  return out;
}

namespace {
// A segment from `from` to `to` with a face check every 15-19 minutes, the last within 20
// minutes of the end (the online rule's default interval).
PlannedSegment Segment(const SittingContext& c, Random& r, std::int64_t trainee, int serial, std::int64_t from,
                       std::int64_t to) {
  PlannedSegment s;
  s.segment.segment_id = Id('s', c, trainee, std::to_string(serial));
  s.segment.trainee_id = trainee;
  s.segment.class_id = c.class_id;
  s.segment.course_item = "第" + std::to_string(serial) + "课 " + c.plan->sessions[c.session].topic;
  s.segment.started_at = from;
  s.segment.ended_at = to;
  std::int64_t at = from + r.Uniform(30, 180) * kSecond;
  for (int k = 0; at < to; ++k, at += r.Uniform(15 * 60, 19 * 60) * kSecond) {
    const double face = r.Bell(0.93, 0.02, 0.85, 0.995);
    const double liveness = r.Bell(0.97, 0.01, 0.91, 0.999);
    s.segment.face_checks.push_back({at, face, liveness, ""});
    s.photos.push_back({"trainee:" + std::to_string(trainee), s.segment.segment_id + "-" + std::to_string(k)});
  }
  return s;
}
}  // namespace

std::vector<PlannedSegment> SessionSegments(const SittingContext& c) {
  std::vector<PlannedSegment> out;
  for (std::size_t position = 0; position < c.trainee_ids.size(); ++position) {
    const std::int64_t trainee = c.trainee_ids[position];
    const Presence p = DrawPresence(c, position);
    const bool overlap = PlantedHere(c, Plant::kOnlineOverlap, position);
    if (!p.present && !overlap && !PlantedHere(c, Plant::kOnlineFastForward, position)) continue;
    Random r = Random(c.seed).Fork("segments:" + c.plan->key + ":" + std::to_string(c.session) + ":" +
                                   std::to_string(trainee));
    // Lessons of about 45 minutes, back to back through the session; fast-forwarded, as many
    // lessons in 6-11 minutes each.
    const bool fast = PlantedHere(c, Plant::kOnlineFastForward, position);
    std::int64_t at = c.from + r.Uniform(0, 5) * kMinute;
    const std::int64_t lessons = (c.to - c.from) / (47 * kMinute);
    for (int serial = 1; fast ? serial <= lessons : at + 10 * kMinute < c.to; ++serial) {
      const std::int64_t end = std::min(c.to, at + (fast ? r.Uniform(6, 11) : r.Uniform(40, 50)) * kMinute);
      out.push_back(Segment(c, r, trainee, serial, at, end));
      at = end + (fast ? r.Uniform(0, 1) : r.Uniform(1, 4)) * kMinute;
    }
    if (overlap) {
      // Three ten-hour segments on the session's day: 30 hours in a day, overlapping.
      const std::int64_t day = *core::DayStartInShanghai(core::DateInShanghai(c.from));
      const std::int64_t starts[] = {30 * kMinute, 6 * kHour, 12 * kHour};
      for (int k = 0; k < 3; ++k)
        out.push_back(Segment(c, r, trainee, 90 + k, day + starts[k], day + starts[k] + 10 * kHour));
    }
  }
  return out;
}

}  // namespace sunshine::generator
