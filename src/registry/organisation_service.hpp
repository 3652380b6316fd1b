#pragma once
// Use cases of the enterprise, evaluation-body and auditor registries: register (one credit
// code once per kind), correct, revoke with a reason, list within the caller's scope, and
// import all-or-nothing. Every write is audited in its own transaction.
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "registry/bulk_import.hpp"
#include "registry/organisation_store.hpp"

namespace sunshine::registry {

class OrganisationService {
 public:
  explicit OrganisationService(db::Database& database) : database_(database) {}
  // The platform's clock (the database's), for routes that show time-dependent facts.
  const core::Clock& clock() const { return database_.clock(); }

  struct Page {
    std::vector<organisation_store::Row> items;
    core::Total total;
  };
  core::Result<Page> List(const OrganisationKind& kind, const core::Principal& principal,
                          const organisation_store::Filter& filter, const core::Sort& sort, const core::Cursor& after,
                          int limit);
  core::Result<Organisation> Get(const OrganisationKind& kind, const core::Principal& principal, std::int64_t id);
  core::Result<Organisation> Create(const OrganisationKind& kind, const core::Actor& actor,
                                    const OrganisationInput& input);
  core::Result<Organisation> Update(const OrganisationKind& kind, const core::Actor& actor, std::int64_t id,
                                    const OrganisationPatch& patch);
  core::Result<std::int64_t> Import(const OrganisationKind& kind, const core::Actor& actor,
                                    const ImportChunks<OrganisationInput>& chunks);

 private:
  db::Database& database_;
};

}  // namespace sunshine::registry
