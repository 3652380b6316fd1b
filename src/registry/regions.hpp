#pragma once
// The Sichuan region tree (province, 21 prefectures, 183 counties), loaded by migration V0002.
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "http/router.hpp"

namespace sunshine::registry {

struct Region {
  std::string code;
  std::string name;
  std::string level;  // "province", "prefecture", "county"
  std::optional<std::string> parent_code;
};

// Every region, parents before children, then by code.
std::vector<Region> ListRegions(db::Connection& connection);

void RegisterRegionRoutes(http::Router& router, db::Database& database);

}  // namespace sunshine::registry
