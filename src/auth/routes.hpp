#pragma once
#include "auth/service.hpp"
#include "http/router.hpp"

namespace sunshine::auth {

// Sessions (sign-in, sign-out), who-am-I, and account management.
void RegisterAuthRoutes(http::Router& router, AuthService& service);

// The JSON of an account as the API shows it; `with_permissions` adds the role's permissions.
boost::json::object UserJson(const UserView& view, bool with_permissions);

}  // namespace sunshine::auth
