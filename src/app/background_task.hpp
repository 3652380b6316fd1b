#pragma once
// Work the server does on its own while it runs (moving classes along the calendar, settling
// finished classes' attendance, risk screening): a round at start, then one every interval, and
// at once again while a round says it left work waiting or when woken. A failed round is logged and retried at the next
// tick; it never stops the server.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace sunshine::app {

class BackgroundTask {
 public:
  // `round` returns true when work is left that should not wait for the next tick.
  BackgroundTask(std::string name, std::chrono::seconds interval, std::function<bool()> round);
  ~BackgroundTask();  // stops and joins

  // Starts the next round now, without waiting for the interval (from any thread; never blocks
  // beyond a lock held only around the wait).
  void Wake();

 private:
  void Run(std::stop_token stop);

  std::string name_;
  std::chrono::seconds interval_;
  std::function<bool()> round_;
  std::mutex mutex_;
  std::condition_variable_any wake_;
  bool woken_ = false;
  std::jthread thread_;
};

}  // namespace sunshine::app
