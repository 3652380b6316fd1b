#include "training/terminal_routes.hpp"

#include "core/time.hpp"
#include "reports/list_export.hpp"

namespace sunshine::training {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
struct RevokeInput {
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(RevokeInput, (), (reason))

boost::json::object TerminalJson(const TerminalRecord& t) {
  boost::json::array venues;
  for (const auto& [id, name] : t.venues) venues.push_back({{"id", id}, {"name", name}});
  auto text = [](const std::optional<std::string>& v) { return v ? boost::json::value(*v) : nullptr; };
  return {{"id", t.id},
          {"institution_id", t.institution_id},
          {"institution_name", t.institution_name},
          {"key_id", t.key_id},
          {"kind", t.kind},
          {"name", t.name},
          {"public_key", t.public_key},
          {"status", t.status},
          {"venues", std::move(venues)},
          {"created_at", core::FormatShanghai(t.created_at)},
          {"created_by", t.created_by},
          {"revoked_at", t.revoked_at ? boost::json::value(core::FormatShanghai(*t.revoked_at)) : nullptr},
          {"revoked_by", text(t.revoked_by)},
          {"revoked_reason", text(t.revoked_reason)}};
}
}  // namespace

void RegisterTerminalRoutes(http::Router& router, TerminalService& service) {
  router.Get("/api/v1/terminals", "training:terminal:read", "List check-in terminals in the caller's scope, newest first",
             [&service](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return service.List(ctx.principal(), after, limit); },
                   [](const auto& t) { return TerminalJson(t); });
             });
  router.Get("/api/v1/terminals/export.xlsx", "training:terminal:read",
             "The check-in terminals and online platforms in the caller's scope, as an xlsx file",
             [&service](Context& ctx) -> Reply {
               return reports::ExportList<TerminalRecord, std::int64_t>(
                   service.clock(),
                   "签到终端",
                   {{"编号", 8}, {"终端名称", 24}, {"培训机构", 28}, {"类型", 16}, {"密钥编号", 30}, {"服务场地", 30},
                    {"状态", 8}, {"登记时间", 26}, {"登记人", 14}, {"撤销时间", 26}, {"撤销人", 14}, {"撤销原因", 30}},
                   "签到终端",
                   [&](std::int64_t after, int limit) { return service.List(ctx.principal(), after, limit); },
                   [](const TerminalRecord& t) { return t.id; },
                   [](const TerminalRecord& t) {
                     std::string venues;
                     for (const auto& [id, name] : t.venues) venues += (venues.empty() ? "" : "、") + name;
                     return std::vector<reports::Cell>{
                         t.id, t.name, t.institution_name,
                         std::string(t.kind == "online" ? "线上学习平台" : "考勤终端（场地）"), t.key_id, venues,
                         std::string(t.status == "active" ? "在用" : "已撤销"), core::FormatShanghai(t.created_at),
                         t.created_by, t.revoked_at ? core::FormatShanghai(*t.revoked_at) : std::string(),
                         t.revoked_by.value_or(""), t.revoked_reason.value_or("")};
                   });
             });
  router.Post("/api/v1/terminals", "training:terminal:register",
              "Register a check-in terminal: its Ed25519 public key and the venues it serves",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<TerminalInput>();
                if (!input) return input.error();
                auto terminal = service.Register(ctx.actor(), *input);
                if (!terminal) return terminal.error();
                return http::Json(http::Status::created, TerminalJson(*terminal));
              });
  router.Get("/api/v1/terminals/{id}", "training:terminal:read", "One check-in terminal",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto terminal = service.Get(ctx.principal(), *id);
               if (!terminal) return terminal.error();
               return http::Json(http::Status::ok, TerminalJson(*terminal));
             });
  router.Post("/api/v1/terminals/{id}/revoke", "training:terminal:revoke",
              "Revoke a check-in terminal with a reason; it can never upload again",
              [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto input = ctx.Body<RevokeInput>();
                if (!input) return input.error();
                auto terminal = service.Revoke(ctx.actor(), *id, input->reason);
                if (!terminal) return terminal.error();
                return http::Json(http::Status::ok, TerminalJson(*terminal));
              });
}

}  // namespace sunshine::training
