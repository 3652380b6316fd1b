#pragma once
// Sign-in, sessions and account management: rules + store + audit, each write in one
// transaction with its audit record. Thread-safe: holds no per-request state.
#include <string>
#include <unordered_map>
#include <vector>

#include "auth/model.hpp"
#include "core/result.hpp"
#include "crypto/password.hpp"
#include "db/database.hpp"

namespace sunshine::auth {

// What the API shows of an account.
struct UserView {
  User user;
  std::string scope_name;  // the region or organisation the scope names; empty for none
};

struct SignInResult {
  std::string token;  // shown once; only its hash is stored
  core::EpochMillis expires_at = 0;
  UserView user;
};

class AuthService {
 public:
  AuthService(db::Database& database, AuthPolicy policy, crypto::PasswordPolicy password_policy);
  // The platform's clock (the database's), for routes that show time-dependent facts.
  const core::Clock& clock() const { return database_.clock(); }

  // Wrong username and wrong password answer alike (invalid_credentials, 401); a locked
  // account answers account_locked (403) even with the right password. Failures update the
  // lockout counter; the router audits them.
  core::Result<SignInResult> SignIn(const core::Actor& actor, const SignInRequest& request,
                                    const std::string& user_agent);
  // The principal for a token; unauthenticated (401) when unknown, revoked or expired.
  core::Result<core::Principal> Authenticate(const std::string& token);
  // For operators at the server's console (`sunshine import --as USERNAME`): act with an
  // existing account's role and scope, without a session. The CLI records itself as the system.
  core::Result<core::Principal> PrincipalOf(const std::string& username);
  core::Status SignOut(const core::Actor& actor);

  core::Result<UserView> Me(const core::Principal& principal);
  core::Result<std::vector<UserView>> ListUsers(std::int64_t after, int limit);
  // Creates an account (API, CLI and demo seed all come through here).
  core::Result<UserView> CreateUser(const core::Actor& actor, const CreateUserRequest& request);
  core::Result<UserView> UnlockUser(const core::Actor& actor, std::int64_t user_id);

  const AuthPolicy& policy() const { return policy_; }
  const crypto::PasswordPolicy& password_policy() const { return password_policy_; }

 private:
  // The account with its scope named: a region or organisation name.
  UserView View(db::Connection& connection, User user) const;

  db::Database& database_;
  AuthPolicy policy_;
  crypto::PasswordPolicy password_policy_;
  std::string dummy_hash_;  // verified against for unknown usernames, so timing reveals nothing
  std::unordered_map<std::string, std::string> region_names_;  // code -> name, read-only after start
};

}  // namespace sunshine::auth
