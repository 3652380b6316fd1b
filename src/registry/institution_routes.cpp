#include "registry/institution_routes.hpp"

#include <map>

#include "core/time.hpp"
#include "registry/organisation_rules.hpp"
#include "reports/list_export.hpp"

namespace sunshine::registry {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::value Text(const std::optional<std::string>& v) { return v ? boost::json::value(*v) : nullptr; }

std::string TypeName(const std::string& type) { return ChoiceName(InstitutionTypes(), type); }

std::string StatusName(const std::string& status) {
  static const std::map<std::string, std::string> names = {{"applied", "已申请"},    {"under_review", "审核中"},
                                                           {"active", "正常"},       {"suspended", "暂停"},
                                                           {"exited", "已退出"}};
  auto it = names.find(status);
  return it == names.end() ? status : it->second;
}

institution_store::Filter FilterOf(const Context& ctx) {
  return {ctx.Query("q").value_or(""), ctx.Query("status").value_or(""), ctx.Query("region_code").value_or("")};
}

core::Cursor CursorOf(const institution_store::Row& row, const core::Sort& sort) {
  return {row.institution.id, sort.key == "id" ? std::nullopt : std::optional(row.sort_key)};
}

boost::json::object InstitutionJson(const Institution& i) {
  return {{"id", i.id},
          {"name", i.name},
          {"credit_code", i.credit_code},
          {"type", i.type},
          {"type_name", TypeName(i.type)},
          {"region_code", i.region_code},
          {"status", i.status},
          {"assigned_auditor", Text(i.assigned_auditor)},
          {"exposed", i.exposed},
          {"exposure_reason", Text(i.exposure_reason)},
          {"integrity_model", i.integrity_model},
          {"credit_check_overridden", i.credit_check_overridden},
          {"created_at", core::FormatShanghai(i.created_at)},
          {"updated_at", core::FormatShanghai(i.updated_at)}};
}

// What the public may see of an institution: no auditor assignment, no internal flags.
boost::json::object PublicJson(const Institution& i) {
  return {{"id", i.id},
          {"name", i.name},
          {"credit_code", i.credit_code},
          {"type_name", TypeName(i.type)},
          {"region_code", i.region_code},
          {"status", i.status},
          {"exposure_reason", Text(i.exposure_reason)},
          {"updated_at", core::FormatShanghai(i.updated_at)}};
}

void RegisterPublicList(http::Router& router, InstitutionService& service, const char* path, const char* list,
                        const char* summary) {
  router.Get(path, std::string(http::kPublic), summary, [&service, list](Context& ctx) -> Reply {
    auto page = ctx.PageParams();
    if (!page) return page.error();
    const auto items = service.Public(list, page->after, page->limit);
    boost::json::array out;
    for (const auto& i : items) out.push_back(PublicJson(i));
    return http::PageReply(std::move(out), page->limit, items.empty() ? 0 : items.back().id);
  });
}
}  // namespace

void RegisterInstitutionRoutes(http::Router& router, InstitutionService& service) {
  router.Get("/api/v1/institutions", "registry:institution:read",
             "List institutions in the caller's scope, sorted, with a count", [&service](Context& ctx) -> Reply {
               auto page = ctx.SortedPageParams(institution_store::kSortable);
               if (!page) return page.error();
               auto result = service.List(ctx.principal(), FilterOf(ctx), page->sort, page->after, page->limit);
               if (!result) return result.error();
               boost::json::array items;
               for (const auto& row : result->items) items.push_back(InstitutionJson(row.institution));
               return http::SortedPageReply(
                   std::move(items), page->limit,
                   result->items.empty() ? core::Cursor{} : CursorOf(result->items.back(), page->sort), result->total);
             });

  router.Get("/api/v1/institutions/export.xlsx", "registry:institution:read",
             "The institutions the list's filter selects, as an xlsx file", [&service](Context& ctx) -> Reply {
               auto page = ctx.SortedPageParams(institution_store::kSortable);
               if (!page) return page.error();
               const auto filter = FilterOf(ctx);
               return reports::ExportList<institution_store::Row, core::Cursor>(
                   service.clock(),
                   "培训机构",
                   {{"编号", 8}, {"名称", 36}, {"统一社会信用代码", 22}, {"类型", 18}, {"区划代码", 10},
                    {"状态", 10}, {"曝光", 6}, {"诚信示范", 8}, {"更新时间", 20}},
                   "培训机构名录",
                   [&](const core::Cursor& after, int limit) -> core::Result<std::vector<institution_store::Row>> {
                     auto result = service.List(ctx.principal(), filter, page->sort, after, limit);
                     if (!result) return result.error();
                     return std::move(result->items);
                   },
                   [&](const institution_store::Row& row) { return CursorOf(row, page->sort); },
                   [](const institution_store::Row& row) {
                     const Institution& i = row.institution;
                     return std::vector<reports::Cell>{i.id,
                                                       i.name,
                                                       i.credit_code,
                                                       TypeName(i.type),
                                                       i.region_code,
                                                       StatusName(i.status),
                                                       std::string(i.exposed ? "是" : ""),
                                                       std::string(i.integrity_model ? "是" : ""),
                                                       core::FormatShanghai(i.updated_at)};
                   });
             });

  router.Get("/api/v1/institutions/{id}", "registry:institution:read", "Read an institution",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto inst = service.Get(ctx.principal(), *id);
               if (!inst) return inst.error();
               return http::Json(http::Status::ok, InstitutionJson(*inst));
             });

  router.Get("/api/v1/institutions/{id}/events", "registry:institution:read", "An institution's lifecycle events",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto events = service.Events(ctx.principal(), *id);
               if (!events) return events.error();
               boost::json::array items;
               for (const auto& e : *events) {
                 items.push_back({{"id", e.id},
                                  {"at", core::FormatShanghai(e.at)},
                                  {"actor", e.actor},
                                  {"action", e.action},
                                  {"from_status", Text(e.from_status)},
                                  {"to_status", e.to_status},
                                  {"reason", e.reason}});
               }
               return http::Json(http::Status::ok, {{"items", std::move(items)}});
             });

  router.Post("/api/v1/institutions", "registry:institution:create", "Register an institution (status applied)",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<InstitutionInput>();
                if (!input) return input.error();
                auto created = service.Create(ctx.actor(), *input);
                if (!created) return created.error();
                return http::Json(http::Status::created, InstitutionJson(*created));
              });

  router.Patch("/api/v1/institutions/{id}", "registry:institution:update",
               "Correct an institution's name, type or county (not its credit code)", [&service](Context& ctx) -> Reply {
                 auto id = ctx.PathId("id");
                 if (!id) return id.error();
                 auto patch = ctx.Body<InstitutionPatch>();
                 if (!patch) return patch.error();
                 auto updated = service.Update(ctx.actor(), *id, *patch);
                 if (!updated) return updated.error();
                 return http::Json(http::Status::ok, InstitutionJson(*updated));
               });

  router.Post("/api/v1/institutions/{id}/actions/{action}", "registry:institution:lifecycle",
              "Move an institution through its lifecycle", [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto input = ctx.Body<LifecycleAction>();
                if (!input) return input.error();
                auto updated = service.Act(ctx.actor(), *id, std::string(ctx.PathParam("action")), *input);
                if (!updated) return updated.error();
                return http::Json(http::Status::ok, InstitutionJson(*updated));
              });

  RegisterPublicList(router, service, "/api/v1/public/institutions/exposed", "exposed",
                     "Institutions exited for cheating, with the published reason (public)");
  RegisterPublicList(router, service, "/api/v1/public/institutions/integrity", "integrity",
                     "Model integrity institutions (public)");
}

}  // namespace sunshine::registry
