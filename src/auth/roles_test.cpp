#include "auth/roles.hpp"

#include <gtest/gtest.h>

namespace sunshine::auth {
namespace {

TEST(RolesTest, EveryRoleOfTheMissionExistsWithItsScope) {
  const char* ids[] = {"province_officer", "city_officer", "county_officer", "institution", "enterprise", "evaluator",
                       "auditor",          "trainee",      "sysadmin",       "secadmin",    "auditadmin"};
  for (const char* id : ids) {
    ASSERT_NE(FindRole(id), nullptr) << id;
    EXPECT_TRUE(RoleAllows(id, "auth:session:read")) << id;
  }
  EXPECT_EQ(FindRole("city_officer")->region_level, "prefecture");
  EXPECT_EQ(FindRole("institution")->scope_kind, core::ScopeKind::kOrganisation);
  EXPECT_EQ(FindRole("nobody"), nullptr);
}

TEST(RolesTest, SeparationOfDutiesHolds) {
  // 三权分立: the audit administrator reads the trail and nothing else; nobody else reads it.
  for (const auto& role : AllRoles()) {
    const bool auditadmin = role.id == "auditadmin";
    EXPECT_EQ(RoleAllows(role.id, "audit:record:read"), auditadmin) << role.id;
    EXPECT_EQ(RoleAllows(role.id, "audit:chain:verify"), auditadmin) << role.id;
  }
  for (const char* admin : {"sysadmin", "secadmin", "auditadmin"}) {
    EXPECT_FALSE(RoleAllows(admin, "registry:region:read")) << admin << " sees no business data";
  }
  EXPECT_TRUE(RoleAllows("sysadmin", "auth:user:create"));
  // The security administrator creates administrators (the service limits which: MayCreateRole).
  EXPECT_TRUE(RoleAllows("secadmin", "auth:user:create"));
  EXPECT_TRUE(RoleAllows("secadmin", "auth:user:unlock"));
  EXPECT_FALSE(RoleAllows("sysadmin", "auth:user:unlock"));
  EXPECT_FALSE(RoleAllows("unknown_role", "auth:session:read"));
}

}  // namespace
}  // namespace sunshine::auth
