#pragma once
// The router's Guard: reads the session token from the Authorization bearer header (API
// clients) or the session cookie (the browser app) and checks permissions against the table.
#include "auth/service.hpp"
#include "http/router.hpp"

namespace sunshine::auth {

inline constexpr std::string_view kSessionCookie = "sunshine_session";

class AuthGuard : public http::Guard {
 public:
  explicit AuthGuard(AuthService& service) : service_(service) {}
  core::Result<core::Principal> Authenticate(const http::Request& request) override;
  bool Allows(const core::Principal& principal, std::string_view permission) const override;

 private:
  AuthService& service_;
};

// The token a request carries: bearer header first, then the cookie; empty if neither.
std::string TokenOf(const http::Request& request);

}  // namespace sunshine::auth
