#include "inspection/inspection_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/inspection.hpp"

namespace sunshine::inspection::inspection_store {
namespace q = db::queries::inspection;
namespace {
// A nullable BIGINT as a value and its indicator, both ways.
struct Nullable {
  long long value = 0;
  soci::indicator ind = soci::i_null;
  Nullable() = default;
  explicit Nullable(const std::optional<std::int64_t>& v) : value(v.value_or(0)), ind(v ? soci::i_ok : soci::i_null) {}
  std::optional<std::int64_t> Get() const { return ind == soci::i_ok ? std::optional<std::int64_t>(value) : std::nullopt; }
};
}  // namespace

std::vector<Session> SessionsOn(db::Connection& connection, std::int64_t class_id, const std::string& day) {
  long long klass = class_id, id = 0;
  Session s;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListSessionsOnDay), soci::into(id),
                               soci::into(s.start), soci::into(s.end), soci::use(klass), soci::use(day));
  statement.execute();
  std::vector<Session> out;
  while (statement.fetch()) {
    s.id = id;
    out.push_back(s);
  }
  return out;
}

int CheckedIn(db::Connection& connection, std::int64_t class_id, std::int64_t session_id, std::int64_t at) {
  long long klass = class_id, session = session_id, when = at, n = 0;
  connection.sql() << connection.Text(q::kCountSessionCheckedIn), soci::into(n), soci::use(klass), soci::use(session),
      soci::use(when);
  return static_cast<int>(n);
}

int PresentRoster(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id, n = 0;
  connection.sql() << connection.Text(q::kCountPresentRoster), soci::into(n), soci::use(klass);
  return static_cast<int>(n);
}

std::int64_t Insert(db::Connection& connection, const Inspection& i, std::int64_t now) {
  long long id = 0, draw = i.draw_id, klass = i.class_id, arrived = i.arrived_at, created = now, updated = now;
  Nullable session(i.session_id), latitude(i.arrival_latitude_e6), longitude(i.arrival_longitude_e6);
  connection.sql() << connection.Text(q::kInsertInspection), soci::use(draw), soci::use(klass),
      soci::use(session.value, session.ind), soci::use(i.inspector), soci::use(arrived),
      soci::use(latitude.value, latitude.ind), soci::use(longitude.value, longitude.ind), soci::use(i.headcount),
      soci::use(i.roster_size), soci::use(i.checked_in), soci::use(created), soci::use(updated), soci::into(id);
  return id;
}

std::optional<Inspection> Find(db::Connection& connection, std::int64_t draw_id, std::int64_t class_id) {
  Inspection i;
  long long id = 0, draw = draw_id, klass = class_id, institution = 0, arrived = 0;
  Nullable session, alat, alon, departed, dlat, dlon;
  std::string outcome;
  soci::indicator outcome_ind = soci::i_null;
  connection.sql() << connection.Text(q::kFindInspection), soci::into(id), soci::into(draw), soci::into(klass),
      soci::into(i.class_name), soci::into(institution), soci::into(i.institution_name),
      soci::into(session.value, session.ind), soci::into(i.inspector), soci::into(arrived),
      soci::into(alat.value, alat.ind), soci::into(alon.value, alon.ind), soci::into(departed.value, departed.ind),
      soci::into(dlat.value, dlat.ind), soci::into(dlon.value, dlon.ind), soci::into(i.headcount),
      soci::into(i.roster_size), soci::into(i.checked_in), soci::into(i.findings), soci::into(i.notes),
      soci::into(outcome, outcome_ind), soci::into(i.status), soci::use(draw), soci::use(klass);
  if (!connection.sql().got_data()) return std::nullopt;
  i.id = id;
  i.draw_id = draw;
  i.class_id = klass;
  i.institution_id = institution;
  i.arrived_at = arrived;
  i.session_id = session.Get();
  i.arrival_latitude_e6 = alat.Get();
  i.arrival_longitude_e6 = alon.Get();
  i.departed_at = departed.Get();
  i.departure_latitude_e6 = dlat.Get();
  i.departure_longitude_e6 = dlon.Get();
  if (outcome_ind == soci::i_ok) i.outcome = outcome;
  return i;
}

bool Update(db::Connection& connection, const Inspection& i, std::int64_t now) {
  long long id = i.id, updated = now;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kUpdateInspection),
                               soci::use(i.headcount), soci::use(i.findings), soci::use(i.notes), soci::use(updated),
                               soci::use(id));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

bool Close(db::Connection& connection, const Inspection& i, std::int64_t now) {
  long long id = i.id, departed = i.departed_at.value_or(now), updated = now;
  Nullable latitude(i.departure_latitude_e6), longitude(i.departure_longitude_e6);
  const std::string outcome = i.outcome.value_or("");
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kCloseInspection), soci::use(departed),
                               soci::use(latitude.value, latitude.ind), soci::use(longitude.value, longitude.ind),
                               soci::use(outcome), soci::use(updated), soci::use(id));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

bool InsertEvidencePhoto(db::Connection& connection, const db::Query& insert, std::int64_t owner_id,
                         const EvidencePhoto& p) {
  long long owner = owner_id, bytes = p.bytes, offset = p.pack_offset, at = p.uploaded_at;
  soci::statement statement = (connection.sql().prepare << connection.Text(insert), soci::use(owner),
                               soci::use(p.sha256), soci::use(p.content_type), soci::use(bytes), soci::use(p.pack),
                               soci::use(offset), soci::use(at), soci::use(p.uploaded_by));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

std::vector<EvidencePhoto> EvidencePhotos(db::Connection& connection, const db::Query& list, std::int64_t owner_id) {
  long long owner = owner_id, bytes = 0, offset = 0, at = 0;
  EvidencePhoto p;
  soci::statement statement = (connection.sql().prepare << connection.Text(list), soci::into(p.sha256),
                               soci::into(p.content_type), soci::into(bytes), soci::into(p.pack), soci::into(offset),
                               soci::into(at), soci::into(p.uploaded_by), soci::use(owner));
  statement.execute();
  std::vector<EvidencePhoto> out;
  while (statement.fetch()) {
    p.bytes = bytes;
    p.pack_offset = offset;
    p.uploaded_at = at;
    out.push_back(p);
  }
  return out;
}

bool AddPhoto(db::Connection& connection, std::int64_t inspection_id, const EvidencePhoto& p) {
  return InsertEvidencePhoto(connection, q::kInsertInspectionPhoto, inspection_id, p);
}

std::vector<EvidencePhoto> Photos(db::Connection& connection, std::int64_t inspection_id) {
  return EvidencePhotos(connection, q::kListInspectionPhotos, inspection_id);
}

void AddVideo(db::Connection& connection, std::int64_t inspection_id, const Video& v) {
  long long inspection = inspection_id, from = v.from_at, to = v.to_at, at = v.added_at;
  connection.sql() << connection.Text(q::kInsertInspectionVideo), soci::use(inspection), soci::use(v.camera_id),
      soci::use(from), soci::use(to), soci::use(v.reference), soci::use(at), soci::use(v.added_by);
}

std::vector<Video> Videos(db::Connection& connection, std::int64_t inspection_id) {
  long long inspection = inspection_id, from = 0, to = 0, at = 0;
  Video v;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListInspectionVideos),
                               soci::into(v.camera_id), soci::into(from), soci::into(to), soci::into(v.reference),
                               soci::into(at), soci::into(v.added_by), soci::use(inspection));
  statement.execute();
  std::vector<Video> out;
  while (statement.fetch()) {
    v.from_at = from;
    v.to_at = to;
    v.added_at = at;
    out.push_back(v);
  }
  return out;
}

std::int64_t OpenCase(db::Connection& connection, std::int64_t institution_id, std::int64_t inspection_id,
                      const std::string& reason, std::int64_t now, const std::string& by) {
  long long id = 0, institution = institution_id, source = inspection_id, at = now, updated = now, added = now;
  connection.sql() << connection.Text(q::kInsertCase), soci::use(reason), soci::use(at), soci::use(by),
      soci::use(updated), soci::use(institution), soci::into(id);
  connection.sql() << connection.Text(q::kInsertCaseItem), soci::use(id), soci::use(source), soci::use(reason),
      soci::use(added), soci::use(by);
  return id;
}

}  // namespace sunshine::inspection::inspection_store
