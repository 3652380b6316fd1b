#include "registry/relation_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "registry/institution_store.hpp"
#include "registry/occupation_store.hpp"
#include "registry/organisation_store.hpp"
#include "registry/project_store.hpp"
#include "registry/regions.hpp"

namespace sunshine::registry {
namespace {
core::Error NotFound(const std::string& what) {
  return core::Error::Of(core::ErrorKind::kNotFound, "not_found", what + "不存在或不在管辖范围内");
}
core::Error Invalid(std::vector<core::FieldError> errors) {
  return core::Error::Invalid("invalid_fields", "信息有误，请检查标出的字段", std::move(errors));
}
void Audit(db::Connection& connection, const core::Actor& actor, const std::string& action, const std::string& type,
           std::int64_t id, boost::json::object detail) {
  audit::Append(connection, actor,
                {.action = action,
                 .object_type = type,
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(detail)});
}
// An exited institution can file nothing (R-C3); a suspended one nothing new either.
std::optional<core::Error> Closed(const Institution& institution) {
  if (institution.status == "exited" || institution.status == "suspended") {
    return core::Error::Of(core::ErrorKind::kConflict, "institution_not_open",
                           "机构已退出或暂停，不能再登记场地或培训项目");
  }
  return std::nullopt;
}
}  // namespace

core::Result<std::vector<EmployeeView>> RelationService::Employees(const core::Principal& principal,
                                                                   std::int64_t enterprise_id) {
  db::Connection connection(database_);
  if (!organisation_store::Find(connection, KindOf("enterprise"), principal.scope, enterprise_id)) {
    return NotFound("企业");
  }
  std::vector<EmployeeView> out;
  for (auto& e : relation_store::ListEmployments(connection, enterprise_id)) {
    auto view = trainees_.Masked(e.trainee);
    if (!view) return view.error();
    out.push_back({std::move(e), std::move(*view)});
  }
  return out;
}

core::Result<EmployeeView> RelationService::Employ(const core::Actor& actor, std::int64_t enterprise_id,
                                                   const EmploymentInput& input) {
  auto errors = CheckEmployment(input);
  if (!errors.empty()) return Invalid(std::move(errors));
  auto index = trainees_.IdNumberIndex(input.id_number);
  if (!index) return index.error();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  if (!organisation_store::Find(connection, KindOf("enterprise"), actor.principal->scope, enterprise_id)) {
    return NotFound("企业");
  }
  // Knowing the full ID number is what links a person; whoever registered them.
  const auto trainee_id = trainee_store::FindByIdNumberIndex(connection, *index);
  if (!trainee_id) return Invalid({{"id_number", "not_registered"}});
  if (relation_store::FindEmployment(connection, enterprise_id, *trainee_id, input.start_date)) {
    return core::Error{core::ErrorKind::kConflict, "employment_exists", "该人员在此日期的雇佣记录已存在",
                       {{"start_date", "taken"}}};
  }
  const auto id = relation_store::InsertEmployment(connection, enterprise_id, *trainee_id, input, database_.clock().Now(),
                                                   actor.principal->username);
  Audit(connection, actor, "registry:enterprise:employ", "enterprise", enterprise_id,
        {{"employment", id}, {"trainee", *trainee_id}, {"kind", input.kind}, {"start_date", input.start_date}});
  const auto trainee = trainee_store::FindById(connection, *trainee_id);
  transaction.Commit();
  auto view = trainees_.Masked(*trainee);
  if (!view) return view.error();
  const auto end = input.end_date && !input.end_date->empty() ? input.end_date : std::nullopt;
  return EmployeeView{{id, input.kind, input.start_date, end, *trainee}, std::move(*view)};
}

core::Result<std::vector<relation_store::Filing>> RelationService::Filings(const core::Principal& principal,
                                                                           std::int64_t body_id) {
  db::Connection connection(database_);
  if (!organisation_store::Find(connection, KindOf("evaluation_body"), principal.scope, body_id)) {
    return NotFound("评价机构");
  }
  return relation_store::ListFilings(connection, body_id);
}

core::Result<relation_store::Filing> RelationService::File(const core::Actor& actor, std::int64_t body_id,
                                                           const FilingInput& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto body = organisation_store::Find(connection, KindOf("evaluation_body"), actor.principal->scope, body_id);
  if (!body) return NotFound("评价机构");
  if (body->status != "active") {
    return core::Error::Of(core::ErrorKind::kConflict, "evaluation_body_revoked", "评价机构已撤销，不能备案");
  }
  const auto occupation = occupation_store::Find(connection, input.occupation_id);
  auto errors = CheckFiling(input, occupation);
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = database_.clock().Now();
  const auto id = relation_store::InsertFiling(connection, body_id, input, now, actor.principal->username);
  Audit(connection, actor, "registry:evaluation_body:file", "evaluation_body", body_id,
        {{"filing", id}, {"occupation_id", input.occupation_id}, {"valid_to", input.valid_to}});
  transaction.Commit();
  return relation_store::Filing{
      id, input.occupation_id, occupation->name, occupation->code, input.level, input.valid_from, input.valid_to,
      actor.principal->username, now};
}

core::Result<std::vector<relation_store::Venue>> RelationService::Venues(const core::Principal& principal,
                                                                         std::int64_t institution_id) {
  db::Connection connection(database_);
  if (!institution_store::Find(connection, principal.scope, institution_id)) return NotFound("培训机构");
  return relation_store::ListVenues(connection, institution_id);
}

core::Result<relation_store::Venue> RelationService::AddVenue(const core::Actor& actor, std::int64_t institution_id,
                                                              const VenueInput& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto institution = institution_store::Find(connection, actor.principal->scope, institution_id);
  if (!institution) return NotFound("培训机构");
  if (auto closed = Closed(*institution)) return *closed;
  RegionBook regions(connection);
  auto errors = CheckVenue(input, regions.Level(input.region_code));
  if (errors.empty() && relation_store::VenueNameTaken(connection, institution_id, input.name)) {
    errors.push_back({"name", "taken"});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = database_.clock().Now();
  const core::LatLon wgs84 = VenueWgs84(input);
  const auto id = relation_store::InsertVenue(connection, institution_id, input, wgs84, now);
  Audit(connection, actor, "registry:institution:venue", "institution", institution_id,
        {{"venue", id}, {"name", input.name}, {"capacity", input.capacity}, {"datum", input.datum.value_or("gcj02")}});
  transaction.Commit();
  return relation_store::Venue{id,      input.name, input.address, input.region_code, MicroDegrees(wgs84.lat),
                               MicroDegrees(wgs84.lon), input.capacity, now};
}

core::Result<std::vector<relation_store::PermittedProject>> RelationService::Projects(const core::Principal& principal,
                                                                                      std::int64_t institution_id) {
  db::Connection connection(database_);
  if (!institution_store::Find(connection, principal.scope, institution_id)) return NotFound("培训机构");
  return relation_store::ListPermittedProjects(connection, institution_id);
}

core::Result<relation_store::PermittedProject> RelationService::Permit(const core::Actor& actor,
                                                                       std::int64_t institution_id,
                                                                       const PermittedProjectInput& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto institution = institution_store::Find(connection, actor.principal->scope, institution_id);
  if (!institution) return NotFound("培训机构");
  if (auto closed = Closed(*institution)) return *closed;
  std::vector<core::FieldError> errors;
  const auto project = project_store::Find(connection, input.project_id);
  if (!project) errors.push_back({"project_id", "unknown"});
  CheckPeriod(input.valid_from, input.valid_to, true, errors);
  if (errors.empty() && relation_store::PermissionOverlaps(connection, institution_id, input)) {
    errors.push_back({"valid_from", "overlaps"});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto now = database_.clock().Now();
  const auto id =
      relation_store::InsertPermittedProject(connection, institution_id, input, now, actor.principal->username);
  Audit(connection, actor, "registry:institution:project", "institution", institution_id,
        {{"permission", id}, {"project_id", input.project_id}, {"valid_from", input.valid_from},
         {"valid_to", input.valid_to}});
  transaction.Commit();
  return relation_store::PermittedProject{
      id, input.project_id, project->name, input.valid_from, input.valid_to, actor.principal->username, now};
}

}  // namespace sunshine::registry
