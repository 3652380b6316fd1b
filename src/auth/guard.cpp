#include "auth/guard.hpp"

#include "auth/roles.hpp"

namespace sunshine::auth {

std::string TokenOf(const http::Request& request) {
  const std::string_view authorization = request[http::beast_http::field::authorization];
  if (authorization.size() > 7 &&
      (authorization.substr(0, 7) == "Bearer " || authorization.substr(0, 7) == "bearer ")) {
    return std::string(authorization.substr(7));
  }
  std::string_view cookies = request[http::beast_http::field::cookie];
  while (!cookies.empty()) {
    const std::size_t end = std::min(cookies.find(';'), cookies.size());
    std::string_view pair = cookies.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > kSessionCookie.size() && pair.substr(0, kSessionCookie.size()) == kSessionCookie &&
        pair[kSessionCookie.size()] == '=') {
      return std::string(pair.substr(kSessionCookie.size() + 1));
    }
    cookies.remove_prefix(std::min(end + 1, cookies.size()));
  }
  return {};
}

core::Result<core::Principal> AuthGuard::Authenticate(const http::Request& request) {
  if (request.find(kKeyIdHeader) != request.end()) {
    if (devices_ == nullptr) {
      return core::Error::Of(core::ErrorKind::kUnauthenticated, "devices_not_accepted", "此服务不接受设备签名");
    }
    return devices_->Authenticate(request);
  }
  const std::string token = TokenOf(request);
  if (token.empty()) {
    return core::Error::Of(core::ErrorKind::kUnauthenticated, "unauthenticated", "请先登录");
  }
  return service_.Authenticate(token);
}

bool AuthGuard::Allows(const core::Principal& principal, std::string_view permission) const {
  return RoleAllows(principal.role, permission);
}

}  // namespace sunshine::auth
