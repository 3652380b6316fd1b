#pragma once
// Spot-check draws in SQL (db/queries/inspection). Callers hold the transaction and have
// checked the caller's scope; reads take the reader's reach (Reach), applied inside the SQL.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "db/database.hpp"
#include "inspection/spot_check_draw.hpp"

namespace sunshine::inspection::draw_store {

// Who may read a draw: officers by region (a code prefix), an engaged auditor the draws it made.
// The part that is not the reader's never matches.
struct Reach {
  std::string region_like;  // "" matches no region
  long long auditor_id = -1;
};
// The reach of a scope; none for scopes that see no draws (institutions, bodies...).
std::optional<Reach> ReachOf(const core::Scope& scope);

struct DrawClass {
  std::int64_t class_id = 0, institution_id = 0;
  std::string class_name, institution_name;
  bool drawn = false;
  std::optional<std::string> inspection_status, inspection_outcome;  // of its inspection, if made
};

struct DrawRecord {
  std::int64_t id = 0;
  std::string date, region_code, seed, created_by;
  std::optional<int> rate_1e4, count;
  int population = 0, drawn = 0;
  std::int64_t created_at = 0;
  // Made by an engaged third-party auditor (V0025), under that engagement.
  std::optional<std::int64_t> auditor_id, engagement_id;
  std::optional<std::string> auditor_name;  // read back, not written
  std::vector<DrawClass> classes;  // filled by Find only
};

// The classes on site with a session on `day`, approved or running, in the region prefix.
std::vector<RunningClass> RunningOn(db::Connection& connection, const std::string& day, const std::string& region_prefix);
std::int64_t Insert(db::Connection& connection, const DrawRecord& draw);
void InsertClass(db::Connection& connection, std::int64_t draw_id, const RunningClass& c, bool drawn);
std::optional<DrawRecord> Find(db::Connection& connection, std::int64_t id, const Reach& reach);
std::vector<DrawRecord> List(db::Connection& connection, const Reach& reach, std::int64_t after, int limit);

}  // namespace sunshine::inspection::draw_store
