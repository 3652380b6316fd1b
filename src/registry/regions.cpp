#include "registry/regions.hpp"

#include "db/queries.hpp"

namespace sunshine::registry {

std::vector<Region> ListRegions(db::Connection& connection) {
  Region buffer;
  std::string parent;
  soci::indicator parent_indicator = soci::i_null;
  soci::statement statement = (connection.sql().prepare << connection.Text(db::queries::registry::kListRegions),
                               soci::into(buffer.code), soci::into(buffer.name), soci::into(buffer.level),
                               soci::into(parent, parent_indicator));
  statement.execute();
  std::vector<Region> regions;
  while (statement.fetch()) {
    Region region = buffer;
    if (parent_indicator == soci::i_ok) region.parent_code = parent;
    regions.push_back(std::move(region));
  }
  return regions;
}

void RegisterRegionRoutes(http::Router& router, db::Database& database) {
  router.Get("/api/v1/regions", "registry:region:read", "The region tree (flat, parents first)",
             [&database](http::Context&) -> core::Result<http::Response> {
               db::Connection connection(database);
               boost::json::array items;
               for (const auto& r : ListRegions(connection)) {
                 items.push_back({{"code", r.code},
                                  {"name", r.name},
                                  {"level", r.level},
                                  {"parent_code", r.parent_code ? boost::json::value(*r.parent_code) : nullptr}});
               }
               return http::Json(http::Status::ok, {{"items", std::move(items)}});
             });
}

}  // namespace sunshine::registry
