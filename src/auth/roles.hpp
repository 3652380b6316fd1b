#pragma once
// Roles, the data scope each must carry, and the permission table (deny by default: a role
// has exactly the permissions listed here). Permission strings are capability:resource:action
// and are shared with the web app (web/src/auth/permissions.ts).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/principal.hpp"

namespace sunshine::auth {

// What scope an account of a role must have, and for region scopes at which level.
struct RoleInfo {
  std::string_view id;            // "city_officer"
  std::string_view name_zh;       // "市(州)人社局"
  core::ScopeKind scope_kind;     // kRegion, kOrganisation or kNone
  std::string_view region_level;  // "province" / "prefecture" / "county" for region scopes
  // For organisation scopes, the kind the scope names ("institution:7", "evaluation_body:3").
  std::string_view organisation_kind = {};
  // 三权分立: the system, security and audit administrators.
  bool administrator = false;
};

// The roles of accounts (people who sign in).
const std::vector<RoleInfo>& AllRoles();
// The roles of devices, which never sign in but sign each request ("terminal": a check-in
// terminal); never assignable to an account.
const std::vector<std::string_view>& DeviceRoles();
const RoleInfo* FindRole(std::string_view id);

// The sorted permission list of a role; empty for an unknown role.
const std::vector<std::string>& PermissionsOf(std::string_view role);
bool RoleAllows(std::string_view role, std::string_view permission);
// Every permission any role holds (for the route matrix test and the OpenAPI check).
std::vector<std::string> AllPermissions();

}  // namespace sunshine::auth
