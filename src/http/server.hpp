#pragma once
// The HTTP/1.1 server: Boost.Beast over Asio with C++20 coroutines, one coroutine per
// connection on its own strand, keep-alive, read/write deadlines, a body size limit, and a
// graceful stop (stop accepting, close idle connections, finish requests already read).
//
// Handlers may block (SOCI is synchronous), so they run on a separate worker pool; the I/O
// threads only read, parse and write.
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace sunshine::http {

class Router;
class Metrics;

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port (see Server::port())
  int io_threads = 1;
  int worker_threads = 4;
  std::size_t body_limit = 1 << 20;               // bytes; larger bodies get 413
  // Bulk imports (POST /api/v1/imports/...) carry files: 100,000 trainee rows are ~9 MB.
  std::size_t import_body_limit = 64 << 20;
  std::chrono::milliseconds read_timeout{15000};  // a whole request must arrive in this
  std::chrono::milliseconds idle_timeout{60000};  // keep-alive wait for the next request
  std::chrono::milliseconds write_timeout{30000};
};

class Server {
 public:
  Server(ServerOptions options, Router& router, Metrics& metrics);
  ~Server();

  // Binds and listens; throws std::system_error when the address is taken.
  void Listen();
  std::uint16_t port() const;
  // Serves until Stop() (or SIGTERM/SIGINT when `handle_signals`), then returns after every
  // in-flight request has been answered.
  void Run(bool handle_signals);
  // Thread-safe; may be called from any thread, any number of times.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sunshine::http
