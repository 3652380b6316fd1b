#include "dashboard/routes.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "core/time.hpp"
#include "training/calendar.hpp"

namespace sunshine::dashboard {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
// ?from=&to= (dates in China), default the current year; at most a year, as a dashboard shows.
core::Result<Period> ReadPeriod(const Context& ctx, const Period& fallback) {
  Period period{ctx.Query("from").value_or(fallback.first_day), ctx.Query("to").value_or(fallback.last_day)};
  std::vector<core::FieldError> errors;
  if (!core::IsDate(period.first_day)) errors.push_back({"from", "not_a_date"});
  if (!core::IsDate(period.last_day)) errors.push_back({"to", "not_a_date"});
  if (errors.empty() && period.last_day < period.first_day) errors.push_back({"to", "before_from"});
  if (errors.empty() && training::AddDays(period.first_day, 366) <= period.last_day) {
    errors.push_back({"to", "more_than_a_year"});
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "统计期间有误", std::move(errors));
  return period;
}

boost::json::object PeriodJson(const Period& p) { return {{"from", p.first_day}, {"to", p.last_day}}; }
}  // namespace

void RegisterDashboardRoutes(http::Router& router, DashboardService& service) {
  router.Get("/api/v1/dashboard/overview", "dashboard:overview:read",
             "The caller's figures at a glance: classes by status, people in training this month, check-ins today "
             "and the share that count",
             [&service](Context& ctx) -> Reply {
               const auto o = service.OverviewOf(ctx.principal());
               boost::json::object by_status;
               std::int64_t total = 0;
               for (const auto& [status, n] : o.classes_by_status) {
                 by_status[status] = n;
                 total += n;
               }
               const auto& k = o.checkins_today;
               return http::Json(
                   http::Status::ok,
                   boost::json::object{
                       {"today", o.today},
                       {"counted_at", core::FormatShanghai(o.counted_at)},
                       {"month", PeriodJson(o.month)},
                       {"classes", {{"total", total}, {"by_status", std::move(by_status)}}},
                       {"in_training", {{"trainees", o.in_training.trainees}, {"classes", o.in_training.classes}}},
                       {"checkins_today",
                        {{"total", k.total}, {"counting", k.counting}, {"share", Share(k.counting, k.total)}}}});
             });

  router.Get("/api/v1/dashboard/attendance", "dashboard:overview:read",
             "How the people of the classes that finished in a period attended: enrolments by attendance rate in "
             "tenths, and how many reached the threshold",
             [&service](Context& ctx) -> Reply {
               auto period = ReadPeriod(ctx, service.ThisYear());
               if (!period) return period.error();
               const auto d = service.Attendance(ctx.principal(), *period);
               boost::json::array buckets;
               for (std::size_t i = 0; i < d.buckets.size(); ++i) {
                 buckets.push_back({{"from", static_cast<double>(i) / 10},
                                    {"to", static_cast<double>(i + 1) / 10},
                                    {"enrolments", d.buckets[i]}});
               }
               return http::Json(http::Status::ok,
                                 boost::json::object{{"period", PeriodJson(*period)},
                                                     {"threshold", d.threshold},
                                                     {"classes", d.classes},
                                                     {"pending_classes", d.pending_classes},
                                                     {"enrolments", d.enrolments},
                                                     {"reaching", d.reaching},
                                                     {"reaching_share", Share(d.reaching, d.enrolments)},
                                                     {"buckets", std::move(buckets)}});
             });

  router.Get("/api/v1/dashboard/quality", "dashboard:overview:read",
             "The quality of training in a period: 应评尽评 of the classes that finished in it (eligible, assessed, "
             "exempted, unaccounted, sat, passed, certified) and the spot checks drawn in it",
             [&service](Context& ctx) -> Reply {
               auto period = ReadPeriod(ctx, service.ThisYear());
               if (!period) return period.error();
               const auto q = service.QualityOf(ctx.principal(), *period);
               const auto& a = q.assessment;
               const auto& s = q.spot_checks;
               const auto unaccounted = std::max<std::int64_t>(0, a.eligible - a.candidates - a.exempted);
               return http::Json(
                   http::Status::ok,
                   boost::json::object{
                       {"period", PeriodJson(*period)},
                       {"assessment",
                        {{"eligible", a.eligible},
                         {"candidates", a.candidates},
                         {"exempted", a.exempted},
                         {"unaccounted", unaccounted},
                         {"sat", a.sat},
                         {"passed", a.passed},
                         {"certified", a.certified},
                         {"assessed_share", Share(a.candidates, a.eligible)},
                         {"pass_share", Share(a.passed, a.sat)}}},
                       {"spot_checks",
                        {{"draws", s.draws},
                         {"drawn", s.drawn},
                         {"inspected", s.inspected},
                         {"serious", s.serious},
                         {"inspected_share", Share(s.inspected, s.drawn)}}}});
             });

  router.Get(
      "/api/v1/dashboard/regions", "dashboard:region:read",
      "People trained and classes in each child region of a region in a period (the dashboard map)",
      [&service](Context& ctx) -> Reply {
        auto period = ReadPeriod(ctx, service.ThisYear());
        if (!period) return period.error();
        const auto parent = ctx.Query("parent");
        if (parent && (parent->size() != 6 || parent->find_first_not_of("0123456789") != std::string::npos)) {
          return core::Error::Invalid("invalid_query", "行政区划代码须为 6 位数字", {{"parent", "not_a_region_code"}});
        }
        auto figures = service.Regions(ctx.principal(), parent, *period);
        if (!figures) return figures.error();
        boost::json::array areas;
        for (const auto& a : figures->areas) {
          areas.push_back({{"code", a.code}, {"name", a.name}, {"trainees", a.trainees}, {"classes", a.classes}});
        }
        return http::Json(
            http::Status::ok,
            boost::json::object{
                {"parent",
                 {{"code", figures->parent_code}, {"name", figures->parent_name}, {"level", figures->parent_level}}},
                {"level", figures->level},
                {"period", PeriodJson(*period)},
                {"areas", std::move(areas)}});
      });
}

}  // namespace sunshine::dashboard
