#pragma once
// Moves classes along the calendar (approved -> running on the start date, running ->
// finished after the end date) while the server runs: once at start, then every interval.
// A failed sweep is logged and retried at the next tick; it never stops the server.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "training/class_service.hpp"

namespace sunshine::app {

class CalendarSweep {
 public:
  CalendarSweep(training::ClassService& classes, std::chrono::seconds interval);
  ~CalendarSweep();  // stops and joins

 private:
  void Run(std::stop_token stop);

  training::ClassService& classes_;
  std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::jthread thread_;
};

}  // namespace sunshine::app
