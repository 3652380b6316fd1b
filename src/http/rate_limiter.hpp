#pragma once
// A fixed-window limit of requests per client address, for public endpoints that anyone may
// call without signing in (the certificate check, objections to a public notice): at most
// `limit` requests in each window (a minute unless told) of the platform's clock. In memory, per server: a restart forgets the windows, which
// only ever lets a caller through. Thread-safe.
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/clock.hpp"

namespace sunshine::http {

class RateLimiter {
 public:
  RateLimiter(const core::Clock& clock, int limit, std::int64_t window_ms = 60000)
      : clock_(clock), limit_(limit), window_ms_(window_ms) {}

  // Counts one request from `client`; false when it is over the limit of the current window.
  bool Allow(const std::string& client);

 private:
  struct Window {
    std::int64_t number = 0;
    int count = 0;
  };
  const core::Clock& clock_;
  const int limit_;
  const std::int64_t window_ms_;
  std::mutex mutex_;
  std::unordered_map<std::string, Window> windows_;
};

}  // namespace sunshine::http
