#include "registry/institution_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "registry/organisation_store.hpp"
#include "registry/regions.hpp"

namespace sunshine::registry {
namespace {
core::Error NotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "institution_not_found", "培训机构不存在或不在管辖范围内");
}
}  // namespace

core::Result<InstitutionService::Page> InstitutionService::List(const core::Principal& principal,
                                                                const institution_store::Filter& filter,
                                                                const core::Sort& sort, const core::Cursor& after,
                                                                int limit) {
  db::Connection connection(database_);
  Page page;
  page.items = institution_store::List(connection, principal.scope, filter, sort, after, limit);
  page.total = institution_store::Count(connection, principal.scope, filter);
  return page;
}

core::Result<Institution> InstitutionService::Get(const core::Principal& principal, std::int64_t id) {
  db::Connection connection(database_);
  auto found = institution_store::Find(connection, principal.scope, id);
  if (!found) return NotFound();
  return *found;
}

core::Result<std::vector<institution_store::Event>> InstitutionService::Events(const core::Principal& principal,
                                                                               std::int64_t id) {
  db::Connection connection(database_);
  if (!institution_store::Find(connection, principal.scope, id)) return NotFound();
  return institution_store::ListEvents(connection, id);
}

namespace {
// Validates one new institution into `out`: the record's checks, and an officer registers
// institutions only inside the region they govern.
std::vector<core::FieldError> Prepare(RegionBook& regions, const core::Scope& scope, const InstitutionInput& input,
                                      Institution& out) {
  auto errors = CheckInstitution(input, regions.Level(input.region_code));
  const std::string prefix = scope.RegionPrefix();
  if (errors.empty() && (prefix.empty() || !input.region_code.starts_with(prefix))) {
    errors.push_back({"region_code", "outside_scope"});
  }
  out.name = input.name;
  out.credit_code = input.credit_code;
  out.type = input.type;
  out.region_code = input.region_code;
  out.credit_check_overridden = !core::CheckCreditCode(input.credit_code).empty();
  return errors;
}
}  // namespace

core::Result<Institution> InstitutionService::Create(const core::Actor& actor, const InstitutionInput& input) {
  db::Connection connection(database_);
  RegionBook regions(connection);
  Institution inst;
  auto errors = Prepare(regions, actor.principal->scope, input, inst);
  if (!errors.empty()) {
    return core::Error::Invalid("invalid_fields", "机构信息有误，请检查标出的字段", std::move(errors));
  }
  inst.created_at = inst.updated_at = database_.clock().Now();
  db::Transaction transaction(connection);
  if (institution_store::CreditCodeTaken(connection, inst.credit_code)) {
    return core::Error{
        core::ErrorKind::kConflict, "institution_exists", "该统一社会信用代码已登记", {{"credit_code", "taken"}}};
  }
  inst.id = institution_store::Insert(connection, inst);
  institution_store::InsertEvent(connection, inst.id,
                                 {.at = inst.created_at,
                                  .actor = actor.principal->username,
                                  .action = "apply",
                                  .to_status = inst.status,
                                  .reason = "",
                                  .request_id = actor.request_id});
  audit::Append(connection, actor,
                {.action = "registry:institution:create",
                 .object_type = "institution",
                 .object_id = std::to_string(inst.id),
                 .detail = boost::json::serialize(boost::json::object{
                     {"credit_code", inst.credit_code}, {"credit_check_overridden", inst.credit_check_overridden}})});
  transaction.Commit();
  return inst;
}

core::Result<Institution> InstitutionService::Update(const core::Actor& actor, std::int64_t id,
                                                     const InstitutionPatch& patch) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto found = institution_store::Find(connection, actor.principal->scope, id);
  if (!found) return NotFound();
  Institution inst = *found;
  // The same checks as registration, over the corrected record.
  InstitutionInput merged{patch.name.value_or(inst.name), inst.credit_code, patch.type.value_or(inst.type),
                          patch.region_code.value_or(inst.region_code),
                          /* the code was accepted at registration, possibly by override */ true};
  RegionBook regions(connection);
  Institution checked;
  auto errors = Prepare(regions, actor.principal->scope, merged, checked);
  if (!errors.empty()) {
    return core::Error::Invalid("invalid_fields", "机构信息有误，请检查标出的字段", std::move(errors));
  }
  boost::json::array changed;
  if (checked.name != inst.name) changed.push_back("name");
  if (checked.type != inst.type) changed.push_back("type");
  if (checked.region_code != inst.region_code) changed.push_back("region_code");
  if (changed.empty()) return inst;
  inst.name = checked.name;
  inst.type = checked.type;
  inst.region_code = checked.region_code;
  inst.updated_at = database_.clock().Now();
  institution_store::UpdateDetails(connection, inst);
  audit::Append(connection, actor,
                {.action = "registry:institution:update",
                 .object_type = "institution",
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(boost::json::object{{"fields", changed}})});
  transaction.Commit();
  return inst;
}

core::Result<Institution> InstitutionService::Act(const core::Actor& actor, std::int64_t id, const std::string& action,
                                                  const LifecycleAction& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto done = ActIn(connection, actor, id, action, input);
  if (done) transaction.Commit();
  return done;
}

core::Result<Institution> InstitutionService::ActIn(db::Connection& connection, const core::Actor& actor,
                                                    std::int64_t id, const std::string& action,
                                                    const LifecycleAction& input) {
  auto found = institution_store::Find(connection, actor.principal->scope, id);
  if (!found) return NotFound();
  Institution inst = *found;
  LifecycleAction checked = input;
  if (action == "review" && input.auditor) {
    // The auditor is named by its id in the auditor registry and must be active.
    std::int64_t auditor_id = 0;
    try {
      auditor_id = std::stoll(*input.auditor);
    } catch (const std::exception&) {
    }
    const auto auditor =
        auditor_id > 0 ? organisation_store::Find(connection, KindOf("auditor"), actor.principal->scope, auditor_id)
                       : std::nullopt;
    if (!auditor || auditor->status != "active") {
      return core::Error::Invalid("invalid_fields", "第三方机构不存在或已撤销", {{"auditor", "unknown"}});
    }
    checked.auditor = "auditor:" + std::to_string(auditor_id);
  }
  const Transition transition = ApplyLifecycle(inst, action, checked);
  if (transition.error) return *transition.error;
  inst.updated_at = database_.clock().Now();
  institution_store::UpdateState(connection, inst);
  institution_store::InsertEvent(connection, id,
                                 {.at = inst.updated_at,
                                  .actor = actor.principal->username,
                                  .action = action,
                                  .from_status = transition.from,
                                  .to_status = transition.to,
                                  .reason = input.reason,
                                  .request_id = actor.request_id});
  audit::Append(
      connection, actor,
      {.action = "registry:institution:lifecycle",
       .object_type = "institution",
       .object_id = std::to_string(id),
       .detail = boost::json::serialize(boost::json::object{
           {"action", action}, {"from", transition.from}, {"to", transition.to}, {"exposed", inst.exposed}})});
  return inst;
}

core::Result<std::int64_t> InstitutionService::Import(const core::Actor& actor,
                                                      const ImportChunks<InstitutionInput>& chunks) {
  db::Connection connection(database_);
  RegionBook regions(connection);
  auto prepare = [&](const InstitutionInput& input, Institution& record) {
    return Prepare(regions, actor.principal->scope, input, record);
  };
  // Checked outside any transaction: other writers do not wait for the validation.
  ImportChecker checker("credit_code");
  chunks([&](const std::vector<ImportRow<InstitutionInput>>& rows) {
    checker.Check<InstitutionInput, Institution>(
        rows, prepare, [](const Institution& record) { return record.credit_code; },
        OneByOne([&](const std::string& code) { return institution_store::CreditCodeTaken(connection, code); }));
  });
  if (checker.rows() == 0) return core::Error::Invalid("empty_import", "文件中没有数据行");
  if (!checker.ok()) return checker.Rejected();
  // Registries of institutions are small (hundreds of rows): one transaction, re-checked in it.
  const auto now = database_.clock().Now();
  db::Transaction transaction(connection);
  auto stored = StoreRechecked<InstitutionInput, Institution>(
      chunks, "credit_code", prepare, [](const Institution& inst) { return inst.credit_code; },
      [&](const std::string& code) { return institution_store::CreditCodeTaken(connection, code); },
      [&](Institution& inst) {
        inst.created_at = inst.updated_at = now;
        inst.id = institution_store::Insert(connection, inst);
        institution_store::InsertEvent(connection, inst.id,
                                       {.at = now,
                                        .actor = actor.principal->username,
                                        .action = "apply",
                                        .to_status = inst.status,
                                        .reason = "批量导入",
                                        .request_id = actor.request_id});
      });
  if (!stored) return stored.error();  // registered meanwhile: rolled back
  audit::Append(connection, actor,
                {.action = "registry:import:institutions",
                 .object_type = "institution",
                 .object_id = "",
                 .detail = boost::json::serialize(boost::json::object{{"rows", *stored}})});
  transaction.Commit();
  return stored;
}

std::vector<Institution> InstitutionService::Public(const std::string& list, std::int64_t after, int limit) {
  db::Connection connection(database_);
  return institution_store::ListPublic(connection, list, after, limit);
}

}  // namespace sunshine::registry
