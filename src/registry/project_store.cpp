#include "registry/project_store.hpp"
#include "db/like.hpp"

#include "db/queries/registry.hpp"
#include "registry/occupation_store.hpp"

namespace sunshine::registry::project_store {
namespace q = db::queries::registry;
namespace {

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ",") + c;
  return out;
}

std::vector<std::string> SplitCodes(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

struct Buffer {
  long long id = 0, occupation_id = 0, created_at = 0;
  int level = 0;
  soci::indicator level_ind = soci::i_null;
  std::string name, training_type;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(name), soci::into(occupation_id), soci::into(level, level_ind),
        soci::into(training_type), soci::into(created_at);
  }
  Project Get() const {
    Project project;
    project.id = id;
    project.name = name;
    project.occupation_id = occupation_id;
    if (level_ind == soci::i_ok) project.level = level;
    project.training_type = training_type;
    project.created_at = created_at;
    return project;
  }
};

struct FilterParams {
  explicit FilterParams(const Filter& f)
      : q(f.q),
        like(db::ContainsPattern(f.q)),
        occupation(f.occupation_id),
        occupation_value(f.occupation_id),
        type(f.training_type),
        type_value(f.training_type) {}
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(q), soci::use(like), soci::use(occupation), soci::use(occupation_value), soci::use(type),
        soci::use(type_value);
  }
  std::string q, like;
  long long occupation, occupation_value;
  std::string type, type_value;
};

std::vector<ProjectVersion> Versions(db::Connection& connection, std::int64_t project_id) {
  ProjectVersion buffer;
  long long id = 0, project = 0, subsidy = 0, created = 0, key = project_id;
  int hours = 0;
  std::string valid_to, regions;
  soci::indicator to_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListProjectVersions), soci::into(id), soci::into(project),
       soci::into(hours), soci::into(subsidy), soci::into(buffer.valid_from), soci::into(valid_to, to_ind),
       soci::into(regions), soci::into(created), soci::into(buffer.created_by), soci::use(key));
  statement.execute();
  std::vector<ProjectVersion> out;
  while (statement.fetch()) {
    ProjectVersion v = buffer;
    v.id = id;
    v.project_id = project;
    v.standard_hours = hours;
    v.subsidy_fen = subsidy;
    v.valid_to = to_ind == soci::i_ok ? std::optional(valid_to) : std::nullopt;
    v.region_codes = SplitCodes(regions);
    v.created_at = created;
    out.push_back(std::move(v));
  }
  return out;
}
}  // namespace

std::vector<Project> List(db::Connection& connection, const Filter& filter, std::int64_t after, int limit) {
  Buffer buffer;
  FilterParams params(filter);
  long long after_id = after, max_rows = limit;
  std::vector<Project> out;
  {
    soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListTrainingProjects));
    buffer.Bind(prepared);
    params.Bind(prepared);
    prepared, soci::use(after_id), soci::use(max_rows);
    soci::statement statement(prepared);
    statement.execute();
    while (statement.fetch()) out.push_back(buffer.Get());
  }
  // One query per project on a page of at most 200: simple, and pages are small.
  for (auto& project : out) project.versions = Versions(connection, project.id);
  return out;
}

std::int64_t Count(db::Connection& connection, const Filter& filter) {
  FilterParams params(filter);
  long long count = 0;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kCountTrainingProjects));
  prepared, soci::into(count);
  params.Bind(prepared);
  soci::statement statement(prepared);
  statement.execute(true);
  return count;
}

std::optional<Project> Find(db::Connection& connection, std::int64_t id) {
  Buffer buffer;
  long long key = id;
  std::optional<Project> found;
  {
    soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kFindTrainingProject));
    buffer.Bind(prepared);
    prepared, soci::use(key);
    soci::statement statement(prepared);
    if (!statement.execute(true)) return std::nullopt;
    found = buffer.Get();
  }
  found->versions = Versions(connection, id);
  return found;
}

bool NameTaken(db::Connection& connection, const std::string& name) {
  long long id = 0;
  connection.sql() << connection.Text(q::kFindTrainingProjectByName), soci::use(name), soci::into(id);
  return connection.sql().got_data();
}

std::int64_t Insert(db::Connection& connection, const Project& p) {
  long long id = 0, occupation = p.occupation_id, created = p.created_at;
  int level = p.level.value_or(0);
  soci::indicator level_ind = p.level ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertTrainingProject), soci::use(p.name), soci::use(occupation),
      soci::use(level, level_ind), soci::use(p.training_type), soci::use(created), soci::into(id);
  return id;
}

void Lock(db::Connection& connection, std::int64_t id) {
  long long key = id;
  connection.sql() << connection.Text(q::kLockTrainingProject), soci::use(key);
}

std::int64_t InsertVersion(db::Connection& connection, const ProjectVersion& v) {
  long long id = 0, project = v.project_id, subsidy = v.subsidy_fen, created = v.created_at;
  int hours = v.standard_hours;
  std::string to = v.valid_to.value_or(""), regions = JoinCodes(v.region_codes);
  soci::indicator to_ind = v.valid_to ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertProjectVersion), soci::use(project), soci::use(hours),
      soci::use(subsidy), soci::use(v.valid_from), soci::use(to, to_ind), soci::use(regions), soci::use(created),
      soci::use(v.created_by), soci::into(id);
  return id;
}

void CloseVersion(db::Connection& connection, std::int64_t version_id, const std::string& valid_to) {
  long long id = version_id;
  connection.sql() << connection.Text(q::kCloseProjectVersion), soci::use(valid_to), soci::use(id);
}

bool RegionExists(db::Connection& connection, const std::string& code) {
  long long count = 0;
  connection.sql() << connection.Text(q::kRegionExists), soci::use(code), soci::into(count);
  return count > 0;
}

void Rename(db::Connection& connection, std::int64_t id, const std::string& name) {
  long long key = id;
  connection.sql() << connection.Text(q::kRenameTrainingProject), soci::use(name), soci::use(key);
}

}  // namespace sunshine::registry::project_store
