#include "app/calendar_sweep.hpp"

#include <spdlog/spdlog.h>


namespace sunshine::app {

CalendarSweep::CalendarSweep(training::ClassService& classes, std::chrono::seconds interval)
    : classes_(classes), interval_(interval), thread_([this](std::stop_token stop) { Run(stop); }) {}

CalendarSweep::~CalendarSweep() {
  thread_.request_stop();
  wake_.notify_all();
}

void CalendarSweep::Run(std::stop_token stop) {
  while (!stop.stop_requested()) {
    try {
      const int moved = classes_.AdvanceByCalendar(classes_.clock().Today());
      if (moved > 0) spdlog::info("calendar: {} classes started or finished", moved);
    } catch (const std::exception& e) {
      spdlog::error("calendar sweep failed: {}", e.what());
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, stop, interval_, [] { return false; });
  }
}

}  // namespace sunshine::app
