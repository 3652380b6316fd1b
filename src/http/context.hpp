#pragma once
// Everything a handler knows about the request it serves. Owned by the router for the length
// of one request, on one worker thread.
#include <chrono>
#include <map>
#include <optional>
#include <span>
#include <string>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "http/json.hpp"
#include "http/message.hpp"

namespace sunshine::http {

class Context {
 public:
  Context(const Request& request, std::string request_id, std::string client_ip,
          std::chrono::steady_clock::time_point deadline);

  const Request& request() const { return request_; }
  const std::string& request_id() const { return actor_.request_id; }
  const std::string& client_ip() const { return actor_.client_ip; }
  // When the reply is due; long handlers check it between steps (PostgreSQL enforces it per
  // statement through statement_timeout).
  std::chrono::steady_clock::time_point deadline() const { return deadline_; }

  // The request's actor (principal, request id, client address) for services and audit.
  const core::Actor& actor() const { return actor_; }
  // Precondition: the route is not public (the router authenticated the caller).
  const core::Principal& principal() const { return *actor_.principal; }
  void set_principal(core::Principal principal) { actor_.principal = std::move(principal); }

  // A `{name}` segment of the matched path template; empty if the template has none.
  std::string_view PathParam(std::string_view name) const;
  // A path segment that must be a positive integer id, else a 404 (an id that cannot exist).
  core::Result<std::int64_t> PathId(std::string_view name) const;
  // A query-string parameter, percent-decoded.
  std::optional<std::string> Query(std::string_view name) const;
  // Every query-string parameter, percent-decoded, for filters read by a pure function.
  const std::map<std::string, std::string, std::less<>>& QueryParams() const { return query_; }
  // Keyset pagination: `after` (default 0) and `limit` (1..max, default 50), with field errors.
  struct Page {
    std::int64_t after = 0;
    int limit = 50;
  };
  core::Result<Page> PageParams(int max_limit = 200) const;
  // Sorted keyset pagination: `sort` one of `sortable` (or "id"), "-" first for descending;
  // `after` a cursor from the previous page (core/page.hpp); `limit` as above.
  struct SortedPage {
    core::Sort sort;
    core::Cursor after;
    int limit = 50;
  };
  core::Result<SortedPage> SortedPageParams(std::span<const std::string_view> sortable,
                                            int max_limit = 200) const;

  // Reads the body as a JSON object into T, requiring Content-Type application/json.
  template <class T>
  core::Result<T> Body() const {
    if (auto refused = CheckJsonContentType()) return *refused;
    return ParseJsonObject<T>(request_.body());
  }

  // Facts a handler adds for the record the router writes if this write is refused: the
  // username a failed sign-in claimed, and a short JSON detail.
  void set_audit_subject(std::string username) { audit_subject_ = std::move(username); }
  void set_audit_detail(std::string json) { audit_detail_ = std::move(json); }
  // The action to record instead of the route's permission (public routes have none).
  void set_audit_action(std::string action) { audit_action_ = std::move(action); }
  const std::string& audit_action() const { return audit_action_; }
  const std::string& audit_subject() const { return audit_subject_; }
  const std::string& audit_detail() const { return audit_detail_; }

  // Set by the router after matching.
  void set_path_params(std::map<std::string, std::string, std::less<>> params) { path_params_ = std::move(params); }
  void set_query(std::map<std::string, std::string, std::less<>> query) { query_ = std::move(query); }

 private:
  std::optional<core::Error> CheckJsonContentType() const;

  const Request& request_;
  core::Actor actor_;
  std::chrono::steady_clock::time_point deadline_;
  std::map<std::string, std::string, std::less<>> path_params_;
  std::map<std::string, std::string, std::less<>> query_;
  std::string audit_subject_;
  std::string audit_detail_;
  std::string audit_action_;
};

// One keyset page of a list, newest first: the page parameters read, `list(after, limit)` asked
// for the rows (a core::Result of a vector), each row turned to JSON by `to_json`, and the next
// page keyed by `key(last row)` (its id).
template <class List, class ToJson, class Key>
core::Result<Response> KeysetPage(const Context& ctx, List list, ToJson to_json, Key key) {
  auto page = ctx.PageParams();
  if (!page) return page.error();
  auto items = list(page->after, page->limit);
  if (!items) return items.error();
  boost::json::array out;
  for (const auto& row : *items) out.push_back(to_json(row));
  return PageReply(std::move(out), page->limit, items->empty() ? 0 : key(items->back()));
}
// The same for rows keyed by their `id`.
template <class List, class ToJson>
core::Result<Response> KeysetPage(const Context& ctx, List list, ToJson to_json) {
  return KeysetPage(ctx, std::move(list), std::move(to_json), [](const auto& row) { return row.id; });
}

}  // namespace sunshine::http
