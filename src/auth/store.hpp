#pragma once
// Accounts and sessions in SQL. Every function runs on the caller's connection (and inside
// the caller's transaction when there is one). Absent rows are nullopt, never exceptions.
#include <optional>
#include <vector>

#include "auth/model.hpp"
#include "db/database.hpp"

namespace sunshine::auth::store {

std::optional<User> FindUserByUsername(db::Connection& connection, const std::string& username);
std::optional<User> FindUserById(db::Connection& connection, std::int64_t id);
// Precondition: the username is free (checked in the same transaction).
std::int64_t InsertUser(db::Connection& connection, const User& user);
std::vector<User> ListUsers(db::Connection& connection, std::int64_t after, int limit);
void SetLockout(db::Connection& connection, std::int64_t user_id, int failed_attempts, core::EpochMillis locked_until);

std::int64_t InsertSession(db::Connection& connection, const std::string& token_hash, std::int64_t user_id,
                           core::EpochMillis now, core::EpochMillis expires_at, const std::string& client_ip,
                           const std::string& user_agent);
std::optional<SessionRecord> FindSessionByTokenHash(db::Connection& connection, const std::string& token_hash);
void TouchSession(db::Connection& connection, std::int64_t session_id, core::EpochMillis now);
void RevokeSession(db::Connection& connection, std::int64_t session_id, core::EpochMillis now);

// Name and level of a region, for scope checks and display; nullopt if there is no such code.
struct RegionRef {
  std::string name;
  std::string level;
};
std::optional<RegionRef> FindRegion(db::Connection& connection, const std::string& code);

// Whether an organisation of `kind` ("institution", "enterprise", "evaluation_body",
// "auditor") has this id.
// The name of an institution ("institution") or an organisation of that kind; nullopt when none.
std::optional<std::string> OrganisationName(db::Connection& connection, std::string_view kind, std::int64_t id);

}  // namespace sunshine::auth::store
