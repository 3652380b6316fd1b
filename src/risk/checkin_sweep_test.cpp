// The sweep finds what the check-in rules find over all the rows at once (as the queries it
// replaced gave them: issue 15 item 3), whatever order the rows come in and whether or not it
// knows each class's count; and it holds only the classes still open.
#include "risk/checkin_sweep.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "risk/rule_kit.hpp"

namespace sunshine::risk {
namespace {

constexpr std::int64_t kMinute = 60'000, kHour = 60 * kMinute, kDay = 24 * kHour;
// 2026-03-02 00:00 in China, Unix ms.
constexpr std::int64_t kFirstDay = 1'772'380'800'000;

struct World {
  std::vector<SweptCheckin> rows;
  std::map<std::int64_t, SessionBounds> sessions;
  std::map<std::int64_t, std::int64_t> class_of_session;
  std::int64_t from_at = kFirstDay, to_at = kFirstDay + 30 * kDay;
};

training::PhotoHash RandomHash(std::mt19937_64& random) {
  training::PhotoHash h;
  for (auto& word : h.bits) word = random();
  for (auto& tone : h.tones) tone = static_cast<std::uint8_t>(random() % 256);
  return h;
}

// Six classes of ten people, four sessions each; some of it planted (see each comment).
World MakeWorld(unsigned seed) {
  World w;
  std::mt19937_64 random(seed);
  std::int64_t next_id = 1;
  const auto lookalike = RandomHash(random);
  for (std::int64_t klass = 1; klass <= 6; ++klass) {
    const std::int32_t base_lat = 30'000'000 + static_cast<std::int32_t>(klass) * 1'000'000, base_lon = 104'000'000;
    for (int s = 0; s < 4; ++s) {
      const std::int64_t session = klass * 10 + s;
      const std::int64_t start = kFirstDay + (2 * s + (klass > 2 ? klass % 2 : 0)) * kDay + 9 * kHour;
      w.sessions[session] = {start, start + 3 * kHour};
      w.class_of_session[session] = klass;
      for (int p = 0; p < 10; ++p) {
        // Classes 1 and 2 share their people and days, 110 km apart: two places at once.
        const std::int64_t trainee = (klass == 2 ? 1 : klass) * 100 + p;
        SweptCheckin r;
        r.id = next_id++;
        r.trainee_id = trainee;
        r.session_id = session;
        r.class_id = klass;
        r.terminal_id = klass * 10 + p % 2;
        r.captured_at = start - 10 * kMinute + static_cast<std::int64_t>(random() % (25 * kMinute));
        r.latitude_e6 = base_lat + static_cast<std::int32_t>(random() % 2000);
        r.longitude_e6 = base_lon + static_cast<std::int32_t>(random() % 2000);
        r.distance_m = static_cast<std::int32_t>(random() % 300);
        for (auto& b : r.photo_sha256) b = static_cast<std::uint8_t>(random());
        r.phash = RandomHash(random);
        if (klass == 3 && s == 0) r.captured_at = start + p * 1000, r.terminal_id = 30;  // a burst
        if (klass == 4 && s == 2) r.captured_at = start - 7 * kHour;                    // at 02:00
        if (klass == 5) r.captured_at = start + p * kMinute;                           // on the minute
        if (klass == 6 && s == 1 && p < 3) {                                            // one photo retouched
          r.phash = lookalike;
          r.phash->bits[0] ^= 1ull << p;
        }
        if (klass == 6 && s == 3 && p < 2) r.photo_sha256.fill(0xAB);  // one photo for two people
        if (klass == 4 && p == 0) r.distance_m = 9'000 + s;            // far from the venue
        if (klass == 4 && s == 3 && p > 5) r.distance_m = -1;          // not measured
        w.rows.push_back(r);
        if (klass == 1 && s == 0 && p == 0) {  // a check-in before the span: counted, not judged
          auto before = r;
          before.id = next_id++;
          before.captured_at = w.from_at - kHour;
          w.rows.push_back(before);
        }
      }
    }
  }
  return w;
}

struct WorldLookup : CheckinSweep::Lookup {
  explicit WorldLookup(const World& w) : world(w) {}
  Place PlaceOf(std::int64_t class_id) override { return {class_id, class_id * 1000, "5101" + std::to_string(class_id)}; }
  SessionBounds BoundsOf(std::int64_t session_id) override { return world.sessions.at(session_id); }
  const World& world;
};

// The check-in rules with their default parameters.
SweepRules AllRules() {
  SweepRules r;
  r.photo_reuse = FindRule("photo_reuse");
  r.photo_lookalike = FindRule("photo_lookalike");
  r.terminal_burst = FindRule("terminal_burst");
  r.checkins_off_hours = FindRule("checkins_off_hours");
  r.checkins_far_from_venue = FindRule("checkins_far_from_venue");
  r.uniform_checkins = FindRule("uniform_checkins");
  r.attendance_too_perfect = FindRule("attendance_too_perfect");
  r.person_two_places = FindRule("person_two_places");
  return r;
}

bool InSpan(const World& w, const SweptCheckin& r) { return r.captured_at >= w.from_at && r.captured_at < w.to_at; }

PhotoUse UseOf(const SweptCheckin& r, WorldLookup& lookup) {
  return {Sha256Hex(r.photo_sha256), r.id, r.trainee_id, lookup.PlaceOf(r.class_id), r.captured_at};
}

// photo_reuse over what its second read gives: every use of each photo more than one person used
// within the span, for the photos whose hash begins with one of `prefixes` (all when empty).
std::vector<Finding> ReuseOf(const World& w, WorldLookup& lookup, const std::vector<std::string>* prefixes) {
  std::map<std::string, std::set<std::int64_t>> people;
  for (const auto& r : w.rows) {
    if (InSpan(w, r)) people[Sha256Hex(r.photo_sha256)].insert(r.trainee_id);
  }
  std::vector<PhotoUse> uses;
  for (const auto& r : w.rows) {
    const auto sha = Sha256Hex(r.photo_sha256);
    if (people[sha].size() < 2) continue;
    if (prefixes && std::find(prefixes->begin(), prefixes->end(), sha.substr(0, 16)) == prefixes->end()) continue;
    uses.push_back(UseOf(r, lookup));
  }
  std::sort(uses.begin(), uses.end(), [](const PhotoUse& a, const PhotoUse& b) {
    return std::tie(a.photo_sha256, a.captured_at, a.checkin_id) < std::tie(b.photo_sha256, b.captured_at, b.checkin_id);
  });
  return PhotoReuse(uses, *FindRule("photo_reuse"));
}

// person_two_places over the moves of `people` (everyone when empty).
std::vector<Finding> MovesFound(const World& w, WorldLookup& lookup, const std::vector<std::int64_t>* people) {
  std::map<std::int64_t, std::vector<PersonCheckin>> by_person;
  for (const auto& r : w.rows) {
    if (!InSpan(w, r)) continue;
    if (people && std::find(people->begin(), people->end(), r.trainee_id) == people->end()) continue;
    by_person[r.trainee_id].push_back({r.id, r.class_id, r.captured_at, r.latitude_e6, r.longitude_e6});
  }
  std::vector<PersonMove> moves;
  for (auto& [trainee, list] : by_person) {
    std::sort(list.begin(), list.end(), [](const PersonCheckin& a, const PersonCheckin& b) {
      return std::tie(a.captured_at, a.checkin_id) < std::tie(b.captured_at, b.checkin_id);
    });
    const auto mine = MovesOf(trainee, list, [&](std::int64_t klass) { return lookup.PlaceOf(klass); });
    moves.insert(moves.end(), mine.begin(), mine.end());
  }
  return PersonTwoPlaces(moves, *FindRule("person_two_places"));
}

// The rules over every row of the span at once, sorted as the old queries sorted them.
std::vector<Finding> AllAtOnce(const World& w) {
  WorldLookup lookup(w);
  std::vector<SweptCheckin> rows;
  for (const auto& r : w.rows) {
    if (InSpan(w, r)) rows.push_back(r);
  }
  std::vector<Finding> out;
  const auto add = [&](std::vector<Finding> found) { out.insert(out.end(), found.begin(), found.end()); };
  std::sort(rows.begin(), rows.end(), [](const SweptCheckin& a, const SweptCheckin& b) {
    return std::tie(a.class_id, a.session_id, a.captured_at, a.id) < std::tie(b.class_id, b.session_id, b.captured_at, b.id);
  });
  std::vector<CheckinPoint> points;
  std::vector<PhotoLook> looks;
  std::vector<TerminalCheckin> runs;
  for (const auto& r : rows) {
    const auto place = lookup.PlaceOf(r.class_id);
    const auto bounds = lookup.BoundsOf(r.session_id);
    points.push_back({r.id, r.trainee_id, r.session_id, place, r.captured_at, r.latitude_e6, r.longitude_e6,
                      r.distance_m < 0 ? std::nullopt : std::optional<int>(r.distance_m), bounds.from, bounds.to});
    looks.push_back({r.id, r.trainee_id, r.session_id, place, Sha256Hex(r.photo_sha256), *r.phash});
    runs.push_back({r.terminal_id, r.session_id, r.id, r.trainee_id, place, r.captured_at});
  }
  std::sort(runs.begin(), runs.end(), [](const TerminalCheckin& a, const TerminalCheckin& b) {
    return std::tie(a.terminal_id, a.session_id, a.captured_at, a.checkin_id) <
           std::tie(b.terminal_id, b.session_id, b.captured_at, b.checkin_id);
  });
  add(CheckinsOffHours(points, *FindRule("checkins_off_hours")));
  add(CheckinsFarFromVenue(points, *FindRule("checkins_far_from_venue")));
  add(UniformCheckins(points, *FindRule("uniform_checkins")));
  add(AttendanceTooPerfect(points, *FindRule("attendance_too_perfect")));
  add(PhotoLookalike(looks, *FindRule("photo_lookalike")));
  add(TerminalBurst(runs, *FindRule("terminal_burst")));
  add(ReuseOf(w, lookup, nullptr));
  add(MovesFound(w, lookup, nullptr));
  return out;
}

// The sweep, fed `order`, with each class's count or without.
std::vector<Finding> Swept(const World& w, const std::vector<SweptCheckin>& order, bool counted,
                           std::int64_t* most_open = nullptr) {
  WorldLookup lookup(w);
  std::unordered_map<std::int64_t, std::int64_t> expected;
  if (counted) {
    for (const auto& r : w.rows) ++expected[r.class_id];
  }
  CheckinSweep sweep(AllRules(), w.from_at, w.to_at, expected);
  for (const auto& r : order) {
    sweep.Add(r, lookup);
    if (most_open) *most_open = std::max(*most_open, sweep.open_classes());
  }
  sweep.Finish(lookup);
  auto out = sweep.TakeFindings();
  const auto prefixes = sweep.PhotoCandidates();
  const auto people = sweep.PersonCandidates();
  auto reuse = ReuseOf(w, lookup, &prefixes);
  auto moves = MovesFound(w, lookup, &people);
  out.insert(out.end(), reuse.begin(), reuse.end());
  out.insert(out.end(), moves.begin(), moves.end());
  return out;
}

// A finding as text, its evidence's lists sorted (the order a list is gathered in differs).
std::map<std::string, std::string> Keyed(const std::vector<Finding>& findings) {
  std::map<std::string, std::string> out;
  for (const auto& f : findings) {
    auto evidence = f.evidence;
    for (auto& [key, value] : evidence) {
      if (!value.is_array()) continue;
      std::vector<std::string> items;
      for (const auto& v : value.as_array()) items.push_back(boost::json::serialize(v));
      std::sort(items.begin(), items.end());
      boost::json::array sorted;
      for (const auto& i : items) sorted.push_back(boost::json::string(i));
      value = sorted;
    }
    out[f.fingerprint] = f.rule_id + " " + std::to_string(f.score) + " " + f.statistic + " " + f.threshold + " " +
                         boost::json::serialize(evidence);
  }
  return out;
}

TEST(CheckinSweep, FindsWhatTheRulesFindOverEveryRowAtOnceInAnyOrder) {
  for (unsigned seed : {1u, 2u, 3u}) {
    const auto world = MakeWorld(seed);
    const auto expected = Keyed(AllAtOnce(world));
    // Every planted pattern is there to be found.
    std::set<std::string> rules;
    for (const auto& [fingerprint, text] : expected) rules.insert(text.substr(0, text.find(' ')));
    EXPECT_EQ(rules, (std::set<std::string>{"attendance_too_perfect", "checkins_far_from_venue", "checkins_off_hours",
                                            "person_two_places", "photo_lookalike", "photo_reuse", "terminal_burst",
                                            "uniform_checkins"}))
        << "seed " << seed;
    auto shuffled = world.rows;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937_64(seed));
    EXPECT_EQ(Keyed(Swept(world, world.rows, true)), expected) << "seed " << seed << ", in id order";
    EXPECT_EQ(Keyed(Swept(world, shuffled, true)), expected) << "seed " << seed << ", shuffled";
    EXPECT_EQ(Keyed(Swept(world, shuffled, false)), expected) << "seed " << seed << ", no counts";
  }
}

TEST(CheckinSweep, JudgesAClassOnceAllItsCheckinsAreInAndForgetsIt) {
  const auto world = MakeWorld(7);
  // In id order the classes come one after another: one open at a time.
  std::int64_t most_open = 0;
  Swept(world, world.rows, true, &most_open);
  EXPECT_EQ(most_open, 1);
  // Without counts every class waits for the end.
  most_open = 0;
  Swept(world, world.rows, false, &most_open);
  EXPECT_EQ(most_open, 6);
  // A check-in counted after its class was judged (uploaded after the count) is not judged again.
  WorldLookup lookup(world);
  std::unordered_map<std::int64_t, std::int64_t> expected;
  for (const auto& r : world.rows) ++expected[r.class_id];
  CheckinSweep sweep(AllRules(), world.from_at, world.to_at, expected);
  for (const auto& r : world.rows) sweep.Add(r, lookup);
  const auto judged = sweep.judged_checkins();
  auto late = world.rows.front();
  late.id = 99'999;
  sweep.Add(late, lookup);
  sweep.Finish(lookup);
  EXPECT_EQ(sweep.judged_checkins(), judged);
  EXPECT_EQ(sweep.open_classes(), 0);
}

TEST(CheckinSweep, NamesOnlyThePeopleWhoseClassesCameCloseInTime) {
  const auto world = MakeWorld(5);
  WorldLookup lookup(world);
  CheckinSweep sweep(AllRules(), world.from_at, world.to_at);
  for (const auto& r : world.rows) sweep.Add(r, lookup);
  sweep.Finish(lookup);
  const auto people = sweep.PersonCandidates();
  // Classes 1 and 2 share ten people on the same days: each is close in time; no one else is.
  EXPECT_EQ(people.size(), 10u);
  for (const auto p : people) EXPECT_TRUE(p >= 100 && p < 110) << p;
  // The photo two people used is named by its first 16 hex digits, and nothing else is.
  EXPECT_EQ(sweep.PhotoCandidates(), std::vector<std::string>{"abababababababab"});
}

TEST(CheckinSweep, ReadsHashesBackAndForth) {
  std::array<std::uint8_t, 32> bytes{};
  const std::string hex = "00ff10a5" + std::string(56, 'c');
  ASSERT_TRUE(ParseSha256(hex, bytes));
  EXPECT_EQ(bytes[1], 0xFF);
  EXPECT_EQ(Sha256Hex(bytes), hex);
  EXPECT_FALSE(ParseSha256("00ff", bytes));
  EXPECT_FALSE(ParseSha256(std::string(63, 'c') + "g", bytes));
}

}  // namespace
}  // namespace sunshine::risk
