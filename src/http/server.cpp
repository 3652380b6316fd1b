#include "http/server.hpp"

#include <algorithm>
#include <array>

#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <list>
#include <mutex>
#include <optional>
#include <thread>

#include "crypto/token.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"

namespace sunshine::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
using Stream = beast::tcp_stream;

namespace {
constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);
constexpr std::size_t kHeaderLimit = 16 * 1024;

// One open connection, as the stop logic sees it.
struct ConnectionState {
  explicit ConnectionState(asio::strand<asio::io_context::executor_type> strand) : strand(strand) {}
  asio::strand<asio::io_context::executor_type> strand;
  Stream* stream = nullptr;
  bool busy = false;  // guarded by strand: a request has been read and is not yet answered
};

std::string NewRequestId() { return "r-" + crypto::RandomHex(8); }

Response PlainError(const core::Error& error) {
  Response response = ErrorReply(error, NewRequestId());
  response.keep_alive(false);
  return response;
}
Response WithStatus(Response response, Status status) {
  response.result(status);
  return response;
}

// The answer to a request the parser refused, where HTTP allows one (RFC 9112, RFC 9110
// §15.5): nothing when the peer sent nothing or went away.
std::optional<Response> RefusalFor(const boost::system::error_code& ec, bool received, std::string_view buffered,
                                   std::size_t body_limit) {
  if (ec == beast_http::error::body_limit) {
    return PlainError(core::Error::Of(core::ErrorKind::kTooLarge, "body_too_large",
                                      "请求体超过上限 " + std::to_string(body_limit) + " 字节"));
  }
  if (!received || ec == beast_http::error::end_of_stream || ec == beast::error::timeout ||
      ec == asio::error::operation_aborted || ec == asio::error::connection_reset || ec == asio::error::eof) {
    return std::nullopt;
  }
  if (ec == beast_http::error::header_limit) {
    // No line end within the limit: the request line itself, i.e. the target, is too long.
    if (buffered.find('\n') == std::string_view::npos) {
      return WithStatus(PlainError(core::Error::Invalid("uri_too_long", "请求地址过长")), Status::uri_too_long);
    }
    return WithStatus(PlainError(core::Error::Invalid("headers_too_large", "请求头过大")),
                      Status::request_header_fields_too_large);
  }
  // Beast reads a bare LF after the version as part of a malformed version: that is a
  // framing error (400), not a version this server does not speak (505).
  const auto line_end = buffered.find('\n');
  const bool bare_lf = line_end != std::string_view::npos && (line_end == 0 || buffered[line_end - 1] != '\r');
  if (ec == beast_http::error::bad_version && !bare_lf) {
    return WithStatus(PlainError(core::Error::Invalid("http_version_not_supported", "仅支持 HTTP/1.0 与 HTTP/1.1")),
                      Status::http_version_not_supported);
  }
  return PlainError(core::Error::Invalid("bad_request", "HTTP 请求格式错误：" + ec.message()));
}
// After refusing a request whose bytes were not all read, closing at once would reset the
// connection (unread data), and the client could lose the answer: say we are done sending,
// then read and drop what is still coming, for at most a second and 1 MB.
asio::awaitable<void> DrainBeforeClose(Stream& stream) {
  boost::system::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  std::array<char, 16 * 1024> sink;
  std::size_t drained = 0;
  stream.expires_after(std::chrono::seconds(1));
  while (drained < (1u << 20)) {
    auto [ec, n] = co_await stream.async_read_some(asio::buffer(sink), kUseTuple);
    if (ec) break;
    drained += n;
  }
}
}  // namespace

struct Server::Impl {
  Impl(ServerOptions o, Router& r, Metrics& m)
      : options(std::move(o)),
        router(r),
        metrics(m),
        acceptor(io),
        signals(io),
        workers(std::max(1, options.worker_threads)) {}

  asio::awaitable<void> Accept();
  asio::awaitable<void> Serve(Stream stream, std::shared_ptr<ConnectionState> state);
  void CloseIdle();

  ServerOptions options;
  Router& router;
  Metrics& metrics;
  asio::io_context io;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  asio::thread_pool workers;
  std::atomic<bool> stopping{false};
  std::mutex connections_mutex;
  std::list<std::weak_ptr<ConnectionState>> connections;
};

Server::Server(ServerOptions options, Router& router, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), router, metrics)) {}

Server::~Server() { impl_->workers.join(); }

void Server::Listen() {
  const tcp::endpoint endpoint{asio::ip::make_address(impl_->options.address), impl_->options.port};
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(asio::socket_base::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen(asio::socket_base::max_listen_connections);
}

std::uint16_t Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::Run(bool handle_signals) {
  Impl& impl = *impl_;
  if (handle_signals) {
    impl.signals.add(SIGINT);
    impl.signals.add(SIGTERM);
    impl.signals.async_wait([this](const boost::system::error_code& ec, int signal) {
      if (!ec) {
        spdlog::info("signal {} received: finishing in-flight requests, then stopping", signal);
        Stop();
      }
    });
  }
  asio::co_spawn(impl.io, impl.Accept(), asio::detached);
  // No work guard: run() returns once the acceptor, the signal wait and the last connection
  // are gone, which is exactly "every in-flight request answered".
  std::vector<std::thread> threads;
  for (int i = 1; i < impl.options.io_threads; ++i) threads.emplace_back([&] { impl.io.run(); });
  impl.io.run();
  for (auto& t : threads) t.join();
  impl.workers.join();
}

void Server::Stop() {
  Impl& impl = *impl_;
  if (impl.stopping.exchange(true)) return;
  asio::post(impl.io, [&impl] {
    boost::system::error_code ignored;
    impl.acceptor.close(ignored);
    impl.signals.cancel(ignored);
    impl.CloseIdle();
  });
}

void Server::Impl::CloseIdle() {
  std::lock_guard lock(connections_mutex);
  for (auto& weak : connections) {
    if (auto state = weak.lock()) {
      asio::post(state->strand, [state] {
        // A busy connection finishes its request and then closes (Serve checks `stopping`).
        if (!state->busy && state->stream != nullptr) state->stream->socket().cancel();
      });
    }
  }
}

asio::awaitable<void> Server::Impl::Accept() {
  for (;;) {
    auto strand = asio::make_strand(io);
    auto [ec, socket] = co_await acceptor.async_accept(strand, kUseTuple);
    if (ec) {
      if (stopping || ec == asio::error::operation_aborted) co_return;
      spdlog::warn("accept failed: {}", ec.message());
      continue;
    }
    auto state = std::make_shared<ConnectionState>(strand);
    {
      std::lock_guard lock(connections_mutex);
      connections.remove_if([](const auto& weak) { return weak.expired(); });
      connections.push_back(state);
    }
    asio::co_spawn(strand, Serve(Stream(std::move(socket)), state), asio::detached);
  }
}

asio::awaitable<void> Server::Impl::Serve(Stream stream, std::shared_ptr<ConnectionState> state) {
  metrics.ConnectionOpened();
  state->stream = &stream;
  beast::flat_buffer buffer;
  std::string client_ip;
  {
    boost::system::error_code ec;
    auto remote = stream.socket().remote_endpoint(ec);
    client_ip = ec ? "unknown" : remote.address().to_string();
  }
  bool first = true;
  while (!stopping) {
    beast_http::request_parser<beast_http::string_body> parser;
    parser.header_limit(kHeaderLimit);
    // Beast checks Content-Length against the limit while parsing the header, so the header
    // is read under the larger limit and the route's own limit applies to the body.
    parser.body_limit(std::max(options.body_limit, options.import_body_limit));
    // Waiting for the next request on a kept-alive connection may take the idle time; once
    // bytes arrive the whole request must come within the read timeout.
    stream.expires_after(first ? options.read_timeout : options.idle_timeout);
    first = false;
    // The header first: the target decides how large a body may be.
    auto [header_ec, header_bytes] = co_await beast_http::async_read_header(stream, buffer, parser, kUseTuple);
    const bool import = !header_ec && parser.get().target().starts_with("/api/v1/imports/");
    const std::size_t limit = import ? options.import_body_limit : options.body_limit;
    if (!header_ec) parser.body_limit(limit);
    // A declared length over the route's limit is refused before any of the body is read.
    const bool declared_too_large = !header_ec && parser.content_length() && *parser.content_length() > limit;
    // Clients that ask first (curl does for large uploads) are told to go on; otherwise
    // they wait a second before sending the body anyway.
    if (!header_ec && !declared_too_large && beast::iequals(parser.get()[beast_http::field::expect], "100-continue")) {
      beast_http::response<beast_http::empty_body> go_on{beast_http::status::continue_, parser.get().version()};
      stream.expires_after(options.write_timeout);
      co_await beast_http::async_write(stream, go_on, kUseTuple);
    }
    auto [body_ec, body_bytes] = header_ec || declared_too_large
                                     ? std::tuple{header_ec, std::size_t{0}}
                                     : co_await beast_http::async_read(stream, buffer, parser, kUseTuple);
    const auto ec = declared_too_large ? beast_http::make_error_code(beast_http::error::body_limit)
                    : header_ec        ? header_ec
                                       : body_ec;
    const std::size_t bytes = header_bytes + body_bytes;
    if (ec) {
      const bool received = bytes > 0 || buffer.size() > 0;
      auto refusal = RefusalFor(ec, received, std::string_view(static_cast<const char*>(buffer.data().data()),
                                                               buffer.data().size()),
                                limit);
      if (!refusal) break;
      stream.expires_after(options.write_timeout);
      co_await beast_http::async_write(stream, *refusal, kUseTuple);
      co_await DrainBeforeClose(stream);
      break;
    }
    // RFC 9112 §3.2: an HTTP/1.1 request carries exactly one Host.
    if (parser.get().version() == 11 && parser.get().count(beast_http::field::host) != 1) {
      Response refusal = PlainError(core::Error::Invalid("bad_request", parser.get().count(beast_http::field::host) == 0
                                                                            ? "HTTP/1.1 请求缺少 Host 头"
                                                                            : "HTTP/1.1 请求含有多个 Host 头"));
      stream.expires_after(options.write_timeout);
      co_await beast_http::async_write(stream, refusal, kUseTuple);
      co_await DrainBeforeClose(stream);
      break;
    }
    state->busy = true;
    Request request = parser.release();
    const std::string request_id = NewRequestId();
    // Run the (blocking) handler on the worker pool, then come back to this strand.
    Response response = co_await asio::co_spawn(
        workers, [&]() -> asio::awaitable<Response> { co_return router.Handle(request, request_id, client_ip); },
        asio::use_awaitable);
    const bool keep_alive = request.keep_alive() && !stopping;
    response.keep_alive(keep_alive);
    stream.expires_after(options.write_timeout);
    auto [write_ec, written] = co_await beast_http::async_write(stream, response, kUseTuple);
    state->busy = false;
    if (write_ec || !keep_alive) break;
  }
  boost::system::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  state->stream = nullptr;
  metrics.ConnectionClosed();
}

}  // namespace sunshine::http
