#pragma once
// A real server on a free loopback port over a fresh database with the demo accounts, shared
// by every test of a suite (argon2id makes seeding accounts deliberately slow).
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "app/app.hpp"
#include "auth/roles.hpp"
#include "crypto/token.hpp"
#include "http/server.hpp"
#include "support/http_client.hpp"
#include "support/test_database.hpp"

namespace sunshine::testing {

struct RunningServer {
  explicit RunningServer(const std::string& name, std::function<void(app::App&)> before_start = nullptr,
                         std::function<void(app::Config&)> configure = nullptr,
                         const core::Clock& clock = core::SystemClock()) {
    database = FreshDatabase(name);
    app::Config config;
    config.db = database.url;
    config.port = 0;
    config.pool_size = 4;
    config.web_root = web_root;
    // Personal-data keys for this run only (trainees cannot be registered without them).
    key_file = std::filesystem::temp_directory_path() / ("sunshine-keys-" + name + "-" + crypto::RandomHex(8));
    if (!crypto::GenerateKeyFile(key_file)) throw std::runtime_error("cannot write a test key file");
    config.key_file = key_file.string();
    photo_dir = std::filesystem::temp_directory_path() / ("sunshine-photos-" + name + "-" + crypto::RandomHex(8));
    config.photo_dir = photo_dir.string();
    if (configure) configure(config);
    app = std::make_unique<app::App>(config, clock);
    app::SeedDemo(*app);
    if (before_start) before_start(*app);
    server = std::make_unique<http::Server>(
        http::ServerOptions{.port = 0, .worker_threads = 4, .body_limit = 64 * 1024}, app->router(), app->metrics());
    server->Listen();
    port = server->port();
    thread = std::thread([this] { server->Run(false); });
  }
  ~RunningServer() {
    server->Stop();
    thread.join();
    server.reset();
    app.reset();
    DropDatabase(database);
    std::filesystem::remove(key_file);
    std::filesystem::remove_all(photo_dir);
  }
  // Runs SQL directly against the server's database (to age sessions, tamper with the trail).
  void Sql(const std::string& statement) {
    db::Connection connection(app->database());
    connection.sql() << statement;
  }
  // One text value from a query (an id, a scope) for tests that need a real record.
  std::string Text(const std::string& query) {
    db::Connection connection(app->database());
    std::string value;
    connection.sql() << query, soci::into(value);
    return value;
  }
  long long Count(const std::string& table) {
    db::Connection connection(app->database());
    long long n = 0;
    connection.sql() << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
  }

  inline static std::string web_root = "/nonexistent-web-root";
  TestDatabase database;
  std::filesystem::path key_file, photo_dir;
  std::unique_ptr<app::App> app;
  std::unique_ptr<http::Server> server;
  std::uint16_t port = 0;
  std::thread thread;
};

}  // namespace sunshine::testing
