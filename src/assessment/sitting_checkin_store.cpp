#include "assessment/sitting_checkin_store.hpp"

#include "db/queries/assessment.hpp"
#include "registry/relation_rules.hpp"

namespace sunshine::assessment::sitting_checkin_store {
namespace q = db::queries::assessment;

std::vector<bool> Insert(db::Connection& connection, std::int64_t terminal_id, std::int64_t batch_id,
                         std::int64_t received_at, const std::vector<Row>& rows) {
  if (rows.empty()) return {};
  long long terminal = terminal_id, batch = batch_id, received = received_at;
  long long sitting = 0, trainee = 0, captured = 0, lat = 0, lon = 0;
  int distance = 0, counts = 0;
  soci::indicator distance_ind = soci::i_null;
  double face = 0, liveness = 0;
  std::string event_id, photo, reasons;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kInsertSittingCheckin), soci::use(terminal),
       soci::use(event_id), soci::use(batch), soci::use(sitting), soci::use(trainee), soci::use(captured),
       soci::use(received), soci::use(lat), soci::use(lon), soci::use(distance, distance_ind), soci::use(face),
       soci::use(liveness), soci::use(photo), soci::use(counts), soci::use(reasons));
  std::vector<bool> stored;
  stored.reserve(rows.size());
  for (const auto& row : rows) {
    const auto& e = *row.event;
    event_id = e.event_id;
    sitting = e.sitting_id;
    trainee = e.trainee_id;
    captured = e.captured_at;
    lat = registry::MicroDegrees(e.latitude);
    lon = registry::MicroDegrees(e.longitude);
    distance = row.distance_m.value_or(0);
    distance_ind = row.distance_m ? soci::i_ok : soci::i_null;
    face = e.face_score;
    liveness = e.liveness_score;
    photo = e.photo_sha256;
    counts = row.counts ? 1 : 0;
    reasons = row.reasons;
    statement.execute(true);
    stored.push_back(statement.get_affected_rows() > 0);
  }
  return stored;
}

std::map<std::int64_t, std::int64_t> FirstCounting(db::Connection& connection, std::int64_t sitting_id) {
  long long sitting = sitting_id, trainee = 0, at = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListFirstSittingCheckins),
                               soci::into(trainee), soci::into(at), soci::use(sitting));
  std::map<std::int64_t, std::int64_t> out;
  statement.execute();
  while (statement.fetch()) out.emplace(trainee, at);
  return out;
}

std::vector<Capture> List(db::Connection& connection, std::int64_t sitting_id, int limit) {
  long long sitting = sitting_id, id = 0, trainee = 0, terminal = 0, captured = 0, received = 0, lat = 0, lon = 0;
  int distance = 0, counts = 0;
  soci::indicator distance_ind = soci::i_null;
  Capture row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListSittingCheckins), soci::into(id), soci::into(trainee),
       soci::into(row.name), soci::into(terminal), soci::into(row.terminal_name), soci::into(captured),
       soci::into(received), soci::into(lat), soci::into(lon), soci::into(distance, distance_ind),
       soci::into(row.face_score), soci::into(row.liveness_score), soci::into(row.photo_sha256), soci::into(counts),
       soci::into(row.reasons), soci::use(sitting), soci::use(limit));
  std::vector<Capture> out;
  statement.execute();
  while (statement.fetch()) {
    Capture c = row;
    c.id = id;
    c.trainee_id = trainee;
    c.terminal_id = terminal;
    c.captured_at = captured;
    c.received_at = received;
    c.latitude_e6 = lat;
    c.longitude_e6 = lon;
    if (distance_ind == soci::i_ok) c.distance_m = distance;
    c.counts = counts == 1;
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<HostedSitting> Hosted(db::Connection& connection, std::int64_t institution_id, const std::string& from,
                                  const std::string& to, int limit) {
  long long institution = institution_id, id = 0;
  int level = 0;
  soci::indicator level_ind = soci::i_null;
  HostedSitting row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListHostedSittings), soci::into(id), soci::into(row.date),
       soci::into(row.start), soci::into(row.end), soci::into(row.place), soci::into(row.occupation_name),
       soci::into(level, level_ind), soci::into(row.organiser_name), soci::use(institution), soci::use(from),
       soci::use(to), soci::use(limit));
  std::vector<HostedSitting> out;
  statement.execute();
  while (statement.fetch()) {
    HostedSitting s = row;
    s.id = id;
    if (level_ind == soci::i_ok) s.level = level;
    out.push_back(std::move(s));
  }
  return out;
}

bool PhotoTaken(db::Connection& connection, std::int64_t sitting_id, const std::string& sha256) {
  long long sitting = sitting_id, count = 0;
  connection.sql() << connection.Text(q::kSittingPhotoTaken), soci::into(count), soci::use(sitting), soci::use(sha256);
  return count > 0;
}

}  // namespace sunshine::assessment::sitting_checkin_store
