#include "auth/guard.hpp"

#include "auth/roles.hpp"

namespace sunshine::auth {

std::string TokenOf(const http::Request& request, bool* from_cookie) {
  if (from_cookie != nullptr) *from_cookie = false;
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
      if (from_cookie != nullptr) *from_cookie = true;
      return std::string(pair.substr(kSessionCookie.size() + 1));
    }
    cookies.remove_prefix(std::min(end + 1, cookies.size()));
  }
  return {};
}

std::optional<core::Error> RefuseCrossSite(const http::Request& request) {
  if (!http::IsStateChanging(request.method())) return std::nullopt;
  const auto refused = [] {
    return core::Error::Of(core::ErrorKind::kForbidden, "cross_site_request", "拒绝来自其他网站的请求");
  };
  if (request["Sec-Fetch-Site"] == "cross-site") return refused();
  const std::string_view origin = request[http::beast_http::field::origin];
  if (origin.empty()) return std::nullopt;
  const auto scheme_end = origin.find("://");
  if (scheme_end == std::string_view::npos) return refused();  // "null" (sandboxed frames, file:)
  const std::string_view origin_host = origin.substr(scheme_end + 3);
  const std::string_view forwarded = request["X-Forwarded-Host"];
  const std::string_view host = forwarded.empty() ? std::string_view(request[http::beast_http::field::host]) : forwarded;
  if (origin_host != host) return refused();
  return std::nullopt;
}

core::Result<core::Principal> AuthGuard::Authenticate(const http::Request& request) {
  if (request.find(kKeyIdHeader) != request.end()) {
    if (devices_ == nullptr) {
      return core::Error::Of(core::ErrorKind::kUnauthenticated, "devices_not_accepted", "此服务不接受设备签名");
    }
    return devices_->Authenticate(request);
  }
  bool from_cookie = false;
  const std::string token = TokenOf(request, &from_cookie);
  if (token.empty()) {
    return core::Error::Of(core::ErrorKind::kUnauthenticated, "unauthenticated", "请先登录");
  }
  if (from_cookie) {
    if (auto refused = RefuseCrossSite(request)) return *refused;
  }
  return service_.Authenticate(token);
}

bool AuthGuard::Allows(const core::Principal& principal, std::string_view permission) const {
  return RoleAllows(principal.role, permission);
}

}  // namespace sunshine::auth
