#pragma once
// A small blocking HTTP/1.1 client for black-box API tests: one keep-alive connection.
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sunshine::testing {

struct HttpReply {
  int status = 0;
  std::string body;
  boost::beast::http::fields headers;
  boost::json::value Json() const { return boost::json::parse(body); }
  std::string ErrorCode() const;
};

// The refused fields of an error reply as "field:reason" ("trainee_ids[0]:duplicate").
std::set<std::string> Reasons(const HttpReply& reply);

class HttpClient {
 public:
  explicit HttpClient(std::uint16_t port);
  HttpReply Send(boost::beast::http::verb method, const std::string& target, const std::string& body = "",
                 const std::string& token = "", const std::string& content_type = "application/json",
                 const std::optional<std::string>& cookie = std::nullopt,
                 const std::vector<std::pair<std::string, std::string>>& headers = {});
  HttpReply Get(const std::string& target, const std::string& token = "") {
    return Send(boost::beast::http::verb::get, target, "", token);
  }
  HttpReply Post(const std::string& target, const std::string& body, const std::string& token = "") {
    return Send(boost::beast::http::verb::post, target, body, token);
  }
  // Signs in and returns the bearer token (empty on failure).
  std::string SignIn(const std::string& username, const std::string& password);

 private:
  void Connect();
  std::uint16_t port_;
  boost::asio::io_context io_;
  std::optional<boost::beast::tcp_stream> stream_;
  boost::beast::flat_buffer buffer_;
};

}  // namespace sunshine::testing
