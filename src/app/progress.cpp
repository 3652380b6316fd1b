#include "app/progress.hpp"

#include <unistd.h>

#include <cstdio>

#include "core/progress.hpp"

namespace sunshine::app {

Progress::Progress(std::string label, std::int64_t total)
    : label_(std::move(label)),
      total_(total),
      interactive_(::isatty(STDERR_FILENO) == 1),
      started_(std::chrono::steady_clock::now()),
      drawn_(started_) {}

Progress::~Progress() { Done(); }

void Progress::Advance(std::int64_t by) {
  done_ += by;
  if (interactive_ && std::chrono::steady_clock::now() - drawn_ >= std::chrono::milliseconds(200)) Draw(false);
}

void Progress::Done() {
  if (finished_) return;
  finished_ = true;
  if (interactive_) Draw(true);
}

void Progress::Draw(bool final) {
  drawn_ = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(drawn_ - started_).count();
  std::string line = core::ProgressLine(label_, done_, total_, elapsed);
  if (final) line += ", " + std::to_string(static_cast<long long>(elapsed + 0.5)) + " s";
  // \r and erase to the end of the line: a shorter line leaves nothing behind.
  std::fprintf(stderr, "\r%s\033[K%s", line.c_str(), final ? "\n" : "");
  std::fflush(stderr);
}

}  // namespace sunshine::app
