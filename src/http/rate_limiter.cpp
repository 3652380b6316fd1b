#include "http/rate_limiter.hpp"

namespace sunshine::http {
namespace {
// Past this many addresses the windows of earlier minutes are dropped, so memory stays bounded
// however many addresses call.
constexpr std::size_t kPruneAbove = 100000;
}  // namespace

bool RateLimiter::Allow(const std::string& client) {
  const std::int64_t minute = clock_.Now() / 60000;
  std::lock_guard lock(mutex_);
  if (windows_.size() > kPruneAbove) {
    std::erase_if(windows_, [minute](const auto& entry) { return entry.second.minute != minute; });
  }
  auto& window = windows_[client];
  if (window.minute != minute) window = {minute, 0};
  return ++window.count <= per_minute_;
}

}  // namespace sunshine::http
