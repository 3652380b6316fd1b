#include "registry/organisation_routes.hpp"

#include "core/time.hpp"
#include "reports/list_export.hpp"

namespace sunshine::registry {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::value Text(const std::optional<std::string>& v) { return v ? boost::json::value(*v) : nullptr; }

organisation_store::Filter FilterOf(const Context& ctx) {
  return {ctx.Query("q").value_or(""), ctx.Query("type").value_or(""), ctx.Query("status").value_or(""),
          ctx.Query("region_code").value_or("")};
}

core::Cursor CursorOf(const organisation_store::Row& row, const core::Sort& sort) {
  return {row.organisation.id, sort.key == "id" ? std::nullopt : std::optional(row.sort_key)};
}

void RegisterKind(http::Router& router, OrganisationService& service, const OrganisationKind& kind) {
  const std::string base = "/api/v1/" + kind.resource;
  const OrganisationKind* k = &kind;
  router.Get(base, kind.permission + ":read", "List " + kind.resource + " in the caller's scope, sorted, with a count",
             [&service, k](Context& ctx) -> Reply {
               auto page = ctx.SortedPageParams(organisation_store::kSortable);
               if (!page) return page.error();
               auto result = service.List(*k, ctx.principal(), FilterOf(ctx), page->sort, page->after, page->limit);
               if (!result) return result.error();
               boost::json::array items;
               for (const auto& row : result->items) items.push_back(OrganisationJson(row.organisation));
               return http::SortedPageReply(
                   std::move(items), page->limit,
                   result->items.empty() ? core::Cursor{} : CursorOf(result->items.back(), page->sort), result->total);
             });

  router.Get(base + "/export.xlsx", kind.permission + ":read",
             "The " + kind.resource + " the list's filter selects, as an xlsx file", [&service, k](Context& ctx) -> Reply {
               auto page = ctx.SortedPageParams(organisation_store::kSortable);
               if (!page) return page.error();
               const auto filter = FilterOf(ctx);
               std::vector<reports::Column> columns = {
                   {"编号", 8}, {"名称", 36}, {"统一社会信用代码", 22}, {"类型", 16}, {"区划代码", 10}, {"状态", 8}};
               if (k->has_industry_and_size) columns.insert(columns.end(), {{"行业门类", 24}, {"规模", 8}});
               return reports::ExportList<organisation_store::Row, core::Cursor>(
                   service.clock(),
                   k->name_zh, columns, k->name_zh + "名录",
                   [&](const core::Cursor& after, int limit) -> core::Result<std::vector<organisation_store::Row>> {
                     auto result = service.List(*k, ctx.principal(), filter, page->sort, after, limit);
                     if (!result) return result.error();
                     return std::move(result->items);
                   },
                   [&](const organisation_store::Row& row) { return CursorOf(row, page->sort); },
                   [k](const organisation_store::Row& row) {
                     const Organisation& o = row.organisation;
                     std::vector<reports::Cell> cells = {o.id,
                                                         o.name,
                                                         o.credit_code,
                                                         ChoiceName(k->types, o.type),
                                                         o.region_code,
                                                         std::string(o.status == "active" ? "有效" : "已撤销")};
                     if (k->has_industry_and_size) {
                       cells.emplace_back(ChoiceName(Industries(), o.industry.value_or("")));
                       cells.emplace_back(ChoiceName(EnterpriseSizes(), o.size.value_or("")));
                     }
                     return cells;
                   });
             });

  router.Get(base + "/{id}", kind.permission + ":read", "Read one of the " + kind.resource,
             [&service, k](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto found = service.Get(*k, ctx.principal(), *id);
               if (!found) return found.error();
               return http::Json(http::Status::ok, OrganisationJson(*found));
             });

  router.Post(base, kind.permission + ":create", "Register one of the " + kind.resource + " (credit code checked)",
              [&service, k](Context& ctx) -> Reply {
                auto input = ctx.Body<OrganisationInput>();
                if (!input) return input.error();
                auto created = service.Create(*k, ctx.actor(), *input);
                if (!created) return created.error();
                return http::Json(http::Status::created, OrganisationJson(*created));
              });

  router.Patch(base + "/{id}", kind.permission + ":update",
               "Correct one of the " + kind.resource + ", or revoke/restore it with a reason",
               [&service, k](Context& ctx) -> Reply {
                 auto id = ctx.PathId("id");
                 if (!id) return id.error();
                 auto patch = ctx.Body<OrganisationPatch>();
                 if (!patch) return patch.error();
                 auto updated = service.Update(*k, ctx.actor(), *id, *patch);
                 if (!updated) return updated.error();
                 return http::Json(http::Status::ok, OrganisationJson(*updated));
               });
}
}  // namespace

boost::json::object OrganisationJson(const Organisation& o) {
  const auto& kind = KindOf(o.kind);
  boost::json::object json{{"id", o.id},
                           {"kind", o.kind},
                           {"name", o.name},
                           {"credit_code", o.credit_code},
                           {"type", o.type},
                           {"type_name", ChoiceName(kind.types, o.type)},
                           {"region_code", o.region_code},
                           {"status", o.status},
                           {"credit_check_overridden", o.credit_check_overridden},
                           {"created_at", core::FormatShanghai(o.created_at)},
                           {"updated_at", core::FormatShanghai(o.updated_at)}};
  if (kind.has_industry_and_size) {
    json["industry"] = Text(o.industry);
    json["size"] = Text(o.size);
  }
  return json;
}

void RegisterOrganisationRoutes(http::Router& router, OrganisationService& service) {
  for (const auto& kind : OrganisationKinds()) RegisterKind(router, service, kind);
}

}  // namespace sunshine::registry
