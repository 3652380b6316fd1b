#include "auth/service.hpp"

#include "audit/store.hpp"
#include "auth/roles.hpp"
#include "auth/rules.hpp"
#include "auth/store.hpp"
#include "crypto/token.hpp"
#include "registry/regions.hpp"

namespace sunshine::auth {
namespace {
core::Error InvalidCredentials() {
  return core::Error::Of(core::ErrorKind::kUnauthenticated, "invalid_credentials", "用户名或密码错误");
}
core::Error Unauthenticated() {
  return core::Error::Of(core::ErrorKind::kUnauthenticated, "unauthenticated", "登录已失效，请重新登录");
}
core::Error UserNotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "user_not_found", "用户不存在"); }
}  // namespace

AuthService::AuthService(db::Database& database, AuthPolicy policy, crypto::PasswordPolicy password_policy)
    : database_(database),
      policy_(policy),
      password_policy_(password_policy),
      dummy_hash_(crypto::HashPassword(crypto::RandomHex(16))) {
  // Regions change only through migrations, which run before any service exists.
  db::Connection connection(database_);
  for (auto& region : registry::ListRegions(connection)) region_names_.emplace(region.code, std::move(region.name));
}

UserView AuthService::View(db::Connection& connection, User user) const {
  UserView view{std::move(user), {}};
  const core::Scope& scope = view.user.scope;
  if (scope.kind == core::ScopeKind::kRegion) {
    if (auto it = region_names_.find(scope.code); it != region_names_.end()) view.scope_name = it->second;
  } else if (scope.kind == core::ScopeKind::kOrganisation) {
    // "institution:12" is shown as the institution's name.
    const auto colon = scope.code.find(':');
    const std::string kind = scope.code.substr(0, colon);
    if (const auto id = scope.OrganisationId(kind); id > 0) {
      view.scope_name = store::OrganisationName(connection, kind, id).value_or("");
    }
  }
  return view;
}

core::Result<SignInResult> AuthService::SignIn(const core::Actor& actor, const SignInRequest& request,
                                               const std::string& user_agent) {
  const core::EpochMillis now = database_.clock().Now();
  db::Connection connection(database_);
  auto user = store::FindUserByUsername(connection, request.username);
  if (!user) {
    crypto::VerifyPassword(request.password, dummy_hash_);
    return InvalidCredentials();
  }
  const LockoutState state{user->failed_attempts, user->locked_until};
  if (IsLocked(state, now)) {
    return core::Error::Of(core::ErrorKind::kForbidden, "account_locked",
                           "登录失败次数过多，账号已锁定，请稍后再试或联系安全管理员解锁");
  }
  if (!crypto::VerifyPassword(request.password, user->password_hash)) {
    const LockoutState after = AfterFailedAttempt(state, now, policy_);
    db::Transaction transaction(connection);
    store::SetLockout(connection, user->id, after.failed_attempts, after.locked_until);
    transaction.Commit();
    if (IsLocked(after, now)) {
      return core::Error::Of(core::ErrorKind::kForbidden, "account_locked",
                             "登录失败次数过多，账号已锁定，请稍后再试或联系安全管理员解锁");
    }
    return InvalidCredentials();
  }
  SignInResult result;
  result.token = crypto::NewSessionToken();
  result.expires_at = now + policy_.absolute_millis;
  db::Transaction transaction(connection);
  if (user->failed_attempts != 0 || user->locked_until != 0) store::SetLockout(connection, user->id, 0, 0);
  const std::int64_t session_id = store::InsertSession(connection, crypto::HashToken(result.token), user->id, now,
                                                       result.expires_at, actor.client_ip, user_agent.substr(0, 256));
  core::Actor signed_in = actor;
  signed_in.principal =
      core::Principal{user->id, user->username, user->display_name, user->role, user->scope, session_id};
  audit::Append(connection, signed_in,
                {.action = "auth:session:create", .object_type = "session", .object_id = std::to_string(session_id)});
  transaction.Commit();
  user->failed_attempts = 0;
  user->locked_until = 0;
  result.user = View(connection, std::move(*user));
  return result;
}

core::Result<core::Principal> AuthService::Authenticate(const std::string& token) {
  if (!token.starts_with("st_") || token.size() > 128) return Unauthenticated();
  const core::EpochMillis now = database_.clock().Now();
  db::Connection connection(database_);
  auto session = store::FindSessionByTokenHash(connection, crypto::HashToken(token));
  if (!session || !SessionAlive(*session, now, policy_)) return Unauthenticated();
  if (now - session->last_seen_at >= policy_.touch_interval_millis) store::TouchSession(connection, session->id, now);
  const User& u = session->user;
  return core::Principal{u.id, u.username, u.display_name, u.role, u.scope, session->id};
}

core::Result<core::Principal> AuthService::PrincipalOf(const std::string& username) {
  db::Connection connection(database_);
  auto user = store::FindUserByUsername(connection, username);
  if (!user) return core::Error::Of(core::ErrorKind::kNotFound, "user_not_found", "账号不存在：" + username);
  return core::Principal{user->id, user->username, user->display_name, user->role, user->scope, 0};
}

core::Status AuthService::SignOut(const core::Actor& actor) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  store::RevokeSession(connection, actor.principal->session_id, database_.clock().Now());
  audit::Append(connection, actor,
                {.action = "auth:session:delete",
                 .object_type = "session",
                 .object_id = std::to_string(actor.principal->session_id)});
  transaction.Commit();
  return core::Ok{};
}

core::Result<UserView> AuthService::Me(const core::Principal& principal) {
  db::Connection connection(database_);
  auto user = store::FindUserById(connection, principal.user_id);
  if (!user) return Unauthenticated();
  return View(connection, std::move(*user));
}

core::Result<std::vector<UserView>> AuthService::ListUsers(std::int64_t after, int limit) {
  db::Connection connection(database_);
  std::vector<UserView> views;
  for (auto& user : store::ListUsers(connection, after, limit)) views.push_back(View(connection, std::move(user)));
  return views;
}

core::Result<UserView> AuthService::CreateUser(const core::Actor& actor, const CreateUserRequest& request) {
  const std::string creator = actor.principal ? actor.principal->role : "";
  if (!MayCreateRole(creator, request.role)) {
    return core::Error::Of(core::ErrorKind::kForbidden, "separation_of_duties",
                           creator == "secadmin" ? "安全管理员只能创建系统、安全、审计管理员账号"
                                                 : "三权分立：管理员账号只能由安全管理员或在服务器上用 sunshine user add 创建");
  }
  db::Connection connection(database_);
  ScopeFacts scope;
  if (request.scope_code) {
    if (auto region = store::FindRegion(connection, *request.scope_code)) scope.region_level = region->level;
    if (const RoleInfo* role = FindRole(request.role); role != nullptr && !role->organisation_kind.empty()) {
      const core::Scope named{core::ScopeKind::kOrganisation, *request.scope_code};
      const auto id = named.OrganisationId(role->organisation_kind);
      scope.organisation_exists = id > 0 && store::OrganisationName(connection, role->organisation_kind, id);
    }
  }
  auto errors = CheckNewUser(request, scope, password_policy_);
  if (!errors.empty()) {
    const bool password_only = std::all_of(errors.begin(), errors.end(), [](auto& e) { return e.field == "password"; });
    return core::Error::Invalid("invalid_fields",
                                password_only ? DescribePolicy(password_policy_) : "账号信息有误，请检查标出的字段",
                                std::move(errors));
  }
  User user;
  user.username = request.username;
  user.display_name = request.display_name;
  user.role = request.role;
  user.scope.kind = FindRole(request.role)->scope_kind;
  user.scope.code = request.scope_code.value_or("");
  user.password_hash = crypto::HashPassword(request.password);
  user.created_at = database_.clock().Now();

  db::Transaction transaction(connection);
  if (store::FindUserByUsername(connection, user.username)) {
    return core::Error{core::ErrorKind::kConflict, "username_taken", "用户名已被使用", {{"username", "taken"}}};
  }
  user.id = store::InsertUser(connection, user);
  audit::Append(connection, actor,
                {.action = "auth:user:create",
                 .object_type = "user",
                 .object_id = std::to_string(user.id),
                 .detail = "{\"role\":\"" + user.role + "\"}"});
  transaction.Commit();
  return View(connection, std::move(user));
}

core::Result<UserView> AuthService::UnlockUser(const core::Actor& actor, std::int64_t user_id) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto user = store::FindUserById(connection, user_id);
  if (!user) return UserNotFound();
  store::SetLockout(connection, user_id, 0, 0);
  audit::Append(connection, actor,
                {.action = "auth:user:unlock", .object_type = "user", .object_id = std::to_string(user_id)});
  transaction.Commit();
  user->failed_attempts = 0;
  user->locked_until = 0;
  return View(connection, std::move(*user));
}

}  // namespace sunshine::auth
