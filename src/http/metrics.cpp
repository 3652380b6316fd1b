#include "http/metrics.hpp"

#include <fmt/format.h>

namespace sunshine::http {
namespace {
// Label values come from route templates and method names only, never from raw paths, so
// escaping is needed only for safety, and cardinality stays bounded.
std::string Escape(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}
}  // namespace

Metrics::Metrics() : bounds_{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10} {}

void Metrics::ObserveRequest(const std::string& route, const std::string& method, int status,
                             std::chrono::steady_clock::duration elapsed) {
  const double seconds = std::chrono::duration<double>(elapsed).count();
  std::lock_guard lock(mutex_);
  ++requests_[{route, method, status}];
  Histogram& h = latency_[{route, method}];
  if (h.buckets.empty()) h.buckets.assign(bounds_.size(), 0);
  for (std::size_t i = 0; i < bounds_.size(); ++i) {
    if (seconds <= bounds_[i]) {
      ++h.buckets[i];
      break;
    }
  }
  h.sum += seconds;
  ++h.count;
}

void Metrics::AddGauge(std::string name, std::string help, std::function<double()> read) {
  std::lock_guard lock(mutex_);
  gauges_.push_back({std::move(name), std::move(help), std::move(read)});
}

std::string Metrics::Render() const {
  std::string out;
  std::lock_guard lock(mutex_);
  out += "# HELP sunshine_http_requests_total HTTP requests served, by route template, method and status.\n";
  out += "# TYPE sunshine_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [route, method, status] = key;
    out += fmt::format("sunshine_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n", Escape(route),
                       method, status, count);
  }
  out += "# HELP sunshine_http_request_duration_seconds Time from request read to reply ready.\n";
  out += "# TYPE sunshine_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    const std::string labels = fmt::format("route=\"{}\",method=\"{}\"", Escape(key.first), key.second);
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < bounds_.size(); ++i) {
      cumulative += h.buckets[i];
      out += fmt::format("sunshine_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels, bounds_[i],
                         cumulative);
    }
    out += fmt::format("sunshine_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels, h.count);
    out += fmt::format("sunshine_http_request_duration_seconds_sum{{{}}} {}\n", labels, h.sum);
    out += fmt::format("sunshine_http_request_duration_seconds_count{{{}}} {}\n", labels, h.count);
  }
  out += "# HELP sunshine_http_open_connections Client connections currently open.\n";
  out += "# TYPE sunshine_http_open_connections gauge\n";
  out += fmt::format("sunshine_http_open_connections {}\n", open_connections_.load());
  for (const auto& gauge : gauges_) {
    out += fmt::format("# HELP {} {}\n# TYPE {} gauge\n{} {}\n", gauge.name, gauge.help, gauge.name, gauge.name,
                       gauge.read());
  }
  return out;
}

}  // namespace sunshine::http
