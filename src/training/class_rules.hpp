#pragma once
// A filed class (R-W1) as the institution sends it, the checks of its shape (before any policy
// check can run), and the state machine of review (R-W1, 凡补必进). Pure: no I/O.
#include <boost/describe.hpp>
#include <boost/json/conversion.hpp>
#include <boost/json/value.hpp>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::training {

struct TeacherInput {
  std::string name;
  std::string id_number;
  std::string qualification;  // certificate or title the teacher teaches under
};
BOOST_DESCRIBE_STRUCT(TeacherInput, (), (name, id_number, qualification))

struct SessionInput {
  std::string date;   // YYYY-MM-DD
  std::string start;  // HH:MM
  std::string end;    // HH:MM
  std::string topic;
  int teacher = -1;   // position in the class's teachers
};
BOOST_DESCRIBE_STRUCT(SessionInput, (), (date, start, end, topic, teacher))

// One person on the roster: a registry id, or a full ID number (pasted from a list).
struct RosterEntryInput {
  std::optional<std::int64_t> trainee_id;
  std::optional<std::string> id_number;
};
BOOST_DESCRIBE_STRUCT(RosterEntryInput, (), (trainee_id, id_number))
// Read by hand: Boost.JSON 1.81 wants every member of a nested described struct present, and
// an entry names its person one way only. Any other key or type is refused.
boost::json::result<RosterEntryInput> tag_invoke(boost::json::try_value_to_tag<RosterEntryInput>,
                                                 const boost::json::value& value);

struct ClassInput {
  std::string name;
  std::int64_t project_id = 0;
  std::string training_type;
  std::string mode;  // offline | online | mixed
  std::optional<std::int64_t> venue_id;
  std::string start_date, end_date;
  std::vector<TeacherInput> teachers;
  std::vector<SessionInput> sessions;
  std::vector<RosterEntryInput> roster;
  static constexpr std::array<std::string_view, 1> kNullable{"venue_id"};
};
BOOST_DESCRIBE_STRUCT(ClassInput, (),
                      (name, project_id, training_type, mode, venue_id, start_date, end_date, teachers, sessions,
                       roster))

inline constexpr int kMaxSessions = 400;
inline constexpr int kMaxTeachers = 50;
inline constexpr int kMaxRoster = 500;  // far above any class size; the policy check names the real limit

bool IsMode(std::string_view mode);

// Refusals of the plan's shape: required fields, formats, references inside the plan (a
// session's teacher), ID numbers, one and only one way to name each person, no one twice.
// Policy (hours, overlaps, ages, ...) is CheckFiling's. `today` is yyyymmdd (bounds birth dates).
std::vector<core::FieldError> CheckClassInput(const ClassInput& input, int today);

// Class states and who moves them. Running and finished follow the calendar (AdvanceOnDate).
enum class ClassAction { kSubmit, kApprove, kReject, kCancel };
std::optional<ClassAction> ParseClassAction(std::string_view name);
std::string_view ActionName(ClassAction action);
// The state after `action` from `status`, or nullopt when the action is not open there.
std::optional<std::string> NextStatus(std::string_view status, ClassAction action);
// The institution may change the plan while it is a draft or after a rejection.
bool PlanEditable(std::string_view status);
// The state a class takes on `today` from the calendar alone: approved -> running on the start
// date, running -> finished after the end date (an approved class whose end has passed goes
// straight to finished). Nullopt when the date changes nothing.
std::optional<std::string> AdvanceOnDate(std::string_view status, const std::string& start_date,
                                         const std::string& end_date, const std::string& today);
// Classes whose sessions still book their people and teachers.
bool BooksPeople(std::string_view status);

}  // namespace sunshine::training
