#pragma once
// Use cases of the institution catalogue: officers register institutions in their region and
// move them through the lifecycle; every step is an event (reason, actor, date) and an audit
// record in one transaction. All reads and writes go through the caller's scope.
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "registry/bulk_import.hpp"
#include "registry/institution_store.hpp"

namespace sunshine::registry {

class InstitutionService {
 public:
  explicit InstitutionService(db::Database& database) : database_(database) {}
  // The platform's clock (the database's), for routes that show time-dependent facts.
  const core::Clock& clock() const { return database_.clock(); }

  struct Page {
    std::vector<institution_store::Row> items;
    core::Total total;
  };
  core::Result<Page> List(const core::Principal& principal, const institution_store::Filter& filter,
                          const core::Sort& sort, const core::Cursor& after, int limit);
  core::Result<Institution> Get(const core::Principal& principal, std::int64_t id);
  core::Result<std::vector<institution_store::Event>> Events(const core::Principal& principal, std::int64_t id);
  core::Result<Institution> Create(const core::Actor& actor, const InstitutionInput& input);
  core::Result<Institution> Update(const core::Actor& actor, std::int64_t id, const InstitutionPatch& patch);
  core::Result<Institution> Act(const core::Actor& actor, std::int64_t id, const std::string& action,
                                const LifecycleAction& input);
  // The same within the caller's transaction (a risk case that suspends the institution it
  // closes on: both or neither).
  core::Result<Institution> ActIn(db::Connection& connection, const core::Actor& actor, std::int64_t id,
                                  const std::string& action, const LifecycleAction& input);
  // All-or-nothing import (R-P3): every row checked first, then all stored or none.
  core::Result<std::int64_t> Import(const core::Actor& actor, const ImportChunks<InstitutionInput>& chunks);
  std::vector<Institution> Public(const std::string& list, std::int64_t after, int limit);

 private:
  db::Database& database_;
};

}  // namespace sunshine::registry
