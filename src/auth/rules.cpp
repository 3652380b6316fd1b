#include "auth/rules.hpp"

#include "auth/roles.hpp"

namespace sunshine::auth {
namespace {
bool ValidUsername(const std::string& name) {
  if (name.size() < 3 || name.size() > 32) return false;
  if (!(name[0] >= 'a' && name[0] <= 'z')) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}
}  // namespace

std::vector<core::FieldError> CheckNewUser(const CreateUserRequest& request, const ScopeFacts& scope,
                                           const crypto::PasswordPolicy& password_policy) {
  const auto& scope_region_level = scope.region_level;
  std::vector<core::FieldError> errors;
  if (!ValidUsername(request.username)) errors.push_back({"username", "format"});
  if (request.display_name.find_first_not_of(' ') == std::string::npos) {
    errors.push_back({"display_name", "required"});
  } else if (request.display_name.size() > 64) {
    errors.push_back({"display_name", "too_long"});
  }
  const RoleInfo* role = FindRole(request.role);
  if (role == nullptr) {
    errors.push_back({"role", "unknown"});
  } else {
    const bool has_scope = request.scope_code && !request.scope_code->empty();
    switch (role->scope_kind) {
      case core::ScopeKind::kRegion:
        if (!has_scope)
          errors.push_back({"scope_code", "required"});
        else if (!scope_region_level)
          errors.push_back({"scope_code", "unknown_region"});
        else if (*scope_region_level != role->region_level)
          errors.push_back({"scope_code", "wrong_region_level"});
        break;
      case core::ScopeKind::kOrganisation:
        if (!has_scope)
          errors.push_back({"scope_code", "required"});
        else if (!scope.organisation_exists)
          errors.push_back({"scope_code", "unknown_organisation"});
        break;
      case core::ScopeKind::kNone:
        if (has_scope) errors.push_back({"scope_code", "not_allowed"});
        break;
    }
  }
  for (auto& e : crypto::CheckPassword(request.password, request.username, password_policy)) {
    errors.push_back(std::move(e));
  }
  return errors;
}

bool MayCreateRole(std::string_view creator_role, std::string_view new_role) {
  const RoleInfo* role = FindRole(new_role);
  if (creator_role.empty() || role == nullptr) return true;  // an unknown role is refused as a field
  if (creator_role == "secadmin") return role->administrator;
  if (creator_role == "sysadmin") return !role->administrator;
  return false;
}

LockoutState AfterFailedAttempt(const LockoutState& before, core::EpochMillis now, const AuthPolicy& policy) {
  LockoutState after = before;
  // A lockout that has run out starts a fresh count.
  if (before.locked_until != 0 && before.locked_until <= now) after = {};
  ++after.failed_attempts;
  if (after.failed_attempts >= policy.max_failed_attempts) after.locked_until = now + policy.lockout_millis;
  return after;
}

bool IsLocked(const LockoutState& state, core::EpochMillis now) { return state.locked_until > now; }

bool SessionAlive(const SessionRecord& session, core::EpochMillis now, const AuthPolicy& policy) {
  return !session.revoked && now < session.expires_at && now - session.last_seen_at < policy.idle_millis;
}

}  // namespace sunshine::auth
