#pragma once
// Progress of a long command on a terminal (issue 12 item 6): one line redrawn in place at
// most five times a second (core/progress.hpp), ended with the elapsed time; nothing at all when
// standard error is not a terminal (CI logs, pipes), so output stays quiet there. Not
// thread-safe: one reporter per loop.
#include <chrono>
#include <cstdint>
#include <string>

namespace sunshine::app {

class Progress {
 public:
  // `total` 0 when unknown.
  Progress(std::string label, std::int64_t total);
  ~Progress();  // ends the line, as Done() does, if not done yet
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Advance(std::int64_t by = 1);
  void SetTotal(std::int64_t total) { total_ = total; }
  void Done();

 private:
  void Draw(bool final);
  std::string label_;
  std::int64_t total_, done_ = 0;
  bool interactive_, finished_ = false;
  std::chrono::steady_clock::time_point started_, drawn_;
};

}  // namespace sunshine::app
