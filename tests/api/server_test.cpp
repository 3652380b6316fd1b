// Transport behaviour: keep-alive, graceful stop with a request in flight, the web app.
#include <fstream>

#include "api_fixture.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

TEST(ServerTest, StopFinishesTheRequestInFlight) {
  std::atomic<bool> entered{false};
  RunningServer server("stop", [&](app::App& app) {
    app.router().Get("/api/v1/test/slow", std::string(http::kPublic), "test only",
                     [&](http::Context&) -> core::Result<http::Response> {
                       entered = true;
                       std::this_thread::sleep_for(std::chrono::milliseconds(400));
                       return http::Json(http::Status::ok, {{"done", true}});
                     });
  });
  HttpClient idle(server.port);
  ASSERT_EQ(idle.Get("/api/v1/health").status, 200);  // an idle kept-alive connection
  HttpReply reply;
  std::thread caller([&] { reply = HttpClient(server.port).Get("/api/v1/test/slow"); });
  while (!entered) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const auto stop_at = std::chrono::steady_clock::now();
  server.server->Stop();
  caller.join();
  EXPECT_EQ(reply.status, 200) << "the in-flight request was answered";
  EXPECT_EQ(reply.headers[bhttp::field::connection], "close");
  server.thread.join();  // Run() returned: idle connections were closed, nothing hangs
  EXPECT_LT(std::chrono::steady_clock::now() - stop_at, std::chrono::seconds(5));
  server.thread = std::thread([] {});  // the destructor joins again
}

TEST(ServerTest, ServesTheWebAppWithClientRoutesAndNoTraversal) {
  const auto root = std::filesystem::temp_directory_path() / ("sunshine-web-" + std::to_string(::getpid()));
  std::filesystem::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "<!doctype html><title>阳光培训</title>";
  std::ofstream(root / "assets" / "index-abc123.js") << "export {}";
  RunningServer::web_root = root.string();
  RunningServer server("web");
  RunningServer::web_root = "/nonexistent-web-root";
  HttpClient client(server.port);
  auto index = client.Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.headers[bhttp::field::content_type], "text/html; charset=utf-8");
  EXPECT_NE(std::string(index.headers["Content-Security-Policy"]).find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(client.Get("/users/42").body, index.body) << "client-side routes get the app";
  auto script = client.Get("/assets/index-abc123.js");
  EXPECT_EQ(script.headers[bhttp::field::content_type], "text/javascript; charset=utf-8");
  EXPECT_EQ(script.headers[bhttp::field::cache_control], "public, max-age=31536000, immutable");
  for (const char* evil : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fetc%2fpasswd"}) {
    auto reply = client.Get(evil);
    EXPECT_TRUE(reply.status == 404 || reply.status == 400 || reply.body == index.body) << evil;
    EXPECT_EQ(reply.body.find("root:"), std::string::npos) << evil;
  }
  EXPECT_EQ(client.Get("/api/v1/unknown").status, 404) << "API paths never fall back to the app";
  std::filesystem::remove_all(root);
}

TEST(ServerTest, MalformedHttpIsRefusedWith400) {
  RunningServer server("malformed");
  boost::asio::io_context io;
  boost::beast::tcp_stream stream(io);
  stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), server.port));
  const std::string garbage = "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n";
  boost::asio::write(stream, boost::asio::buffer(garbage));
  boost::beast::flat_buffer buffer;
  bhttp::response<bhttp::string_body> response;
  bhttp::read(stream, buffer, response);
  EXPECT_EQ(response.result_int(), 400);
  EXPECT_NE(response.body().find("bad_request"), std::string::npos);
}

// RFC 9112 framing: every request the server can read enough of to answer gets a status, and
// an HTTP/1.1 request without exactly one Host is refused.
TEST(ServerTest, FramingErrorsGetTheirStatus) {
  RunningServer server("framing");
  struct Case {
    const char* name;
    std::string request;
    int status;
  };
  const Case cases[] = {
      {"no Host", "GET /api/v1/health HTTP/1.1\r\n\r\n", 400},
      {"two Hosts", "GET /api/v1/health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400},
      {"one Host", "GET /api/v1/health HTTP/1.1\r\nHost: a\r\n\r\n", 200},
      {"HTTP/1.0 needs none", "GET /api/v1/health HTTP/1.0\r\n\r\n", 200},
      {"a 100 KB target", "GET /" + std::string(100000, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n", 414},
      {"a 20 KB header", "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n", 431},
      {"HTTP/0.9", "GET /\r\n\r\n", 400},
      {"HTTP/2.0 as text", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505},
      {"bare LF", "GET /api/v1/health HTTP/1.1\nHost: a\n\n", 400},
      {"a TLS hello", std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11), 400},
  };
  for (const auto& c : cases) {
    boost::asio::io_context io;
    boost::beast::tcp_stream stream(io);
    stream.connect(boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), server.port));
    boost::system::error_code ec;
    // The server may answer and stop reading before all of a long request is written.
    boost::asio::write(stream, boost::asio::buffer(c.request), ec);
    boost::beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> response;
    bhttp::read(stream, buffer, response, ec);
    ASSERT_FALSE(ec) << c.name << ": " << ec.message();
    EXPECT_EQ(response.result_int(), c.status) << c.name << ": " << response.body();
  }
}

}  // namespace
}  // namespace sunshine::testing
