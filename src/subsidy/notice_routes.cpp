#include "subsidy/notice_routes.hpp"

#include <cstdio>

#include "core/time.hpp"
#include "subsidy/shared.hpp"
#include "reports/list_export.hpp"

namespace sunshine::subsidy {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
// The public sees what was published and nothing that links a line to a person's record.
boost::json::object NoticeJson(const NoticeView& v, bool officer) {
  const auto& n = v.notice;
  boost::json::object out{{"id", n.id},
                          {"region_code", n.region_code},
                          {"title", n.title},
                          {"published_on", n.published_on},
                          {"ends_on", n.ends_on},
                          {"claims", n.claims},
                          {"lines", n.lines},
                          {"amount_fen", n.amount_fen},
                          {"state", NoticeStateName(v.state)},
                          {"open_objections", n.open_objections}};
  if (officer) {
    out["published_by"] = n.published_by;
    out["published_at"] = core::FormatShanghai(n.published_at);
  }
  return out;
}

boost::json::object DetailJson(const NoticeView& v, bool officer) {
  auto out = NoticeJson(v, officer);
  boost::json::array lines;
  for (const auto& l : v.lines) {
    boost::json::object line{{"id", l.id},
                             {"position", l.position},
                             {"name_masked", l.name_masked},
                             {"id_number_masked", l.id_number_masked},
                             {"institution_name", l.institution_name},
                             {"project_name", l.project_name},
                             {"amount_fen", l.amount_fen},
                             {"removed", l.removed}};
    if (officer) {
      line["claim_id"] = l.claim_id;
      line["trainee_id"] = l.trainee_id;
      line["objections"] = l.objections;
    }
    lines.push_back(std::move(line));
  }
  out["lines_detail"] = std::move(lines);
  return out;
}

boost::json::object ObjectionJson(const ObjectionView& v) {
  const auto& o = v.row;
  return {{"id", o.id},
          {"notice_id", o.notice_id},
          {"line_id", o.line_id},
          {"claim_id", o.claim_id},
          {"trainee_id", o.trainee_id},
          {"name_masked", o.name_masked},
          {"id_number_masked", o.id_number_masked},
          {"institution_name", o.institution_name},
          {"amount_fen", o.amount_fen},
          {"reason", o.reason},
          {"contact_masked", TextOrNull(v.contact_masked)},
          {"lodged_at", core::FormatShanghai(o.lodged_at)},
          {"answer_due_on", o.answer_due_on},
          {"overdue", v.overdue},
          {"status", o.status},
          {"answer", TextOrNull(o.answer)},
          {"answered_by", TextOrNull(o.answered_by)},
          {"answered_at", o.answered_at ? boost::json::value(core::FormatShanghai(o.answered_at)) : nullptr}};
}

Reply Detail(Context& ctx, NoticeService& service, const core::Principal* principal) {
  auto id = ctx.PathId("id");
  if (!id) return id.error();
  auto view = service.Get(principal, *id);
  if (!view) return view.error();
  return http::Json(http::Status::ok, DetailJson(*view, principal != nullptr));
}

Reply Page(Context& ctx, NoticeService& service, const core::Principal* principal) {
  return http::KeysetPage(
      ctx, [&](std::int64_t after, int limit) { return service.List(principal, after, limit); },
      [principal](const auto& v) { return NoticeJson(v, principal != nullptr); },
      [](const auto& v) { return v.notice.id; });
}
}  // namespace

void RegisterNoticeRoutes(http::Router& router, NoticeService& service, http::RateLimiter& objection_limiter) {
  router.Post("/api/v1/notices", "subsidy:notice:publish",
              "Publish the approved claims of the caller's region not yet published as one notice batch, for the "
              "notice period in working days",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<PublishInput>();
                if (!input) return input.error();
                auto view = service.Publish(ctx.actor(), *input);
                if (!view) return view.error();
                return http::Json(http::Status::created, DetailJson(*view, true));
              });
  router.Get("/api/v1/notices", "subsidy:notice:read",
             "Notice batches published by offices in the caller's region, newest first, with their state",
             [&service](Context& ctx) -> Reply { return Page(ctx, service, &ctx.principal()); });
  router.Get("/api/v1/notices/{id}", "subsidy:notice:read",
             "One notice batch with every line as published, its claim and the objections it drew",
             [&service](Context& ctx) -> Reply { return Detail(ctx, service, &ctx.principal()); });
  router.Get("/api/v1/notices/{id}/export.xlsx", "subsidy:notice:read",
             "One notice batch as an xlsx file: every line as published, its claim, and whether an upheld "
             "objection removed it",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto view = service.Get(&ctx.principal(), *id);
               if (!view) return view.error();
               reports::XlsxTable sheet("补贴公示", {{"序号", 8},
                                                     {"姓名", 10},
                                                     {"身份证号", 22},
                                                     {"培训机构", 36},
                                                     {"培训项目", 30},
                                                     {"补贴金额（元）", 14},
                                                     {"申领编号", 10},
                                                     {"状态", 16}});
               for (const auto& l : view->lines) {
                 sheet.AddRow({static_cast<std::int64_t>(l.position + 1), l.name_masked, l.id_number_masked,
                               l.institution_name, l.project_name, Yuan(l.amount_fen), l.claim_id,
                               std::string(l.removed ? "异议成立，已撤出" : "公示")});
               }
               return reports::XlsxReply(service.clock(), sheet, "补贴公示" + std::to_string(*id));
             });
  router.Get("/api/v1/public/notices", std::string(http::kPublic),
             "Public notices of subsidies (公示), newest first: title, period, totals and state",
             [&service](Context& ctx) -> Reply { return Page(ctx, service, nullptr); });
  router.Get("/api/v1/public/notices/{id}", std::string(http::kPublic),
             "One public notice: each line with the name and ID number masked, the institution, project and "
             "amount; never a phone",
             [&service](Context& ctx) -> Reply { return Detail(ctx, service, nullptr); });
  router.Post("/api/v1/public/notices/{id}/objections", std::string(http::kPublic),
              "Object to one line of a notice while it runs, with a reason and an optional contact (sealed); "
              "rate-limited per address",
              [&service, &objection_limiter](Context& ctx) -> Reply {
                if (!objection_limiter.Allow(ctx.client_ip())) {
                  return core::Error::Of(core::ErrorKind::kTooManyRequests, "too_many_requests",
                                         "提交过于频繁，请稍后再试");
                }
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto input = ctx.Body<ObjectionInput>();
                if (!input) return input.error();
                auto lodged = service.Object(ctx.actor(), *id, *input);
                if (!lodged) return lodged.error();
                return http::Json(http::Status::created,
                                  {{"id", lodged->id}, {"answer_due_on", lodged->answer_due_on}});
              });
  router.Get("/api/v1/objections", "subsidy:objection:read",
             "Objections to the notices of the caller's region, optionally in one status (open, upheld, "
             "dismissed) or only those open past their answer day (overdue: the city's, shown to the province), in "
             "the order they came",
             [&service](Context& ctx) -> Reply {
               const auto status = ctx.Query("status").value_or("");
               return http::KeysetPage(
                   ctx,
                   [&](std::int64_t after, int limit) { return service.Objections(ctx.principal(), status, after, limit); },
                   [](const auto& v) { return ObjectionJson(v); }, [](const auto& v) { return v.row.id; });
             });
  for (const std::string action : {"uphold", "dismiss"}) {
    router.Post("/api/v1/objections/{id}/actions/" + action, "subsidy:objection:answer",
                action == "uphold"
                    ? "Uphold an objection with the finding: the line leaves the notice and is never paid"
                    : "Dismiss an objection with the finding: the line stays on the notice",
                [&service, action](Context& ctx) -> Reply {
                  auto id = ctx.PathId("id");
                  if (!id) return id.error();
                  auto input = ctx.Body<AnswerInput>();
                  if (!input) return input.error();
                  auto view = service.Answer(ctx.actor(), *id, action, *input);
                  if (!view) return view.error();
                  return http::Json(http::Status::ok, ObjectionJson(*view));
                });
  }
  router.Get("/api/v1/objections/{id}/contact", "subsidy:objection:answer",
             "The objector's contact in full, to reach them (each view audited)", [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto contact = service.RevealContact(ctx.actor(), *id);
               if (!contact) return contact.error();
               return http::Json(http::Status::ok, {{"id", *id}, {"contact", *contact}});
             });
}

}  // namespace sunshine::subsidy
