#pragma once
// SQL for the subsidy history (db/queries/subsidy/*history*.sql). No update or delete exists:
// imported records are never edited.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "subsidy/history_rules.hpp"

namespace sunshine::subsidy::history_store {

struct ImportRecord {
  std::int64_t id = 0;
  std::int64_t imported_at = 0;
  std::string imported_by, request_id, content_sm3;
  std::int64_t rows = 0;
};

// A stored past training, its ID number still sealed.
struct StoredRecord {
  std::int64_t id = 0, import_id = 0;
  int file_row = 0;
  std::string name, id_number_sealed;
  std::int64_t occupation_id = 0;
  std::string occupation_name;
  std::optional<std::string> occupation_code;
  std::optional<int> level;
  std::string subsidy_type, trained_on;
  std::int64_t amount_fen = 0;
  std::string source;
  std::int64_t imported_at = 0;
};

// A checked row ready to store.
struct SealedRow {
  int file_row = 0;
  const HistoryRecord* record = nullptr;
  std::string id_number_sealed, id_number_index;
};

std::int64_t InsertImport(db::Connection& connection, const ImportRecord& import);
void InsertRecords(db::Connection& connection, std::int64_t import_id, const std::vector<SealedRow>& rows);
// HistoryKey of every record already imported for these people (blind indexes).
std::vector<std::string> KeysOf(db::Connection& connection, const std::vector<std::string>& indexes);
std::vector<StoredRecord> OfPerson(db::Connection& connection, const std::string& id_number_index);
std::vector<ImportRecord> Imports(db::Connection& connection, std::int64_t after, int limit);
// The whole occupation catalogue, as the rules resolve it.
std::vector<OccupationRef> Catalogue(db::Connection& connection);

}  // namespace sunshine::subsidy::history_store
