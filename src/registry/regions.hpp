#pragma once
// The Sichuan region tree (province, 21 prefectures, 183 counties), loaded by migration V0002.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "db/database.hpp"
#include "http/router.hpp"

namespace sunshine::registry {

struct Region {
  std::string code;
  std::string name;
  std::string level;  // "province", "prefecture", "county"
  std::optional<std::string> parent_code;
};

// The regions a scope may see, parents before children, then by code. A region scope sees
// its subtree and the ancestors that connect it to the province (so it forms a tree); other
// scopes see every region (organisations file people and venues anywhere in the province).
std::vector<Region> ListRegions(db::Connection& connection, const core::Scope& scope = {});

// One region by code; nullopt when there is no such code.
std::optional<Region> FindRegion(db::Connection& connection, const std::string& code);

// Region levels looked up once per code within one use case (an import repeats few codes).
class RegionBook {
 public:
  explicit RegionBook(db::Connection& connection) : connection_(connection) {}
  // "province" / "prefecture" / "county", or nullopt for a code that is no Sichuan region.
  std::optional<std::string> Level(const std::string& code);

 private:
  db::Connection& connection_;
  std::map<std::string, std::optional<std::string>> levels_;
};

void RegisterRegionRoutes(http::Router& router, db::Database& database);

}  // namespace sunshine::registry
