#pragma once
// Use cases of the subsidy history (issue 12 item 8): the province imports past subsidised
// trainings from the old system (all rows or none, audited), and officers see a person's past
// trainings, masked, beside the ones the platform holds. Filing counts them (the enrolments
// query of training/class_store reads subsidy_history).
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "crypto/field_cipher.hpp"
#include "db/database.hpp"
#include "registry/csv_import.hpp"
#include "subsidy/history_store.hpp"

namespace sunshine::subsidy {

// A past training as callers see it: the ID number masked.
struct HistoryView {
  history_store::StoredRecord record;
  std::string id_number_masked;
};

class HistoryService {
 public:
  HistoryService(db::Database& database, const std::optional<crypto::FieldKeys>& keys)
      : database_(database), keys_(keys) {}

  // The importer's kind "history" (columns in docs/imports.md).
  registry::ImportKind Kind();
  // Checks every row (fields, the occupation in the catalogue, the same record twice in the file
  // or imported before), then stores all of them in one transaction with the import's record
  // and its audit entry, or none: the error lists every refused row.
  core::Result<std::int64_t> Import(const core::Actor& actor, std::string_view csv_text,
                                    const registry::ImportProgress& progress);

  // One registered trainee's past trainings (the trainee in the caller's scope).
  core::Result<std::vector<HistoryView>> OfTrainee(const core::Principal& principal, std::int64_t trainee_id);
  // Anyone's, by ID number (registered or not): the province's desk. Audited, since it tells
  // about a person named by their full number.
  core::Result<std::vector<HistoryView>> OfIdNumber(const core::Actor& actor, const std::string& id_number);
  std::vector<history_store::ImportRecord> Imports(std::int64_t after, int limit);

 private:
  core::Result<const crypto::FieldKeys*> Keys() const;
  core::Result<std::vector<HistoryView>> Views(db::Connection& connection, const std::string& id_number_index) const;

  db::Database& database_;
  const std::optional<crypto::FieldKeys>& keys_;
};

}  // namespace sunshine::subsidy
