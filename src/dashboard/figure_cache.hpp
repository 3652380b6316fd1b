#pragma once
// Dashboards are read far more often than their figures change, and some figures read every
// counting check-in of a period: each figure is computed at most once per key (the endpoint, the
// caller's scope and the parameters) in `ttl`, by the first caller; callers arriving meanwhile
// wait for that computation instead of starting their own. Thread-safe. Expiry follows the
// injected clock, so a simulated clock ages the cache as it does everything else.
#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <string>

#include "core/clock.hpp"

namespace sunshine::dashboard {

template <class T>
class FigureCache {
 public:
  FigureCache(const core::Clock& clock, std::int64_t ttl_ms) : clock_(clock), ttl_ms_(ttl_ms) {}

  // The value for `key`, computed by `compute` when absent or older than the ttl. An exception
  // from `compute` reaches every waiting caller and nothing is kept.
  T Get(const std::string& key, const std::function<T()>& compute) {
    if (ttl_ms_ <= 0) return compute();
    std::promise<T> promise;
    std::shared_future<T> future;
    bool owner = false;  // this caller computes; the others wait on its future
    {
      std::lock_guard lock(mutex_);
      const auto now = clock_.Now();
      if (auto it = entries_.find(key); it != entries_.end() && it->second.expires > now) {
        future = it->second.value;
      } else {
        if (entries_.size() >= kMaxEntries) Prune(now);
        future = promise.get_future().share();
        entries_[key] = {now + ttl_ms_, future};
        owner = true;
      }
    }
    if (!owner) return future.get();
    try {
      promise.set_value(compute());
    } catch (...) {
      promise.set_exception(std::current_exception());
      std::lock_guard lock(mutex_);
      entries_.erase(key);
    }
    return future.get();
  }

 private:
  static constexpr std::size_t kMaxEntries = 10'000;
  struct Entry {
    core::EpochMillis expires = 0;
    std::shared_future<T> value;
  };
  // Drops the expired entries (and, if all are fresh, every entry): the cache never grows past
  // kMaxEntries.
  void Prune(core::EpochMillis now) {
    std::erase_if(entries_, [now](const auto& e) { return e.second.expires <= now; });
    if (entries_.size() >= kMaxEntries) entries_.clear();
  }

  const core::Clock& clock_;
  std::int64_t ttl_ms_;
  std::mutex mutex_;
  std::map<std::string, Entry> entries_;
};

}  // namespace sunshine::dashboard
