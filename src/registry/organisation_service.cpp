#include "registry/organisation_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "registry/regions.hpp"

namespace sunshine::registry {
namespace {
core::Error NotFound(const OrganisationKind& kind) {
  return core::Error::Of(core::ErrorKind::kNotFound, kind.id + "_not_found", kind.name_zh + "不存在或不在管辖范围内");
}

// An officer registers organisations only in the region they govern.
bool InScope(const core::Scope& scope, const std::string& region_code) {
  const std::string prefix = scope.RegionPrefix();
  return !prefix.empty() && region_code.starts_with(prefix);
}

// Validates one new organisation into `out`; field errors, none when it may be stored.
std::vector<core::FieldError> Prepare(const OrganisationKind& kind, RegionBook& regions, const core::Scope& scope,
                                      const OrganisationInput& in, Organisation& out) {
  auto errors = CheckOrganisation(kind, in, regions.Level(in.region_code));
  if (errors.empty() && !InScope(scope, in.region_code)) errors.push_back({"region_code", "outside_scope"});
  out.kind = kind.id;
  out.name = in.name;
  out.credit_code = in.credit_code;
  out.type = in.type;
  out.industry = in.industry;
  out.size = in.size;
  out.region_code = in.region_code;
  out.credit_check_overridden = !core::CheckCreditCode(in.credit_code).empty();
  return errors;
}
}  // namespace

core::Result<OrganisationService::Page> OrganisationService::List(const OrganisationKind& kind,
                                                                  const core::Principal& principal,
                                                                  const organisation_store::Filter& filter,
                                                                  const core::Sort& sort, const core::Cursor& after,
                                                                  int limit) {
  db::Connection connection(database_);
  Page page;
  page.items = organisation_store::List(connection, kind, principal.scope, filter, sort, after, limit);
  page.total = organisation_store::Count(connection, kind, principal.scope, filter);
  return page;
}

core::Result<Organisation> OrganisationService::Get(const OrganisationKind& kind, const core::Principal& principal,
                                                    std::int64_t id) {
  db::Connection connection(database_);
  auto found = organisation_store::Find(connection, kind, principal.scope, id);
  if (!found) return NotFound(kind);
  return *found;
}

core::Result<Organisation> OrganisationService::Create(const OrganisationKind& kind, const core::Actor& actor,
                                                       const OrganisationInput& input) {
  db::Connection connection(database_);
  RegionBook regions(connection);
  Organisation org;
  auto errors = Prepare(kind, regions, actor.principal->scope, input, org);
  if (!errors.empty()) {
    return core::Error::Invalid("invalid_fields", kind.name_zh + "信息有误，请检查标出的字段", std::move(errors));
  }
  org.created_at = org.updated_at = database_.clock().Now();
  db::Transaction transaction(connection);
  if (organisation_store::CreditCodeTaken(connection, kind.id, org.credit_code)) {
    return core::Error{core::ErrorKind::kConflict,
                       kind.id + "_exists",
                       "该统一社会信用代码已登记为" + kind.name_zh,
                       {{"credit_code", "taken"}}};
  }
  org.id = organisation_store::Insert(connection, org);
  audit::Append(connection, actor,
                {.action = kind.permission + ":create",
                 .object_type = kind.id,
                 .object_id = std::to_string(org.id),
                 .detail = boost::json::serialize(boost::json::object{
                     {"credit_code", org.credit_code}, {"credit_check_overridden", org.credit_check_overridden}})});
  transaction.Commit();
  return org;
}

core::Result<Organisation> OrganisationService::Update(const OrganisationKind& kind, const core::Actor& actor,
                                                       std::int64_t id, const OrganisationPatch& patch) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto found = organisation_store::Find(connection, kind, actor.principal->scope, id);
  if (!found) return NotFound(kind);
  Organisation org = *found;
  RegionBook regions(connection);
  std::vector<std::string> changed;
  auto errors = ApplyOrganisationPatch(kind, patch, regions.Level(patch.region_code.value_or("")), org, changed);
  if (errors.empty() && patch.region_code && !InScope(actor.principal->scope, org.region_code)) {
    errors.push_back({"region_code", "outside_scope"});
  }
  if (!errors.empty()) {
    return core::Error::Invalid("invalid_fields", kind.name_zh + "信息有误，请检查标出的字段", std::move(errors));
  }
  if (changed.empty()) return org;
  org.updated_at = database_.clock().Now();
  organisation_store::Update(connection, org);
  boost::json::array fields;
  for (const auto& f : changed) fields.push_back(boost::json::value(f));
  audit::Append(connection, actor,
                {.action = kind.permission + ":update",
                 .object_type = kind.id,
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(
                     boost::json::object{{"fields", fields}, {"status", org.status}, {"reason", patch.reason.value_or("")}})});
  transaction.Commit();
  return org;
}

core::Result<std::int64_t> OrganisationService::Import(const OrganisationKind& kind, const core::Actor& actor,
                                                       const ImportChunks<OrganisationInput>& chunks) {
  db::Connection connection(database_);
  RegionBook regions(connection);
  auto prepare = [&](const OrganisationInput& input, Organisation& record) {
    return Prepare(kind, regions, actor.principal->scope, input, record);
  };
  auto taken = [&](const std::string& code) { return organisation_store::CreditCodeTaken(connection, kind.id, code); };
  // Checked outside any transaction: other writers do not wait for the validation.
  ImportChecker checker("credit_code");
  chunks([&](const std::vector<ImportRow<OrganisationInput>>& rows) {
    checker.Check<OrganisationInput, Organisation>(
        rows, prepare, [](const Organisation& record) { return record.credit_code; }, OneByOne(taken));
  });
  if (checker.rows() == 0) return core::Error::Invalid("empty_import", "文件中没有数据行");
  if (!checker.ok()) return checker.Rejected();
  // These registries are small (hundreds of rows): one transaction, re-checked in it.
  const auto now = database_.clock().Now();
  db::Transaction transaction(connection);
  auto stored = StoreRechecked<OrganisationInput, Organisation>(
      chunks, "credit_code", prepare, [](const Organisation& record) { return record.credit_code; }, taken,
      [&](Organisation& record) {
        record.created_at = record.updated_at = now;
        organisation_store::Insert(connection, record);
      });
  if (!stored) return stored.error();  // registered meanwhile: rolled back
  audit::Append(connection, actor,
                {.action = "registry:import:" + kind.resource,
                 .object_type = kind.id,
                 .object_id = "",
                 .detail = boost::json::serialize(boost::json::object{{"rows", *stored}})});
  transaction.Commit();
  return stored;
}

}  // namespace sunshine::registry
