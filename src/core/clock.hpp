#pragma once
// The one source of "now" (issue 12 item 1). Every service that judges time (the filing notice
// in working days, approval before the start, check-in windows, the calendar sweep, session
// expiry, audit timestamps) asks the Clock it was given, never the system clock, so the
// generator and the tests can run the very same services at simulated instants. Production
// passes SystemClock(); src/core/clock.cpp is the only file that reads the system clock (a
// test scans the sources for any other). Durations (request deadlines, benchmarks) use
// std::chrono::steady_clock directly: they measure elapsed time and judge nothing.
#include <atomic>
#include <chrono>
#include <string>

#include "core/time.hpp"

namespace sunshine::core {

class Clock {
 public:
  virtual ~Clock() = default;
  // UTC milliseconds since the epoch.
  virtual EpochMillis Now() const = 0;
  // The calendar date in China at Now() ("YYYY-MM-DD").
  std::string Today() const { return DateInShanghai(Now()); }
};

// The real clock. One instance for the process; thread-safe.
const Clock& SystemClock();

// A clock that stands still until told to move: for the generator and for tests that take a
// class through weeks in seconds. Thread-safe: a server's workers read it while the driving
// thread advances it. Time never goes backwards (the audit chain and every "updated_at" would
// then disagree with the order of events), so moving it back throws std::logic_error.
// Once caught up with the real time it may go live (the demo: a generated past, then the
// present as it happens) and from then on reads the real clock and cannot be moved.
class SimulatedClock final : public Clock {
 public:
  explicit SimulatedClock(EpochMillis start) : now_(start) {}
  EpochMillis Now() const override;
  // Moves to `at`; throws std::logic_error when `at` is before Now() or the clock is live.
  void AdvanceTo(EpochMillis at);
  void Advance(std::chrono::milliseconds by) { AdvanceTo(Now() + by.count()); }
  // Follows the real clock from now on; throws std::logic_error when the simulated instant is
  // ahead of the real one (time would go back).
  void GoLive();
  bool live() const { return live_.load(std::memory_order_acquire); }

 private:
  std::atomic<EpochMillis> now_;
  std::atomic<bool> live_{false};
};

}  // namespace sunshine::core
