#pragma once
// What a terminal downloads to work offline for a day or more (docs/device-signatures.md,
// "Schedules"): the classes it serves in a date range, their sessions, and their rosters with
// masked names, each class with a version so a terminal asks only for what changed.
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace sunshine::training {

struct ScheduleSession {
  std::int64_t id = 0;
  std::string date, start, end;
};

struct ScheduleTrainee {
  std::int64_t trainee_id = 0;
  std::string name_masked;  // "张**": a terminal shows who it expects, never more
  bool withdrawn = false;
};

struct ScheduleClass {
  std::int64_t id = 0;
  std::string name, status, mode;
  std::optional<std::int64_t> venue_id;
  std::int64_t version = 0;  // the latest change to the class or its roster (Unix ms)
  std::vector<ScheduleSession> sessions;  // those in the range asked for
  std::vector<ScheduleTrainee> roster;
};

struct Schedule {
  std::string from, to;
  // What to send as `since` next time: the newest class version in the answer, but never
  // later than two minutes ago (a transaction stamped earlier may still commit), nor earlier
  // than the `since` asked with.
  std::int64_t version = 0;
  std::vector<ScheduleClass> classes;
};

class ScheduleService {
 public:
  explicit ScheduleService(db::Database& database) : database_(database) {}
  // `device` is an authenticated terminal or online platform. `since` (a version from an
  // earlier answer): only classes changed after it, cancelled ones included so the terminal
  // can drop them; without it, cancelled classes are left out. Refused: from/to not dates,
  // to before from, a range over 31 days (422).
  core::Result<Schedule> For(const core::Principal& device, const std::optional<std::string>& from,
                             const std::optional<std::string>& to, const std::optional<std::string>& since);

 private:
  db::Database& database_;
};

}  // namespace sunshine::training
