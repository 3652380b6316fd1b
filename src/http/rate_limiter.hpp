#pragma once
// A fixed-window limit of requests per client address, for public endpoints that anyone may
// call without signing in (the certificate check): at most `per_minute` requests in each
// minute of the platform's clock. In memory, per server: a restart forgets the windows, which
// only ever lets a caller through. Thread-safe.
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/clock.hpp"

namespace sunshine::http {

class RateLimiter {
 public:
  RateLimiter(const core::Clock& clock, int per_minute) : clock_(clock), per_minute_(per_minute) {}

  // Counts one request from `client`; false when it is over the limit of the current minute.
  bool Allow(const std::string& client);

 private:
  struct Window {
    std::int64_t minute = 0;
    int count = 0;
  };
  const core::Clock& clock_;
  const int per_minute_;
  std::mutex mutex_;
  std::unordered_map<std::string, Window> windows_;
};

}  // namespace sunshine::http
