#pragma once
// Classes, their teachers, sessions, roster and events in SQL. Runs on the caller's
// connection and transaction; callers check scope and state first.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "db/database.hpp"
#include "training/attendance_rules.hpp"

namespace sunshine::training {

struct ClassRecord {
  std::int64_t id = 0, institution_id = 0, project_id = 0, occupation_id = 0;
  std::string institution_name, project_name;
  std::optional<int> level;
  std::string name, training_type, mode;
  std::optional<std::int64_t> venue_id;
  std::optional<std::string> venue_name;
  std::string region_code, start_date, end_date;
  int planned_minutes = 0, standard_hours = 0;
  std::int64_t subsidy_fen = 0;
  std::string status;
  std::string warnings = "[]";  // JSON array of the latest check's warnings
  bool roster_locked = false;
  std::optional<std::int64_t> submitted_at, reviewed_at;
  std::optional<std::string> reviewed_by, review_reason;
  std::int64_t created_at = 0, updated_at = 0;
  std::string created_by;
  int roster_size = 0;
};

struct TeacherRecord {
  std::int64_t id = 0;
  int position = 0;
  std::string name, id_number_sealed, id_number_index, qualification;
};

struct SessionRecord {
  std::int64_t id = 0;
  int position = 0;
  std::string date, start, end, topic;
  int teacher = 0;  // the teacher's position
};

struct RosterRecord {
  std::int64_t id = 0, trainee_id = 0;
  int position = 0;
  std::string name, id_number_sealed, birth_date;
  std::int64_t added_at = 0;
  std::string added_by;
  std::optional<std::string> amendment_reason;
  bool before_start = true;
  std::optional<std::int64_t> withdrawn_at;
  std::optional<std::string> withdrawn_by, withdrawn_reason;
};

struct ClassEvent {
  std::int64_t id = 0, at = 0;
  std::string actor, action;
  std::optional<std::string> from_status;
  std::string to_status, reason, detail = "{}", request_id;
};

// Another class's session that books a person (trainee id or teacher index) on a date.
struct BookingRow {
  std::string who;
  std::int64_t class_id = 0;
  std::int64_t institution_id = 0;
  std::string date, start, end;
};

struct EnrolmentRow {
  std::int64_t trainee_id = 0;
  std::string start_date;
  std::int64_t occupation_id = 0;
  std::optional<int> level;
};

namespace class_store {

// The columns the class list may be sorted by (`sort=start_date`, `sort=-name`, ...).
inline constexpr std::array<std::string_view, 3> kSortable = {"start_date", "name", "status"};

struct Filter {
  std::string q, status;
  std::int64_t institution_id = 0;
};

std::optional<ClassRecord> Find(db::Connection& connection, const core::Scope& scope, std::int64_t id);
std::optional<ClassRecord> FindById(db::Connection& connection, std::int64_t id);
std::vector<std::pair<ClassRecord, std::string>> List(db::Connection& connection, const core::Scope& scope,
                                                      const Filter& filter, const core::Sort& sort,
                                                      const core::Cursor& after, int limit);
core::Total Count(db::Connection& connection, const core::Scope& scope, const Filter& filter);

std::int64_t Insert(db::Connection& connection, const ClassRecord& record);
void UpdatePlan(db::Connection& connection, const ClassRecord& record);
void UpdateStatus(db::Connection& connection, const ClassRecord& record);
// Removes teachers, sessions and roster before a plan is stored again (draft or rejected only).
void ClearPlan(db::Connection& connection, std::int64_t class_id);
std::int64_t InsertTeacher(db::Connection& connection, std::int64_t class_id, const TeacherRecord& teacher);
void InsertSession(db::Connection& connection, std::int64_t class_id, const SessionRecord& session,
                   std::int64_t teacher_id);
std::int64_t InsertRosterEntry(db::Connection& connection, std::int64_t class_id, const RosterRecord& entry);
// False when the person was not (or no longer) on the roster.
bool WithdrawRosterEntry(db::Connection& connection, std::int64_t class_id, std::int64_t trainee_id,
                         std::int64_t at, const std::string& by, const std::string& reason);

std::vector<TeacherRecord> Teachers(db::Connection& connection, std::int64_t class_id);
std::vector<SessionRecord> Sessions(db::Connection& connection, std::int64_t class_id);
// The class's sessions as instants (session id -> window), for judging uploads.
std::map<std::int64_t, Interval> SessionWindows(db::Connection& connection, std::int64_t class_id);
std::vector<RosterRecord> Roster(db::Connection& connection, std::int64_t class_id);

void InsertEvent(db::Connection& connection, std::int64_t class_id, const ClassEvent& event);
std::vector<ClassEvent> Events(db::Connection& connection, std::int64_t class_id);

// Facts for the policy checks. `class_id` is the class being checked (0 when new): its own
// sessions and roster never clash with themselves.
bool ProjectPermitted(db::Connection& connection, std::int64_t institution_id, std::int64_t project_id,
                      const std::string& start_date, const std::string& end_date);
struct VenueFacts {
  int capacity = 0;
  std::string region_code;
};
std::optional<VenueFacts> InstitutionVenue(db::Connection& connection, std::int64_t institution_id,
                                           std::int64_t venue_id);
// trainee id -> birth date, for the given ids.
std::vector<std::pair<std::int64_t, std::string>> BirthDates(db::Connection& connection,
                                                             const std::vector<std::int64_t>& ids);
std::vector<BookingRow> TraineeBookings(db::Connection& connection, const std::vector<std::int64_t>& ids,
                                        std::int64_t class_id, const std::string& from, const std::string& to);
std::vector<EnrolmentRow> Enrolments(db::Connection& connection, const std::vector<std::int64_t>& ids,
                                     std::int64_t class_id);
std::vector<BookingRow> TeacherBookings(db::Connection& connection, const std::vector<std::string>& indexes,
                                        std::int64_t class_id, const std::string& from, const std::string& to);

// Ids of classes the calendar moves on `today` (approved to running, running to finished).
std::vector<std::int64_t> ToAdvance(db::Connection& connection, const std::string& today);

}  // namespace class_store
}  // namespace sunshine::training
