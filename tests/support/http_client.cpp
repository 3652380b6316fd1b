#include "support/http_client.hpp"

namespace sunshine::testing {
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

std::string HttpReply::ErrorCode() const {
  boost::system::error_code ec;
  auto value = boost::json::parse(body, ec);
  if (ec || !value.is_object() || !value.as_object().contains("error")) return "";
  return boost::json::value_to<std::string>(value.at("error").at("code"));
}

std::set<std::string> Reasons(const HttpReply& reply) {
  std::set<std::string> out;
  const auto json = reply.Json();  // kept: a range over a temporary's member would dangle
  for (const auto& f : json.at("error").at("fields").as_array()) {
    out.insert(std::string(f.at("field").as_string()) + ":" + std::string(f.at("reason").as_string()));
  }
  return out;
}

HttpClient::HttpClient(std::uint16_t port) : port_(port) {}

void HttpClient::Connect() {
  stream_.emplace(io_);
  stream_->connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), port_));
  buffer_.clear();
}

HttpReply HttpClient::Send(bhttp::verb method, const std::string& target, const std::string& body,
                           const std::string& token, const std::string& content_type,
                           const std::optional<std::string>& cookie,
                           const std::vector<std::pair<std::string, std::string>>& headers) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!stream_) Connect();
    bhttp::request<bhttp::string_body> request{method, target, 11};
    request.set(bhttp::field::host, "127.0.0.1");
    if (!token.empty()) request.set(bhttp::field::authorization, "Bearer " + token);
    if (cookie) request.set(bhttp::field::cookie, *cookie);
    for (const auto& [name, value] : headers) request.set(name, value);
    if (!body.empty()) {
      request.set(bhttp::field::content_type, content_type);
      request.body() = body;
    }
    request.prepare_payload();
    beast::error_code ec;
    bhttp::write(*stream_, request, ec);
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 << 20);
    if (!ec) bhttp::read(*stream_, buffer_, parser, ec);
    if (ec) {
      stream_.reset();  // the server closed a kept-alive connection: reconnect once
      continue;
    }
    auto response = parser.release();
    HttpReply reply{response.result_int(), response.body(), {}};
    for (const auto& field : response) reply.headers.set(field.name_string(), field.value());
    if (!response.keep_alive()) stream_.reset();
    return reply;
  }
  throw std::runtime_error("request failed twice: " + target);
}

std::string HttpClient::SignIn(const std::string& username, const std::string& password) {
  boost::json::object body{{"username", username}, {"password", password}};
  auto reply = Post("/api/v1/sessions", boost::json::serialize(body));
  if (reply.status != 201) return "";
  return boost::json::value_to<std::string>(reply.Json().at("token"));
}

}  // namespace sunshine::testing
