#include "generator/generate_command.hpp"

#include <boost/json.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "core/clock.hpp"
#include "db/queries.hpp"
#include "generator/catalogue_phase.hpp"
#include "generator/registry_phase.hpp"

namespace sunshine::generator {
namespace {
std::string ManifestPath(const std::string& db_url, const std::string& chosen) {
  if (!chosen.empty()) return chosen;
  if (db_url.starts_with("sqlite:")) {
    return (std::filesystem::path(db_url.substr(7)).parent_path() / "manifest.json").string();
  }
  return "manifest.json";
}

long long Registered(app::App& app) {
  db::Connection connection(app.database());
  long long n = 0;
  connection.sql() << connection.Text(db::queries::generator::kCountRegistered), soci::into(n);
  return n;
}
boost::json::array AnomaliesJson(const std::vector<Anomaly>& anomalies) {
  boost::json::array out;
  for (const auto& a : anomalies) {
    boost::json::object ids;
    for (const auto& [name, list] : a.ids) ids[name] = boost::json::array(list.begin(), list.end());
    out.push_back({{"kind", a.kind}, {"description", a.description}, {"ids", std::move(ids)}});
  }
  return out;
}
}  // namespace

int Generate(const app::Config& config, const GenerateOptions& options) {
  const auto scale = ScaleNamed(options.scale);
  if (!scale) {
    std::cerr << "error: --scale must be demo, city or province\n";
    return 2;
  }
  const std::string year = core::DateInShanghai(core::SystemClock().Now()).substr(0, 4);
  const std::string from = options.from.empty() ? year + "-01-01" : options.from;
  const std::string to = options.to.empty() ? from.substr(0, 4) + "-12-31" : options.to;
  if (!core::IsDate(from) || !core::IsDate(to) || to < from) {
    std::cerr << "error: --from and --to must be dates (YYYY-MM-DD), --to not before --from\n";
    return 2;
  }
  if (options.anomaly_share < 0 || options.anomaly_share > 0.2) {
    std::cerr << "error: --anomaly-share must be between 0 and 0.2\n";
    return 2;
  }
  if (config.key_file.empty()) {
    std::cerr << "error: --key-file is required: generated ID numbers and phones are sealed like real ones\n";
    return 2;
  }
  // The province is written at simulated instants from the first morning on.
  core::SimulatedClock clock(*core::AtShanghai(from, "08:00"));
  app::Config one = config;
  one.web_root.clear();
  one.pool_size = 2;
  app::App app(one, clock);
  // A generated province is whole or not at all: it is never mixed into existing data.
  if (const auto existing = Registered(app); existing > 0) {
    std::cerr << "error: the database already holds " << existing
              << " institutions and trainees; generate writes a fresh province into an empty database\n";
    return 1;
  }
  auto counties = LoadCounties(app, options.geo_dir, scale->prefectures);
  if (!counties) {
    std::cerr << "error: " << counties.error().message << " (" << counties.error().code << ")\n";
    return 1;
  }
  const auto started = std::chrono::steady_clock::now();
  const auto registries = WriteRegistries(app, *scale, *counties, options.seed, options.anomaly_share);
  const auto catalogue = WriteCatalogue(app, *scale, registries, options.seed);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  boost::json::object manifest{{"seed", options.seed},
                               {"scale", options.scale},
                               {"from", from},
                               {"to", to},
                               {"figures",
                                {{"institutions", registries.institutions},
                                 {"venues", registries.venues},
                                 {"trainees", registries.trainees},
                                 {"projects", catalogue.projects.size()},
                                 {"permits", catalogue.permits}}},
                               {"anomaly_share", options.anomaly_share},
                               {"anomalies", AnomaliesJson(registries.anomalies)}};
  const std::string path = ManifestPath(config.db, options.manifest);
  std::ofstream out(path);
  out << boost::json::serialize(manifest) << "\n";
  if (!out) {
    std::cerr << "error: cannot write " << path << "\n";
    return 1;
  }
  std::cout << "generated " << options.scale << " (seed " << options.seed << "): " << registries.institutions
            << " institutions, " << registries.venues << " venues, " << registries.trainees << " trainees, "
            << catalogue.projects.size() << " projects, " << catalogue.permits << " permits in " << seconds
            << " s; manifest " << path << "\n";
  return 0;
}

}  // namespace sunshine::generator
