#include "auth/rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::auth {
namespace {

std::vector<std::string> Check(CreateUserRequest r, std::optional<std::string> level, bool organisation = true) {
  std::vector<std::string> out;
  for (const auto& e : CheckNewUser(r, {level, organisation}, {})) out.push_back(e.field + ":" + e.reason);
  return out;
}

TEST(CheckNewUserTest, AnOrganisationScopeMustNameAnExistingOne) {
  const CreateUserRequest request{"inst", "机构", "institution", "institution:999999", "Sunshine@2026"};
  EXPECT_EQ(Check(request, std::nullopt, false), std::vector<std::string>{"scope_code:unknown_organisation"});
  EXPECT_TRUE(Check(request, std::nullopt, true).empty());
}

TEST(MayCreateRoleTest, SeparatedDuties) {
  struct Case {
    const char* creator;
    const char* role;
    bool allowed;
  };
  const Case cases[] = {
      {"", "sysadmin", true},          {"", "institution", true},           {"sysadmin", "city_officer", true},
      {"sysadmin", "sysadmin", false}, {"sysadmin", "secadmin", false},     {"sysadmin", "auditadmin", false},
      {"secadmin", "auditadmin", true}, {"secadmin", "sysadmin", true},     {"secadmin", "institution", false},
      {"province_officer", "institution", false},
  };
  for (const auto& c : cases) EXPECT_EQ(MayCreateRole(c.creator, c.role), c.allowed) << c.creator << " -> " << c.role;
}

TEST(CheckNewUserTest, ScopeMustFitTheRole) {
  using V = std::vector<std::string>;
  const std::string pw = "Sunshine@2026";
  struct Case {
    const char* name;
    CreateUserRequest request;
    std::optional<std::string> level;
    V expected;
  };
  const Case cases[] = {
      {"city officer over a city", {"chengdu", "成都", "city_officer", "510100", pw}, "prefecture", {}},
      {"city officer over a county",
       {"chengdu", "成都", "city_officer", "510104", pw},
       "county",
       {"scope_code:wrong_region_level"}},
      {"city officer without scope",
       {"chengdu", "成都", "city_officer", std::nullopt, pw},
       std::nullopt,
       {"scope_code:required"}},
      {"unknown region",
       {"chengdu", "成都", "county_officer", "519999", pw},
       std::nullopt,
       {"scope_code:unknown_region"}},
      {"institution needs its organisation",
       {"inst", "机构", "institution", std::nullopt, pw},
       std::nullopt,
       {"scope_code:required"}},
      {"admin takes no scope", {"admin", "管理员", "sysadmin", "510000", pw}, "province", {"scope_code:not_allowed"}},
      {"unknown role", {"who", "某人", "king", std::nullopt, pw}, std::nullopt, {"role:unknown"}},
      {"bad username and blank name",
       {"1Bad Name", " ", "sysadmin", std::nullopt, pw},
       std::nullopt,
       {"username:format", "display_name:required"}},
      {"weak password",
       {"admin", "管理员", "sysadmin", std::nullopt, "password"},
       std::nullopt,
       {"password:too_short", "password:too_simple"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Check(c.request, c.level), c.expected) << c.name;
}

TEST(LockoutTest, LocksAtTheLimitAndStartsOverAfterwards) {
  AuthPolicy policy;
  policy.max_failed_attempts = 3;
  policy.lockout_millis = 1000;
  LockoutState state;
  state = AfterFailedAttempt(state, 100, policy);
  state = AfterFailedAttempt(state, 200, policy);
  EXPECT_FALSE(IsLocked(state, 200));
  state = AfterFailedAttempt(state, 300, policy);
  EXPECT_TRUE(IsLocked(state, 300));
  EXPECT_TRUE(IsLocked(state, 1299));
  EXPECT_FALSE(IsLocked(state, 1300));
  state = AfterFailedAttempt(state, 1400, policy);
  EXPECT_EQ(state.failed_attempts, 1) << "an expired lockout starts a fresh count";
  EXPECT_FALSE(IsLocked(state, 1400));
}

TEST(SessionAliveTest, IdleAndAbsoluteExpiry) {
  AuthPolicy policy;
  policy.idle_millis = 100;
  SessionRecord s;
  s.last_seen_at = 1000;
  s.expires_at = 1150;
  struct Case {
    const char* name;
    core::EpochMillis now;
    bool revoked;
    bool alive;
  };
  const Case cases[] = {
      {"fresh", 1050, false, true},
      {"idle one ms short", 1099, false, true},
      {"idle reached", 1100, false, false},
      {"revoked", 1010, true, false},
  };
  for (const auto& c : cases) {
    s.revoked = c.revoked;
    EXPECT_EQ(SessionAlive(s, c.now, policy), c.alive) << c.name;
  }
  s.revoked = false;
  s.last_seen_at = 1140;
  EXPECT_FALSE(SessionAlive(s, 1150, policy)) << "absolute expiry wins over recent use";
}

}  // namespace
}  // namespace sunshine::auth
