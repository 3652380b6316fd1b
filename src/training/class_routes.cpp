#include "training/class_routes.hpp"

#include <array>

#include "core/time.hpp"
#include "registry/organisation_rules.hpp"
#include "registry/project_rules.hpp"
#include "reports/list_export.hpp"

namespace sunshine::training {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {

struct ReasonInput {
  std::optional<std::string> reason;
};
BOOST_DESCRIBE_STRUCT(ReasonInput, (), (reason))

boost::json::value Text(const std::optional<std::string>& v) { return v ? boost::json::value(*v) : nullptr; }
boost::json::value Time(const std::optional<std::int64_t>& at) {
  return at ? boost::json::value(core::FormatShanghai(*at)) : nullptr;
}

boost::json::object ClassJson(const ClassRecord& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"institution_id", c.institution_id},
          {"institution_name", c.institution_name},
          {"project_id", c.project_id},
          {"project_name", c.project_name},
          {"occupation_id", c.occupation_id},
          {"level", c.level ? boost::json::value(*c.level) : nullptr},
          {"training_type", c.training_type},
          {"mode", c.mode},
          {"venue_id", c.venue_id ? boost::json::value(*c.venue_id) : nullptr},
          {"venue_name", Text(c.venue_name)},
          {"region_code", c.region_code},
          {"start_date", c.start_date},
          {"end_date", c.end_date},
          {"planned_minutes", c.planned_minutes},
          {"standard_hours", c.standard_hours},
          {"subsidy_fen", c.subsidy_fen},
          {"status", c.status},
          {"warnings", boost::json::parse(c.warnings)},
          {"roster_locked", c.roster_locked},
          {"roster_size", c.roster_size},
          {"submitted_at", Time(c.submitted_at)},
          {"reviewed_at", Time(c.reviewed_at)},
          {"reviewed_by", Text(c.reviewed_by)},
          {"review_reason", Text(c.review_reason)},
          {"created_at", core::FormatShanghai(c.created_at)},
          {"created_by", c.created_by},
          {"updated_at", core::FormatShanghai(c.updated_at)}};
}

boost::json::object RosterJson(const RosterView& v) {
  const auto& r = v.entry;
  return {{"trainee_id", r.trainee_id},
          {"position", r.position},
          {"name", r.name},
          {"id_number_masked", v.id_number_masked},
          {"added_at", core::FormatShanghai(r.added_at)},
          {"added_by", r.added_by},
          {"amendment_reason", Text(r.amendment_reason)},
          {"before_start", r.before_start},
          {"withdrawn_at", Time(r.withdrawn_at)},
          {"withdrawn_by", Text(r.withdrawn_by)},
          {"withdrawn_reason", Text(r.withdrawn_reason)}};
}

boost::json::object DetailJson(const ClassDetail& d) {
  boost::json::object out = ClassJson(d.record);
  boost::json::array teachers, sessions, roster;
  for (const auto& t : d.teachers) {
    teachers.push_back({{"id", t.id},
                        {"position", t.position},
                        {"name", t.name},
                        {"id_number_masked", t.id_number_masked},
                        {"qualification", t.qualification}});
  }
  for (const auto& s : d.sessions) {
    sessions.push_back({{"id", s.id},
                        {"position", s.position},
                        {"date", s.date},
                        {"start", s.start},
                        {"end", s.end},
                        {"topic", s.topic},
                        {"teacher", s.teacher}});
  }
  for (const auto& r : d.roster) roster.push_back(RosterJson(r));
  out["teachers"] = std::move(teachers);
  out["sessions"] = std::move(sessions);
  out["roster"] = std::move(roster);
  return out;
}

boost::json::object EventJson(const ClassEvent& e) {
  return {{"id", e.id},
          {"at", core::FormatShanghai(e.at)},
          {"actor", e.actor},
          {"action", e.action},
          {"from_status", Text(e.from_status)},
          {"to_status", e.to_status},
          {"reason", e.reason},
          {"detail", boost::json::parse(e.detail)}};
}

ClassQuery QueryOf(const Context& ctx) {
  ClassQuery q;
  q.q = ctx.Query("q").value_or("");
  q.status = ctx.Query("status").value_or("");
  if (const auto institution = ctx.Query("institution_id")) {
    try {
      q.institution_id = std::stoll(*institution);
    } catch (const std::exception&) {
      q.institution_id = -1;  // matches nothing
    }
  }
  return q;
}

Reply DetailReply(core::Result<ClassDetail> detail, http::Status status = http::Status::ok) {
  if (!detail) return detail.error();
  return http::Json(status, DetailJson(*detail));
}

void RegisterAction(http::Router& router, ClassService& service, ClassAction action, const std::string& permission,
                    const std::string& summary) {
  router.Post("/api/v1/classes/{id}/actions/" + std::string(ActionName(action)), permission, summary,
              [&service, action](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto input = ctx.Body<ReasonInput>();
                if (!input) return input.error();
                return DetailReply(service.Act(ctx.actor(), *id, action, input->reason.value_or("")));
              });
}
const registry::Choices& ModeNames() {
  static const registry::Choices names = {
      {"offline", "线下"}, {"online", "线上"}, {"mixed", "线上线下结合"}};
  return names;
}

const registry::Choices& StatusNames() {
  static const registry::Choices names = {
      {"draft", "草稿"},       {"submitted", "待审核"}, {"approved", "已批准"}, {"rejected", "已退回"},
      {"running", "培训中"},   {"finished", "已结束"},  {"cancelled", "已撤销"}};
  return names;
}

// Minutes as hours with one decimal, as the pages show them ("66.5").
std::string Hours(int minutes) {
  const int tenths = (minutes * 10 + 30) / 60;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::vector<reports::Cell> ClassCells(const ClassRecord& c) {
  return {c.id,
          c.name,
          c.institution_name,
          c.project_name,
          c.level ? reports::Cell(std::int64_t{*c.level}) : reports::Cell(std::string()),
          registry::ChoiceName(registry::TrainingTypes(), c.training_type),
          registry::ChoiceName(ModeNames(), c.mode),
          c.venue_name.value_or(""),
          c.region_code,
          c.start_date,
          c.end_date,
          Hours(c.planned_minutes),
          std::int64_t{c.roster_size},
          registry::ChoiceName(StatusNames(), c.status),
          c.submitted_at ? core::FormatShanghai(*c.submitted_at) : std::string(),
          c.reviewed_at ? core::FormatShanghai(*c.reviewed_at) : std::string()};
}
}  // namespace

void RegisterClassRoutes(http::Router& router, ClassService& service) {
  router.Get("/api/v1/classes", "training:class:read", "List classes in the caller's scope, sorted, with a count",
             [&service](Context& ctx) -> Reply {
               auto page = ctx.SortedPageParams(class_store::kSortable);
               if (!page) return page.error();
               auto result = service.List(ctx.principal(), QueryOf(ctx), page->sort, page->after, page->limit);
               if (!result) return result.error();
               boost::json::array items;
               for (const auto& [record, key] : result->items) items.push_back(ClassJson(record));
               core::Cursor last;
               if (!result->items.empty()) {
                 const auto& [record, key] = result->items.back();
                 last = {record.id, page->sort.key == "id" ? std::nullopt : std::optional(key)};
               }
               return http::SortedPageReply(std::move(items), page->limit, last, result->total);
             });

  // The working calendar the filing rules use, for schedules made in the browser that skip
  // public holidays and keep the declared working weekend days.
  router.Get("/api/v1/calendar", "training:class:read",
             "Public holidays and declared working weekend days between two dates (the policy calendar)",
             [&service](Context& ctx) -> Reply {
               const std::string from = ctx.Query("from").value_or(""), to = ctx.Query("to").value_or("");
               std::vector<core::FieldError> errors;
               if (!core::IsDate(from)) errors.push_back({"from", from.empty() ? "required" : "not_a_date"});
               if (!core::IsDate(to)) errors.push_back({"to", to.empty() ? "required" : "not_a_date"});
               if (errors.empty() && to < from) errors.push_back({"to", "before_start"});
               if (!errors.empty()) return core::Error::Invalid("invalid_query", "日期范围有误", std::move(errors));
               auto within = [&](const std::set<std::string>& days) {
                 boost::json::array out;
                 for (auto it = days.lower_bound(from); it != days.end() && *it <= to; ++it) out.emplace_back(*it);
                 return out;
               };
               const auto& calendar = service.policy().calendar;
               return http::Json(http::Status::ok, boost::json::object{{"from", from},
                                                                       {"to", to},
                                                                       {"holidays", within(calendar.holidays)},
                                                                       {"extra_workdays", within(calendar.extra_workdays)}});
             });

  router.Get("/api/v1/classes/export.xlsx", "training:class:read",
             "The classes the list's filter selects, as an xlsx file",
             [&service](Context& ctx) -> Reply {
               auto page = ctx.SortedPageParams(class_store::kSortable);
               if (!page) return page.error();
               const auto query = QueryOf(ctx);
               using Row = std::pair<ClassRecord, std::string>;
               return reports::ExportList<Row, core::Cursor>(
                   service.clock(),
                   "培训班",
                   {{"编号", 8}, {"班级名称", 30}, {"培训机构", 28}, {"培训项目", 26}, {"等级", 6}, {"培训类型", 18},
                    {"培训方式", 12}, {"场地", 18}, {"区划代码", 10}, {"开班日期", 12}, {"结业日期", 12},
                    {"计划学时", 9}, {"学员人数", 9}, {"状态", 9}, {"提交时间", 26}, {"审核时间", 26}},
                   "培训班",
                   [&](const core::Cursor& after, int limit) -> core::Result<std::vector<Row>> {
                     auto result = service.List(ctx.principal(), query, page->sort, after, limit);
                     if (!result) return result.error();
                     return std::move(result->items);
                   },
                   [&](const Row& row) {
                     return core::Cursor{row.first.id,
                                         page->sort.key == "id" ? std::nullopt : std::optional(row.second)};
                   },
                   [](const Row& row) { return ClassCells(row.first); });
             });

  router.Post("/api/v1/classes", "training:class:file",
              "File a class (draft): plan, sessions, teachers and roster, checked against policy",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<ClassInput>();
                if (!input) return input.error();
                return DetailReply(service.File(ctx.actor(), *input), http::Status::created);
              });

  router.Get("/api/v1/classes/{id}", "training:class:read", "A class with its sessions, teachers and roster",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               return DetailReply(service.Get(ctx.principal(), *id));
             });

  router.Put("/api/v1/classes/{id}", "training:class:file",
             "Replace the plan of a draft or rejected class (checked as a new filing)",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto input = ctx.Body<ClassInput>();
               if (!input) return input.error();
               return DetailReply(service.Replan(ctx.actor(), *id, *input));
             });

  RegisterAction(router, service, ClassAction::kSubmit, "training:class:file",
                 "Submit a draft or rejected class for review (checks run again)");
  RegisterAction(router, service, ClassAction::kApprove, "training:class:review",
                 "Approve a submitted class (county officer); locks the roster");
  RegisterAction(router, service, ClassAction::kReject, "training:class:review",
                 "Reject a submitted class with a reason (county officer)");
  RegisterAction(router, service, ClassAction::kCancel, "training:class:cancel",
                 "Cancel a class before it starts, with a reason");

  router.Get("/api/v1/classes/{id}/events", "training:class:read", "Every transition and amendment of a class",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto events = service.Events(ctx.principal(), *id);
               if (!events) return events.error();
               boost::json::array out;
               for (const auto& e : *events) out.push_back(EventJson(e));
               return http::Json(http::Status::ok, boost::json::object{{"items", std::move(out)}});
             });

  router.Get("/api/v1/classes/{id}/roster", "training:class:read", "The roster of a class, with amendments",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto roster = service.Roster(ctx.principal(), *id);
               if (!roster) return roster.error();
               boost::json::array out;
               for (const auto& r : *roster) out.push_back(RosterJson(r));
               return http::Json(http::Status::ok, boost::json::object{{"items", std::move(out)}});
             });

  router.Post("/api/v1/classes/{id}/roster", "training:class:file",
              "Add a person to the roster (a reasoned amendment once approved)", [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto input = ctx.Body<RosterAmendment>();
                if (!input) return input.error();
                auto entry = service.Enrol(ctx.actor(), *id, *input);
                if (!entry) return entry.error();
                return http::Json(http::Status::created, RosterJson(*entry));
              });

  router.Post("/api/v1/classes/{id}/roster/{trainee_id}/withdraw", "training:class:file",
              "Withdraw a person from the roster, with a reason", [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto trainee = ctx.PathId("trainee_id");
                if (!trainee) return trainee.error();
                auto input = ctx.Body<ReasonInput>();
                if (!input) return input.error();
                auto entry = service.Withdraw(ctx.actor(), *id, *trainee, input->reason.value_or(""));
                if (!entry) return entry.error();
                return http::Json(http::Status::ok, RosterJson(*entry));
              });
}

}  // namespace sunshine::training
