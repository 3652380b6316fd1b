#include "core/clock.hpp"

#include <stdexcept>

namespace sunshine::core {
namespace {
class RealClock final : public Clock {
 public:
  EpochMillis Now() const override {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
  }
};
}  // namespace

const Clock& SystemClock() {
  static const RealClock clock;
  return clock;
}

EpochMillis SimulatedClock::Now() const { return live() ? SystemClock().Now() : now_.load(std::memory_order_acquire); }

void SimulatedClock::AdvanceTo(EpochMillis at) {
  if (live()) throw std::logic_error("a live clock follows the real time; it cannot be moved");
  EpochMillis current = now_.load(std::memory_order_acquire);
  do {
    if (at < current) {
      throw std::logic_error("simulated time cannot go back from " + FormatShanghai(current) + " to " +
                             FormatShanghai(at));
    }
  } while (!now_.compare_exchange_weak(current, at, std::memory_order_acq_rel));
}

void SimulatedClock::GoLive() {
  const EpochMillis real = SystemClock().Now();
  if (now_.load(std::memory_order_acquire) > real) {
    throw std::logic_error("simulated time " + FormatShanghai(now_.load()) + " is ahead of the real time " +
                           FormatShanghai(real) + "; going live would move it back");
  }
  live_.store(true, std::memory_order_release);
}

}  // namespace sunshine::core
