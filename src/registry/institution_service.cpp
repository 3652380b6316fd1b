#include "registry/institution_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "registry/regions.hpp"

namespace sunshine::registry {
namespace {
core::Error NotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "institution_not_found", "培训机构不存在或不在管辖范围内");
}
std::optional<std::string> RegionLevel(db::Connection& connection, const std::string& code) {
  auto region = FindRegion(connection, code);
  if (!region) return std::nullopt;
  return region->level;
}
}  // namespace

core::Result<InstitutionService::Page> InstitutionService::List(const core::Principal& principal,
                                                                const institution_store::Filter& filter,
                                                                std::int64_t after, int limit) {
  db::Connection connection(database_);
  Page page;
  page.items = institution_store::List(connection, principal.scope, filter, after, limit);
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

core::Result<Institution> InstitutionService::Create(const core::Actor& actor, const InstitutionInput& input) {
  db::Connection connection(database_);
  auto errors = CheckInstitution(input, RegionLevel(connection, input.region_code));
  // An officer registers institutions only inside the region they govern.
  const std::string prefix = actor.principal->scope.RegionPrefix();
  if (errors.empty() && (prefix.empty() || !input.region_code.starts_with(prefix))) {
    errors.push_back({"region_code", "outside_scope"});
  }
  if (!errors.empty()) {
    return core::Error::Invalid("invalid_fields", "机构信息有误，请检查标出的字段", std::move(errors));
  }
  Institution inst;
  inst.name = input.name;
  inst.credit_code = input.credit_code;
  inst.type = input.type;
  inst.region_code = input.region_code;
  inst.credit_check_overridden = !core::CheckCreditCode(input.credit_code).empty();
  inst.created_at = inst.updated_at = core::NowMillis();
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

core::Result<Institution> InstitutionService::Act(const core::Actor& actor, std::int64_t id, const std::string& action,
                                                  const LifecycleAction& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto found = institution_store::Find(connection, actor.principal->scope, id);
  if (!found) return NotFound();
  Institution inst = *found;
  const Transition transition = ApplyLifecycle(inst, action, input);
  if (transition.error) return *transition.error;
  inst.updated_at = core::NowMillis();
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
  transaction.Commit();
  return inst;
}

std::vector<Institution> InstitutionService::Public(const std::string& list, std::int64_t after, int limit) {
  db::Connection connection(database_);
  return institution_store::ListPublic(connection, list, after, limit);
}

}  // namespace sunshine::registry
