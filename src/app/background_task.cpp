#include "app/background_task.hpp"

#include <spdlog/spdlog.h>

namespace sunshine::app {

BackgroundTask::BackgroundTask(std::string name, std::chrono::seconds interval, std::function<bool()> round)
    : name_(std::move(name)),
      interval_(interval),
      round_(std::move(round)),
      thread_([this](std::stop_token stop) { Run(stop); }) {}

BackgroundTask::~BackgroundTask() {
  thread_.request_stop();
  wake_.notify_all();
}

void BackgroundTask::Run(std::stop_token stop) {
  while (!stop.stop_requested()) {
    bool more = false;
    try {
      more = round_();
    } catch (const std::exception& e) {
      spdlog::error("{} failed: {}", name_, e.what());
    }
    if (more) continue;
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, stop, interval_, [this] { return woken_; });
    woken_ = false;
  }
}

void BackgroundTask::Wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

}  // namespace sunshine::app
