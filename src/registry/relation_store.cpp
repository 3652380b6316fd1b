#include "registry/relation_store.hpp"

#include "audit/store.hpp"
#include "core/time.hpp"
#include "db/queries/registry.hpp"

namespace sunshine::registry::relation_store {
namespace q = db::queries::registry;

std::optional<std::int64_t> FindEmployment(db::Connection& connection, std::int64_t enterprise_id,
                                           std::int64_t trainee_id, const std::string& start_date) {
  long long id = 0, enterprise = enterprise_id, trainee = trainee_id;
  connection.sql() << connection.Text(q::kFindEmployment), soci::use(enterprise), soci::use(trainee),
      soci::use(start_date), soci::into(id);
  if (!connection.sql().got_data()) return std::nullopt;
  return id;
}

std::int64_t InsertEmployment(db::Connection& connection, std::int64_t enterprise_id, std::int64_t trainee_id,
                              const EmploymentInput& input, std::int64_t at, const std::string& by) {
  long long id = 0, enterprise = enterprise_id, trainee = trainee_id, created = at;
  std::string end = input.end_date.value_or("");
  soci::indicator end_ind = input.end_date && !input.end_date->empty() ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertEmployment), soci::use(enterprise), soci::use(trainee),
      soci::use(input.kind), soci::use(input.start_date), soci::use(end, end_ind), soci::use(created), soci::use(by),
      soci::into(id);
  return id;
}

std::vector<Employment> ListEmployments(db::Connection& connection, std::int64_t enterprise_id) {
  long long key = enterprise_id, id = 0, trainee_id = 0, created = 0, updated = 0;
  std::string kind, start, end, name, id_sealed, id_index, sex, birth, phone_sealed, phone_index, household, residence,
      groups, status, org;
  soci::indicator end_ind = soci::i_null, org_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListEmployments), soci::into(id), soci::into(kind),
       soci::into(start), soci::into(end, end_ind), soci::into(trainee_id), soci::into(name), soci::into(id_sealed),
       soci::into(id_index), soci::into(sex), soci::into(birth), soci::into(phone_sealed), soci::into(phone_index),
       soci::into(household), soci::into(residence), soci::into(groups), soci::into(status), soci::into(org, org_ind),
       soci::into(created), soci::into(updated), soci::use(key));
  statement.execute();
  std::vector<Employment> out;
  while (statement.fetch()) {
    Employment e;
    e.id = id;
    e.kind = kind;
    e.start_date = start;
    if (end_ind == soci::i_ok) e.end_date = end;
    Trainee& t = e.trainee;
    t.id = trainee_id;
    t.name = name;
    t.id_number_sealed = id_sealed;
    t.id_number_index = id_index;
    t.sex = sex;
    t.birth_date = birth;
    t.phone_sealed = phone_sealed;
    t.phone_index = phone_index;
    t.household_region_code = household;
    t.residence_region_code = residence;
    t.groups = SplitGroups(groups);
    t.employment_status = status;
    if (org_ind == soci::i_ok) t.registered_by_org = org;
    t.created_at = created;
    t.updated_at = updated;
    out.push_back(std::move(e));
  }
  return out;
}

std::int64_t InsertFiling(db::Connection& connection, std::int64_t body_id, const FilingInput& input, std::int64_t at,
                          const std::string& by) {
  long long id = 0, body = body_id, occupation = input.occupation_id, created = at;
  int level = input.level.value_or(0);
  soci::indicator level_ind = input.level ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertEvaluationFiling), soci::use(body), soci::use(occupation),
      soci::use(level, level_ind), soci::use(input.valid_from), soci::use(input.valid_to), soci::use(created),
      soci::use(by), soci::into(id);
  return id;
}

std::vector<Filing> ListFilings(db::Connection& connection, std::int64_t body_id) {
  long long key = body_id, id = 0, occupation = 0, created = 0;
  int level = 0;
  std::string name, code, from, to, by;
  soci::indicator code_ind = soci::i_null, level_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListEvaluationFilings), soci::into(id), soci::into(occupation),
       soci::into(name), soci::into(code, code_ind), soci::into(level, level_ind), soci::into(from), soci::into(to),
       soci::into(created), soci::into(by), soci::use(key));
  statement.execute();
  std::vector<Filing> out;
  while (statement.fetch()) {
    out.push_back({id, occupation, name, code_ind == soci::i_ok ? std::optional(code) : std::nullopt,
                   level_ind == soci::i_ok ? std::optional(level) : std::nullopt, from, to, by, created});
  }
  return out;
}

bool VenueNameTaken(db::Connection& connection, std::int64_t institution_id, const std::string& name) {
  long long id = 0, institution = institution_id;
  connection.sql() << connection.Text(q::kFindVenueByName), soci::use(institution), soci::use(name), soci::into(id);
  return connection.sql().got_data();
}

std::int64_t InsertVenue(db::Connection& connection, std::int64_t institution_id, const VenueInput& input,
                         core::LatLon wgs84, std::int64_t at) {
  long long id = 0, institution = institution_id, created = at;
  long long lat = MicroDegrees(wgs84.lat), lon = MicroDegrees(wgs84.lon);
  connection.sql() << connection.Text(q::kInsertVenue), soci::use(institution), soci::use(input.name),
      soci::use(input.address), soci::use(input.region_code), soci::use(lat), soci::use(lon),
      soci::use(input.capacity), soci::use(created), soci::into(id);
  return id;
}

std::vector<Venue> ListVenues(db::Connection& connection, std::int64_t institution_id) {
  long long key = institution_id, id = 0, lat = 0, lon = 0, created = 0;
  int capacity = 0;
  std::string name, address, region;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListVenues), soci::into(id), soci::into(name),
       soci::into(address), soci::into(region), soci::into(lat), soci::into(lon), soci::into(capacity),
       soci::into(created), soci::use(key));
  statement.execute();
  std::vector<Venue> out;
  while (statement.fetch()) out.push_back({id, name, address, region, lat, lon, capacity, created});
  return out;
}

bool PermissionOverlaps(db::Connection& connection, std::int64_t institution_id, const PermittedProjectInput& input) {
  long long id = 0, institution = institution_id, project = input.project_id;
  connection.sql() << connection.Text(q::kFindOverlappingInstitutionProject), soci::use(institution),
      soci::use(project), soci::use(input.valid_to), soci::use(input.valid_from), soci::into(id);
  return connection.sql().got_data();
}

std::int64_t InsertPermittedProject(db::Connection& connection, std::int64_t institution_id,
                                    const PermittedProjectInput& input, std::int64_t at, const std::string& by) {
  long long id = 0, institution = institution_id, project = input.project_id, created = at;
  connection.sql() << connection.Text(q::kInsertInstitutionProject), soci::use(institution), soci::use(project),
      soci::use(input.valid_from), soci::use(input.valid_to), soci::use(created), soci::use(by), soci::into(id);
  return id;
}

std::vector<PermittedProject> ListPermittedProjects(db::Connection& connection, std::int64_t institution_id) {
  long long key = institution_id, id = 0, project = 0, created = 0;
  std::string name, from, to, by;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListInstitutionProjects), soci::into(id), soci::into(project),
       soci::into(name), soci::into(from), soci::into(to), soci::into(created), soci::into(by), soci::use(key));
  statement.execute();
  std::vector<PermittedProject> out;
  while (statement.fetch()) out.push_back({id, project, name, from, to, by, created});
  return out;
}

std::size_t ConvertLegacyVenueDatums(db::Database& database) {
  db::Connection connection(database);
  db::Transaction transaction(connection);
  struct Row {
    long long id = 0, lat = 0, lon = 0;
  };
  std::vector<Row> rows;
  {
    Row row;
    soci::statement list = (connection.sql().prepare << connection.Text(q::kListVenuesInGcj02), soci::into(row.id),
                            soci::into(row.lat), soci::into(row.lon));
    list.execute();
    while (list.fetch()) rows.push_back(row);
  }
  if (rows.empty()) return 0;
  for (auto& row : rows) {
    const core::LatLon wgs84 = core::Wgs84FromGcj02({row.lat / 1e6, row.lon / 1e6});
    long long lat = MicroDegrees(wgs84.lat), lon = MicroDegrees(wgs84.lon);
    connection.sql() << connection.Text(q::kConvertVenueToWgs84), soci::use(lat), soci::use(lon), soci::use(row.id);
  }
  audit::Append(connection, {.request_id = "migrate", .client_ip = "local", .system_name = "migration"},
                {.action = "registry:venue:convert_datum",
                 .object_type = "venue",
                 .object_id = "*",
                 .detail = R"({"from":"gcj02","to":"wgs84","venues":)" + std::to_string(rows.size()) + "}"});
  transaction.Commit();
  return rows.size();
}

}  // namespace sunshine::registry::relation_store
