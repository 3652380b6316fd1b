#pragma once
// Pure account and session rules: no I/O, tested without a database.
#include <optional>
#include <vector>

#include "auth/model.hpp"
#include "core/error.hpp"
#include "crypto/password.hpp"

namespace sunshine::auth {

// What the database knows of a new account's scope_code.
struct ScopeFacts {
  // The level of the region it names ("province", "prefecture", "county"); nullopt: none.
  std::optional<std::string> region_level;
  // It names ("kind:id") an existing organisation of the kind the role's scope takes.
  bool organisation_exists = false;
};

// Every refused field of a new account: the scope must name a region of the role's level or
// an existing organisation of the role's kind ("unknown_region", "wrong_region_level",
// "unknown_organisation"), or be absent for roles without scope ("not_allowed").
std::vector<core::FieldError> CheckNewUser(const CreateUserRequest& request, const ScopeFacts& scope,
                                           const crypto::PasswordPolicy& password_policy);

// 三权分立: who may create an account of `new_role`. `creator_role` empty means the operator
// on the server (`sunshine user add`), who may create any. The system administrator creates
// the business accounts; the security administrator creates the administrator accounts.
bool MayCreateRole(std::string_view creator_role, std::string_view new_role);

struct LockoutState {
  int failed_attempts = 0;
  core::EpochMillis locked_until = 0;
};

// After a wrong password: the count goes up, and reaching the limit locks the account.
LockoutState AfterFailedAttempt(const LockoutState& before, core::EpochMillis now, const AuthPolicy& policy);
bool IsLocked(const LockoutState& state, core::EpochMillis now);

// Whether a session may still be used at `now` (not revoked, within idle and absolute limits).
bool SessionAlive(const SessionRecord& session, core::EpochMillis now, const AuthPolicy& policy);

}  // namespace sunshine::auth
