#include "training/attendance_service.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "training/checkin_rules.hpp"

namespace sunshine::training {
namespace {
std::optional<Interval> Window(const std::string& date, const std::string& start, const std::string& end) {
  const auto from = core::AtShanghai(date, start), to = core::AtShanghai(date, end);
  if (!from || !to || *to <= *from) return std::nullopt;
  return Interval{*from, *to};
}

// Minutes attended in a session from one person's marks there.
int SessionMinutes(const std::optional<Interval>& window, const std::vector<CheckinMark>& marks) {
  if (!window) return 0;
  const auto attended = OfflineInterval(marks);
  return attended ? AttendedMinutes(*window, {*attended}) : 0;
}
}  // namespace

int PlannedMinutes(const std::string& date, const std::string& start, const std::string& end) {
  const auto window = Window(date, start, end);
  return window ? static_cast<int>((window->to - window->from) / 60000) : 0;
}

core::Result<ClassAttendance> AttendanceService::ForClass(const core::Principal& principal, std::int64_t class_id) {
  auto detail = classes_.Get(principal, class_id);
  if (!detail) return detail.error();
  ClassAttendance out;
  out.detail = std::move(*detail);
  std::map<std::int64_t, std::size_t> session_index;
  std::vector<std::optional<Interval>> windows;
  for (const auto& s : out.detail.sessions) {
    session_index[s.id] = windows.size();
    windows.push_back(Window(s.date, s.start, s.end));
    out.planned.push_back(PlannedMinutes(s.date, s.start, s.end));
    out.planned_minutes += out.planned.back();
  }
  // trainee -> per session -> marks
  std::map<std::int64_t, std::vector<std::vector<CheckinMark>>> marks;
  {
    db::Connection connection(database_);
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
    if (auto it = marks.find(person.entry.trainee_id); it != marks.end()) {
      for (std::size_t i = 0; i < windows.size(); ++i) t.minutes[i] = SessionMinutes(windows[i], it->second[i]);
    }
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
  Trail out{trainee_id, *name, checkin_store::Trail(connection, principal.scope, trainee_id, class_id)};
  // The sessions the events name, each with the minutes exactly these events prove.
  std::map<std::int64_t, std::size_t> index;
  std::vector<std::vector<CheckinMark>> marks;
  for (const auto& e : out.events) {
    auto [it, added] = index.try_emplace(e.session_id, out.sessions.size());
    if (added) {
      out.sessions.push_back({e.class_id, e.session_id, e.class_name, e.session_date, e.session_start, e.session_end,
                              PlannedMinutes(e.session_date, e.session_start, e.session_end), 0});
      marks.emplace_back();
    }
    marks[it->second].push_back({e.kind, e.captured_at, e.counts});
  }
  for (std::size_t i = 0; i < out.sessions.size(); ++i) {
    auto& s = out.sessions[i];
    s.attended_minutes = SessionMinutes(Window(s.date, s.start, s.end), marks[i]);
    out.attended_minutes += s.attended_minutes;
  }
  return out;
}

core::Result<Photo> AttendanceService::PhotoOf(const core::Actor& actor, const std::string& sha256) {
  auto missing = [] { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "照片不存在或不在管辖范围内"); };
  if (!IsSha256Hex(sha256)) return missing();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto type = checkin_store::PhotoTypeInScope(connection, actor.principal->scope, sha256);
  if (!type) return missing();
  std::ifstream file(photos_.PathOf(sha256), std::ios::binary);
  if (!file) return core::Error::Of(core::ErrorKind::kInternal, "photo_file_missing", "照片文件缺失");
  std::ostringstream bytes;
  bytes << file.rdbuf();
  // A face photo is personal data: every view is on the record, committed before it is sent.
  audit::Append(connection, actor, {.action = "training:photo:view", .object_type = "photo", .object_id = sha256});
  transaction.Commit();
  return Photo{*type, bytes.str()};
}

}  // namespace sunshine::training
