#pragma once
// Claim audit draws and audits in SQL (db/queries/subsidy, V0032).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/database.hpp"
#include "inspection/inspection_store.hpp"

namespace sunshine::subsidy::claim_audit_store {

// (claim id, institution id) of the approved claims of a city claimed within [from, to].
std::vector<std::pair<std::int64_t, std::int64_t>> Auditable(db::Connection& connection, const std::string& city_like,
                                                             const std::string& from, const std::string& to);

struct Draw {
  std::int64_t id = 0;
  std::string city_code, claimed_from, claimed_to;
  int rate_1e4 = 0;
  std::string seed, population;  // population: JSON [[claim, institution], ...]
  int population_size = 0, drawn = 0;
  std::string drawn_by;
  std::int64_t drawn_at = 0;
};
std::int64_t InsertDraw(db::Connection& connection, const Draw& draw);
std::vector<Draw> Draws(db::Connection& connection, const std::string& city_like, std::int64_t after, int limit);

struct Audit {
  std::int64_t id = 0, draw_id = 0, claim_id = 0;
  std::string city_code, status, assignee, assigned_by;
  std::int64_t assigned_at = 0;
  std::string checklist = "[]", outcome, finding, concluded_by;
  std::int64_t concluded_at = 0, updated_at = 0;
  // Of the claim, for the list.
  std::string institution_name, class_name;
  std::int64_t approved_fen = 0;
  // Its evidence photos, read for one audit (not in lists).
  std::optional<std::vector<inspection::inspection_store::EvidencePhoto>> photos;
};
// Who reaches an audit: officers of cities within a prefix, or its assignee ("auditor:5").
struct Reach {
  std::string city_like;  // "" reaches no city
  std::string assignee = "-";
};
std::int64_t InsertAudit(db::Connection& connection, std::int64_t draw_id, std::int64_t claim_id,
                         const std::string& city_code, std::int64_t at);
std::vector<Audit> Audits(db::Connection& connection, const Reach& reach, const std::string& status,
                          std::int64_t after, int limit);
std::optional<Audit> Find(db::Connection& connection, std::int64_t id, const Reach& reach);
// false when the audit already had this photo.
bool AddPhoto(db::Connection& connection, std::int64_t audit_id, const inspection::inspection_store::EvidencePhoto& photo);
std::vector<inspection::inspection_store::EvidencePhoto> Photos(db::Connection& connection, std::int64_t audit_id);
// False when the audit changed since `seen_updated_at`.
bool Update(db::Connection& connection, const Audit& audit, std::int64_t seen_updated_at);

}  // namespace sunshine::subsidy::claim_audit_store
