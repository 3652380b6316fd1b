#include "registry/occupation_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/time.hpp"

namespace sunshine::registry {
namespace {
core::Error NotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "occupation_not_found", "职业不存在"); }

core::Error Refused(std::vector<core::FieldError> errors) {
  return core::Error::Invalid("invalid_fields", "职业信息有误，请检查标出的字段", std::move(errors));
}

core::Error Duplicate() {
  return core::Error{core::ErrorKind::kConflict,
                     "occupation_exists",
                     "已有相同代码或相同名称的职业",
                     {{"code", "taken"}, {"name", "taken"}}};
}
}  // namespace

core::Result<OccupationService::Page> OccupationService::List(const occupation_store::Filter& filter,
                                                              std::int64_t after, int limit) {
  db::Connection connection(database_);
  Page page;
  page.items = occupation_store::List(connection, filter, after, limit);
  page.total = core::Total{occupation_store::Count(connection, filter)};
  return page;
}

core::Result<Occupation> OccupationService::Get(std::int64_t id) {
  db::Connection connection(database_);
  auto found = occupation_store::Find(connection, id);
  if (!found) return NotFound();
  return *found;
}

core::Result<std::vector<occupation_store::Change>> OccupationService::Changes(std::int64_t id) {
  db::Connection connection(database_);
  if (!occupation_store::Find(connection, id)) return NotFound();
  return occupation_store::ListChanges(connection, id);
}

core::Result<Occupation> OccupationService::Create(const core::Actor& actor, const OccupationInput& input) {
  Occupation occupation = FromInput(input);
  if (auto errors = CheckOccupation(occupation); !errors.empty()) return Refused(std::move(errors));
  occupation.created_at = occupation.updated_at = database_.clock().Now();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  if (occupation_store::FindConflict(connection, occupation)) return Duplicate();
  occupation.id = occupation_store::Insert(connection, occupation);
  audit::Append(connection, actor,
                {.action = "registry:occupation:create",
                 .object_type = "occupation",
                 .object_id = std::to_string(occupation.id),
                 .detail = boost::json::serialize(boost::json::object{{"name", occupation.name}})});
  transaction.Commit();
  return occupation;
}

core::Result<Occupation> OccupationService::Update(const core::Actor& actor, std::int64_t id,
                                                   const OccupationPatch& patch) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto found = occupation_store::Find(connection, id);
  if (!found) return NotFound();
  Occupation occupation = *found;
  const auto changes = ApplyPatch(occupation, patch);
  if (auto errors = CheckOccupation(occupation); !errors.empty()) return Refused(std::move(errors));
  if (changes.empty()) return occupation;  // nothing to date or audit
  if (occupation_store::FindConflict(connection, occupation)) return Duplicate();
  occupation.updated_at = database_.clock().Now();
  occupation_store::Update(connection, occupation);
  boost::json::array fields;
  for (const auto& change : changes) {
    occupation_store::InsertChange(connection, id,
                                   {.changed_at = occupation.updated_at,
                                    .changed_by = actor.principal ? actor.principal->username : actor.system_name,
                                    .request_id = actor.request_id,
                                    .field = change.field,
                                    .before = change.before,
                                    .after = change.after});
    fields.push_back(boost::json::value(change.field));
  }
  audit::Append(connection, actor,
                {.action = "registry:occupation:update",
                 .object_type = "occupation",
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(boost::json::object{{"fields", std::move(fields)}})});
  transaction.Commit();
  return occupation;
}

}  // namespace sunshine::registry
