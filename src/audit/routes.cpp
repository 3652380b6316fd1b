#include "audit/routes.hpp"

#include "audit/store.hpp"
#include "core/time.hpp"

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
    db::Connection connection(database);
    const auto records = List(connection, page->after, page->limit);
    boost::json::array items;
    for (const auto& r : records) items.push_back(RecordJson(r));
    return http::PageReply(std::move(items), page->limit, records.empty() ? 0 : records.back().seq);
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
