#pragma once
// Routes requests by method and path template ("/api/v1/classes/{id}"), authenticates and
// authorises before any handler runs, audits refused writes, and measures every request.
//
// Deny by default: a route cannot be registered without a permission string; kPublic must be
// written out to open a route to anonymous callers. Thread-safety: register every route before
// the server starts; Handle() is then called from many worker threads at once.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "http/context.hpp"
#include "http/message.hpp"

namespace sunshine::http {

class Metrics;
class StaticFiles;

inline constexpr std::string_view kPublic = "public";

using Handler = std::function<core::Result<Response>(Context&)>;

// Implemented by auth: who is calling, and may they do this.
class Guard {
 public:
  virtual ~Guard() = default;
  // The principal for the request's cookie or bearer token; an Error when it is missing,
  // expired or revoked. May touch the database.
  virtual core::Result<core::Principal> Authenticate(const Request& request) = 0;
  virtual bool Allows(const core::Principal& principal, std::string_view permission) const = 0;
};

// Implemented by audit: records a state-changing request that was refused or failed. (A write
// that succeeds is audited by its service inside the transaction that makes it.)
class FailureAuditor {
 public:
  virtual ~FailureAuditor() = default;
  virtual void RecordFailure(const Context& context, std::string_view action, std::string_view object, int status,
                             std::string_view error_code) = 0;
};

struct RouteInfo {
  Verb method;
  std::string path_template;
  std::string permission;
  std::string summary;
};

class Router {
 public:
  Router();
  ~Router();

  void Add(Verb method, std::string path_template, std::string permission, std::string summary, Handler handler);
  void Get(std::string path, std::string permission, std::string summary, Handler handler) {
    Add(Verb::get, std::move(path), std::move(permission), std::move(summary), std::move(handler));
  }
  void Post(std::string path, std::string permission, std::string summary, Handler handler) {
    Add(Verb::post, std::move(path), std::move(permission), std::move(summary), std::move(handler));
  }
  void Put(std::string path, std::string permission, std::string summary, Handler handler) {
    Add(Verb::put, std::move(path), std::move(permission), std::move(summary), std::move(handler));
  }
  void Patch(std::string path, std::string permission, std::string summary, Handler handler) {
    Add(Verb::patch, std::move(path), std::move(permission), std::move(summary), std::move(handler));
  }
  void Delete(std::string path, std::string permission, std::string summary, Handler handler) {
    Add(Verb::delete_, std::move(path), std::move(permission), std::move(summary), std::move(handler));
  }

  void set_guard(Guard* guard) { guard_ = guard; }
  void set_failure_auditor(FailureAuditor* auditor) { failure_auditor_ = auditor; }
  void set_metrics(Metrics* metrics) { metrics_ = metrics; }
  // Serves GET/HEAD for every path outside /api/ and /metrics (the web app).
  void set_static_files(StaticFiles* files) { static_files_ = files; }
  void set_request_deadline(std::chrono::milliseconds deadline) { deadline_ = deadline; }

  // Serves one request. Never throws: failures become error replies.
  Response Handle(const Request& request, const std::string& request_id, const std::string& client_ip);

  std::vector<RouteInfo> Routes() const;

 private:
  struct Route;
  struct Match;
  Match Find(Verb method, std::string_view path) const;
  Response Dispatch(const Route& route, Context& context);

  std::vector<std::unique_ptr<Route>> routes_;
  Guard* guard_ = nullptr;
  FailureAuditor* failure_auditor_ = nullptr;
  Metrics* metrics_ = nullptr;
  StaticFiles* static_files_ = nullptr;
  std::chrono::milliseconds deadline_{30000};
};

// True for methods that change state and must therefore be audited.
bool IsStateChanging(Verb method);

}  // namespace sunshine::http
