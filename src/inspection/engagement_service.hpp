#pragma once
// Third-party auditors engaged for spot checks (R-W4 "assigned third-party auditors"; ADR 0013,
// V0025): an officer engages an auditor for a region within their own and a period; while an
// engagement covers a day and a region, the auditor draws there (DrawService) and inspects what
// it drew. Officers read the engagements in their region, an auditor its own.
#include <boost/describe.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace sunshine::inspection {

struct EngagementInput {
  std::int64_t auditor_id = 0;
  std::string region_code;
  std::string valid_from, valid_to;  // YYYY-MM-DD, inclusive
  std::string note;                  // the contract or letter it rests on
};
BOOST_DESCRIBE_STRUCT(EngagementInput, (), (auditor_id, region_code, valid_from, valid_to, note))

// Shape refusals: the dates and their order, a note.
std::vector<core::FieldError> CheckEngagementInput(const EngagementInput& input);
// Whether `region_code` lies within the region `scope_region` (both six-digit codes).
bool RegionWithin(const std::string& region_code, const std::string& scope_region);

struct Engagement {
  std::int64_t id = 0, auditor_id = 0;
  std::string auditor_name, region_code, region_name, valid_from, valid_to, note;
  std::int64_t created_at = 0;
  std::string created_by;
};

namespace engagement_store {
std::int64_t Insert(db::Connection& connection, const Engagement& engagement);
// Within an officer's region (`region_like` a code prefix with %, "" none) or an auditor's own.
std::vector<Engagement> List(db::Connection& connection, const std::string& region_like, long long auditor_id,
                             std::int64_t after, int limit);
// The auditor's engagement covering `region_code` on `day`, if any.
std::optional<Engagement> Covering(db::Connection& connection, std::int64_t auditor_id, const std::string& region_code,
                                   const std::string& day);
}  // namespace engagement_store

class EngagementService {
 public:
  explicit EngagementService(db::Database& database) : database_(database) {}
  core::Result<Engagement> Engage(const core::Actor& actor, const EngagementInput& input);
  core::Result<std::vector<Engagement>> List(const core::Principal& principal, std::int64_t after, int limit);

 private:
  db::Database& database_;
};

}  // namespace sunshine::inspection
