#include "registry/trainee_routes.hpp"

#include "core/time.hpp"
#include "registry/organisation_rules.hpp"
#include "reports/list_export.hpp"

namespace sunshine::registry {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
struct RevealInput {
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(RevealInput, (), (reason))


// `today`: the platform's date, which the age is counted on.
boost::json::object TraineeJson(const TraineeView& v, const std::string& today) {
  const Trainee& t = v.trainee;
  boost::json::array groups;
  for (const auto& g : t.groups) groups.push_back(boost::json::value(g));
  return {{"id", t.id},
          {"name", t.name},
          {"id_number_masked", v.id_number_masked},
          {"phone_masked", v.phone_masked},
          {"sex", t.sex},
          {"age", core::AgeOn(t.birth_date, today)},
          {"household_region_code", t.household_region_code},
          {"residence_region_code", t.residence_region_code},
          {"groups", std::move(groups)},
          {"employment_status", t.employment_status},
          {"registered_by_org", t.registered_by_org ? boost::json::value(*t.registered_by_org) : nullptr},
          {"created_at", core::FormatShanghai(t.created_at)},
          {"updated_at", core::FormatShanghai(t.updated_at)}};
}

TraineeQuery QueryOf(const Context& ctx) {
  return {ctx.Query("q").value_or(""),           ctx.Query("id_number").value_or(""),
          ctx.Query("phone").value_or(""),       ctx.Query("group").value_or(""),
          ctx.Query("region_code").value_or(""), ctx.Query("employment_status").value_or("")};
}

Reply Export(Context& ctx, TraineeService& service) {
  auto page = ctx.SortedPageParams(trainee_store::kSortable);
  if (!page) return page.error();
  reports::XlsxTable table("学员", {{"编号", 8},
                                    {"姓名", 12},
                                    {"身份证号（脱敏）", 22},
                                    {"手机号（脱敏）", 15},
                                    {"性别", 6},
                                    {"年龄", 6},
                                    {"户籍地区划代码", 14},
                                    {"常住地区划代码", 14},
                                    {"重点群体", 30},
                                    {"就业状态", 14},
                                    {"登记时间", 20}});
  const std::string today = service.clock().Today();
  auto visited = service.Export(ctx.actor(), QueryOf(ctx), page->sort, [&table, &today](const TraineeView& v) {
    std::string groups;
    for (const auto& g : v.trainee.groups) groups += (groups.empty() ? "" : "、") + ChoiceName(TraineeGroups(), g);
    table.AddRow({v.trainee.id, v.trainee.name, v.id_number_masked, v.phone_masked,
                  std::string(v.trainee.sex == "male" ? "男" : "女"), std::int64_t{core::AgeOn(v.trainee.birth_date, today)},
                  v.trainee.household_region_code, v.trainee.residence_region_code, groups,
                  ChoiceName(EmploymentStatuses(), v.trainee.employment_status),
                  core::FormatShanghai(v.trainee.created_at)});
  });
  if (!visited) return visited.error();
  return reports::XlsxReply(service.clock(), table, "学员名册");
}
}  // namespace

void RegisterTraineeRoutes(http::Router& router, TraineeService& service) {
  router.Get("/api/v1/trainees", "registry:trainee:read",
             "List trainees in the caller's scope (masked), filtered and sorted, with a count",
             [&service](Context& ctx) -> Reply {
               auto page = ctx.SortedPageParams(trainee_store::kSortable);
               if (!page) return page.error();
               auto result = service.List(ctx.principal(), QueryOf(ctx), page->sort, page->after, page->limit);
               if (!result) return result.error();
               boost::json::array items;
               for (const auto& v : result->items) items.push_back(TraineeJson(v, service.clock().Today()));
               core::Cursor last;
               if (!result->items.empty()) {
                 last.id = result->items.back().trainee.id;
                 if (page->sort.key != "id") last.key = result->items.back().sort_key;
               }
               return http::SortedPageReply(std::move(items), page->limit, last, result->total);
             });

  router.Get("/api/v1/trainees/export.xlsx", "registry:trainee:export",
             "The trainees the list's filter selects, as an xlsx file (masked)",
             [&service](Context& ctx) -> Reply { return Export(ctx, service); });

  router.Get("/api/v1/trainees/{id}", "registry:trainee:read", "Read a trainee (masked)",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto found = service.Get(ctx.principal(), *id);
               if (!found) return found.error();
               return http::Json(http::Status::ok, TraineeJson(*found, service.clock().Today()));
             });

  router.Post("/api/v1/trainees", "registry:trainee:create", "Register a trainee (one person one record)",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<TraineeInput>();
                if (!input) return input.error();
                auto created = service.Create(ctx.actor(), *input);
                if (!created) return created.error();
                return http::Json(http::Status::created, TraineeJson(*created, service.clock().Today()));
              });

  router.Patch("/api/v1/trainees/{id}", "registry:trainee:update", "Correct a trainee's record (not the ID number)",
               [&service](Context& ctx) -> Reply {
                 auto id = ctx.PathId("id");
                 if (!id) return id.error();
                 auto patch = ctx.Body<TraineePatch>();
                 if (!patch) return patch.error();
                 auto updated = service.Update(ctx.actor(), *id, *patch);
                 if (!updated) return updated.error();
                 return http::Json(http::Status::ok, TraineeJson(*updated, service.clock().Today()));
               });

  router.Post("/api/v1/trainees/{id}/reveal", "registry:trainee:reveal",
              "Show a trainee's full ID number and phone, with a reason (audited)", [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto input = ctx.Body<RevealInput>();
                if (!input) return input.error();
                auto revealed = service.Reveal(ctx.actor(), *id, input->reason);
                if (!revealed) return revealed.error();
                return http::Json(http::Status::ok, {{"id_number", revealed->id_number}, {"phone", revealed->phone}});
              });
}

}  // namespace sunshine::registry
