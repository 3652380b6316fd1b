#include "registry/regions.hpp"

#include "db/queries/registry.hpp"

namespace sunshine::registry {

std::vector<Region> ListRegions(db::Connection& connection, const core::Scope& scope) {
  Region buffer;
  std::string parent;
  soci::indicator parent_indicator = soci::i_null;
  const std::string prefix = scope.RegionPrefix();
  int all_regions = prefix.empty() ? 1 : 0;
  std::string like = prefix + "%";
  // Ancestors of a region code: its province (first 2 digits) and prefecture (first 4).
  std::string province = prefix.substr(0, 2) + "0000";
  std::string prefecture = prefix.size() >= 4 ? prefix.substr(0, 4) + "00" : province;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(db::queries::registry::kListRegions), soci::into(buffer.code),
       soci::into(buffer.name), soci::into(buffer.level), soci::into(parent, parent_indicator), soci::use(all_regions),
       soci::use(like), soci::use(province), soci::use(prefecture));
  statement.execute();
  std::vector<Region> regions;
  while (statement.fetch()) {
    Region region = buffer;
    if (parent_indicator == soci::i_ok) region.parent_code = parent;
    regions.push_back(std::move(region));
  }
  return regions;
}

std::optional<Region> FindRegion(db::Connection& connection, const std::string& code) {
  Region region;
  std::string parent;
  soci::indicator parent_indicator = soci::i_null;
  connection.sql() << connection.Text(db::queries::registry::kFindRegion), soci::use(code), soci::into(region.code),
      soci::into(region.name), soci::into(region.level), soci::into(parent, parent_indicator);
  if (!connection.sql().got_data()) return std::nullopt;
  if (parent_indicator == soci::i_ok) region.parent_code = parent;
  return region;
}

void RegisterRegionRoutes(http::Router& router, db::Database& database) {
  router.Get("/api/v1/regions", "registry:region:read",
             "The region tree within the caller's scope (flat, parents first)",
             [&database](http::Context& ctx) -> core::Result<http::Response> {
               db::Connection connection(database);
               boost::json::array items;
               for (const auto& r : ListRegions(connection, ctx.principal().scope)) {
                 items.push_back({{"code", r.code},
                                  {"name", r.name},
                                  {"level", r.level},
                                  {"parent_code", r.parent_code ? boost::json::value(*r.parent_code) : nullptr}});
               }
               return http::Json(http::Status::ok, {{"items", std::move(items)}});
             });
}

std::optional<std::string> RegionBook::Level(const std::string& code) {
  if (code.empty()) return std::nullopt;
  auto it = levels_.find(code);
  if (it == levels_.end()) {
    auto region = FindRegion(connection_, code);
    it = levels_.emplace(code, region ? std::optional(region->level) : std::nullopt).first;
  }
  return it->second;
}

}  // namespace sunshine::registry
