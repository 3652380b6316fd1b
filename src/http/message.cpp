#include "http/message.hpp"

#include <cctype>

namespace sunshine::http {

Response Json(Status status, const boost::json::value& body) {
  Response response{status, 11};
  response.set(beast_http::field::content_type, "application/json; charset=utf-8");
  response.set(beast_http::field::cache_control, "no-store");
  response.body() = boost::json::serialize(body);
  response.prepare_payload();
  return response;
}

Response NoContent() {
  Response response{Status::no_content, 11};
  response.set(beast_http::field::cache_control, "no-store");
  return response;
}

namespace {
void PutTotal(boost::json::object& body, const core::Total& total) {
  body["total"] = total.count;
  body["total_exact"] = total.exact;
}
}  // namespace

Response PageReply(boost::json::array items, int limit, std::int64_t last_key, std::optional<core::Total> total) {
  const bool full = static_cast<int>(items.size()) == limit;
  boost::json::object body{{"items", std::move(items)}, {"next_after", full ? boost::json::value(last_key) : nullptr}};
  if (total) PutTotal(body, *total);
  return Json(Status::ok, body);
}

Response SortedPageReply(boost::json::array items, int limit, const core::Cursor& last, core::Total total) {
  const bool full = static_cast<int>(items.size()) == limit;
  boost::json::object body{{"items", std::move(items)},
                           {"next_after", full ? boost::json::value(core::EncodeCursor(last)) : nullptr}};
  PutTotal(body, total);
  return Json(Status::ok, body);
}

Response FileReply(std::string bytes, std::string_view content_type, std::string_view filename) {
  Response response{Status::ok, 11};
  response.set(beast_http::field::content_type, content_type);
  std::string encoded;
  for (unsigned char c : filename) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  // An ASCII fallback name for old clients, keeping the extension.
  const auto dot = filename.rfind('.');
  const std::string fallback = "export" + std::string(dot == std::string_view::npos ? "" : filename.substr(dot));
  response.set(beast_http::field::content_disposition,
               "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded);
  response.set(beast_http::field::cache_control, "no-store");
  response.body() = std::move(bytes);
  response.prepare_payload();
  return response;
}

Response Bytes(std::string bytes, std::string_view content_type) {
  Response response{Status::ok, 11};
  response.set(beast_http::field::content_type, content_type);
  response.set(beast_http::field::cache_control, "private, no-store");
  response.body() = std::move(bytes);
  response.prepare_payload();
  return response;
}

Status StatusFor(const core::Error& error) {
  using core::ErrorKind;
  switch (error.kind) {
    case ErrorKind::kInvalid:
      // A body that is not JSON at all is a bad request; a JSON body with refused fields is 422.
      return error.code == "malformed_json" || error.code == "bad_request" ? Status::bad_request
             : error.code == "unsupported_media_type"                      ? Status::unsupported_media_type
                                                                           : Status::unprocessable_entity;
    case ErrorKind::kUnauthenticated:
      return Status::unauthorized;
    case ErrorKind::kForbidden:
      return Status::forbidden;
    case ErrorKind::kNotFound:
      return Status::not_found;
    case ErrorKind::kConflict:
      return Status::conflict;
    case ErrorKind::kTooLarge:
      return Status::payload_too_large;
    case ErrorKind::kTooManyRequests:
      return Status::too_many_requests;
    case ErrorKind::kUnavailable:
      return Status::service_unavailable;
    case ErrorKind::kInternal:
      break;
  }
  return Status::internal_server_error;
}

Response ErrorReply(const core::Error& error, std::string_view request_id) {
  boost::json::array fields;
  for (const auto& f : error.fields) {
    boost::json::object field{{"field", f.field}, {"reason", f.reason}};
    if (f.row > 0) {
      field["row"] = f.row;
      field["column"] = f.column;
    }
    if (!f.detail.empty()) field["detail"] = f.detail;
    fields.push_back(std::move(field));
  }
  boost::json::object body{
      {"code", error.code}, {"message", error.message}, {"fields", std::move(fields)}, {"request_id", request_id}};
  if (!error.counts.empty()) {
    boost::json::array counts;
    for (const auto& c : error.counts) {
      counts.push_back({{"field", c.field}, {"column", c.column}, {"reason", c.reason}, {"count", c.count}});
    }
    body["fields_total"] = error.fields_total;
    body["counts"] = std::move(counts);
  }
  return Json(StatusFor(error), boost::json::object{{"error", std::move(body)}});
}

}  // namespace sunshine::http
