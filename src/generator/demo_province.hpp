#pragma once
// The living demo (issue 12 item 4): `sunshine demo` on a fresh database serves a generated
// demo-scale province whose past (the last seventeen weeks) was written through the services on a
// simulated clock, which then goes live: from that moment the province's terminals keep
// uploading signed check-ins for today's sessions as they are captured, and the institution
// officers file and approve the classes still to come, so a user watching a class's
// attendance sees them arrive. Nothing of this runs in `sunshine serve`.
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

#include "app/app.hpp"
#include "core/clock.hpp"
#include "generator/generate_command.hpp"

namespace sunshine::generator {

struct DemoOptions {
  core::EpochMillis now = 0;  // the real instant the demo starts at (the caller reads the real clock)
  std::uint64_t seed = 2026;
  std::string geo_dir = GenerateOptions{}.geo_dir;
  int past_days = 119;   // the history before today (17 weeks: claims reach payment)
  int future_days = 28;  // classes keep starting until then (and up to 20 days later)
};

// Where the demo's simulated clock starts: `past_days` before options.now, at 08:00 in China.
core::EpochMillis DemoStart(const DemoOptions& options);

class DemoProvince {
 public:
  // Writes the province into the App's empty database on `clock` (the App's, standing at
  // DemoStart) up to options.now, takes the clock live and returns the accounts' anchor
  // (the showcase institution in 锦江区, named app::kDemoInstitutionName). Throws
  // std::runtime_error when the province cannot be written.
  DemoProvince(app::App& app, core::SimulatedClock& clock, const DemoOptions& options);
  ~DemoProvince();  // stops the terminals and waits for them
  DemoProvince(const DemoProvince&) = delete;
  DemoProvince& operator=(const DemoProvince&) = delete;

  const app::DemoAnchor& anchor() const { return anchor_; }
  const std::string& summary() const { return summary_; }
  // Starts the terminals and the officers of the days to come on their own thread.
  void StartLive();

 private:
  std::unique_ptr<WrittenProvince> province_;
  app::DemoAnchor anchor_;
  std::string summary_;
  std::jthread live_;
};

}  // namespace sunshine::generator
