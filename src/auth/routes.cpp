#include "auth/routes.hpp"

#include "auth/guard.hpp"
#include "auth/roles.hpp"
#include "core/time.hpp"
#include "reports/list_export.hpp"

namespace sunshine::auth {
using http::Context;
using http::Json;
using http::Status;
using Reply = core::Result<http::Response>;

boost::json::object UserJson(const UserView& view, bool with_permissions, core::EpochMillis now) {
  const User& u = view.user;
  boost::json::object scope{{"kind", core::Scope::KindName(u.scope.kind)}};
  scope["code"] = u.scope.code.empty() ? boost::json::value(nullptr) : boost::json::value(u.scope.code);
  scope["name"] = view.scope_name.empty() ? boost::json::value(nullptr) : boost::json::value(view.scope_name);
  boost::json::object out{
      {"id", u.id},
      {"username", u.username},
      {"display_name", u.display_name},
      {"role", u.role},
      {"scope", std::move(scope)},
      {"scope_code", u.scope.code.empty() ? boost::json::value(nullptr) : boost::json::value(u.scope.code)},
      {"locked", now < u.locked_until},
      {"created_at", core::FormatShanghai(u.created_at)}};
  if (with_permissions) {
    boost::json::array permissions;
    for (const auto& p : PermissionsOf(u.role)) permissions.push_back(boost::json::value(p));
    out["permissions"] = std::move(permissions);
  }
  return out;
}

namespace {
std::string SessionCookie(const std::string& token, core::EpochMillis max_age_millis, bool secure) {
  return std::string(kSessionCookie) + "=" + token +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_millis / 1000) +
         (secure ? "; Secure" : "");
}
}  // namespace

void RegisterAuthRoutes(http::Router& router, AuthService& service) {
  router.Post("/api/v1/sessions", std::string(http::kPublic), "Sign in", [&service](Context& ctx) -> Reply {
    ctx.set_audit_action("auth:session:create");
    // The sign-in sets the session cookie: a foreign page may not sign a browser in either.
    if (auto refused = RefuseCrossSite(ctx.request())) return *refused;
    auto request = ctx.Body<SignInRequest>();
    if (!request) return request.error();
    ctx.set_audit_subject(request->username.substr(0, 64));
    auto result =
        service.SignIn(ctx.actor(), *request, std::string(ctx.request()[http::beast_http::field::user_agent]));
    if (!result) return result.error();
    auto response = Json(Status::created, {{"token", result->token},
                                           {"expires_at", core::FormatShanghai(result->expires_at)},
                                           {"user", UserJson(result->user, true, service.clock().Now())}});
    response.set(http::beast_http::field::set_cookie,
                 SessionCookie(result->token, service.policy().absolute_millis, service.policy().cookie_secure));
    return response;
  });

  router.Delete("/api/v1/sessions/current", "auth:session:delete", "Sign out", [&service](Context& ctx) -> Reply {
    auto done = service.SignOut(ctx.actor());
    if (!done) return done.error();
    auto response = http::NoContent();
    response.set(http::beast_http::field::set_cookie, SessionCookie("", 0, service.policy().cookie_secure));
    return response;
  });

  router.Get("/api/v1/me", "auth:session:read", "Who am I", [&service](Context& ctx) -> Reply {
    auto me = service.Me(ctx.principal());
    if (!me) return me.error();
    return Json(Status::ok, UserJson(*me, true, service.clock().Now()));
  });

  router.Get("/api/v1/users", "auth:user:read", "List accounts", [&service](Context& ctx) -> Reply {
    auto page = ctx.PageParams();
    if (!page) return page.error();
    auto users = service.ListUsers(page->after, page->limit);
    if (!users) return users.error();
    boost::json::array items;
    for (const auto& view : *users) items.push_back(UserJson(view, false, service.clock().Now()));
    return http::PageReply(std::move(items), page->limit, users->empty() ? 0 : users->back().user.id);
  });

  router.Get("/api/v1/users/export.xlsx", "auth:user:read", "Every account, as an xlsx file",
             [&service](Context&) -> Reply {
               return reports::ExportList<UserView, std::int64_t>(
                   service.clock(),
                   "账号",
                   {{"编号", 8}, {"用户名", 20}, {"姓名/名称", 28}, {"角色", 16}, {"数据范围代码", 18},
                    {"数据范围", 28}, {"已锁定", 8}, {"创建时间", 26}},
                   "账号",
                   [&](std::int64_t after, int limit) { return service.ListUsers(after, limit); },
                   [](const UserView& v) { return v.user.id; },
                   [now = service.clock().Now()](const UserView& v) {
                     const RoleInfo* role = FindRole(v.user.role);
                     return std::vector<reports::Cell>{
                         v.user.id, v.user.username, v.user.display_name,
                         std::string(role ? role->name_zh : std::string_view(v.user.role)), v.user.scope.code,
                         v.scope_name, std::string(now < v.user.locked_until ? "是" : ""),
                         core::FormatShanghai(v.user.created_at)};
                   });
             });

  router.Post("/api/v1/users", "auth:user:create", "Create an account", [&service](Context& ctx) -> Reply {
    auto request = ctx.Body<CreateUserRequest>();
    if (!request) return request.error();
    auto created = service.CreateUser(ctx.actor(), *request);
    if (!created) return created.error();
    return Json(Status::created, UserJson(*created, false, service.clock().Now()));
  });

  router.Post("/api/v1/users/{id}/actions/unlock", "auth:user:unlock", "Unlock an account",
              [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto user = service.UnlockUser(ctx.actor(), *id);
                if (!user) return user.error();
                return Json(Status::ok, UserJson(*user, false, service.clock().Now()));
              });
}

}  // namespace sunshine::auth
