#pragma once
// The third phase of `sunshine generate`: the year's training, run through the services on the
// simulated clock as it would happen. Each institution files its planned classes
// (generator/training_plan.hpp) and submits them; the county officer approves them days later;
// the calendar sweep starts and finishes them; each venue's terminal signs and uploads its
// check-ins with their photos after every session; the online platform uploads the learning
// segments with their face checks. The clock moves forward from step to step, so every record
// carries the simulated instant it was made at.
#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "core/clock.hpp"
#include "generator/assessment_steps.hpp"
#include "generator/catalogue_phase.hpp"
#include "generator/manifest.hpp"
#include "generator/registry_phase.hpp"
#include "generator/subsidy_steps.hpp"

namespace sunshine::generator {

struct TrainingFigures {
  int classes = 0, enrolments = 0, terminals = 0;
  long long checkins = 0, checkins_counting = 0, segments = 0, segments_counting = 0, photos = 0;
  std::vector<Anomaly> anomalies;
  std::vector<std::int64_t> ghost_class_ids;  // the classes the registry's ghosts are on
  AssessmentFigures assessment;               // sittings and certificates (assessment_steps.hpp)
  SubsidyFigures subsidy;                     // claims, notices and payments (subsidy_steps.hpp)
};

class Runner;
struct TrainingPlan;

// The phase plans the training of the period (classes starting up to 20 days after `to`,
// YYYY-MM-DD) when made, then performs it. With a `live_day`, the registries' showcase
// institution gets classes running on that day (the demo). With `bulk_sittings` the simulated
// sittings are written by generator/bulk_sittings.hpp (city and province scale); the cities make
// and pay payment batches until `payments_until` (0: throughout). Refusals by the services throw std::runtime_error
// naming what was refused (a generator bug) while writing; live, they are logged and skipped.
class TrainingPhase {
 public:
  TrainingPhase(app::App& app, core::SimulatedClock& clock, const Scale& scale, const RegistryFigures& registries,
                const CatalogueFigures& catalogue, std::uint64_t seed, double anomaly_share, const std::string& to,
                const std::string& live_day = "", bool bulk_sittings = false, core::EpochMillis payments_until = 0);
  ~TrainingPhase();
  TrainingPhase(const TrainingPhase&) = delete;
  TrainingPhase& operator=(const TrainingPhase&) = delete;

  // Runs the simulated clock from its instant to `until`, performing every step on the way.
  TrainingFigures WriteUntil(core::EpochMillis until);
  // After the clock went live (the demo): the steps still to come, each at its real instant,
  // check-ins one by one seconds after each is captured, until `stop` is requested.
  void RunLive(std::stop_token stop);

 private:
  std::unique_ptr<TrainingPlan> plan_;
  std::unique_ptr<Runner> runner_;
};

}  // namespace sunshine::generator
