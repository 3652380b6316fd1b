#include "registry/import_routes.hpp"

namespace sunshine::registry {
using http::Context;
using Reply = core::Result<http::Response>;

void RegisterImportRoutes(http::Router& router, CsvImporter& importer) {
  // Importing a kind needs the right to register one of it.
  const std::pair<const char*, const char*> kinds[] = {{"trainees", "registry:trainee:create"},
                                                       {"institutions", "registry:institution:create"},
                                                       {"enterprises", "registry:enterprise:create"}};
  for (const auto& [kind, permission] : kinds) {
    const std::string name = kind;
    router.Post("/api/v1/imports/" + name, permission,
                "Import " + name + " from a UTF-8 CSV file, all rows or none (per-row errors on 422)",
                [&importer, name](Context& ctx) -> Reply {
                  const auto type = ctx.request()[http::beast_http::field::content_type];
                  if (!type.starts_with("text/csv")) {
                    return core::Error::Invalid("unsupported_media_type", "请求体须为 text/csv（UTF-8，首行为列名）");
                  }
                  auto imported = importer.Import(name, ctx.actor(), ctx.request().body());
                  if (!imported) return imported.error();
                  return http::Json(http::Status::created, {{"kind", name}, {"imported", *imported}});
                });
  }
}

}  // namespace sunshine::registry
