#include "registry/occupation_routes.hpp"

#include "core/time.hpp"

namespace sunshine::registry {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::value Nullable(const std::optional<int>& v) { return v ? boost::json::value(*v) : nullptr; }

boost::json::object OccupationJson(const Occupation& o) {
  boost::json::array levels;
  if (o.highest_level && o.lowest_level) {
    for (int level = *o.lowest_level; level >= *o.highest_level; --level) {
      levels.push_back({{"level", level}, {"name", LevelName(level)}});
    }
  }
  return {{"id", o.id},
          {"code", o.code ? boost::json::value(*o.code) : nullptr},
          {"name", o.name},
          {"category", o.category},
          {"kind", o.kind},
          {"highest_level", Nullable(o.highest_level)},
          {"lowest_level", Nullable(o.lowest_level)},
          {"levels", std::move(levels)},
          {"urgent", o.urgent},
          {"shortage_rank", Nullable(o.shortage_rank)},
          {"is_new", o.is_new},
          {"created_at", core::FormatShanghai(o.created_at)},
          {"updated_at", core::FormatShanghai(o.updated_at)}};
}

core::Result<occupation_store::Filter> FilterOf(const Context& ctx) {
  occupation_store::Filter filter;
  filter.q = ctx.Query("q").value_or("");
  filter.category = ctx.Query("category").value_or("");
  filter.kind = ctx.Query("kind").value_or("");
  const std::string urgent = ctx.Query("urgent").value_or("");
  std::vector<core::FieldError> errors;
  if (filter.q.size() > 64) errors.push_back({"q", "too_long"});
  if (!filter.kind.empty() && filter.kind != "occupation" && filter.kind != "special_ability") {
    errors.push_back({"kind", "unknown"});
  }
  if (urgent == "true")
    filter.urgent_only = true;
  else if (!urgent.empty() && urgent != "false")
    errors.push_back({"urgent", "not_a_boolean"});
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "查询条件有误", std::move(errors));
  return filter;
}
}  // namespace

void RegisterOccupationRoutes(http::Router& router, OccupationService& service) {
  router.Get("/api/v1/occupations", "registry:occupation:read", "List occupations", [&service](Context& ctx) -> Reply {
    auto filter = FilterOf(ctx);
    if (!filter) return filter.error();
    auto page = ctx.PageParams();
    if (!page) return page.error();
    auto result = service.List(*filter, page->after, page->limit);
    if (!result) return result.error();
    boost::json::array items;
    for (const auto& o : result->items) items.push_back(OccupationJson(o));
    return http::PageReply(std::move(items), page->limit, result->items.empty() ? 0 : result->items.back().id,
                           result->total);
  });

  router.Get("/api/v1/occupations/{id}", "registry:occupation:read", "Read an occupation",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto occupation = service.Get(*id);
               if (!occupation) return occupation.error();
               return http::Json(http::Status::ok, OccupationJson(*occupation));
             });

  router.Get("/api/v1/occupations/{id}/changes", "registry:occupation:read", "An occupation's dated change history",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto changes = service.Changes(*id);
               if (!changes) return changes.error();
               boost::json::array items;
               for (const auto& c : *changes) {
                 items.push_back({{"id", c.id},
                                  {"changed_at", core::FormatShanghai(c.changed_at)},
                                  {"changed_by", c.changed_by},
                                  {"request_id", c.request_id},
                                  {"field", c.field},
                                  {"before", c.before ? boost::json::value(*c.before) : nullptr},
                                  {"after", c.after ? boost::json::value(*c.after) : nullptr}});
               }
               return http::Json(http::Status::ok, {{"items", std::move(items)}});
             });

  router.Post("/api/v1/occupations", "registry:occupation:create", "Add an occupation or special ability",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<OccupationInput>();
                if (!input) return input.error();
                auto created = service.Create(ctx.actor(), *input);
                if (!created) return created.error();
                return http::Json(http::Status::created, OccupationJson(*created));
              });

  router.Patch("/api/v1/occupations/{id}", "registry:occupation:update", "Change an occupation",
               [&service](Context& ctx) -> Reply {
                 auto id = ctx.PathId("id");
                 if (!id) return id.error();
                 auto patch = ctx.Body<OccupationPatch>();
                 if (!patch) return patch.error();
                 auto updated = service.Update(ctx.actor(), *id, *patch);
                 if (!updated) return updated.error();
                 return http::Json(http::Status::ok, OccupationJson(*updated));
               });
}

}  // namespace sunshine::registry
