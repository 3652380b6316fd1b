#include "subsidy/history_store.hpp"

#include <boost/json.hpp>

#include "db/queries/subsidy.hpp"
#include "registry/occupation_store.hpp"

namespace sunshine::subsidy::history_store {
namespace q = db::queries::subsidy;
namespace {
// People per key lookup: a JSON array bound as one parameter.
constexpr std::size_t kBatch = 1000;

std::optional<int> Opt(int value, soci::indicator ind) {
  return ind == soci::i_ok ? std::optional<int>(value) : std::nullopt;
}
}  // namespace

std::int64_t InsertImport(db::Connection& connection, const ImportRecord& import) {
  long long id = 0, at = import.imported_at, rows = import.rows;
  connection.sql() << connection.Text(q::kInsertHistoryImport), soci::use(at), soci::use(import.imported_by),
      soci::use(import.request_id), soci::use(import.content_sm3), soci::use(rows),
      soci::into(id);
  return id;
}

void InsertRecords(db::Connection& connection, std::int64_t import_id, const std::vector<SealedRow>& rows) {
  long long import = import_id, occupation = 0, fen = 0;
  int file_row = 0, level = 0;
  soci::indicator level_ind = soci::i_null;
  std::string name, sealed, index, type, date, source;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kInsertHistoryRecord), soci::use(import), soci::use(file_row),
       soci::use(name), soci::use(sealed), soci::use(index), soci::use(occupation), soci::use(level, level_ind),
       soci::use(type), soci::use(date), soci::use(fen), soci::use(source));
  for (const auto& row : rows) {
    const HistoryRecord& r = *row.record;
    file_row = row.file_row;
    name = r.name;
    sealed = row.id_number_sealed;
    index = row.id_number_index;
    occupation = r.occupation_id;
    level = r.level.value_or(0);
    level_ind = r.level ? soci::i_ok : soci::i_null;
    type = r.subsidy_type;
    date = r.trained_on;
    fen = r.amount_fen;
    source = r.source;
    statement.execute(true);
  }
}

std::vector<std::string> KeysOf(db::Connection& connection, const std::vector<std::string>& indexes) {
  std::vector<std::string> keys;
  for (std::size_t start = 0; start < indexes.size(); start += kBatch) {
    boost::json::array chunk;
    for (std::size_t i = start; i < std::min(indexes.size(), start + kBatch); ++i) chunk.emplace_back(indexes[i]);
    const std::string json = boost::json::serialize(chunk);
    HistoryRecord r;
    std::string index;
    long long occupation = 0;
    int level = 0;
    soci::indicator level_ind = soci::i_null;
    soci::statement statement =
        (connection.sql().prepare << connection.Text(q::kListHistoryKeys), soci::use(json), soci::into(index),
         soci::into(occupation), soci::into(level, level_ind), soci::into(r.subsidy_type), soci::into(r.trained_on));
    statement.execute();
    while (statement.fetch()) {
      r.occupation_id = occupation;
      r.level = Opt(level, level_ind);
      keys.push_back(HistoryKey(index, r));
    }
  }
  return keys;
}

std::vector<StoredRecord> OfPerson(db::Connection& connection, const std::string& id_number_index) {
  StoredRecord b;
  long long id = 0, import = 0, occupation = 0, fen = 0, at = 0;
  int level = 0;
  std::string code;
  soci::indicator level_ind = soci::i_null, code_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListHistoryOfPerson), soci::into(id), soci::into(import),
       soci::into(b.file_row), soci::into(b.name), soci::into(b.id_number_sealed), soci::into(occupation),
       soci::into(b.occupation_name), soci::into(code, code_ind), soci::into(level, level_ind),
       soci::into(b.subsidy_type), soci::into(b.trained_on), soci::into(fen), soci::into(b.source), soci::into(at),
       soci::use(id_number_index));
  statement.execute();
  std::vector<StoredRecord> out;
  while (statement.fetch()) {
    StoredRecord r = b;
    r.id = id;
    r.import_id = import;
    r.occupation_id = occupation;
    r.occupation_code = code_ind == soci::i_ok ? std::optional<std::string>(code) : std::nullopt;
    r.level = Opt(level, level_ind);
    r.amount_fen = fen;
    r.imported_at = at;
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<ImportRecord> Imports(db::Connection& connection, std::int64_t after, int limit) {
  ImportRecord b;
  long long id = 0, at = 0, rows = 0, after_id = after, max_rows = limit;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListHistoryImports), soci::into(id), soci::into(at),
       soci::into(b.imported_by), soci::into(b.request_id), soci::into(b.content_sm3),
       soci::into(rows), soci::use(after_id), soci::use(after_id), soci::use(max_rows));
  statement.execute();
  std::vector<ImportRecord> out;
  while (statement.fetch()) {
    ImportRecord r = b;
    r.id = id;
    r.imported_at = at;
    r.rows = rows;
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<OccupationRef> Catalogue(db::Connection& connection) {
  std::vector<OccupationRef> out;
  std::int64_t after = 0;
  for (;;) {
    const auto page = registry::occupation_store::List(connection, {}, after, 1000);
    for (const auto& o : page) {
      out.push_back({o.id, o.code, o.name, o.kind == "special_ability", o.highest_level, o.lowest_level});
      after = o.id;
    }
    if (page.size() < 1000) return out;
  }
}

}  // namespace sunshine::subsidy::history_store
