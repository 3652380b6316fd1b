#include "registry/trainee_service.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <stdexcept>

#include "audit/store.hpp"
#include "crypto/token.hpp"
#include "db/keyset.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "registry/regions.hpp"

namespace sunshine::registry {
namespace {
core::Error NotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "trainee_not_found", "学员不存在或不在管辖范围内");
}

// Whether the caller may hold this record: a region officer when the person lives or is
// registered (户籍) in the region; an organisation for the people it registers itself.
std::optional<core::FieldError> OutsideScope(const core::Scope& scope, const Trainee& t) {
  if (scope.kind == core::ScopeKind::kRegion) {
    const std::string prefix = scope.RegionPrefix();
    if (t.residence_region_code.starts_with(prefix) || t.household_region_code.starts_with(prefix)) return std::nullopt;
  } else if (scope.kind == core::ScopeKind::kOrganisation) {
    return std::nullopt;  // registered_by_org is set to the caller's organisation
  }
  return core::FieldError{"residence_region_code", "outside_scope"};
}

RegionFacts Facts(RegionBook& regions, const std::string& residence, const std::string& household) {
  return {regions.Level(residence), regions.Level(household)};
}

}  // namespace

core::Result<const crypto::FieldKeys*> TraineeService::Keys() const {
  return crypto::RequireKeys(keys_, "学员信息");
}

TraineeView TraineeService::View(const Trainee& t, std::string sort_key) const {
  TraineeView view{t, "", "", std::move(sort_key)};
  // A value that fails to unseal (tampered, or another key) shows as such, never in part.
  auto id = crypto::Unseal(*keys_, t.id_number_sealed);
  auto phone = crypto::Unseal(*keys_, t.phone_sealed);
  view.id_number_masked = id ? core::MaskIdNumber(*id) : "（无法解密）";
  view.phone_masked = phone ? core::MaskPhone(*phone) : "（无法解密）";
  return view;
}

core::Result<TraineeView> TraineeService::Masked(const Trainee& trainee) const {
  if (auto keys = Keys(); !keys) return keys.error();
  return View(trainee);
}

core::Result<std::string> TraineeService::IdNumberIndex(const std::string& id_number) const {
  auto keys = Keys();
  if (!keys) return keys.error();
  return crypto::BlindIndex(**keys, core::NormaliseIdNumber(id_number));
}

core::Result<trainee_store::Filter> TraineeService::StoreFilter(const TraineeQuery& query) const {
  auto keys = Keys();
  if (!keys) return keys.error();
  trainee_store::Filter filter{query.q, "", "", query.group, query.region_code, query.employment_status};
  // Normalised as registration did (lower-case x); a malformed number simply finds nobody.
  if (!query.id_number.empty()) filter.id_number_index = *IdNumberIndex(query.id_number);
  if (!query.phone.empty()) filter.phone_index = crypto::BlindIndex(**keys, NormalisePhone(query.phone));
  return filter;
}

core::Result<TraineeService::Page> TraineeService::List(const core::Principal& principal, const TraineeQuery& query,
                                                        const core::Sort& sort, const core::Cursor& after,
                                                        int limit) {
  auto filter = StoreFilter(query);
  if (!filter) return filter.error();
  db::Connection connection(database_);
  Page page;
  for (auto& row : trainee_store::List(connection, principal.scope, *filter, sort, after, limit)) {
    page.items.push_back(View(row.trainee, std::move(row.sort_key)));
  }
  page.total = trainee_store::Count(connection, principal.scope, *filter);
  return page;
}

core::Status TraineeService::Export(const core::Actor& actor, const TraineeQuery& query, const core::Sort& sort,
                                    const std::function<void(const TraineeView&)>& visit) {
  auto filter = StoreFilter(query);
  if (!filter) return filter.error();
  db::Connection connection(database_);
  core::Cursor after;
  std::int64_t count = 0;
  constexpr int kBatch = 2000;
  for (;;) {
    auto rows = trainee_store::List(connection, actor.principal->scope, *filter, sort, after, kBatch);
    for (const auto& row : rows) visit(View(row.trainee));
    count += static_cast<std::int64_t>(rows.size());
    if (static_cast<int>(rows.size()) < kBatch) break;
    after = {rows.back().trainee.id, sort.key == "id" ? std::nullopt : std::optional(rows.back().sort_key)};
  }
  db::Transaction transaction(connection);
  audit::Append(connection, actor,
                {.action = "registry:trainee:export",
                 .object_type = "trainee",
                 .object_id = "",
                 .detail = boost::json::serialize(boost::json::object{{"rows", count},
                                                                      {"q", query.q},
                                                                      {"group", query.group},
                                                                      {"region_code", query.region_code},
                                                                      {"by_id_number", !query.id_number.empty()},
                                                                      {"by_phone", !query.phone.empty()}})});
  transaction.Commit();
  return core::Ok{};
}

core::Result<TraineeView> TraineeService::Get(const core::Principal& principal, std::int64_t id) {
  if (auto keys = Keys(); !keys) return keys.error();
  db::Connection connection(database_);
  auto found = trainee_store::Find(connection, principal.scope, id);
  if (!found) return NotFound();
  return View(*found);
}

namespace {
// Validates one new trainee and, when valid, builds the sealed record. Errors name fields.
std::vector<core::FieldError> Prepare(const crypto::FieldKeys& keys, RegionBook& regions, const core::Scope& scope,
                                      const TraineeInput& in, int today, Trainee& out) {
  DerivedIdentity derived;
  auto errors = CheckTrainee(in, Facts(regions, in.residence_region_code, in.household_region_code), today, &derived);
  if (!errors.empty()) return errors;
  out.name = in.name;
  out.id_number_index = crypto::BlindIndex(keys, derived.id_number);  // derived: already normalised
  out.sex = derived.sex;
  out.birth_date = derived.birth_date;
  out.household_region_code = in.household_region_code;
  out.residence_region_code = in.residence_region_code;
  out.groups = in.groups;
  out.employment_status = in.employment_status;
  if (scope.kind == core::ScopeKind::kOrganisation) out.registered_by_org = scope.code;
  if (auto outside = OutsideScope(scope, out)) errors.push_back(*outside);
  return errors;
}

// Sealing is the costly part: done only for rows that passed every check.
void Seal(const crypto::FieldKeys& keys, const TraineeInput& in, Trainee& t) {
  t.id_number_sealed = crypto::Seal(keys, core::NormaliseIdNumber(in.id_number));
  const std::string phone = NormalisePhone(in.phone);
  t.phone_sealed = crypto::Seal(keys, phone);
  t.phone_index = crypto::BlindIndex(keys, phone);
}

core::Error Taken() {
  return core::Error{core::ErrorKind::kConflict,
                     "trainee_exists",
                     "该身份证号已登记，一人只能有一条学员记录",
                     {{"id_number", "taken"}}};
}
}  // namespace

core::Result<TraineeView> TraineeService::Create(const core::Actor& actor, const TraineeInput& input) {
  auto keys = Keys();
  if (!keys) return keys.error();
  db::Connection connection(database_);
  RegionBook regions(connection);
  Trainee t;
  auto errors = Prepare(**keys, regions, actor.principal->scope, input, core::DateNumber(database_.clock().Today()), t);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "学员信息有误，请检查标出的字段", std::move(errors));
  Seal(**keys, input, t);
  t.created_at = t.updated_at = database_.clock().Now();
  db::Transaction transaction(connection);
  if (trainee_store::FindByIdNumberIndex(connection, t.id_number_index)) return Taken();
  try {
    t.id = trainee_store::Insert(connection, t);
  } catch (const soci::soci_error& e) {
    // Two officers registering the same person at the same instant on PostgreSQL: the unique
    // index decides, and the loser hears what the check above would have said.
    if (std::string_view(e.what()).find("trainees_id_number_index_key") != std::string_view::npos) return Taken();
    throw;
  }
  auto view = View(t);
  audit::Append(connection, actor,
                {.action = "registry:trainee:create",
                 .object_type = "trainee",
                 .object_id = std::to_string(t.id),
                 .detail = boost::json::serialize(boost::json::object{{"id_number", view.id_number_masked}})});
  transaction.Commit();
  return view;
}

core::Result<TraineeView> TraineeService::Update(const core::Actor& actor, std::int64_t id, const TraineePatch& patch) {
  auto keys = Keys();
  if (!keys) return keys.error();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto found = trainee_store::Find(connection, actor.principal->scope, id);
  if (!found) return NotFound();
  Trainee t = *found;
  RegionBook regions(connection);
  auto errors = CheckTraineePatch(
      patch, Facts(regions, patch.residence_region_code.value_or(""), patch.household_region_code.value_or("")));
  boost::json::array changed;
  auto apply = [&changed](const char* field, auto& target, const auto& value) {
    if (value && *value != target) {
      target = *value;
      changed.push_back(field);
    }
  };
  if (errors.empty()) {
    apply("name", t.name, patch.name);
    apply("household_region_code", t.household_region_code, patch.household_region_code);
    apply("residence_region_code", t.residence_region_code, patch.residence_region_code);
    apply("groups", t.groups, patch.groups);
    apply("employment_status", t.employment_status, patch.employment_status);
    if (patch.phone) {
      const std::string phone = NormalisePhone(*patch.phone);
      if (std::string index = crypto::BlindIndex(**keys, phone); index != t.phone_index) {
        t.phone_sealed = crypto::Seal(**keys, phone);
        t.phone_index = std::move(index);
        changed.push_back("phone");
      }
    }
    // A correction may not move the person out of the officer's own region.
    if (auto outside = OutsideScope(actor.principal->scope, t)) errors.push_back(*outside);
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "学员信息有误，请检查标出的字段", std::move(errors));
  if (changed.empty()) return View(t);
  t.updated_at = database_.clock().Now();
  trainee_store::Update(connection, t);
  audit::Append(connection, actor,
                {.action = "registry:trainee:update",
                 .object_type = "trainee",
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(boost::json::object{{"fields", changed}})});
  transaction.Commit();
  return View(t);
}

core::Result<Revealed> TraineeService::Reveal(const core::Actor& actor, std::int64_t id, const std::string& reason) {
  auto keys = Keys();
  if (!keys) return keys.error();
  if (reason.find_first_not_of(' ') == std::string::npos) {
    return core::Error::Invalid("invalid_fields", "查看完整个人信息须填写事由", {{"reason", "required"}});
  }
  if (reason.size() > 600) return core::Error::Invalid("invalid_fields", "事由过长", {{"reason", "too_long"}});
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto found = trainee_store::Find(connection, actor.principal->scope, id);
  if (!found) return NotFound();
  auto id_number = crypto::Unseal(**keys, found->id_number_sealed);
  auto phone = crypto::Unseal(**keys, found->phone_sealed);
  if (!id_number || !phone) {
    return core::Error::Of(core::ErrorKind::kInternal, "personal_data_unreadable", "个人信息无法解密：数据或密钥有误");
  }
  // The record of who looked, when and why commits before the value leaves the server.
  audit::Append(connection, actor,
                {.action = "registry:trainee:reveal",
                 .object_type = "trainee",
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(
                     boost::json::object{{"fields", boost::json::array{"id_number", "phone"}}, {"reason", reason}})});
  transaction.Commit();
  return Revealed{*id_number, *phone};
}

namespace {
// The staged rows of one import, removed when it ends whatever the outcome (after the move,
// after a refusal, after an exception), a part per transaction; a crash leaves them to the
// next import's sweep of stale rows.
class StagedBatch {
 public:
  // On the import's own connection: a server may have a pool of one (the CLI), and a
  // second connection would wait for this one forever.
  StagedBatch(db::Connection& connection, std::string id) : connection_(connection), id_(std::move(id)) {}
  ~StagedBatch() {
    try {
      constexpr int kPart = 5000;
      for (int from = 0; from < staged_; from += kPart) {
        db::Transaction transaction(connection_);
        trainee_store::DeleteStaged(connection_, id_, from, from + kPart);
        transaction.Commit();
      }
    } catch (...) {
      // The next import removes stale rows.
    }
  }
  StagedBatch(const StagedBatch&) = delete;
  StagedBatch& operator=(const StagedBatch&) = delete;
  const std::string& id() const { return id_; }
  void Staged(int rows) { staged_ = rows; }

 private:
  db::Connection& connection_;
  std::string id_;
  int staged_ = 0;
};

constexpr std::int64_t kStaleStagedMillis = 24LL * 3600 * 1000;
}  // namespace

core::Result<std::int64_t> TraineeService::Import(const core::Actor& actor, const ImportChunks<TraineeInput>& chunks) {
  auto keys = Keys();
  if (!keys) return keys.error();
  db::Connection connection(database_);
  RegionBook regions(connection);
  const int today = core::DateNumber(database_.clock().Today());
  const core::Scope& scope = actor.principal->scope;
  auto prepare = [&](const TraineeInput& input, Trainee& record) {
    return Prepare(**keys, regions, scope, input, today, record);
  };
  // 1. Check every row, outside any transaction (only the keys seen are kept).
  const auto started = std::chrono::steady_clock::now();
  auto since = [&started] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  };
  ImportChecker checker("id_number");
  chunks([&](const std::vector<TraineeImportRow>& rows) {
    checker.Check<TraineeInput, Trainee>(
        rows, prepare, [](const Trainee& record) { return record.id_number_index; },
        [&](const std::vector<std::string>& indexes) { return trainee_store::TakenIdNumberIndexes(connection, indexes); });
  });
  if (checker.rows() == 0) return core::Error::Invalid("empty_import", "文件中没有数据行");
  if (!checker.ok()) return checker.Rejected();

  const auto checked_ms = since();
  // 2. Seal and stage a chunk per transaction: other writers wait a chunk at most.
  const auto now = database_.clock().Now();
  StagedBatch batch(connection, crypto::RandomHex(16));
  {
    db::Transaction transaction(connection);
    trainee_store::DeleteStaleStaged(connection, now - kStaleStagedMillis);
    transaction.Commit();
  }
  int seq = 0;
  chunks([&](const std::vector<TraineeImportRow>& rows) {
    std::vector<Trainee> records(rows.size());
    std::vector<trainee_store::StagedRow> staged;
    staged.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (!prepare(rows[i].input, records[i]).empty()) throw std::logic_error("an import row changed between checks");
      Seal(**keys, rows[i].input, records[i]);
      records[i].created_at = records[i].updated_at = now;
      staged.push_back({seq++, rows[i].row, &records[i]});
    }
    db::Transaction transaction(connection);
    trainee_store::Stage(connection, batch.id(), now, staged);
    transaction.Commit();
    batch.Staged(seq);
  });

  const auto staged_ms = since();
  // 3. Move all rows at once, unless someone registered one of the people meanwhile (the
  // staged copies are cleared afterwards, outside this transaction).
  db::Transaction transaction(connection);
  if (const auto taken = trainee_store::StagedTaken(connection, batch.id()); !taken.empty()) {
    std::vector<core::FieldError> errors;
    for (int row : taken) errors.push_back({"id_number", "taken", row, "id_number"});
    return ImportRejected(std::move(errors));
  }
  trainee_store::MoveStaged(connection, batch.id());
  audit::Append(connection, actor,
                {.action = "registry:import:trainees",
                 .object_type = "trainee",
                 .object_id = "",
                 .detail = boost::json::serialize(boost::json::object{{"rows", checker.rows()}})});
  transaction.Commit();
  const auto moved_ms = since();
  // The people are in; statistics that lag them would plan the lists for the table as it was. A
  // file smaller than the lists' count cap moves no region's count past it, so it is spared
  // the ANALYZE (0.35-0.65 s at province scale, beside 1.7-2.8 s for 20,000 rows).
  if (checker.rows() >= db::kCountCap) {
    try {
      trainee_store::RefreshStatistics(connection);
    } catch (const std::exception& e) {
      spdlog::warn("imported {} trainees, but their table's statistics were not refreshed: {}", checker.rows(),
                   e.what());
    }
  }
  spdlog::info("imported {} trainees: checked in {} ms, staged by {} ms, moved by {} ms, analyzed by {} ms",
               checker.rows(), checked_ms, staged_ms, moved_ms, since());
  return checker.rows();
}

}  // namespace sunshine::registry
