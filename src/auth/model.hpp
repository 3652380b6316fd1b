#pragma once
// Accounts and sessions as the auth capability sees them, and the request bodies it accepts.
#include <boost/describe.hpp>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/principal.hpp"
#include "core/time.hpp"

namespace sunshine::auth {

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::string password_hash;
  std::string role;
  core::Scope scope;
  int failed_attempts = 0;
  core::EpochMillis locked_until = 0;
  core::EpochMillis created_at = 0;
};

struct SessionRecord {
  std::int64_t id = 0;
  User user;
  core::EpochMillis created_at = 0;
  core::EpochMillis last_seen_at = 0;
  core::EpochMillis expires_at = 0;
  bool revoked = false;
};

struct SignInRequest {
  std::string username;
  std::string password;
};
BOOST_DESCRIBE_STRUCT(SignInRequest, (), (username, password))

struct CreateUserRequest {
  std::string username;
  std::string display_name;
  std::string role;
  std::optional<std::string> scope_code;
  std::string password;
  static constexpr std::array<std::string_view, 1> kNullable{"scope_code"};  // null: no scope
};
BOOST_DESCRIBE_STRUCT(CreateUserRequest, (), (username, display_name, role, scope_code, password))

struct AuthPolicy {
  int max_failed_attempts = 5;                           // failures in a row before a lockout
  core::EpochMillis lockout_millis = 15 * 60 * 1000;     // how long a lockout lasts
  core::EpochMillis idle_millis = 30 * 60 * 1000;        // session ends after this long unused
  core::EpochMillis absolute_millis = 12 * 3600 * 1000;  // and never lives longer than this
  // last_seen_at is written at most this often, so reads do not become writes.
  core::EpochMillis touch_interval_millis = 60 * 1000;
  bool cookie_secure = false;  // set true behind TLS (docs/operations.md)
};

}  // namespace sunshine::auth
