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

void SimulatedClock::AdvanceTo(EpochMillis at) {
  EpochMillis current = now_.load(std::memory_order_acquire);
  do {
    if (at < current) {
      throw std::logic_error("simulated time cannot go back from " + FormatShanghai(current) + " to " +
                             FormatShanghai(at));
    }
  } while (!now_.compare_exchange_weak(current, at, std::memory_order_acq_rel));
}

}  // namespace sunshine::core
