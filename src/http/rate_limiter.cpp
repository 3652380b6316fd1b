#include "http/rate_limiter.hpp"

namespace sunshine::http {
namespace {
// Past this many addresses the earlier windows are dropped, so memory stays bounded
// however many addresses call.
constexpr std::size_t kPruneAbove = 100000;
}  // namespace

bool RateLimiter::Allow(const std::string& client) {
  const std::int64_t number = clock_.Now() / window_ms_;
  std::lock_guard lock(mutex_);
  if (windows_.size() > kPruneAbove) {
    std::erase_if(windows_, [number](const auto& entry) { return entry.second.number != number; });
  }
  auto& window = windows_[client];
  if (window.number != number) window = {number, 0};
  return ++window.count <= limit_;
}

}  // namespace sunshine::http
