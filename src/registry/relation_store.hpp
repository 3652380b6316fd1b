#pragma once
// Employments, evaluation filings, venues and permitted projects in SQL. Callers have already
// found the owning record within the caller's scope.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "registry/relation_rules.hpp"
#include "registry/trainee_rules.hpp"

namespace sunshine::registry::relation_store {

struct Employment {
  std::int64_t id = 0;
  std::string kind, start_date;
  std::optional<std::string> end_date;
  Trainee trainee;
};
std::optional<std::int64_t> FindEmployment(db::Connection& connection, std::int64_t enterprise_id,
                                           std::int64_t trainee_id, const std::string& start_date);
std::int64_t InsertEmployment(db::Connection& connection, std::int64_t enterprise_id, std::int64_t trainee_id,
                              const EmploymentInput& input, std::int64_t at, const std::string& by);
std::vector<Employment> ListEmployments(db::Connection& connection, std::int64_t enterprise_id);

struct Filing {
  std::int64_t id = 0, occupation_id = 0;
  std::string occupation_name;
  std::optional<std::string> occupation_code;
  std::optional<int> level;
  std::string valid_from, valid_to, created_by;
  std::int64_t created_at = 0;
};
std::int64_t InsertFiling(db::Connection& connection, std::int64_t body_id, const FilingInput& input, std::int64_t at,
                          const std::string& by);
std::vector<Filing> ListFilings(db::Connection& connection, std::int64_t body_id);

struct Venue {
  std::int64_t id = 0;
  std::string name, address, region_code;
  std::int64_t latitude_e6 = 0, longitude_e6 = 0;
  int capacity = 0;
  std::int64_t created_at = 0;
};
bool VenueNameTaken(db::Connection& connection, std::int64_t institution_id, const std::string& name);
// Stores the venue at `wgs84` (its coordinates converted from the datum they were entered in).
std::int64_t InsertVenue(db::Connection& connection, std::int64_t institution_id, const VenueInput& input,
                         core::LatLon wgs84, std::int64_t at);
std::vector<Venue> ListVenues(db::Connection& connection, std::int64_t institution_id);

// The data step of migration V0012: venues stored in GCJ-02 before it are converted to WGS-84
// in one transaction with one audit record; returns how many. Safe to run again (0).
std::size_t ConvertLegacyVenueDatums(db::Database& database);

struct PermittedProject {
  std::int64_t id = 0, project_id = 0;
  std::string project_name, valid_from, valid_to, created_by;
  std::int64_t created_at = 0;
};
bool PermissionOverlaps(db::Connection& connection, std::int64_t institution_id, const PermittedProjectInput& input);
std::int64_t InsertPermittedProject(db::Connection& connection, std::int64_t institution_id,
                                    const PermittedProjectInput& input, std::int64_t at, const std::string& by);
std::vector<PermittedProject> ListPermittedProjects(db::Connection& connection, std::int64_t institution_id);

}  // namespace sunshine::registry::relation_store
