#include "registry/project_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "registry/occupation_store.hpp"

namespace sunshine::registry {
namespace {
core::Error NotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "training_project_not_found", "培训项目不存在");
}
core::Error Refused(std::vector<core::FieldError> errors) {
  return core::Error::Invalid("invalid_fields", "培训项目信息有误，请检查标出的字段", std::move(errors));
}
std::string ActorName(const core::Actor& actor) {
  return actor.principal ? actor.principal->username : actor.system_name;
}

// Region limits must name existing regions.
void CheckRegions(db::Connection& connection, const std::optional<std::vector<std::string>>& codes,
                  std::vector<core::FieldError>& errors) {
  if (!codes) return;
  for (const auto& code : *codes) {
    if (!project_store::RegionExists(connection, code)) {
      errors.push_back({"region_codes", "unknown_region"});
      return;
    }
  }
}

ProjectVersion VersionOf(const core::Actor& actor, std::int64_t project_id, const StandardInput& in,
                         core::EpochMillis now) {
  ProjectVersion v;
  v.project_id = project_id;
  v.standard_hours = in.standard_hours;
  v.subsidy_fen = in.subsidy_fen;
  v.valid_from = in.valid_from;
  v.valid_to = in.valid_to;
  v.region_codes = in.region_codes.value_or(std::vector<std::string>{});
  v.created_at = now;
  v.created_by = ActorName(actor);
  return v;
}
}  // namespace

core::Result<ProjectService::Page> ProjectService::List(const project_store::Filter& filter, std::int64_t after,
                                                        int limit) {
  db::Connection connection(database_);
  Page page;
  page.items = project_store::List(connection, filter, after, limit);
  page.total = core::Total{project_store::Count(connection, filter)};
  return page;
}

core::Result<Project> ProjectService::Get(std::int64_t id) {
  db::Connection connection(database_);
  auto found = project_store::Find(connection, id);
  if (!found) return NotFound();
  return std::move(*found);
}

core::Result<Project> ProjectService::Create(const core::Actor& actor, const ProjectInput& input) {
  db::Connection connection(database_);
  const auto occupation =
      input.occupation_id > 0 ? occupation_store::Find(connection, input.occupation_id) : std::nullopt;
  auto errors = CheckProject(input, occupation);
  const StandardInput standard{input.standard_hours, input.subsidy_fen, input.valid_from, input.valid_to,
                               input.region_codes};
  for (auto& e : CheckStandard(standard)) errors.push_back(std::move(e));
  CheckRegions(connection, input.region_codes, errors);
  if (!errors.empty()) return Refused(std::move(errors));

  db::Transaction transaction(connection);
  if (project_store::NameTaken(connection, input.name)) {
    return core::Error{core::ErrorKind::kConflict, "training_project_exists", "已有同名培训项目", {{"name", "taken"}}};
  }
  Project project;
  project.name = input.name;
  project.occupation_id = input.occupation_id;
  project.level = input.level;
  project.training_type = input.training_type;
  project.created_at = database_.clock().Now();
  project.id = project_store::Insert(connection, project);
  ProjectVersion version = VersionOf(actor, project.id, standard, database_.clock().Now());
  version.id = project_store::InsertVersion(connection, version);
  project.versions.push_back(version);
  audit::Append(connection, actor,
                {.action = "registry:training_project:create",
                 .object_type = "training_project",
                 .object_id = std::to_string(project.id),
                 .detail = boost::json::serialize(boost::json::object{{"subsidy_fen", version.subsidy_fen},
                                                                      {"standard_hours", version.standard_hours},
                                                                      {"valid_from", version.valid_from}})});
  transaction.Commit();
  return project;
}

core::Result<Project> ProjectService::Rename(const core::Actor& actor, std::int64_t id, const ProjectPatch& patch) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto project = project_store::Find(connection, id);
  if (!project) return NotFound();
  if (!patch.name || *patch.name == project->name) return std::move(*project);
  if (patch.name->find_first_not_of(' ') == std::string::npos) return Refused({{"name", "required"}});
  if (patch.name->size() > 192) return Refused({{"name", "too_long"}});
  if (project_store::NameTaken(connection, *patch.name)) {
    return core::Error{core::ErrorKind::kConflict, "training_project_exists", "已有同名培训项目", {{"name", "taken"}}};
  }
  project_store::Rename(connection, id, *patch.name);
  audit::Append(connection, actor,
                {.action = "registry:training_project:update",
                 .object_type = "training_project",
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(boost::json::object{{"name", {{"from", project->name}, {"to", *patch.name}}}})});
  transaction.Commit();
  project->name = *patch.name;
  return std::move(*project);
}

core::Result<Project> ProjectService::AddVersion(const core::Actor& actor, std::int64_t id,
                                                 const StandardInput& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  project_store::Lock(connection, id);
  auto project = project_store::Find(connection, id);
  if (!project) return NotFound();
  VersionPlan plan = PlanNewVersion(project->versions, input);
  CheckRegions(connection, input.region_codes, plan.errors);
  if (!plan.errors.empty()) return Refused(std::move(plan.errors));
  if (plan.close_latest_at) {
    project_store::CloseVersion(connection, project->versions.back().id, *plan.close_latest_at);
    project->versions.back().valid_to = plan.close_latest_at;
  }
  ProjectVersion version = VersionOf(actor, id, input, database_.clock().Now());
  version.id = project_store::InsertVersion(connection, version);
  project->versions.push_back(version);
  boost::json::object detail{{"version_id", version.id},
                             {"subsidy_fen", version.subsidy_fen},
                             {"standard_hours", version.standard_hours},
                             {"valid_from", version.valid_from}};
  if (plan.close_latest_at) detail["closed_previous_at"] = *plan.close_latest_at;
  audit::Append(connection, actor,
                {.action = "registry:training_project:update",
                 .object_type = "training_project",
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(detail)});
  transaction.Commit();
  return std::move(*project);
}

core::Result<ProjectVersion> ProjectService::StandardOn(std::int64_t id, const std::string& date) {
  if (!core::IsDate(date)) {
    return core::Error::Invalid("invalid_query", "日期格式须为 YYYY-MM-DD", {{"date", "not_a_date"}});
  }
  auto project = Get(id);
  if (!project) return project.error();
  const ProjectVersion* version = StandardInForce(project->versions, date);
  if (version == nullptr) {
    return core::Error::Of(core::ErrorKind::kNotFound, "not_in_force", "该日期没有有效的培训标准");
  }
  return *version;
}

}  // namespace sunshine::registry
