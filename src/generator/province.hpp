#pragma once
// What the generator's phases hand on to the next (issue 12 item 2): the registries and the
// catalogue as written, with the ids the services gave them. Plain data, so the training plan
// (generator/training_plan.hpp) is pure.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "generator/manifest.hpp"

namespace sunshine::generator {

struct GeneratedVenue {
  std::int64_t id = 0;
  double latitude = 0, longitude = 0;  // WGS-84, as the platform stores it
  int capacity = 0;
};
struct GeneratedInstitution {
  std::int64_t id = 0;
  std::string county;
  std::vector<GeneratedVenue> venues;
};
struct GeneratedTrainee {
  std::int64_t id = 0;
  std::string county;  // where they live (常住地)
  std::string birth_date;
  std::string id_number;  // how an institution names a person it did not register itself
  bool ghost = false;
  std::string name;  // as registered (the old system's history names people too)
};

struct RegistryFigures {
  int institutions = 0, venues = 0, trainees = 0, enterprises = 0, employees = 0, apprentices = 0;
  std::vector<std::int64_t> institution_ids, trainee_ids;
  std::vector<GeneratedInstitution> institution_list;  // in institution_ids order
  std::vector<GeneratedTrainee> people;                // in trainee_ids order
  std::set<std::string> id_numbers;                    // every ID number drawn, for people drawn later
  std::vector<Anomaly> anomalies;
  std::optional<std::size_t> showcase;  // into institution_list: the demo's institution
  struct Enterprise {
    std::int64_t id = 0;
    std::string county, name;
    int staff = 0;
  };
  std::vector<Enterprise> enterprise_list;
};

struct GeneratedProject {
  std::int64_t id = 0, occupation_id = 0;
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

}  // namespace sunshine::generator
