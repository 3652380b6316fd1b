#pragma once
// Use cases of the trainee registry (R-P1): register one person once, correct a record, list
// and search within the caller's scope, reveal full personal data on purpose (audited), and
// import many at once all-or-nothing. ID numbers and phones are sealed here before the store
// sees them, and masked here before anyone else does.
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "crypto/field_cipher.hpp"
#include "db/database.hpp"
#include "registry/bulk_import.hpp"
#include "registry/trainee_store.hpp"

namespace sunshine::registry {

// A trainee as callers see it: personal data masked.
struct TraineeView {
  Trainee trainee;
  std::string id_number_masked, phone_masked;
  std::string sort_key;  // for the list's cursor
};

// A search as callers ask it: exact ID number and phone in clear, indexed by the service.
struct TraineeQuery {
  std::string q, id_number, phone, group, region_code, employment_status;
};

struct Revealed {
  std::string id_number, phone;
};

using TraineeImportRow = ImportRow<TraineeInput>;

class TraineeService {
 public:
  // `keys` may be empty (no key file configured): then every use case answers 503.
  TraineeService(db::Database& database, const std::optional<crypto::FieldKeys>& keys)
      : database_(database), keys_(keys) {}
  // The platform's clock (the database's), for routes that show time-dependent facts.
  const core::Clock& clock() const { return database_.clock(); }

  struct Page {
    std::vector<TraineeView> items;
    core::Total total;
  };
  core::Result<Page> List(const core::Principal& principal, const TraineeQuery& query, const core::Sort& sort,
                          const core::Cursor& after, int limit);
  core::Result<TraineeView> Get(const core::Principal& principal, std::int64_t id);
  core::Result<TraineeView> Create(const core::Actor& actor, const TraineeInput& input);
  core::Result<TraineeView> Update(const core::Actor& actor, std::int64_t id, const TraineePatch& patch);
  core::Result<Revealed> Reveal(const core::Actor& actor, std::int64_t id, const std::string& reason);
  // Validates every row (fields, duplicates in the file and in the registry, scope) and then
  // stores all of them, or none: the error lists every refused row. Chunk by chunk: checked
  // outside any transaction, sealed and staged in short ones, moved into the registry by one
  // statement in the transaction that re-checks the ID numbers and audits the import.
  core::Result<std::int64_t> Import(const core::Actor& actor, const ImportChunks<TraineeInput>& chunks);

  // Every row of a filter in the caller's scope, masked, for an export (read in pages); the
  // export itself is audited with its filter and row count.
  core::Status Export(const core::Actor& actor, const TraineeQuery& query, const core::Sort& sort,
                      const std::function<void(const TraineeView&)>& visit);

 // For other registries that show or find people: the masked view of a stored record, and
  // the blind index of an ID number (normalised first). Both need the key file.
  core::Result<TraineeView> Masked(const Trainee& trainee) const;
  core::Result<std::string> IdNumberIndex(const std::string& id_number) const;

 private:
  core::Result<const crypto::FieldKeys*> Keys() const;
  core::Result<trainee_store::Filter> StoreFilter(const TraineeQuery& query) const;
  TraineeView View(const Trainee& trainee, std::string sort_key = {}) const;

  db::Database& database_;
  const std::optional<crypto::FieldKeys>& keys_;
};

}  // namespace sunshine::registry
