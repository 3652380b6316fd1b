#include "subsidy/history_service.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <map>
#include <set>
#include <stdexcept>

#include "audit/store.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "crypto/sm3.hpp"
#include "registry/bulk_import.hpp"
#include "registry/project_rules.hpp"
#include "registry/trainee_store.hpp"

namespace sunshine::subsidy {
namespace {
using registry::ImportRow;

const std::vector<registry::CsvColumn> kColumns = {
    {"name", {"name", "姓名"}},
    {"id_number", {"id_number", "身份证号", "公民身份号码", "身份证号码"}},
    {"occupation", {"occupation", "职业（工种）", "职业工种", "职业", "工种", "职业编码", "专项职业能力"}},
    {"level", {"level", "等级", "技能等级", "职业技能等级"}, false},
    {"subsidy_type", {"subsidy_type", "补贴类型", "培训类型"}},
    {"trained_on", {"trained_on", "培训日期", "补贴日期", "结业日期"}},
    {"amount", {"amount", "补贴金额（元）", "补贴金额", "金额"}},
    {"source", {"source", "数据来源", "来源"}},
};

HistoryInput InputOf(const registry::ImportCells& c) {
  return {c.Get("name"),
          c.Get("id_number"),
          c.Get("occupation"),
          c.Get("level"),
          registry::ImportChoice(registry::TrainingTypes(), c.Get("subsidy_type")),
          c.Get("trained_on"),
          c.Get("amount"),
          c.Get("source")};
}

// The index a key starts with (HistoryKey: "index|occupation|level|type|date").
std::string IndexOf(const std::string& key) { return key.substr(0, key.find('|')); }
}  // namespace

core::Result<const crypto::FieldKeys*> HistoryService::Keys() const {
  return crypto::RequireKeys(keys_, "历史补贴记录");
}

registry::ImportKind HistoryService::Kind() {
  return {"history", "subsidy:history:import", kColumns,
          [this](const core::Actor& actor, std::string_view text, const registry::ImportProgress& progress) {
            return Import(actor, text, progress);
          }};
}

core::Result<std::int64_t> HistoryService::Import(const core::Actor& actor, std::string_view csv_text,
                                                  const registry::ImportProgress& progress) {
  auto keys = Keys();
  if (!keys) return keys.error();
  db::Connection connection(database_);
  const auto catalogue = history_store::Catalogue(connection);
  const std::string today = core::DateInShanghai(database_.clock().Now());
  // Each row's record and blind index, for the check and again for the store.
  struct Prepared {
    HistoryRecord record;
    std::string index;
  };
  auto prepare = [&](const HistoryInput& input, Prepared& out) {
    const auto* occupation = ResolveOccupation(catalogue, input.occupation, !input.level.empty());
    auto errors = CheckHistory(input, occupation, today, out.record);
    if (errors.empty()) out.index = crypto::BlindIndex(**keys, out.record.id_number);
    return errors;
  };
  auto key = [](const Prepared& p) { return HistoryKey(p.index, p.record); };
  auto taken = [&](const std::vector<std::string>& keys_in_chunk) {
    std::set<std::string> people;
    for (const auto& k : keys_in_chunk) people.insert(IndexOf(k));
    const auto stored = history_store::KeysOf(connection, {people.begin(), people.end()});
    return std::set<std::string>(stored.begin(), stored.end());
  };

  return registry::ImportCsv<HistoryInput>(
      csv_text, kColumns, InputOf,
      [&](const registry::ImportChunks<HistoryInput>& chunks) -> core::Result<std::int64_t> {
        // 1. Check every row, outside any transaction.
        registry::ImportChecker checker("row");
        chunks([&](const std::vector<ImportRow<HistoryInput>>& rows) {
          checker.Check<HistoryInput, Prepared>(rows, prepare, key, taken);
        });
        if (checker.rows() == 0) return core::Error::Invalid("empty_import", "文件中没有数据行");
        if (!checker.ok()) return checker.Rejected();
        // 2. Store every row in one transaction, each key checked again (another import may
        // have stored the same record meanwhile): all rows or none.
        db::Transaction transaction(connection);
        const std::int64_t import_id = history_store::InsertImport(
            connection, {.imported_at = database_.clock().Now(),
                         .imported_by = actor.principal->username,
                         .request_id = actor.request_id,
                         .content_sm3 = crypto::Sm3Hex(csv_text),
                         .rows = checker.rows()});
        registry::ImportChecker again("row");
        chunks([&](const std::vector<ImportRow<HistoryInput>>& rows) {
          std::vector<Prepared> prepared(rows.size());
          std::vector<std::string> chunk_keys;
          for (std::size_t i = 0; i < rows.size(); ++i) {
            if (!prepare(rows[i].input, prepared[i]).empty()) throw std::logic_error("an import row changed");
            chunk_keys.push_back(key(prepared[i]));
          }
          const auto stored = taken(chunk_keys);
          std::vector<history_store::SealedRow> sealed;
          for (std::size_t i = 0; i < rows.size(); ++i) {
            if (stored.count(chunk_keys[i])) {
              again.Add({"row", "taken"}, rows[i].row, *rows[i].columns);
              continue;
            }
            sealed.push_back({rows[i].row, &prepared[i].record, crypto::Seal(**keys, prepared[i].record.id_number),
                              prepared[i].index});
          }
          if (again.ok()) history_store::InsertRecords(connection, import_id, sealed);
        });
        if (!again.ok()) return again.Rejected();  // the transaction rolls back
        audit::Append(connection, actor,
                      {.action = "subsidy:history:import",
                       .object_type = "subsidy_history_import",
                       .object_id = std::to_string(import_id),
                       .detail = boost::json::serialize(boost::json::object{{"rows", checker.rows()}})});
        transaction.Commit();
        spdlog::info("imported {} past subsidised trainings (import {})", checker.rows(), import_id);
        return checker.rows();
      },
      progress);
}

core::Result<std::vector<HistoryView>> HistoryService::Views(db::Connection& connection,
                                                             const std::string& id_number_index) const {
  auto keys = Keys();
  if (!keys) return keys.error();
  std::vector<HistoryView> out;
  for (auto& r : history_store::OfPerson(connection, id_number_index)) {
    auto number = crypto::Unseal(**keys, r.id_number_sealed);
    if (!number) return number.error();
    out.push_back({std::move(r), core::MaskIdNumber(*number)});
  }
  return out;
}

core::Result<std::vector<HistoryView>> HistoryService::OfTrainee(const core::Principal& principal,
                                                                 std::int64_t trainee_id) {
  db::Connection connection(database_);
  const auto trainee = registry::trainee_store::Find(connection, principal.scope, trainee_id);
  if (!trainee) return core::Error::Of(core::ErrorKind::kNotFound, "trainee_not_found", "学员不存在或不在您的管辖范围内");
  return Views(connection, trainee->id_number_index);
}

core::Result<std::vector<HistoryView>> HistoryService::OfIdNumber(const core::Actor& actor,
                                                                  const std::string& id_number) {
  auto keys = Keys();
  if (!keys) return keys.error();
  // A birth date after today is no ID number, as the import judges it (the injected clock).
  const auto checked =
      core::CheckIdNumber(id_number, core::DateNumber(core::DateInShanghai(database_.clock().Now())));
  if (!checked.id) {
    return core::Error::Invalid("invalid_id_number", "身份证号有误", {{"id_number", checked.reason}});
  }
  db::Connection connection(database_);
  auto views = Views(connection, crypto::BlindIndex(**keys, checked.id->value));
  if (!views) return views;
  db::Transaction transaction(connection);
  audit::Append(connection, actor,
                {.action = "subsidy:history:search",
                 .object_type = "person",
                 .object_id = core::MaskIdNumber(checked.id->value),
                 .detail = boost::json::serialize(boost::json::object{{"found", views->size()}})});
  transaction.Commit();
  return views;
}

std::vector<history_store::ImportRecord> HistoryService::Imports(std::int64_t after, int limit) {
  db::Connection connection(database_);
  return history_store::Imports(connection, after, limit);
}

}  // namespace sunshine::subsidy
