#pragma once
// The second phase of `sunshine generate`: the province's training projects (培训项目) from
// the occupation catalogue, with realistic popularity and standards, and the projects each
// institution is permitted to train (凡补必进: only those can be filed). Written through the
// services as the province officer would; deterministic for a seed.
#include <cstdint>
#include <vector>

#include "app/app.hpp"
#include "generator/province.hpp"
#include "generator/registry_phase.hpp"

namespace sunshine::generator {

// Throws std::runtime_error naming what a service refused (a generator bug).
CatalogueFigures WriteCatalogue(app::App& app, const Scale& scale, const RegistryFigures& registries,
                                std::uint64_t seed);

// How popular an occupation is among subsidised trainings [I]: the care, catering, domestic,
// e-commerce and electrical trades lead; every other occupation weighs 1.
double PopularityOf(std::string_view occupation_name);

}  // namespace sunshine::generator
