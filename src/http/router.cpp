#include "http/router.hpp"

#include <spdlog/spdlog.h>

#include <boost/url.hpp>
#include <stdexcept>

#include "core/text.hpp"
#include "http/metrics.hpp"
#include "http/static_files.hpp"

namespace sunshine::http {

struct Router::Route {
  RouteInfo info;
  std::vector<std::string> segments;  // "{id}" marks a parameter
  Handler handler;
};

struct Router::Match {
  const Route* route = nullptr;
  std::map<std::string, std::string, std::less<>> params;
  std::vector<std::string> allowed;  // methods of routes whose path matched, for 405
};

namespace {

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> parts;
  std::size_t start = 1;  // skip the leading '/'
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    parts.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

bool IsParam(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// The text policy of JSON bodies, for the decoded path and query parameters too (filters end
// up in SQL binds and audit details); cursors and search text stay within 1,000 characters.
std::optional<core::Error> ReadQuery(const boost::urls::url_view& url, Context& context) {
  if (!core::RefuseText(url.path(), {2000, false}).empty()) {
    return core::Error::Invalid("bad_request", "请求地址含有控制字符或过长");
  }
  std::map<std::string, std::string, std::less<>> query;
  std::vector<core::FieldError> refused;
  for (const auto& param : url.params()) {
    const auto reason = core::RefuseText(param.key + param.value, {1000, false});
    if (reason.empty()) {
      query[param.key] = param.value;
    } else {
      refused.push_back({core::SanitizeForRecord(param.key, 64), std::string(reason)});
    }
  }
  context.set_query(std::move(query));
  if (refused.empty()) return std::nullopt;
  return core::Error::Invalid("invalid_query", "查询参数有误", std::move(refused));
}

core::Error NotFoundError() {
  return core::Error::Of(core::ErrorKind::kNotFound, "route_not_found", "请求的接口不存在");
}

}  // namespace

bool IsStateChanging(Verb method) {
  return method == Verb::post || method == Verb::put || method == Verb::patch || method == Verb::delete_;
}

Router::Router() = default;
Router::~Router() = default;

void Router::Add(Verb method, std::string path_template, std::string permission, std::string summary, Handler handler) {
  if (permission.empty()) throw std::logic_error("route " + path_template + " declares no permission");
  if (path_template.empty() || path_template.front() != '/') throw std::logic_error("bad path " + path_template);
  for (const auto& existing : routes_) {
    if (existing->info.method == method && existing->info.path_template == path_template) {
      throw std::logic_error("route registered twice: " + path_template);
    }
  }
  auto route = std::make_unique<Route>();
  route->segments = Split(path_template);
  route->info = {method, std::move(path_template), std::move(permission), std::move(summary)};
  route->handler = std::move(handler);
  routes_.push_back(std::move(route));
}

std::vector<RouteInfo> Router::Routes() const {
  std::vector<RouteInfo> out;
  for (const auto& route : routes_) out.push_back(route->info);
  return out;
}

Router::Match Router::Find(Verb method, std::string_view path) const {
  Match match;
  const std::vector<std::string> parts = Split(path);
  // Literal segments win over parameters ("/sessions/current" before "/sessions/{id}").
  int best_literals = -1;
  for (const auto& route : routes_) {
    if (route->segments.size() != parts.size()) continue;
    std::map<std::string, std::string, std::less<>> params;
    int literals = 0;
    bool matched = true;
    for (std::size_t i = 0; i < parts.size() && matched; ++i) {
      const std::string& segment = route->segments[i];
      if (IsParam(segment)) {
        if (parts[i].empty())
          matched = false;
        else
          params[segment.substr(1, segment.size() - 2)] = parts[i];
      } else {
        matched = segment == parts[i];
        ++literals;
      }
    }
    if (!matched) continue;
    const std::string verb_name(beast_http::to_string(route->info.method));
    if (std::find(match.allowed.begin(), match.allowed.end(), verb_name) == match.allowed.end()) {
      match.allowed.push_back(verb_name);
    }
    if (route->info.method == method && literals > best_literals) {
      best_literals = literals;
      match.route = route.get();
      match.params = std::move(params);
    }
  }
  return match;
}

Response Router::Handle(const Request& request, const std::string& request_id, const std::string& client_ip) {
  const auto started = std::chrono::steady_clock::now();
  Context context(request, request_id, client_ip, started + deadline_);
  std::string route_label = "unmatched";
  std::string action;
  Response response;

  boost::system::result<boost::urls::url_view> url = boost::urls::parse_origin_form(request.target());
  if (!url) {
    response = ErrorReply(core::Error::Invalid("bad_request", "请求地址格式错误"), request_id);
  } else if (auto refused = ReadQuery(*url, context)) {
    response = ErrorReply(*refused, request_id);
  } else {
    const std::string path = url->path();
    const Verb method = request.method() == Verb::head ? Verb::get : request.method();
    Match match = Find(method, path);
    const bool api = path.starts_with("/api/") || path == "/metrics";
    if (match.route != nullptr) {
      route_label = match.route->info.path_template;
      action = match.route->info.permission;
      context.set_path_params(std::move(match.params));
      response = Dispatch(*match.route, context);
    } else if (!match.allowed.empty()) {
      std::string allow;
      for (const auto& m : match.allowed) allow += (allow.empty() ? "" : ", ") + m;
      response = ErrorReply(core::Error::Of(core::ErrorKind::kInvalid, "method_not_allowed",
                                            "该接口不支持 " + std::string(request.method_string()) + " 方法"),
                            request_id);
      response.result(Status::method_not_allowed);
      response.set(beast_http::field::allow, allow);
      route_label = "method_not_allowed";
    } else if (!api && static_files_ != nullptr && method == Verb::get) {
      response = static_files_->Serve(request, path);
      route_label = "static";
    } else {
      response = ErrorReply(NotFoundError(), request_id);
    }
  }

  const int status = response.result_int();
  if (IsStateChanging(request.method()) && status >= 400 && failure_auditor_ != nullptr) {
    std::string code;
    if (response[beast_http::field::content_type].starts_with("application/json")) {
      boost::system::error_code ec;
      auto body = boost::json::parse(response.body(), ec);
      if (!ec && body.is_object() && body.as_object().contains("error")) {
        code = boost::json::value_to<std::string>(body.at("error").at("code"));
      }
    }
    try {
      if (!context.audit_action().empty()) action = context.audit_action();
      if (action.empty()) action = "http:unmatched:" + std::string(request.method_string());
      failure_auditor_->RecordFailure(context, action, std::string(request.target().substr(0, 200)), status, code);
    } catch (const std::exception& e) {
      // The refusal already stands; a failure to record it must be seen by operators.
      spdlog::error("request_id={} audit of refused request failed: {}", request_id, e.what());
    }
  }
  response.set("X-Request-Id", request_id);
  response.set("X-Content-Type-Options", "nosniff");
  response.set("X-Frame-Options", "DENY");
  response.set("Referrer-Policy", "no-referrer");
  if (request.method() == Verb::head) response.body().clear();

  const auto elapsed = std::chrono::steady_clock::now() - started;
  if (metrics_ != nullptr) metrics_->ObserveRequest(route_label, std::string(request.method_string()), status, elapsed);
  spdlog::info("request_id={} client={} method={} path={} route={} status={} bytes={} ms={:.3f} user={}", request_id,
               client_ip, std::string(request.method_string()),
               std::string(request.target().substr(0, request.target().find('?'))), route_label, status,
               response.body().size(), std::chrono::duration<double, std::milli>(elapsed).count(),
               context.actor().principal ? context.actor().principal->username : "-");
  return response;
}

Response Router::Dispatch(const Route& route, Context& context) {
  try {
    if (route.info.permission != kPublic) {
      if (guard_ == nullptr) throw std::logic_error("no guard installed for a protected route");
      auto principal = guard_->Authenticate(context.request());
      if (!principal) return ErrorReply(principal.error(), context.request_id());
      const bool allowed = guard_->Allows(*principal, route.info.permission);
      context.set_principal(std::move(principal).value());
      if (!allowed) {
        return ErrorReply(core::Error::Of(core::ErrorKind::kForbidden, "permission_denied",
                                          "当前角色无权执行此操作（" + route.info.permission + "）"),
                          context.request_id());
      }
    }
    auto result = route.handler(context);
    if (!result) return ErrorReply(result.error(), context.request_id());
    return std::move(result).value();
  } catch (const core::BusyError& e) {
    spdlog::warn("request_id={} route={} busy: {}", context.request_id(), route.info.path_template, e.what());
    auto reply = ErrorReply(core::Error::Of(core::ErrorKind::kUnavailable, "database_busy", "系统繁忙，请稍后重试"),
                            context.request_id());
    reply.set(beast_http::field::retry_after, "1");
    return reply;
  } catch (const std::exception& e) {
    spdlog::error("request_id={} route={} unhandled: {}", context.request_id(), route.info.path_template, e.what());
    return ErrorReply(core::Error::Of(core::ErrorKind::kInternal, "internal_error", "服务器内部错误，请稍后重试"),
                      context.request_id());
  }
}

}  // namespace sunshine::http
