#pragma once
// Inspection records of drawn classes in SQL (db/queries/inspection). Callers hold the
// transaction and have checked that the draw is within the caller's reach.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace sunshine::inspection::inspection_store {

struct Inspection {
  std::int64_t id = 0, draw_id = 0, class_id = 0, institution_id = 0;
  std::string class_name, institution_name;
  std::optional<std::int64_t> session_id;
  std::string inspector;
  std::int64_t arrived_at = 0;
  std::optional<std::int64_t> arrival_latitude_e6, arrival_longitude_e6, departed_at, departure_latitude_e6,
      departure_longitude_e6;
  int headcount = 0, roster_size = 0, checked_in = 0;
  std::string findings = "[]", notes;  // findings: a JSON array of codes
  std::optional<std::string> outcome;
  std::string status = "open";
};

struct EvidencePhoto {
  std::string sha256, content_type, pack;
  std::int64_t bytes = 0, pack_offset = 0, uploaded_at = 0;
  std::string uploaded_by;
};

struct Video {
  std::string camera_id;
  std::int64_t from_at = 0, to_at = 0;
  std::string reference;
  std::int64_t added_at = 0;
  std::string added_by;
};

struct Session {
  std::int64_t id = 0;
  std::string start, end;
};

std::vector<Session> SessionsOn(db::Connection& connection, std::int64_t class_id, const std::string& day);
int CheckedIn(db::Connection& connection, std::int64_t class_id, std::int64_t session_id, std::int64_t at);
int PresentRoster(db::Connection& connection, std::int64_t class_id);

std::int64_t Insert(db::Connection& connection, const Inspection& inspection, std::int64_t now);
std::optional<Inspection> Find(db::Connection& connection, std::int64_t draw_id, std::int64_t class_id);
bool Update(db::Connection& connection, const Inspection& inspection, std::int64_t now);
bool Close(db::Connection& connection, const Inspection& inspection, std::int64_t now);

// false when the inspection already had this photo.
bool AddPhoto(db::Connection& connection, std::int64_t inspection_id, const EvidencePhoto& photo);
std::vector<EvidencePhoto> Photos(db::Connection& connection, std::int64_t inspection_id);
// The same for any owner of evidence photos (an inspection, a claim audit), by the owner's own
// insert and list queries (their columns as inspection_photos').
bool InsertEvidencePhoto(db::Connection& connection, const db::Query& insert, std::int64_t owner_id,
                         const EvidencePhoto& photo);
std::vector<EvidencePhoto> EvidencePhotos(db::Connection& connection, const db::Query& list, std::int64_t owner_id);
void AddVideo(db::Connection& connection, std::int64_t inspection_id, const Video& video);
std::vector<Video> Videos(db::Connection& connection, std::int64_t inspection_id);

// Opens a case on the institution (risk_cases, V0036) with the inspection as its first item.
std::int64_t OpenCase(db::Connection& connection, std::int64_t institution_id, std::int64_t inspection_id,
                      const std::string& reason, std::int64_t now, const std::string& by);

}  // namespace sunshine::inspection::inspection_store
