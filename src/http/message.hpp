#pragma once
// The HTTP types every handler sees, and helpers to build replies. Boost.Beast's names stay
// inside http/; capabilities use these aliases.
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <optional>

#include "core/error.hpp"
#include "core/page.hpp"

namespace sunshine::http {

namespace beast_http = boost::beast::http;
using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;
using Status = beast_http::status;
using Verb = beast_http::verb;

// A JSON reply; `Cache-Control: no-store` because API replies may carry personal data.
Response Json(Status status, const boost::json::value& body);
// 204 No Content.
Response NoContent();
// The one error shape: {"error":{"code","message","fields":[...],"request_id"}}.
Response ErrorReply(const core::Error& error, std::string_view request_id);
// One page of a keyset-paginated list: {"items", "next_after", ["total", "total_exact"]}.
// next_after is the last item's key when the page came back full (there may be more), else
// null; total_exact is false when counting stopped at a cap (db/keyset.hpp kCountCap).
Response PageReply(boost::json::array items, int limit, std::int64_t last_key, std::optional<core::Total> total = {});
// The same for a sorted list: next_after is the cursor of the last item (core/page.hpp).
Response SortedPageReply(boost::json::array items, int limit, const core::Cursor& last, core::Total total);

// A file to download: the bytes, their type, and the name the browser saves them under
// (UTF-8 allowed; sent as RFC 6266 filename*).
Response FileReply(std::string bytes, std::string_view content_type, std::string_view filename);

// Bytes shown inline (a face photo, evidence): their type, never cached (they are personal data).
Response Bytes(std::string bytes, std::string_view content_type);

// Status code for an error kind (the error mapper's table).
Status StatusFor(const core::Error& error);

}  // namespace sunshine::http
