#pragma once
// Pure account and session rules: no I/O, tested without a database.
#include <optional>
#include <vector>

#include "auth/model.hpp"
#include "core/error.hpp"
#include "crypto/password.hpp"

namespace sunshine::auth {

// Every refused field of a new account. `scope_region_level` is the level of the region named
// by scope_code ("province", "prefecture", "county"), or nullopt if there is no such region.
std::vector<core::FieldError> CheckNewUser(const CreateUserRequest& request,
                                           const std::optional<std::string>& scope_region_level,
                                           const crypto::PasswordPolicy& password_policy);

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
