#pragma once
// Spot-check draws in SQL (db/queries/inspection). Callers hold the transaction and have
// checked the caller's scope; reads take the reader's region as a code prefix.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "inspection/spot_check_draw.hpp"

namespace sunshine::inspection::draw_store {

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
  std::vector<DrawClass> classes;  // filled by Find only
};

// The classes on site with a session on `day`, approved or running, in the region prefix.
std::vector<RunningClass> RunningOn(db::Connection& connection, const std::string& day, const std::string& region_prefix);
std::int64_t Insert(db::Connection& connection, const DrawRecord& draw);
void InsertClass(db::Connection& connection, std::int64_t draw_id, const RunningClass& c, bool drawn);
std::optional<DrawRecord> Find(db::Connection& connection, std::int64_t id, const std::string& region_prefix);
std::vector<DrawRecord> List(db::Connection& connection, const std::string& region_prefix, std::int64_t after, int limit);

}  // namespace sunshine::inspection::draw_store
