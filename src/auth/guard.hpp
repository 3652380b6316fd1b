#pragma once
// The router's Guard: reads the session token from the Authorization bearer header (API
// clients) or the session cookie (the browser app) and checks permissions against the table.
#include "auth/service.hpp"
#include "http/router.hpp"

namespace sunshine::auth {

inline constexpr std::string_view kSessionCookie = "sunshine_session";

// Authenticates a device by the signature over its request (X-Key-Id, X-Timestamp,
// X-Signature; docs/device-signatures.md). Implemented by training, which keeps the terminals.
class DeviceAuthenticator {
 public:
  virtual ~DeviceAuthenticator() = default;
  virtual core::Result<core::Principal> Authenticate(const http::Request& request) = 0;
};

inline constexpr std::string_view kKeyIdHeader = "X-Key-Id";

class AuthGuard : public http::Guard {
 public:
  // A request naming a device key (X-Key-Id) goes to `devices`; with none, it is refused.
  AuthGuard(AuthService& service, DeviceAuthenticator* devices) : service_(service), devices_(devices) {}
  core::Result<core::Principal> Authenticate(const http::Request& request) override;
  bool Allows(const core::Principal& principal, std::string_view permission) const override;

 private:
  AuthService& service_;
  DeviceAuthenticator* devices_;
};

// The token a request carries: bearer header first, then the cookie; empty if neither.
// `from_cookie`, when given, tells which of the two it was.
std::string TokenOf(const http::Request& request, bool* from_cookie = nullptr);

// A browser's state-changing request sent from another site (Sec-Fetch-Site: cross-site, or
// an Origin other than the Host it was sent to) is refused as 403 cross_site_request, whatever
// cookie it carries: a defence beside SameSite=Strict, which not every browser or proxy keeps.
// Requests without either header (API clients, terminals, curl) pass.
std::optional<core::Error> RefuseCrossSite(const http::Request& request);

}  // namespace sunshine::auth
