#include "generator/generate_command.hpp"

#include <unistd.h>

#include <boost/json.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/clock.hpp"
#include "db/queries/generator.hpp"
#include "generator/history_phase.hpp"
#include "training/calendar.hpp"

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
    for (const auto& [name, list] : a.keys) ids[name] = boost::json::array(list.begin(), list.end());
    out.push_back({{"kind", a.kind}, {"description", a.description}, {"ids", std::move(ids)}});
  }
  return out;
}
}  // namespace

core::Result<std::unique_ptr<WrittenProvince>> WriteProvince(app::App& app, core::SimulatedClock& clock,
                                                             const ProvinceOptions& options) {
  const auto scale = ScaleNamed(options.scale);
  if (!scale) return core::Error::Invalid("scale_unknown", "规模须为 demo、city 或 province");
  // A generated province is whole or not at all: it is never mixed into existing data.
  if (const auto existing = Registered(app); existing > 0) {
    return core::Error::Invalid("database_not_empty",
                                "the database already holds " + std::to_string(existing) +
                                    " institutions and trainees; generate writes a fresh province into an empty "
                                    "database");
  }
  auto counties = LoadCounties(app, options.geo_dir, scale->prefectures);
  if (!counties) return counties.take_error();
  const auto started = std::chrono::steady_clock::now();
  auto province = std::make_unique<WrittenProvince>();
  auto& out = *province;
  out.registries = WriteRegistries(app, *scale, *counties, options.seed, options.anomaly_share, options.showcase);
  out.catalogue = WriteCatalogue(app, *scale, out.registries, options.seed);
  out.history_records = WritePastHistory(app, out.registries, out.catalogue, options.seed, core::DateInShanghai(clock.Now()));
  out.phase = std::make_unique<TrainingPhase>(app, clock, *scale, out.registries, out.catalogue, options.seed,
                                              options.anomaly_share, options.to, options.live_day,
                                              options.bulk_sittings, options.payments_until);
  out.training = out.phase->WriteUntil(options.until);
  out.anomalies = out.registries.anomalies;
  for (auto& a : out.anomalies) {
    if (a.kind == "ghost_trainee") a.ids["class_ids"] = out.training.ghost_class_ids;
  }
  for (const auto& a : out.training.anomalies) out.anomalies.push_back(a);
  if (auto repeated = PlantRepeatedEnrolments(app, out.registries, options.seed, options.anomaly_share,
                                              out.training.enrolments, options.to)) {
    out.history_records += static_cast<int>(repeated->ids["history_ids"].size());
    out.anomalies.push_back(std::move(*repeated));
  }
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return province;
}

std::string Summary(const WrittenProvince& p) {
  std::ostringstream out;
  out << p.registries.institutions << " institutions, " << p.registries.venues << " venues, " << p.registries.trainees
      << " trainees, " << p.catalogue.projects.size() << " projects, " << p.catalogue.permits << " permits, "
      << p.registries.enterprises << " enterprises (" << p.registries.employees << " employees, "
      << p.registries.apprentices << " apprentices), " << p.history_records << " past subsidised trainings, "
      << p.training.classes << " classes, " << p.training.enrolments
      << " enrolments, " << p.training.checkins << " check-ins (" << p.training.checkins_counting << " counting), "
      << p.training.segments << " online segments, " << p.training.photos << " photos, "
      << p.training.assessment.bodies << " evaluation bodies, " << p.training.assessment.sittings << " sittings ("
      << p.training.assessment.candidates << " candidates), " << p.training.assessment.certificates
      << " certificates, " << p.training.subsidy.claims << " claims (" << p.training.subsidy.approved << " approved), "
      << p.training.subsidy.notices << " notices, " << p.training.subsidy.paid_batches << " paid batches ("
      << p.training.subsidy.paid_fen / 100 << " yuan) in " << p.seconds << " s";
  return out.str();
}

int Generate(const app::Config& config, const GenerateOptions& options) {
  if (!ScaleNamed(options.scale)) {
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
  // A command: no statement timeout (a city-year on PostgreSQL failed at 10 s remaking its photo index).
  app::Config one = app::AsCommand(config, 2);
  // A province is written whole or discarded (generate refuses a database with data), so no
  // commit and no photo is synced on its own: everything is synced once at the end.
  one.durable_commits = false;
  // A province's indexes are gigabytes: the writer keeps what it touches in its own cache.
  one.sqlite_cache_mb = std::max<std::int64_t>(one.sqlite_cache_mb, 1024);
  // and lets its log grow before copying it back, so a page rewritten often is copied once.
  one.sqlite_wal_checkpoint_mb = std::max<std::int64_t>(one.sqlite_wal_checkpoint_mb, 1024);
  app::App app(one, clock);
  ProvinceOptions province{.scale = options.scale,
                           .seed = options.seed,
                           .to = to,
                           // The period ends at the last midnight of `to`: classes running then stay in training.
                           .until = *core::AtShanghai(training::AddDays(to, 1), "00:00"),
                           .geo_dir = options.geo_dir,
                           .anomaly_share = options.anomaly_share,
                           .bulk_sittings = options.sittings.empty() ? options.scale != "demo"
                                                                     : options.sittings == "bulk"};
  auto written = WriteProvince(app, clock, province);
  if (!written) {
    std::cerr << "error: " << written.error().message << " (" << written.error().code << ")\n";
    return 1;
  }
  ::sync();
  const auto& p = **written;
  boost::json::object manifest{{"seed", options.seed},
                               {"scale", options.scale},
                               {"from", from},
                               {"to", to},
                               {"figures",
                                {{"institutions", p.registries.institutions},
                                 {"venues", p.registries.venues},
                                 {"trainees", p.registries.trainees},
                                 {"enterprises", p.registries.enterprises},
                                 {"employees", p.registries.employees},
                                 {"apprentices", p.registries.apprentices},
                                 {"history_records", p.history_records},
                                 {"projects", p.catalogue.projects.size()},
                                 {"permits", p.catalogue.permits},
                                 {"classes", p.training.classes},
                                 {"enrolments", p.training.enrolments},
                                 {"terminals", p.training.terminals},
                                 {"checkins", p.training.checkins},
                                 {"checkins_counting", p.training.checkins_counting},
                                 {"segments", p.training.segments},
                                 {"segments_counting", p.training.segments_counting},
                                 {"photos", p.training.photos},
                                 {"evaluation_bodies", p.training.assessment.bodies},
                                 {"filings", p.training.assessment.filings},
                                 {"sittings", p.training.assessment.sittings},
                                 {"candidates", p.training.assessment.candidates},
                                 {"sitting_checkins", p.training.assessment.sitting_checkins},
                                 {"certificates", p.training.assessment.certificates},
                                 {"claims", p.training.subsidy.claims},
                                 {"employer_claims", p.training.subsidy.employer_claims},
                                 {"claim_audits", p.training.subsidy.audits},
                                 {"claim_audits_with_issues", p.training.subsidy.audits_with_issues},
                                 {"claim_lines", p.training.subsidy.lines},
                                 {"payable_lines", p.training.subsidy.payable_lines},
                                 {"claims_approved", p.training.subsidy.approved},
                                 {"claims_rejected", p.training.subsidy.rejected},
                                 {"notices", p.training.subsidy.notices},
                                 {"objections", p.training.subsidy.objections},
                                 {"objections_upheld", p.training.subsidy.upheld},
                                 {"payments", p.training.subsidy.payments},
                                 {"payments_paid", p.training.subsidy.paid_batches},
                                 {"recoveries", p.training.subsidy.recoveries},
                                 {"claimed_fen", p.training.subsidy.claimed_fen},
                                 {"paid_fen", p.training.subsidy.paid_fen},
                                 {"budget_fen", p.training.subsidy.budget_fen},
                                 {"allocated_fen", p.training.subsidy.allocated_fen}}},
                               {"anomaly_share", options.anomaly_share},
                               {"anomalies", AnomaliesJson(p.anomalies)}};
  const std::string path = ManifestPath(config.db, options.manifest);
  std::ofstream out(path);
  out << boost::json::serialize(manifest) << "\n";
  if (!out) {
    std::cerr << "error: cannot write " << path << "\n";
    return 1;
  }
  std::cout << "generated " << options.scale << " (seed " << options.seed << "): " << Summary(p) << "; manifest "
            << path << "\n";
  return 0;
}

}  // namespace sunshine::generator
