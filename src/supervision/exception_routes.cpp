#include "supervision/exception_routes.hpp"

#include "core/time.hpp"
#include "reports/list_export.hpp"

namespace sunshine::supervision {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::value Optional(const std::optional<double>& v) { return v ? boost::json::value(*v) : nullptr; }

boost::json::array ReasonArray(const std::string& reasons_json) {
  boost::json::array out;
  for (const auto& code : ReasonCodes(reasons_json)) out.emplace_back(code);
  return out;
}

boost::json::object RowJson(const ExceptionRow& r) {
  boost::json::object out{{"id", r.id},
                          {"source", r.source == Source::kOnline ? "online" : "checkin"},
                          {"at", core::FormatShanghai(r.at)},
                          {"received_at", core::FormatShanghai(r.received_at)},
                          {"class_id", r.class_id},
                          {"class_name", r.class_name},
                          {"institution_id", r.institution_id},
                          {"institution_name", r.institution_name},
                          {"region_code", r.region_code},
                          {"trainee_id", r.trainee_id},
                          {"trainee_name", r.trainee_name},
                          {"terminal_id", r.terminal_id},
                          {"terminal_name", r.terminal_name},
                          {"terminal_key_id", r.terminal_key_id},
                          {"reasons", ReasonArray(r.reasons)}};
  if (r.source == Source::kOnline) {
    out["ended_at"] = core::FormatShanghai(r.ended_at.value_or(r.at));
    out["course_item"] = r.course_item;
  } else {
    out["kind"] = r.kind;
    out["session_id"] = r.session_id;
    out["session"] = {{"date", r.session_date}, {"start", r.session_start}, {"end", r.session_end}};
    out["distance_m"] = r.distance_m ? boost::json::value(*r.distance_m) : nullptr;
    out["face_score"] = Optional(r.face_score);
    out["liveness_score"] = Optional(r.liveness_score);
  }
  return out;
}

const char* KindName(const std::string& kind) {
  if (kind == "start") return "签到";
  if (kind == "end") return "签退";
  return "课间打卡";
}

std::vector<reports::Column> Columns(Source source) {
  if (source == Source::kOnline) {
    return {{"编号", 10}, {"学习开始", 26}, {"学习结束", 26}, {"课程内容", 24}, {"班级编号", 9},
            {"班级", 28}, {"培训机构", 28}, {"区划代码", 10}, {"学员编号", 9}, {"学员姓名", 10},
            {"学习平台", 18}, {"密钥编号", 14}, {"不计入原因", 40}, {"收到时间", 26}};
  }
  return {{"编号", 10}, {"打卡时间", 26}, {"类型", 9}, {"课次", 22}, {"班级编号", 9}, {"班级", 28},
          {"培训机构", 28}, {"区划代码", 10}, {"学员编号", 9}, {"学员姓名", 10}, {"终端", 18},
          {"密钥编号", 14}, {"距场地（米）", 12}, {"人脸比对", 9}, {"活体检测", 9}, {"不计入原因", 40},
          {"收到时间", 26}};
}

std::vector<reports::Cell> Cells(const ExceptionRow& r) {
  const std::string reasons = ReasonLabels(r.reasons);
  if (r.source == Source::kOnline) {
    return {r.id, core::FormatShanghai(r.at), core::FormatShanghai(r.ended_at.value_or(r.at)), r.course_item,
            r.class_id, r.class_name, r.institution_name, r.region_code, r.trainee_id, r.trainee_name,
            r.terminal_name, r.terminal_key_id, reasons, core::FormatShanghai(r.received_at)};
  }
  auto score = [](const std::optional<double>& v) { return v ? std::to_string(*v).substr(0, 4) : std::string(); };
  return {r.id, core::FormatShanghai(r.at), std::string(KindName(r.kind)),
          r.session_date + " " + r.session_start + "-" + r.session_end, r.class_id, r.class_name,
          r.institution_name, r.region_code, r.trainee_id, r.trainee_name, r.terminal_name, r.terminal_key_id,
          r.distance_m ? reports::Cell(std::int64_t{*r.distance_m}) : reports::Cell(std::string()),
          score(r.face_score), score(r.liveness_score), reasons, core::FormatShanghai(r.received_at)};
}
}  // namespace

void RegisterExceptionRoutes(http::Router& router, ExceptionService& service) {
  router.Get("/api/v1/attendance-exceptions", "supervision:exception:read",
             "Check-ins or online segments that do not count, in the caller's scope, filtered, newest first, with "
             "a count",
             [&service](Context& ctx) -> Reply {
               auto filter = ReadFilter(ctx.QueryParams());
               if (!filter) return filter.error();
               auto page = ctx.PageParams();
               if (!page) return page.error();
               auto result = service.List(ctx.principal(), *filter, page->after, page->limit);
               boost::json::array items;
               for (const auto& row : result.items) items.push_back(RowJson(row));
               const std::int64_t last = result.items.empty() ? 0 : result.items.back().id;
               return http::PageReply(std::move(items), page->limit, last, result.total);
             });

  router.Get("/api/v1/attendance-exceptions/summary", "supervision:exception:read",
             "The same selection counted per institution, class, terminal or county, with a count per reason",
             [&service](Context& ctx) -> Reply {
               auto filter = ReadFilter(ctx.QueryParams());
               if (!filter) return filter.error();
               const auto grouping = GroupingNamed(ctx.Query("group").value_or("institution"));
               if (!grouping) {
                 return core::Error::Invalid("invalid_query", "筛选条件有误", {{"group", "unknown"}});
               }
               boost::json::array groups;
               std::int64_t total = 0;
               for (const auto& row : service.Summary(ctx.principal(), *filter, *grouping)) {
                 boost::json::object by_reason;
                 for (const auto& [code, count] : row.by_reason) by_reason[code] = count;
                 total += row.total;
                 groups.push_back({{"key", row.key}, {"name", row.name}, {"total", row.total},
                                   {"by_reason", std::move(by_reason)}});
               }
               return http::Json(http::Status::ok,
                                 boost::json::object{{"groups", std::move(groups)},
                                                     {"limit", ExceptionService::kSummaryGroups}});
             });

  router.Get("/api/v1/attendance-exceptions/export.xlsx", "supervision:exception:export",
             "The exceptions the list's filter selects, as an xlsx file (audited)",
             [&service](Context& ctx) -> Reply {
               auto filter = ReadFilter(ctx.QueryParams());
               if (!filter) return filter.error();
               reports::XlsxTable table(filter->source == Source::kOnline ? "线上学习异常" : "打卡异常",
                                        Columns(filter->source));
               auto visited =
                   service.Export(ctx.actor(), *filter, [&table](const ExceptionRow& row) { table.AddRow(Cells(row)); });
               if (!visited) return visited.error();
               return reports::XlsxReply(service.clock(), table, filter->source == Source::kOnline ? "线上学习异常" : "打卡异常");
             });
}

}  // namespace sunshine::supervision
