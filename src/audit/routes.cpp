#include "audit/routes.hpp"

#include "audit/store.hpp"
#include "core/time.hpp"
#include "reports/list_export.hpp"

namespace sunshine::audit {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
std::string OutcomeFor(int status) {
  if (status == 401 || status == 403) return "denied";
  if (status >= 500) return "error";
  return "invalid";
}

boost::json::object RecordJson(const AuditRecord& r) {
  return {{"seq", r.seq},
          {"at", core::FormatShanghai(r.at)},
          {"user_id", r.user_id ? boost::json::value(*r.user_id) : boost::json::value(nullptr)},
          {"username", r.username},
          {"role", r.role},
          {"action", r.action},
          {"object_type", r.object_type},
          {"object_id", r.object_id},
          {"outcome", r.outcome},
          {"request_id", r.request_id},
          {"client_ip", r.client_ip},
          {"detail", r.detail},
          {"hash", r.hash}};
}
const char* OutcomeName(const std::string& outcome) {
  if (outcome == "success") return "成功";
  if (outcome == "denied") return "拒绝";
  if (outcome == "invalid") return "请求有误";
  if (outcome == "failed") return "失败";
  if (outcome == "error") return "出错";
  return outcome.c_str();
}

// `from`/`to` (days in China, inclusive), `username` and `action` (a prefix), with a field
// error for each malformed value.
core::Result<RecordFilter> FilterOf(const Context& ctx) {
  RecordFilter filter;
  std::vector<core::FieldError> errors;
  auto day = [&](const char* name, std::int64_t& out, auto bound) {
    const auto text = ctx.Query(name).value_or("");
    if (text.empty()) return;
    const auto at = bound(text);
    if (!at) return errors.push_back({name, "not_a_date"});
    out = *at;
  };
  day("from", filter.from, core::DayStartInShanghai);
  day("to", filter.to, core::DayEndInShanghai);
  filter.username = ctx.Query("username").value_or("");
  filter.action_prefix = ctx.Query("action").value_or("");
  if (filter.username.size() > 64) errors.push_back({"username", "too_long"});
  if (filter.action_prefix.size() > 100) errors.push_back({"action", "too_long"});
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "筛选条件有误", std::move(errors));
  return filter;
}
}  // namespace

void DatabaseFailureAuditor::RecordFailure(const Context& context, std::string_view action, std::string_view object,
                                           int status, std::string_view error_code) {
  boost::json::object detail{{"status", status}, {"error", error_code}};
  if (!context.audit_detail().empty()) detail["extra"] = context.audit_detail();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  Append(connection, context.actor(),
         {.action = std::string(action),
          .object_type = "request",
          .object_id = std::string(object),
          .outcome = OutcomeFor(status),
          .detail = boost::json::serialize(detail),
          .claimed_username = context.audit_subject()});
  transaction.Commit();
}

void RegisterAuditRoutes(http::Router& router, db::Database& database) {
  router.Get("/api/v1/audit/records", "audit:record:read", "Read the audit trail", [&database](Context& ctx) -> Reply {
    auto page = ctx.PageParams(500);
    if (!page) return page.error();
    auto filter = FilterOf(ctx);
    if (!filter) return filter.error();
    db::Connection connection(database);
    const auto records = List(connection, page->after, page->limit, *filter);
    boost::json::array items;
    for (const auto& r : records) items.push_back(RecordJson(r));
    return http::PageReply(std::move(items), page->limit, records.empty() ? 0 : records.back().seq);
  });

  // The export is itself recorded: a bulk read of the trail is worth knowing about.
  router.Get("/api/v1/audit/records/export.xlsx", "audit:record:read",
             "The audit records the list's filter selects, as an xlsx file (audited)",
             [&database](Context& ctx) -> Reply {
               auto filter = FilterOf(ctx);
               if (!filter) return filter.error();
               std::int64_t rows = 0;
               auto reply = reports::ExportList<AuditRecord, std::int64_t>(
                   database.clock(),
                   "审计日志",
                   {{"序号", 9}, {"时间", 26}, {"账号", 16}, {"角色", 16}, {"操作代码", 30}, {"对象类型", 14},
                    {"对象编号", 12}, {"结果", 9}, {"请求编号", 22}, {"来源地址", 16}, {"详情", 50}, {"哈希", 66}},
                   "审计日志",
                   [&](std::int64_t after, int limit) -> core::Result<std::vector<AuditRecord>> {
                     db::Connection connection(database);
                     auto page = List(connection, after, limit, *filter);
                     rows += static_cast<std::int64_t>(page.size());
                     return page;
                   },
                   [](const AuditRecord& r) { return r.seq; },
                   [](const AuditRecord& r) {
                     return std::vector<reports::Cell>{r.seq, core::FormatShanghai(r.at), r.username, r.role,
                                                       r.action, r.object_type, r.object_id,
                                                       std::string(OutcomeName(r.outcome)), r.request_id,
                                                       r.client_ip, r.detail, r.hash};
                   });
               if (!reply) return reply;
               db::Connection connection(database);
               db::Transaction transaction(connection);
               Append(connection, ctx.actor(),
                      {.action = "audit:record:export",
                       .object_type = "record",
                       .object_id = "",
                       .detail = boost::json::serialize(boost::json::object{{"rows", rows},
                                                                            {"from", filter->from},
                                                                            {"to", filter->to},
                                                                            {"username", filter->username},
                                                                            {"action", filter->action_prefix}})});
               transaction.Commit();
               return reply;
             });

  router.Get("/api/v1/audit/verify", "audit:chain:verify", "Verify the audit hash chain",
             [&database](Context&) -> Reply {
               const VerifyReport report = Verify(database);
               boost::json::object body{{"ok", report.ok}, {"checked", report.checked}};
               if (!report.ok) {
                 body["first_broken_seq"] = *report.first_broken_seq;
                 body["reason"] = report.reason;
               }
               return http::Json(http::Status::ok, body);
             });
}

}  // namespace sunshine::audit
