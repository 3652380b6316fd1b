#pragma once
// What the check-ins and online segments show (R-W3, 可查询、可追溯): attendance per class
// (minutes per trainee per session and the rate against planned hours, computed from the
// stored events and segments on every read,
// so it is current as soon as a batch is stored), the trail of one person in time order with
// every event and why it counts or not, and the photos behind them (each view audited).
#include <map>

#include "training/attendance_rules.hpp"
#include "training/attendance_store.hpp"
#include "training/checkin_store.hpp"
#include "training/class_service.hpp"
#include "training/photo_service.hpp"

namespace sunshine::training {

struct TraineeAttendance {
  RosterView person;
  std::vector<int> minutes;  // per session, in the order of ClassAttendance::detail.sessions
  int attended_minutes = 0;
  double rate = 0;
};

struct ClassAttendance {
  ClassDetail detail;
  std::vector<int> planned;  // minutes per session
  int planned_minutes = 0;
  std::vector<TraineeAttendance> trainees;
  int checkins = 0, counting = 0;
};

struct TrailSession {
  std::int64_t class_id = 0, session_id = 0;
  std::string class_name, date, start, end;
  int planned_minutes = 0, attended_minutes = 0;
};

struct Trail {
  std::int64_t trainee_id = 0;
  std::string name;
  std::vector<TrailRow> events;
  std::vector<TrailSegment> segments;  // online learning
  std::vector<TrailSession> sessions;  // every session the events or segments touch, in time order
  int attended_minutes = 0;
};

struct Photo {
  std::string content_type, bytes;
};

class AttendanceService {
 public:
  AttendanceService(db::Database& database, ClassService& classes, PhotoService& photos)
      : database_(database), classes_(classes), photos_(photos) {}

  core::Result<ClassAttendance> ForClass(const core::Principal& principal, std::int64_t class_id);
  // The same for a service that has checked its caller's reach to the class by its own rule
  // (an evaluation body filed for the class's occupation reads who may be assessed).
  core::Result<ClassAttendance> Of(std::int64_t class_id);
  // Computes and keeps the attendance of up to `limit` finished classes not settled yet (or
  // stale after a late counting event), for the dashboards (attendance_store.hpp); returns how
  // many it kept. A class it cannot read (its roster's personal data without the key, say) ends
  // the round, logged: the classes after it wait, and a caller looping while a round keeps
  // `limit` stops instead of reading the same classes for ever. Run in the background and before
  // a dashboard reads, never by a caller's write.
  int Settle(int limit);
  // How many finished classes wait to be settled.
  std::int64_t Unsettled();
  core::Result<Trail> TrailOf(const core::Principal& principal, std::int64_t trainee_id, std::int64_t class_id);
  core::Result<Photo> PhotoOf(const core::Actor& actor, const std::string& sha256);

 private:
  ClassAttendance Compute(ClassDetail detail);

  db::Database& database_;
  ClassService& classes_;
  PhotoService& photos_;
};

}  // namespace sunshine::training
