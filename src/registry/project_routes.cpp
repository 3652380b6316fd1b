#include "registry/project_routes.hpp"

#include <charconv>

#include "core/time.hpp"

namespace sunshine::registry {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::object VersionJson(const ProjectVersion& v) {
  boost::json::array regions;
  for (const auto& code : v.region_codes) regions.push_back(boost::json::value(code));
  return {{"id", v.id},
          {"standard_hours", v.standard_hours},
          {"subsidy_fen", v.subsidy_fen},
          {"valid_from", v.valid_from},
          {"valid_to", v.valid_to ? boost::json::value(*v.valid_to) : nullptr},
          {"region_codes", std::move(regions)},
          {"created_at", core::FormatShanghai(v.created_at)},
          {"created_by", v.created_by}};
}

boost::json::object ProjectJson(const Project& p, const std::string& today) {
  boost::json::array versions;
  for (const auto& v : p.versions) versions.push_back(VersionJson(v));
  const ProjectVersion* current = StandardInForce(p.versions, today);
  std::string type_name;
  for (const auto& [id, name] : TrainingTypes()) {
    if (id == p.training_type) type_name = name;
  }
  return {{"id", p.id},
          {"name", p.name},
          {"occupation_id", p.occupation_id},
          {"level", p.level ? boost::json::value(*p.level) : nullptr},
          {"training_type", p.training_type},
          {"training_type_name", type_name},
          {"current", current ? boost::json::value(VersionJson(*current)) : nullptr},
          {"versions", std::move(versions)},
          {"created_at", core::FormatShanghai(p.created_at)}};
}

core::Result<project_store::Filter> FilterOf(const Context& ctx) {
  project_store::Filter filter;
  filter.q = ctx.Query("q").value_or("");
  filter.training_type = ctx.Query("training_type").value_or("");
  std::vector<core::FieldError> errors;
  if (auto occupation = ctx.Query("occupation_id"); occupation && !occupation->empty()) {
    auto [end, ec] = std::from_chars(occupation->data(), occupation->data() + occupation->size(), filter.occupation_id);
    if (ec != std::errc{} || end != occupation->data() + occupation->size() || filter.occupation_id < 1) {
      errors.push_back({"occupation_id", "not_an_integer"});
    }
  }
  if (!filter.training_type.empty() && !IsTrainingType(filter.training_type)) {
    errors.push_back({"training_type", "unknown"});
  }
  if (filter.q.size() > 64) errors.push_back({"q", "too_long"});
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "查询条件有误", std::move(errors));
  return filter;
}
}  // namespace

void RegisterProjectRoutes(http::Router& router, ProjectService& service) {
  router.Get("/api/v1/training-projects", "registry:training_project:read", "List training projects",
             [&service](Context& ctx) -> Reply {
               auto filter = FilterOf(ctx);
               if (!filter) return filter.error();
               auto page = ctx.PageParams();
               if (!page) return page.error();
               auto result = service.List(*filter, page->after, page->limit);
               if (!result) return result.error();
               const std::string today = service.clock().Today();
               boost::json::array items;
               for (const auto& p : result->items) items.push_back(ProjectJson(p, today));
               return http::PageReply(std::move(items), page->limit,
                                      result->items.empty() ? 0 : result->items.back().id, result->total);
             });

  router.Get("/api/v1/training-projects/{id}", "registry:training_project:read", "Read a training project",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto project = service.Get(*id);
               if (!project) return project.error();
               return http::Json(http::Status::ok, ProjectJson(*project, service.clock().Today()));
             });

  router.Get("/api/v1/training-projects/{id}/standard", "registry:training_project:read",
             "The standard in force on a date (?date=YYYY-MM-DD, default today)", [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               const std::string date = ctx.Query("date").value_or(service.clock().Today());
               auto version = service.StandardOn(*id, date);
               if (!version) return version.error();
               auto body = VersionJson(*version);
               body["date"] = date;
               return http::Json(http::Status::ok, body);
             });

  router.Post("/api/v1/training-projects", "registry:training_project:create", "Add a training project",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<ProjectInput>();
                if (!input) return input.error();
                auto created = service.Create(ctx.actor(), *input);
                if (!created) return created.error();
                return http::Json(http::Status::created,
                                  ProjectJson(*created, service.clock().Today()));
              });

  router.Patch("/api/v1/training-projects/{id}", "registry:training_project:update",
               "Rename a training project (standards change by new versions)", [&service](Context& ctx) -> Reply {
                 auto id = ctx.PathId("id");
                 if (!id) return id.error();
                 auto patch = ctx.Body<ProjectPatch>();
                 if (!patch) return patch.error();
                 auto updated = service.Rename(ctx.actor(), *id, *patch);
                 if (!updated) return updated.error();
                 return http::Json(http::Status::ok, ProjectJson(*updated, service.clock().Today()));
               });

  router.Post("/api/v1/training-projects/{id}/versions", "registry:training_project:update",
              "Set a new standard from a date on", [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto input = ctx.Body<StandardInput>();
                if (!input) return input.error();
                auto updated = service.AddVersion(ctx.actor(), *id, *input);
                if (!updated) return updated.error();
                return http::Json(http::Status::created,
                                  ProjectJson(*updated, service.clock().Today()));
              });
}

}  // namespace sunshine::registry
