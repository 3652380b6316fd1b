#pragma once
// Use cases of the training project catalogue: read by every business role, kept by the
// province officer. A new standard is a new version; the one it replaces is closed the day
// before, never edited otherwise. Each write is audited in its transaction.
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "registry/project_store.hpp"

namespace sunshine::registry {

class ProjectService {
 public:
  explicit ProjectService(db::Database& database) : database_(database) {}
  // The platform's clock (the database's), for routes that show time-dependent facts.
  const core::Clock& clock() const { return database_.clock(); }

  struct Page {
    std::vector<Project> items;
    core::Total total;
  };
  core::Result<Page> List(const project_store::Filter& filter, std::int64_t after, int limit);
  core::Result<Project> Get(std::int64_t id);
  core::Result<Project> Create(const core::Actor& actor, const ProjectInput& input);
  core::Result<Project> Rename(const core::Actor& actor, std::int64_t id, const ProjectPatch& patch);
  core::Result<Project> AddVersion(const core::Actor& actor, std::int64_t id, const StandardInput& input);
  // The version in force on a date; not_in_force (404) when none covers it.
  core::Result<ProjectVersion> StandardOn(std::int64_t id, const std::string& date);

 private:
  db::Database& database_;
};

}  // namespace sunshine::registry
