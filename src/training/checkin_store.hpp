#pragma once
// Signed requests, check-in batches, check-ins and photos in SQL, on the caller's connection
// and transaction.
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/geo.hpp"
#include "core/principal.hpp"
#include "db/database.hpp"
#include "training/attendance_rules.hpp"
#include "training/checkin_rules.hpp"
#include "training/online_rules.hpp"

namespace sunshine::training {

struct DeviceRecord {
  std::int64_t id = 0, institution_id = 0;
  std::string kind, name, public_key, status;
};

struct CheckinClassFacts {
  std::int64_t institution_id = 0;
  std::string status, mode;
  std::optional<std::int64_t> venue_id;
  std::optional<core::LatLon> venue;  // WGS-84
};

// A judged event ready to store.
struct CheckinRow {
  const CheckinEventInput* event = nullptr;
  std::optional<int> distance_m;
  bool counts = false;
  std::string reasons = "[]";  // JSON array
  // The photo's perceptual hash when the caller holds its photo unrecorded (HeldPhotoHashes);
  // otherwise the insert copies it from the photo's row, if the photo came first.
  std::optional<std::string> held_photo_phash;
};

// Photos whose bytes are kept but whose rows are not inserted yet (the generator's bulk path
// inserts them later, many at once in hash order): sha256 -> the perceptual hash, if it decoded.
// Their check-ins take the hash at insert, as they would from the photo's row. Both point into
// the rows the holder keeps (a million of them at a time: a copy of each would double it).
using HeldPhotoHashes = std::unordered_map<std::string_view, const std::optional<std::string>*>;

struct ClassCheckinRow {
  std::int64_t trainee_id = 0, session_id = 0;
  CheckinMark mark;
};

// One check-in on a trainee's trail.
struct TrailRow {
  std::int64_t id = 0;
  std::string event_id;
  std::int64_t class_id = 0;
  std::string class_name;
  std::int64_t session_id = 0;
  std::string session_date, session_start, session_end, kind;
  std::int64_t captured_at = 0, received_at = 0;
  double latitude = 0, longitude = 0;
  std::optional<int> distance_m;
  double face_score = 0, liveness_score = 0;
  std::string photo_sha256;
  bool photo_stored = false;
  std::string terminal_key_id, terminal_name;
  bool counts = false;
  std::string reasons = "[]";
};

// A judged learning segment ready to store.
struct SegmentRow {
  const SegmentInput* segment = nullptr;
  bool counts = false;
  std::string reasons = "[]";
};

// A learning segment on a trainee's trail.
struct TrailSegment {
  std::int64_t id = 0;
  std::string segment_id;
  std::int64_t class_id = 0;
  std::string class_name, course_item;
  std::int64_t started_at = 0, ended_at = 0, received_at = 0;
  std::string face_checks = "[]", platform_key_id, platform_name;
  bool counts = false;
  std::string reasons = "[]";
};

namespace checkin_store {

std::optional<DeviceRecord> FindDevice(db::Connection& connection, const std::string& key_id);
std::vector<std::int64_t> DeviceVenues(db::Connection& connection, std::int64_t terminal_id);

struct SignedRequest {
  std::int64_t terminal_id = 0;
  std::string signed_sha256, signature;
  std::int64_t signed_at = 0, received_at = 0;
  std::string target;  // "POST /api/v1/checkins/batches"
};
// The new row's id, or nullopt when the terminal already sent this exact request (a replay).
std::optional<std::int64_t> RecordSignedRequest(db::Connection& connection, const SignedRequest& request);

std::optional<CheckinClassFacts> ClassFacts(db::Connection& connection, std::int64_t class_id);
// trainee id -> when withdrawn (nullopt: still on the roster).
std::map<std::int64_t, std::optional<std::int64_t>> RosterPresence(db::Connection& connection, std::int64_t class_id);
bool TraineeExists(db::Connection& connection, std::int64_t trainee_id);

std::int64_t InsertBatch(db::Connection& connection, std::int64_t terminal_id, std::int64_t signed_request_id,
                         std::int64_t received_at, int events);
void FinishBatch(db::Connection& connection, std::int64_t batch_id, int stored, int duplicates, int counting);

// Stores the rows with one prepared statement; returns for each whether it was stored (false:
// the terminal had already sent that event id).
std::vector<bool> InsertCheckins(db::Connection& connection, std::int64_t terminal_id, std::int64_t batch_id,
                                 std::int64_t received_at, const std::vector<CheckinRow>& rows);

// A stored photo: its type, length and where its bytes are (no pack: its own file, from before
// packs).
struct StoredPhoto {
  std::string content_type;
  std::int64_t bytes = 0;
  std::optional<std::string> pack;
  std::int64_t pack_offset = 0;
};

std::optional<StoredPhoto> FindPhoto(db::Connection& connection, const std::string& sha256);
// Each statement prepared once: for each photo whether it was new (false: already stored) / is
// stored.
struct NewPhoto {
  std::string sha256;
  StoredPhoto photo;
  std::int64_t terminal_id = 0, received_at = 0;
  std::optional<std::string> phash;  // the perceptual hash in hex (photo_hash.hpp), if it decoded
};
std::vector<bool> InsertPhotos(db::Connection& connection, const std::vector<NewPhoto>& photos);
std::vector<bool> PhotosStored(db::Connection& connection, const std::vector<std::string>& sha256s);
// The check-ins stored before their photo arrived take its perceptual hash (the scan reads it on
// the check-in's row, not by looking the photo up). Returns how many took it.
std::int64_t SetCheckinPhotoHash(db::Connection& connection, const std::string& sha256, const std::string& phash);

// Online segments: whether the learner has a stored segment sharing time with [from, to).
bool SegmentOverlaps(db::Connection& connection, std::int64_t trainee_id, std::int64_t from, std::int64_t to);
std::vector<bool> InsertSegments(db::Connection& connection, std::int64_t terminal_id, std::int64_t batch_id,
                                 std::int64_t received_at, const std::vector<SegmentRow>& rows);
// trainee id and the counting segment's period, for a class's attendance.
std::vector<std::pair<std::int64_t, Interval>> ClassSegments(db::Connection& connection, std::int64_t class_id);
std::vector<TrailSegment> TrailSegments(db::Connection& connection, const core::Scope& scope, std::int64_t trainee_id,
                                        std::int64_t class_id);

std::vector<ClassCheckinRow> ClassCheckins(db::Connection& connection, std::int64_t class_id);
// The check-ins of a person in classes within `scope` (of one class when class_id > 0), oldest first.
std::vector<TrailRow> Trail(db::Connection& connection, const core::Scope& scope, std::int64_t trainee_id,
                            std::int64_t class_id);
// The person's name when they are on the roster of, or checked in at, a class within `scope`.
std::optional<std::string> TrailTraineeName(db::Connection& connection, const core::Scope& scope,
                                            std::int64_t trainee_id);
// A stored photo taken at a check-in within `scope`.
std::optional<StoredPhoto> PhotoInScope(db::Connection& connection, const core::Scope& scope,
                                        const std::string& sha256);

}  // namespace checkin_store
}  // namespace sunshine::training
