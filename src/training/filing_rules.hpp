#pragma once
// The policy checks run when an institution files a class (培训前备案, R-W1), as one pure
// function over the plan and the facts the service looked up. Every violation is reported at
// once; each is blocking (the class cannot be submitted) or a warning shown to the reviewer.
// Thresholds are configuration (PolicyConfig); defaults and their sources are in
// ../shared/reference/policy_rules.md and docs/operations.md (the policy_* settings).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "training/calendar.hpp"

namespace sunshine::training {

struct PolicyConfig {
  int min_notice_working_days = 3;     // filed at least this many working days before the start [I]
  double hours_adjustment = 0.20;      // planned hours within ±20% of the standard (可结合实际调整) [I]
  int max_daily_minutes = 8 * 60;      // teaching per day
  int max_class_size = 50;             // policy_rules 3.7
  int min_project_class_size = 20;     // project-based training (项目制), a warning below it
  int min_age = 16;                    // policy_rules 3.1
  int max_age = 60;                    // working age; a warning above it, not a refusal
  int max_subsidised_per_year = 3;     // policy_rules 3.2, counting window the calendar year
  WorkCalendar calendar;
};

struct Session {
  std::string date;        // YYYY-MM-DD
  std::string start, end;  // HH:MM, same day
  std::string teacher;     // a teacher's id (ID-number index or registry id)
};

// A booking elsewhere that may clash: another class's session of a trainee or a teacher.
struct Booking {
  std::int64_t class_id = 0;
  std::string date, start, end;
  bool own = false;  // a class of the filing institution: only then may a refusal name it
};

struct RosterFacts {
  std::int64_t trainee_id = 0;
  std::string birth_date;                 // YYYY-MM-DD
  std::vector<Booking> other_sessions;    // sessions of the person's other live classes
  int subsidised_this_year = 0;           // subsidised trainings already in the start's year
  bool already_subsidised_same_level = false;  // same occupation and level before
};

struct FilingFacts {
  std::string institution_status;         // "active" to file
  bool project_permitted = false;         // the institution may train the project on these dates
  int standard_hours = 0;                 // from the project's standard in force at the start
  bool project_based = false;             // 项目制: a minimum class size applies
  std::string filed_on;                   // today, YYYY-MM-DD
  std::string start_date, end_date;
  std::vector<Session> sessions;
  std::optional<int> venue_capacity;      // none for online classes
  std::vector<RosterFacts> roster;
  std::vector<std::pair<std::string, Booking>> teacher_bookings;  // teacher -> elsewhere
};

struct Violation {
  std::string code;     // e.g. "sessions_overlap"
  std::string field;    // where to show it: "sessions[3]", "roster[2]", "start_date"
  bool blocking = true;
  std::string detail;   // numbers for the message, e.g. "planned 150 h, allowed 96-144 h"
};

std::vector<Violation> CheckFiling(const FilingFacts& facts, const PolicyConfig& config);

// Minutes since midnight of "HH:MM" (00:00-23:59); nullopt when malformed.
std::optional<int> ClockMinutes(std::string_view text);
// Minutes from "HH:MM" to "HH:MM"; nullopt when either is malformed or end <= start.
std::optional<int> SessionMinutes(const std::string& start, const std::string& end);

}  // namespace sunshine::training
