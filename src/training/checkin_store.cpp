#include "training/checkin_store.hpp"

#include <boost/json.hpp>
#include <cmath>

#include <algorithm>
#include <span>
#include <unordered_set>

#include "db/keyset.hpp"
#include "db/pg_array.hpp"
#include "db/queries/training.hpp"
#include "training/institution_scope.hpp"

namespace sunshine::training::checkin_store {
namespace q = db::queries::training;
namespace {
long long E6(double degrees) { return std::llround(degrees * 1e6); }

// Runs a PostgreSQL many-row statement whose RETURNING names the keys it stored and says, for
// the keys sent in order, which were stored: the first of each returned key, never a repeat.
std::vector<bool> StoredInOrder(soci::statement& statement, const std::string& returned_key,
                                const std::vector<std::string_view>& sent) {
  std::unordered_set<std::string> returned;
  statement.execute();
  while (statement.fetch()) returned.insert(returned_key);
  std::vector<bool> stored;
  stored.reserve(sent.size());
  for (const auto key : sent) stored.push_back(returned.erase(std::string(key)) > 0);
  return stored;
}

std::vector<bool> InsertCheckinArrays(db::Connection& connection, std::int64_t terminal_id, std::int64_t batch_id,
                                      std::int64_t received_at, const std::vector<CheckinRow>& rows) {
  db::PgArray event_ids, class_ids, session_ids, trainee_ids, kinds, captured, lats, lons, distances, faces,
      livenesses, photos, counts, reasons, held_phashes;
  std::vector<std::string_view> sent;
  sent.reserve(rows.size());
  for (const auto& row : rows) {
    const auto& e = *row.event;
    event_ids.Add(e.event_id);
    class_ids.Add(e.class_id);
    session_ids.Add(e.session_id);
    trainee_ids.Add(e.trainee_id);
    kinds.Add(e.kind);
    captured.Add(e.captured_at);
    lats.Add(static_cast<std::int64_t>(E6(e.latitude)));
    lons.Add(static_cast<std::int64_t>(E6(e.longitude)));
    distances.Add(row.distance_m);
    faces.Add(e.face_score);
    livenesses.Add(e.liveness_score);
    photos.Add(e.photo_sha256);
    counts.Add(row.counts ? 1 : 0);
    reasons.Add(row.reasons);
    held_phashes.Add(row.held_photo_phash);
    sent.push_back(e.event_id);
  }
  long long terminal = terminal_id, batch = batch_id, received = received_at;
  std::string returned;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kInsertCheckins), soci::use(terminal), soci::use(batch),
       soci::use(received), soci::use(event_ids.Text()), soci::use(class_ids.Text()), soci::use(session_ids.Text()),
       soci::use(trainee_ids.Text()), soci::use(kinds.Text()), soci::use(captured.Text()), soci::use(lats.Text()),
       soci::use(lons.Text()), soci::use(distances.Text()), soci::use(faces.Text()), soci::use(livenesses.Text()),
       soci::use(photos.Text()), soci::use(counts.Text()), soci::use(reasons.Text()), soci::use(held_phashes.Text()),
       soci::into(returned));
  return StoredInOrder(statement, returned, sent);
}

// Rows a many-row statement carries: one statement of the generator's 500,000 photos ran past
// the statement timeout; 5,000 keep each to milliseconds and the round trips still rare.
constexpr std::size_t kRowsPerArrayStatement = 5'000;

std::vector<bool> InsertPhotoArrays(db::Connection& connection, std::span<const NewPhoto> photos) {
  db::PgArray sha256s, content_types, sizes, terminals, received, packs, offsets, phashes;
  std::vector<std::string_view> sent;
  sent.reserve(photos.size());
  for (const auto& p : photos) {
    sha256s.Add(p.sha256);
    content_types.Add(p.photo.content_type);
    sizes.Add(p.photo.bytes);
    terminals.Add(p.terminal_id);
    received.Add(p.received_at);
    packs.Add(p.photo.pack);
    if (p.photo.pack) {
      offsets.Add(p.photo.pack_offset);
    } else {
      offsets.AddNull();
    }
    phashes.Add(p.phash);
    sent.push_back(p.sha256);
  }
  std::string returned;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kInsertPhotos), soci::use(sha256s.Text()),
       soci::use(content_types.Text()), soci::use(sizes.Text()), soci::use(terminals.Text()),
       soci::use(received.Text()), soci::use(packs.Text()), soci::use(offsets.Text()), soci::use(phashes.Text()),
       soci::into(returned));
  return StoredInOrder(statement, returned, sent);
}

// A trail query: the buffer's columns, the person, the optional class (0: all), then the scope.
template <class Buffer>
auto TrailRows(db::Connection& connection, const db::Query& query, Buffer& buffer, const core::Scope& scope,
               std::int64_t trainee_id, std::int64_t class_id) {
  InstitutionScopeParams params(scope);
  long long trainee = trainee_id, klass = class_id, klass_value = class_id;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(query));
  buffer.Bind(prepared);
  prepared, soci::use(trainee), soci::use(klass), soci::use(klass_value);
  params.Bind(prepared);
  return db::FetchRows(prepared, buffer);
}
}  // namespace

std::optional<DeviceRecord> FindDevice(db::Connection& connection, const std::string& key_id) {
  DeviceRecord d;
  long long id = 0, institution = 0;
  connection.sql() << connection.Text(q::kFindTerminalByKeyId), soci::use(key_id), soci::into(id),
      soci::into(institution), soci::into(d.kind), soci::into(d.name), soci::into(d.public_key), soci::into(d.status);
  if (!connection.sql().got_data()) return std::nullopt;
  d.id = id;
  d.institution_id = institution;
  return d;
}

std::vector<std::int64_t> DeviceVenues(db::Connection& connection, std::int64_t terminal_id) {
  long long key = terminal_id, id = 0;
  std::string name;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListTerminalVenues), soci::into(id),
                               soci::into(name), soci::use(key));
  statement.execute();
  std::vector<std::int64_t> out;
  while (statement.fetch()) out.push_back(id);
  return out;
}

std::optional<std::int64_t> RecordSignedRequest(db::Connection& connection, const SignedRequest& r) {
  long long terminal = r.terminal_id, signed_at = r.signed_at, received = r.received_at, id = 0;
  connection.sql() << connection.Text(q::kInsertSignedRequest), soci::use(terminal), soci::use(r.signed_sha256),
      soci::use(r.signature), soci::use(signed_at), soci::use(received), soci::use(r.target), soci::into(id);
  if (!connection.sql().got_data()) return std::nullopt;
  return id;
}

std::optional<CheckinClassFacts> ClassFacts(db::Connection& connection, std::int64_t class_id) {
  long long key = class_id, institution = 0, venue = 0, lat = 0, lon = 0;
  soci::indicator venue_ind = soci::i_null, lat_ind = soci::i_null, lon_ind = soci::i_null;
  CheckinClassFacts f;
  connection.sql() << connection.Text(q::kFindCheckinClass), soci::use(key), soci::into(institution),
      soci::into(f.status), soci::into(f.mode), soci::into(venue, venue_ind), soci::into(lat, lat_ind), soci::into(lon, lon_ind);
  if (!connection.sql().got_data()) return std::nullopt;
  f.institution_id = institution;
  if (venue_ind == soci::i_ok) f.venue_id = venue;
  if (lat_ind == soci::i_ok && lon_ind == soci::i_ok) f.venue = core::LatLon{lat / 1e6, lon / 1e6};
  return f;
}

std::map<std::int64_t, std::optional<std::int64_t>> RosterPresence(db::Connection& connection, std::int64_t class_id) {
  long long key = class_id, trainee = 0, withdrawn = 0;
  soci::indicator withdrawn_ind = soci::i_null;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListRosterPresence),
                               soci::into(trainee), soci::into(withdrawn, withdrawn_ind), soci::use(key));
  statement.execute();
  std::map<std::int64_t, std::optional<std::int64_t>> out;
  while (statement.fetch()) {
    out[trainee] = withdrawn_ind == soci::i_ok ? std::optional<std::int64_t>(withdrawn) : std::nullopt;
  }
  return out;
}

bool TraineeExists(db::Connection& connection, std::int64_t trainee_id) {
  long long key = trainee_id, id = 0;
  connection.sql() << connection.Text(q::kFindTraineeId), soci::use(key), soci::into(id);
  return connection.sql().got_data();
}

std::int64_t InsertBatch(db::Connection& connection, std::int64_t terminal_id, std::int64_t signed_request_id,
                         std::int64_t received_at, int events) {
  long long terminal = terminal_id, request = signed_request_id, received = received_at, id = 0;
  int count = events;
  connection.sql() << connection.Text(q::kInsertCheckinBatch), soci::use(terminal), soci::use(request),
      soci::use(received), soci::use(count), soci::into(id);
  return id;
}

void FinishBatch(db::Connection& connection, std::int64_t batch_id, int stored, int duplicates, int counting) {
  long long id = batch_id;
  connection.sql() << connection.Text(q::kUpdateCheckinBatch), soci::use(stored), soci::use(duplicates),
      soci::use(counting), soci::use(id);
}

std::vector<bool> InsertCheckins(db::Connection& connection, std::int64_t terminal_id, std::int64_t batch_id,
                                 std::int64_t received_at, const std::vector<CheckinRow>& rows) {
  if (rows.empty()) return {};
  if (connection.dialect() == db::Dialect::kPostgresql) {
    return InsertCheckinArrays(connection, terminal_id, batch_id, received_at, rows);
  }
  // One prepared statement, re-executed with the bound variables changed: the batch is the
  // hot path of the platform (docs/performance.md).
  long long terminal = terminal_id, batch = batch_id, received = received_at;
  long long class_id = 0, session_id = 0, trainee_id = 0, captured = 0, lat = 0, lon = 0;
  int distance = 0, counts = 0;
  soci::indicator distance_ind = soci::i_null;
  double face = 0, liveness = 0;
  std::string event_id, kind, photo, reasons, held_phash;
  soci::indicator held_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kInsertCheckin), soci::use(terminal), soci::use(event_id),
       soci::use(batch), soci::use(class_id), soci::use(session_id), soci::use(trainee_id), soci::use(kind),
       soci::use(captured), soci::use(received), soci::use(lat), soci::use(lon), soci::use(distance, distance_ind),
       soci::use(face), soci::use(liveness), soci::use(photo), soci::use(counts), soci::use(reasons),
       soci::use(held_phash, held_ind), soci::use(photo));  // again: the hash of a photo that came first
  std::vector<bool> stored;
  stored.reserve(rows.size());
  for (const auto& row : rows) {
    const auto& e = *row.event;
    event_id = e.event_id;
    class_id = e.class_id;
    session_id = e.session_id;
    trainee_id = e.trainee_id;
    kind = e.kind;
    captured = e.captured_at;
    lat = E6(e.latitude);
    lon = E6(e.longitude);
    distance = row.distance_m.value_or(0);
    distance_ind = row.distance_m ? soci::i_ok : soci::i_null;
    face = e.face_score;
    liveness = e.liveness_score;
    photo = e.photo_sha256;
    counts = row.counts ? 1 : 0;
    reasons = row.reasons;
    held_phash = row.held_photo_phash.value_or("");
    held_ind = row.held_photo_phash ? soci::i_ok : soci::i_null;
    statement.execute(true);
    stored.push_back(statement.get_affected_rows() > 0);
  }
  return stored;
}

std::vector<bool> InsertPhotos(db::Connection& connection, const std::vector<NewPhoto>& photos) {
  if (photos.empty()) return {};
  if (connection.dialect() == db::Dialect::kPostgresql) {
    std::vector<bool> stored;
    stored.reserve(photos.size());
    for (std::size_t from = 0; from < photos.size(); from += kRowsPerArrayStatement) {
      const auto chunk = std::span(photos).subspan(from, std::min(kRowsPerArrayStatement, photos.size() - from));
      const auto part = InsertPhotoArrays(connection, chunk);
      stored.insert(stored.end(), part.begin(), part.end());
    }
    return stored;
  }
  long long size = 0, terminal = 0, received = 0, offset = 0;
  std::string sha256, content_type, pack, phash;
  soci::indicator pack_ind = soci::i_null, phash_ind = soci::i_null;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kInsertPhoto), soci::use(sha256),
                               soci::use(content_type), soci::use(size), soci::use(terminal),
                               soci::use(received), soci::use(pack, pack_ind), soci::use(offset, pack_ind),
                               soci::use(phash, phash_ind));
  std::vector<bool> stored;
  stored.reserve(photos.size());
  for (const auto& p : photos) {
    sha256 = p.sha256;
    content_type = p.photo.content_type;
    size = p.photo.bytes;
    pack = p.photo.pack.value_or("");
    pack_ind = p.photo.pack ? soci::i_ok : soci::i_null;
    offset = p.photo.pack_offset;
    phash = p.phash.value_or("");
    phash_ind = p.phash ? soci::i_ok : soci::i_null;
    terminal = p.terminal_id;
    received = p.received_at;
    statement.execute(true);
    stored.push_back(statement.get_affected_rows() > 0);
  }
  return stored;
}

std::int64_t SetCheckinPhotoHash(db::Connection& connection, const std::string& sha256, const std::string& phash) {
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kSetCheckinPhotoHash), soci::use(phash), soci::use(sha256));
  statement.execute(true);
  return statement.get_affected_rows();
}

std::vector<bool> PhotosStored(db::Connection& connection, const std::vector<std::string>& sha256s) {
  if (sha256s.empty()) return {};
  if (connection.dialect() == db::Dialect::kPostgresql) {
    db::PgArray hashes;
    for (const auto& s : sha256s) hashes.Add(s);
    std::string found;
    soci::statement statement =
        (connection.sql().prepare << connection.Text(q::kListStoredPhotos), soci::use(hashes.Text()), soci::into(found));
    std::vector<std::string_view> sent(sha256s.begin(), sha256s.end());
    return StoredInOrder(statement, found, sent);
  }
  std::string sha256;
  std::string content_type;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kFindPhoto), soci::use(sha256), soci::into(content_type));
  std::vector<bool> stored;
  stored.reserve(sha256s.size());
  for (const auto& s : sha256s) {
    sha256 = s;
    stored.push_back(statement.execute(true));
  }
  return stored;
}

namespace {
struct PhotoBuffer {
  StoredPhoto photo;
  long long bytes = 0, offset = 0;
  std::string pack;
  soci::indicator pack_ind = soci::i_null, offset_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(photo.content_type), soci::into(bytes), soci::into(pack, pack_ind), soci::into(offset, offset_ind);
  }
  StoredPhoto Get() const {
    StoredPhoto out = photo;
    out.bytes = bytes;
    if (pack_ind == soci::i_ok) out.pack = pack;
    out.pack_offset = offset_ind == soci::i_ok ? offset : 0;
    return out;
  }
};
}  // namespace

std::optional<StoredPhoto> FindPhoto(db::Connection& connection, const std::string& sha256) {
  PhotoBuffer buffer;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kFindPhoto));
  buffer.Bind(prepared);
  prepared, soci::use(sha256);
  soci::statement statement(prepared);
  if (!statement.execute(true)) return std::nullopt;
  return buffer.Get();
}

bool SegmentOverlaps(db::Connection& connection, std::int64_t trainee_id, std::int64_t from, std::int64_t to) {
  long long trainee = trainee_id, start = from, end = to, id = 0;
  connection.sql() << connection.Text(q::kFindOverlappingSegment), soci::use(trainee), soci::use(end),
      soci::use(start), soci::into(id);
  return connection.sql().got_data();
}

std::vector<bool> InsertSegments(db::Connection& connection, std::int64_t terminal_id, std::int64_t batch_id,
                                 std::int64_t received_at, const std::vector<SegmentRow>& rows) {
  long long terminal = terminal_id, batch = batch_id, received = received_at, class_id = 0, trainee_id = 0,
            started = 0, ended = 0;
  int counts = 0;
  std::string segment_id, course_item, face_checks, reasons;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kInsertOnlineSegment), soci::use(terminal),
       soci::use(segment_id), soci::use(batch), soci::use(class_id), soci::use(trainee_id), soci::use(course_item),
       soci::use(started), soci::use(ended), soci::use(received), soci::use(face_checks), soci::use(counts),
       soci::use(reasons));
  std::vector<bool> stored;
  for (const auto& row : rows) {
    const auto& s = *row.segment;
    segment_id = s.segment_id;
    class_id = s.class_id;
    trainee_id = s.trainee_id;
    course_item = s.course_item;
    started = s.started_at;
    ended = s.ended_at;
    face_checks = boost::json::serialize(boost::json::value_from(s.face_checks));
    counts = row.counts ? 1 : 0;
    reasons = row.reasons;
    statement.execute(true);
    stored.push_back(statement.get_affected_rows() > 0);
  }
  return stored;
}

std::vector<std::pair<std::int64_t, Interval>> ClassSegments(db::Connection& connection, std::int64_t class_id) {
  long long key = class_id, trainee = 0, from = 0, to = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListClassSegments), soci::into(trainee),
                               soci::into(from), soci::into(to), soci::use(key));
  statement.execute();
  std::vector<std::pair<std::int64_t, Interval>> out;
  while (statement.fetch()) out.push_back({trainee, {from, to}});
  return out;
}

namespace {
struct SegmentBuffer {
  long long id = 0, class_id = 0, started = 0, ended = 0, received = 0;
  int counts = 0;
  TrailSegment row;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(row.segment_id), soci::into(class_id), soci::into(row.class_name),
        soci::into(row.course_item), soci::into(started), soci::into(ended), soci::into(received),
        soci::into(row.face_checks), soci::into(row.platform_key_id), soci::into(row.platform_name),
        soci::into(counts), soci::into(row.reasons);
  }
  TrailSegment Get() const {
    TrailSegment out = row;
    out.id = id;
    out.class_id = class_id;
    out.started_at = started;
    out.ended_at = ended;
    out.received_at = received;
    out.counts = counts != 0;
    return out;
  }
};
}  // namespace

std::vector<TrailSegment> TrailSegments(db::Connection& connection, const core::Scope& scope, std::int64_t trainee_id,
                                        std::int64_t class_id) {
  SegmentBuffer buffer;
  return TrailRows(connection, q::kListTraineeSegments, buffer, scope, trainee_id, class_id);
}

std::vector<ClassCheckinRow> ClassCheckins(db::Connection& connection, std::int64_t class_id) {
  long long key = class_id, trainee = 0, session = 0, captured = 0;
  int counts = 0;
  std::string kind;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListClassCheckins), soci::into(trainee),
                               soci::into(session), soci::into(kind), soci::into(captured), soci::into(counts),
                               soci::use(key));
  statement.execute();
  std::vector<ClassCheckinRow> out;
  while (statement.fetch()) out.push_back({trainee, session, {kind, captured, counts != 0}});
  return out;
}

namespace {
struct TrailBuffer {
  long long id = 0, class_id = 0, session_id = 0, captured = 0, received = 0, lat = 0, lon = 0;
  int distance = 0, photo_stored = 0, counts = 0;
  soci::indicator distance_ind = soci::i_null;
  double face = 0, liveness = 0;
  TrailRow row;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(row.event_id), soci::into(class_id), soci::into(row.class_name),
        soci::into(session_id), soci::into(row.session_date), soci::into(row.session_start),
        soci::into(row.session_end), soci::into(row.kind), soci::into(captured), soci::into(received), soci::into(lat),
        soci::into(lon), soci::into(distance, distance_ind), soci::into(face), soci::into(liveness),
        soci::into(row.photo_sha256), soci::into(photo_stored), soci::into(row.terminal_key_id),
        soci::into(row.terminal_name), soci::into(counts), soci::into(row.reasons);
  }
  TrailRow Get() const {
    TrailRow out = row;
    out.id = id;
    out.class_id = class_id;
    out.session_id = session_id;
    out.captured_at = captured;
    out.received_at = received;
    out.latitude = lat / 1e6;
    out.longitude = lon / 1e6;
    if (distance_ind == soci::i_ok) out.distance_m = distance;
    out.face_score = face;
    out.liveness_score = liveness;
    out.photo_stored = photo_stored != 0;
    out.counts = counts != 0;
    return out;
  }
};
}  // namespace

std::vector<TrailRow> Trail(db::Connection& connection, const core::Scope& scope, std::int64_t trainee_id,
                            std::int64_t class_id) {
  TrailBuffer buffer;
  return TrailRows(connection, q::kListTraineeTrail, buffer, scope, trainee_id, class_id);
}

std::optional<std::string> TrailTraineeName(db::Connection& connection, const core::Scope& scope,
                                            std::int64_t trainee_id) {
  InstitutionScopeParams params(scope);
  long long id = trainee_id, roster = trainee_id, checked = trainee_id, learnt = trainee_id;
  std::string name;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kFindTrailTrainee));
  prepared, soci::into(name), soci::use(id), soci::use(roster), soci::use(checked), soci::use(learnt);
  params.Bind(prepared);
  soci::statement statement(prepared);
  if (!statement.execute(true)) return std::nullopt;
  return name;
}

std::optional<StoredPhoto> PhotoInScope(db::Connection& connection, const core::Scope& scope,
                                        const std::string& sha256) {
  InstitutionScopeParams params(scope);
  PhotoBuffer buffer;
  std::string checkin_photo = sha256;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kFindPhotoInScope));
  buffer.Bind(prepared);
  prepared, soci::use(sha256), soci::use(checkin_photo);
  params.Bind(prepared);
  soci::statement statement(prepared);
  if (!statement.execute(true)) return std::nullopt;
  return buffer.Get();
}

}  // namespace sunshine::training::checkin_store
