#pragma once
// Use cases of the occupation catalogue: read by every business role, edited by the province
// officer; every edit is dated field by field (occupation_changes) and audited, in one
// transaction.
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "registry/occupation_store.hpp"

namespace sunshine::registry {

class OccupationService {
 public:
  explicit OccupationService(db::Database& database) : database_(database) {}

  struct Page {
    std::vector<Occupation> items;
    core::Total total;
  };
  core::Result<Page> List(const occupation_store::Filter& filter, std::int64_t after, int limit);
  core::Result<Occupation> Get(std::int64_t id);
  core::Result<std::vector<occupation_store::Change>> Changes(std::int64_t id);
  core::Result<Occupation> Create(const core::Actor& actor, const OccupationInput& input);
  core::Result<Occupation> Update(const core::Actor& actor, std::int64_t id, const OccupationPatch& patch);

 private:
  db::Database& database_;
};

}  // namespace sunshine::registry
