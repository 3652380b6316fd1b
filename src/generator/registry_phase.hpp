#pragma once
// The first phase of `sunshine generate` (issue 12 item 2): the province's registries written
// through the same services the API uses, as a province officer would, at the simulated instant
// of the App's clock: training institutions of every type with venues inside their county,
// and the trainees of each county. Deterministic for a seed: every entity draws from a stream
// forked by its own label (generator/random.hpp).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "generator/counties.hpp"
#include "generator/manifest.hpp"
#include "generator/province.hpp"
#include "generator/shape.hpp"

namespace sunshine::generator {

// County shapes by county code, for every county of the scale's prefectures.
using CountyMap = std::map<std::string, CountyShape>;

// Reads and matches the boundary files of `prefectures` from `geo_dir`; an error names the
// file or the county that could not be read or matched.
core::Result<CountyMap> LoadCounties(app::App& app, const std::string& geo_dir,
                                     const std::vector<std::string>& prefectures);

// Writes the registries, planting `anomaly_share` of the people as ghosts (aged 90 to 104: the
// registry accepts them, as it must a real centenarian; rosters and risk screening should not).
// Throws std::runtime_error naming the entity a service refused (the generator's data must pass
// every rule; a refusal is a generator bug).
//
// `showcase`: the demo's institution (the one its institution account belongs to): the first
// institution of `showcase->county` becomes a private training school named `showcase->name`;
// RegistryFigures::showcase points at it. Every draw stays as it would be without it.
struct Showcase {
  std::string county, name;
};
RegistryFigures WriteRegistries(app::App& app, const Scale& scale, const CountyMap& counties, std::uint64_t seed,
                                double anomaly_share, const std::optional<Showcase>& showcase = std::nullopt);

}  // namespace sunshine::generator
