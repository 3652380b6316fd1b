#include "generator/demo_province.hpp"

#include <spdlog/spdlog.h>

#include <stdexcept>

#include "core/time.hpp"
#include "db/queries/generator.hpp"
#include "registry/regions.hpp"
#include "training/calendar.hpp"

namespace sunshine::generator {
namespace {
constexpr char kShowcaseCounty[] = "510104";  // 锦江区, where the demo's accounts have always been
}

core::EpochMillis DemoStart(const DemoOptions& options) {
  return *core::AtShanghai(training::AddDays(core::DateInShanghai(options.now), -options.past_days), "08:00");
}

DemoProvince::DemoProvince(app::App& app, core::SimulatedClock& clock, const DemoOptions& options) {
  const std::string today = core::DateInShanghai(options.now);
  ProvinceOptions province{.scale = "demo",
                           .seed = options.seed,
                           .to = training::AddDays(today, options.future_days),
                           // Up to the real time: every step already due is written on the simulated
                           // clock, the rest happens live.
                           .until = options.now,
                           .geo_dir = options.geo_dir,
                           .anomaly_share = 0.005,
                           .showcase = Showcase{kShowcaseCounty, app::kDemoInstitutionName},
                           .live_day = today,
                           // The past's uploads in bulk (ADR 0012, proven equal by bulk_equality_test):
                           // through the API each of its 130,000 photos was a signed request, and the
                           // demo took over two minutes to start. What arrives live goes through the API.
                           .bulk_sittings = true,
                           // The last ten days' payable notices wait for the demo's city officers.
                           .payments_until = options.now - 10 * 86'400'000LL};
  auto written = WriteProvince(app, clock, province);
  if (!written) throw std::runtime_error("demo province: " + written.error().message);
  province_ = std::move(*written);
  if (!province_->registries.showcase) throw std::runtime_error("demo province: no institution in 锦江区");
  clock.GoLive();
  summary_ = Summary(*province_);

  const auto& showcase = province_->registries.institution_list[*province_->registries.showcase];
  int staff = 0;
  db::Connection connection(app.database());
  const auto county = registry::FindRegion(connection, showcase.county);
  const auto prefecture = county ? registry::FindRegion(connection, county->parent_code.value_or("")) : std::nullopt;
  if (!prefecture) throw std::runtime_error("demo province: the showcase's county " + showcase.county + " is unknown");
  anchor_ = {showcase.id, county->code, county->name, prefecture->code, prefecture->name, std::nullopt, ""};
  // The evaluation body: filed for what the showcase may train.
  const auto showcase_index = *province_->registries.showcase;
  for (const auto k : province_->catalogue.permitted[showcase_index]) {
    const auto& project = province_->catalogue.projects[k];
    anchor_.evaluator_filings.emplace_back(project.occupation_id, project.level);
  }
  anchor_.filed_from = today;
  // The enterprise account: the county's enterprise with the most people on the platform.
  for (const auto& e : province_->registries.enterprise_list) {
    const bool larger = !anchor_.enterprise_id || e.staff > staff;
    if (e.county == showcase.county && larger) {
      anchor_.enterprise_id = e.id;
      anchor_.enterprise_name = e.name;
      staff = e.staff;
    }
  }
  // The trainee account: one of the showcase's certified trainees, so a 先垫后补 claim shows.
  long long institution = showcase.id, trainee = 0;
  connection.sql() << connection.Text(db::queries::generator::kFindDemoTrainee), soci::use(institution),
      soci::into(trainee);
  if (connection.sql().got_data()) anchor_.trainee_id = trainee;
}

DemoProvince::~DemoProvince() {
  if (live_.joinable()) {
    live_.request_stop();
    live_.join();
  }
}

void DemoProvince::StartLive() {
  live_ = std::jthread([this](std::stop_token stop) {
    try {
      province_->phase->RunLive(stop);
    } catch (const std::exception& e) {
      spdlog::error("demo terminals stopped: {}", e.what());
    }
  });
}

}  // namespace sunshine::generator
