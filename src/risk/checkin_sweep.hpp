#pragma once
// One pass over a span's check-ins for every rule that judges them (issue 15 item 3: a
// province-year within a minute). The check-ins come in any order (the scan reads the table in
// its stored order, the cheapest read there is) and are gathered by class; a class is judged as
// soon as all its check-ins have come (the caller says how many it has, when it knows) and then
// forgotten, so memory holds the classes still open, not the year. Within a class the rules are
// the ones the fixtures test (checkin_rules.hpp), given the class's rows in the order they want.
// Two rules look across classes and need a second, narrow read: photo_reuse (the same bytes for
// different people anywhere) and person_two_places (one person's consecutive check-ins at two
// classes). For them the sweep keeps a little of each class and says afterwards which photos
// and which people to read in full: photos whose hash's first 64 bits more than one person used,
// and people with two classes whose check-ins came close enough in time that travel between them
// could have been too fast. Both lists are supersets of what the rules can find, so the two-step
// rules find exactly what one pass over everything would.
#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "risk/checkin_rules.hpp"
#include "training/photo_hash.hpp"

namespace sunshine::risk {

// A check-in as the sweep reads it, in fixed-size fields: a year's open classes are held at once.
struct SweptCheckin {
  std::int64_t id = 0, trainee_id = 0, session_id = 0, class_id = 0, terminal_id = 0;
  std::int64_t captured_at = 0;  // Unix ms
  std::int32_t latitude_e6 = 0, longitude_e6 = 0;
  std::int32_t distance_m = -1;  // -1: not measured
  std::array<std::uint8_t, 32> photo_sha256{};
  std::optional<training::PhotoHash> phash;
};

// The rules a sweep runs (none: not wanted in this scan).
struct SweepRules {
  const RuleInfo *photo_reuse = nullptr, *photo_lookalike = nullptr, *terminal_burst = nullptr,
                 *checkins_off_hours = nullptr, *checkins_far_from_venue = nullptr, *uniform_checkins = nullptr,
                 *attendance_too_perfect = nullptr, *person_two_places = nullptr;
};

// A session's bounds, Unix ms.
struct SessionBounds {
  std::int64_t from = 0, to = 0;
};

// 64 hex digits as 32 bytes (false when they are not) and back.
bool ParseSha256(std::string_view hex, std::array<std::uint8_t, 32>& out);
std::string Sha256Hex(const std::array<std::uint8_t, 32>& bytes);

class CheckinSweep {
 public:
  // `expected`: how many check-ins each class has in all (the caller's count; a class not named
  // is judged at Finish). Check-ins captured outside [from_at, to_at) count towards completing
  // their class but are not judged.
  CheckinSweep(SweepRules rules, std::int64_t from_at, std::int64_t to_at,
               std::unordered_map<std::int64_t, std::int64_t> expected = {});

  // The class's place and its sessions' bounds: the sweep asks once a class completes.
  struct Lookup {
    virtual ~Lookup() = default;
    virtual Place PlaceOf(std::int64_t class_id) = 0;
    virtual SessionBounds BoundsOf(std::int64_t session_id) = 0;
  };

  void Add(SweptCheckin row, Lookup& lookup);
  // Judges the classes still open; then the candidates below are complete.
  void Finish(Lookup& lookup);

  // The findings so far, taken.
  std::vector<Finding> TakeFindings() { return std::move(findings_); }
  // Seconds spent judging, by rule.
  const std::unordered_map<std::string, double>& Seconds() const { return seconds_; }

  // photo_reuse: the first 16 hex digits of the hashes more than one person used within the span.
  std::vector<std::string> PhotoCandidates() const;
  // person_two_places: the people to read in full.
  std::vector<std::int64_t> PersonCandidates() const;

  std::int64_t open_classes() const { return static_cast<std::int64_t>(open_.size()); }
  std::int64_t judged_checkins() const { return judged_; }

 private:
  struct OpenClass {
    std::vector<SweptCheckin> rows;  // captured within the span
    std::int64_t seen = 0;           // within the span or not
  };
  void Judge(std::int64_t class_id, std::vector<SweptCheckin>& rows, Lookup& lookup);
  template <typename Fn>
  void Timed(const RuleInfo* rule, Fn fn);

  SweepRules rules_;
  std::int64_t from_at_, to_at_;
  std::unordered_map<std::int64_t, std::int64_t> expected_;
  std::unordered_map<std::int64_t, OpenClass> open_;
  std::vector<Finding> findings_;
  std::unordered_map<std::string, double> seconds_;
  std::int64_t judged_ = 0;
  // photo_reuse: (first 64 bits of the photo's hash, person), once per class.
  std::vector<std::pair<std::uint64_t, std::int64_t>> photo_people_;
  // person_two_places: each person's first and last check-in instant at each class.
  struct Stay {
    std::int64_t trainee_id = 0, class_id = 0, first_at = 0, last_at = 0;
  };
  std::vector<Stay> stays_;
  // The box around every judged check-in's position, for the farthest any move could go.
  std::int32_t min_lat_ = INT32_MAX, max_lat_ = INT32_MIN, min_lon_ = INT32_MAX, max_lon_ = INT32_MIN;
};

// The moves of one person's check-ins in capture order: each pair of consecutive check-ins at
// two different classes (the later one's place from `place_of`).
struct PersonCheckin {
  std::int64_t checkin_id = 0, class_id = 0, captured_at = 0, latitude_e6 = 0, longitude_e6 = 0;
};
template <typename PlaceOf>
std::vector<PersonMove> MovesOf(std::int64_t trainee_id, const std::vector<PersonCheckin>& ordered, PlaceOf place_of) {
  std::vector<PersonMove> out;
  for (std::size_t k = 1; k < ordered.size(); ++k) {
    const auto &a = ordered[k - 1], &b = ordered[k];
    if (a.class_id == b.class_id) continue;
    out.push_back({trainee_id, a.checkin_id, a.class_id, a.captured_at, a.latitude_e6, a.longitude_e6, b.checkin_id,
                   b.captured_at, b.latitude_e6, b.longitude_e6, place_of(b.class_id)});
  }
  return out;
}

}  // namespace sunshine::risk
