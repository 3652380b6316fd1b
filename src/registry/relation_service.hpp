#pragma once
// Use cases of the records that tie registries together: enterprises' employees (R-P2),
// evaluation bodies' filings (R-C4), institutions' venues and permitted projects (R-C3). The
// owning record is found within the caller's scope first (absent outside it); every addition
// is audited in its transaction.
#include "registry/organisation_service.hpp"
#include "registry/institution_service.hpp"
#include "registry/relation_store.hpp"
#include "registry/trainee_service.hpp"

namespace sunshine::registry {

struct EmployeeView {
  relation_store::Employment employment;
  TraineeView trainee;
};

class RelationService {
 public:
  RelationService(db::Database& database, TraineeService& trainees) : database_(database), trainees_(trainees) {}

  core::Result<std::vector<EmployeeView>> Employees(const core::Principal& principal, std::int64_t enterprise_id);
  core::Result<EmployeeView> Employ(const core::Actor& actor, std::int64_t enterprise_id, const EmploymentInput& input);

  core::Result<std::vector<relation_store::Filing>> Filings(const core::Principal& principal, std::int64_t body_id);
  core::Result<relation_store::Filing> File(const core::Actor& actor, std::int64_t body_id, const FilingInput& input);

  core::Result<std::vector<relation_store::Venue>> Venues(const core::Principal& principal, std::int64_t institution_id);
  core::Result<relation_store::Venue> AddVenue(const core::Actor& actor, std::int64_t institution_id,
                                               const VenueInput& input);

  core::Result<std::vector<relation_store::PermittedProject>> Projects(const core::Principal& principal,
                                                                       std::int64_t institution_id);
  core::Result<relation_store::PermittedProject> Permit(const core::Actor& actor, std::int64_t institution_id,
                                                        const PermittedProjectInput& input);

 private:
  db::Database& database_;
  TraineeService& trainees_;
};

}  // namespace sunshine::registry
