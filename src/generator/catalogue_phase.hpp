#pragma once
// The second phase of `sunshine generate`: the province's training projects (培训项目) from
// the occupation catalogue, with realistic popularity and standards, and the projects each
// institution is permitted to train (凡补必进: only those can be filed). Written through the
// services as the province officer would; deterministic for a seed.
#include <cstdint>
#include <vector>

#include "app/app.hpp"
#include "generator/registry_phase.hpp"

namespace sunshine::generator {

struct GeneratedProject {
  std::int64_t id = 0;
  std::string name;
  int level = 5;
  int standard_hours = 0;
  double popularity = 1;  // relative share of classes [I]
};

struct CatalogueFigures {
  std::vector<GeneratedProject> projects;
  int permits = 0;
  // Per institution (in RegistryFigures::institution_ids order), the indexes into `projects`
  // it may train.
  std::vector<std::vector<std::size_t>> permitted;
};

// Throws std::runtime_error naming what a service refused (a generator bug).
CatalogueFigures WriteCatalogue(app::App& app, const Scale& scale, const RegistryFigures& registries,
                                std::uint64_t seed);

// How popular an occupation is among subsidised trainings [I]: the care, catering, domestic,
// e-commerce and electrical trades lead; every other occupation weighs 1.
double PopularityOf(std::string_view occupation_name);

}  // namespace sunshine::generator
