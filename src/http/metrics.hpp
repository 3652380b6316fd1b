#pragma once
// Prometheus text-format metrics: requests and latency by route template and status, open
// connections, database pool use. Thread-safe; the hot path takes one short mutex.
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace sunshine::http {

class Metrics {
 public:
  Metrics();
  void ObserveRequest(const std::string& route, const std::string& method, int status,
                      std::chrono::steady_clock::duration elapsed);
  void ConnectionOpened() { open_connections_.fetch_add(1, std::memory_order_relaxed); }
  void ConnectionClosed() { open_connections_.fetch_sub(1, std::memory_order_relaxed); }
  // Gauges read at scrape time (database pool size and connections in use).
  void AddGauge(std::string name, std::string help, std::function<double()> read);

  // The whole exposition, "# HELP"/"# TYPE" lines included.
  std::string Render() const;

 private:
  struct Histogram {
    std::vector<std::uint64_t> buckets;  // cumulative counts are computed at render time
    double sum = 0;
    std::uint64_t count = 0;
  };
  std::vector<double> bounds_;  // seconds
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::pair<std::string, std::string>, Histogram> latency_;
  std::atomic<long> open_connections_{0};
  struct Gauge {
    std::string name, help;
    std::function<double()> read;
  };
  std::vector<Gauge> gauges_;
};

}  // namespace sunshine::http
