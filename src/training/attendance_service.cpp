#include "training/attendance_service.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <tuple>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "training/checkin_rules.hpp"
#include "training/class_store.hpp"

namespace sunshine::training {
core::Result<ClassAttendance> AttendanceService::ForClass(const core::Principal& principal, std::int64_t class_id) {
  auto detail = classes_.Get(principal, class_id);
  if (!detail) return detail.error();
  return Compute(std::move(*detail));
}

core::Result<ClassAttendance> AttendanceService::Of(std::int64_t class_id) {
  auto detail = classes_.GetById(class_id);
  if (!detail) return detail.error();
  return Compute(std::move(*detail));
}

int AttendanceService::Settle(int limit) {
  std::vector<attendance_store::Unsettled> waiting;
  {
    db::Connection connection(database_);
    waiting = attendance_store::ListUnsettled(connection, limit);
  }
  int kept = 0;
  for (const auto& cls : waiting) {
    auto detail = classes_.GetById(cls.class_id);
    if (!detail) {
      spdlog::warn("attendance of finished class {} not kept: {}", cls.class_id, detail.error().message);
      break;
    }
    const auto attendance = Compute(std::move(*detail));
    std::vector<attendance_store::KeptRate> rates;
    for (const auto& t : attendance.trainees) {
      // As the dashboards have always counted: the people still on the roster.
      if (t.person.entry.withdrawn_at) continue;
      rates.push_back({t.person.entry.trainee_id, t.attended_minutes, attendance.planned_minutes,
                       static_cast<int>(std::lround(t.rate * 10000))});
    }
    db::Connection connection(database_);
    db::Transaction transaction(connection);
    attendance_store::Keep(connection, cls, rates, database_.clock().Now());
    transaction.Commit();
    ++kept;
  }
  return kept;
}

std::int64_t AttendanceService::Unsettled() {
  db::Connection connection(database_);
  return attendance_store::CountUnsettled(connection);
}

ClassAttendance AttendanceService::Compute(ClassDetail detail) {
  const std::int64_t class_id = detail.record.id;
  ClassAttendance out;
  out.detail = std::move(detail);
  std::map<std::int64_t, std::size_t> session_index;
  std::vector<std::optional<Interval>> windows;
  for (const auto& s : out.detail.sessions) {
    session_index[s.id] = windows.size();
    windows.push_back(SessionWindow(s.date, s.start, s.end));
    out.planned.push_back(PlannedMinutes(s.date, s.start, s.end));
    out.planned_minutes += out.planned.back();
  }
  // trainee -> per session -> marks; trainee -> counting online periods
  std::map<std::int64_t, std::vector<std::vector<CheckinMark>>> marks;
  std::map<std::int64_t, std::vector<Interval>> online;
  {
    db::Connection connection(database_);
    for (const auto& [trainee, period] : checkin_store::ClassSegments(connection, class_id)) {
      online[trainee].push_back(period);
    }
    for (auto& row : checkin_store::ClassCheckins(connection, class_id)) {
      ++out.checkins;
      if (row.mark.counts) ++out.counting;
      auto& per_session = marks[row.trainee_id];
      per_session.resize(windows.size());
      if (auto it = session_index.find(row.session_id); it != session_index.end()) {
        per_session[it->second].push_back(std::move(row.mark));
      }
    }
  }
  for (const auto& person : out.detail.roster) {
    TraineeAttendance t{person, std::vector<int>(windows.size(), 0)};
    auto& own = marks[person.entry.trainee_id];
    own.resize(windows.size());
    const auto& periods = online[person.entry.trainee_id];
    for (std::size_t i = 0; i < windows.size(); ++i) t.minutes[i] = SessionAttendedMinutes(windows[i], own[i], periods);
    for (int m : t.minutes) t.attended_minutes += m;
    t.rate = AttendanceRate(t.attended_minutes, out.planned_minutes);
    out.trainees.push_back(std::move(t));
  }
  return out;
}

core::Result<Trail> AttendanceService::TrailOf(const core::Principal& principal, std::int64_t trainee_id,
                                               std::int64_t class_id) {
  db::Connection connection(database_);
  auto name = checkin_store::TrailTraineeName(connection, principal.scope, trainee_id);
  if (!name) return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "该人员不在管辖范围内的班级中");
  Trail out{trainee_id, *name, checkin_store::Trail(connection, principal.scope, trainee_id, class_id),
            checkin_store::TrailSegments(connection, principal.scope, trainee_id, class_id)};
  // Every session of the classes on the trail, with the minutes exactly the check-ins and
  // counting segments shown prove; sessions with neither are left out.
  std::map<std::int64_t, std::string> class_names;
  std::map<std::int64_t, std::vector<CheckinMark>> marks;  // session -> marks
  std::map<std::int64_t, std::vector<Interval>> online;    // class -> counting periods
  for (const auto& e : out.events) {
    class_names[e.class_id] = e.class_name;
    marks[e.session_id].push_back({e.kind, e.captured_at, e.counts});
  }
  for (const auto& s : out.segments) {
    class_names[s.class_id] = s.class_name;
    if (s.counts) online[s.class_id].push_back({s.started_at, s.ended_at});
  }
  for (const auto& [id, class_name] : class_names) {
    for (const auto& session : class_store::Sessions(connection, id)) {
      const auto window = SessionWindow(session.date, session.start, session.end);
      const auto& periods = online[id];
      const bool touched =
          marks.contains(session.id) || (window && std::any_of(periods.begin(), periods.end(), [&](const Interval& p) {
                                           return p.from < window->to && p.to > window->from;
                                         }));
      if (!touched) continue;
      out.sessions.push_back({id, session.id, class_name, session.date, session.start, session.end,
                              PlannedMinutes(session.date, session.start, session.end),
                              SessionAttendedMinutes(window, marks[session.id], periods)});
      out.attended_minutes += out.sessions.back().attended_minutes;
    }
  }
  std::sort(out.sessions.begin(), out.sessions.end(), [](const TrailSession& a, const TrailSession& b) {
    return std::tie(a.date, a.start, a.session_id) < std::tie(b.date, b.start, b.session_id);
  });
  return out;
}

core::Result<Photo> AttendanceService::PhotoOf(const core::Actor& actor, const std::string& sha256) {
  auto missing = [] { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "照片不存在或不在管辖范围内"); };
  if (!IsSha256Hex(sha256)) return missing();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto photo = checkin_store::PhotoInScope(connection, actor.principal->scope, sha256);
  if (!photo) return missing();
  auto bytes = photos_.Bytes(*photo, sha256);
  if (!bytes) return bytes.error();
  // A face photo is personal data: every view is on the record, committed before it is sent.
  audit::Append(connection, actor, {.action = "training:photo:view", .object_type = "photo", .object_id = sha256});
  transaction.Commit();
  return Photo{photo->content_type, std::move(*bytes)};
}

}  // namespace sunshine::training
