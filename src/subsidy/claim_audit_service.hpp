#pragma once
// Random audits of claims (抽查核查, issue 14 item 7; R-F3, R-F4). A city's officer draws a
// seeded sample of the city's approved claims of a span of claim dates at the configured rate;
// each drawn claim becomes an audit, assigned to an officer of the city or to a registered
// third-party auditor, who sees only what is assigned to it, works through the checklist and
// concludes: no issue, or issues found with a finding that a recovery order may cite (source
// claim_audit). Every step is one transaction with its audit record.
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "training/photo_service.hpp"
#include "subsidy/claim_audit_rules.hpp"
#include "subsidy/claim_audit_store.hpp"

namespace sunshine::subsidy {

BOOST_DESCRIBE_STRUCT(ChecklistEntry, (), (item, result, note))

// POST /api/v1/claim-audits/draws
struct AuditDrawInput {
  std::string claimed_from, claimed_to;  // YYYY-MM-DD, the claims' dates
};
BOOST_DESCRIBE_STRUCT(AuditDrawInput, (), (claimed_from, claimed_to))

// POST /api/v1/claim-audits/{id}/actions/assign
struct AssignInput {
  std::string assignee;  // "user:<username>" or "auditor:<id>"
};
BOOST_DESCRIBE_STRUCT(AssignInput, (), (assignee))

// PUT /api/v1/claim-audits/{id}/checklist
struct ChecklistInput {
  std::vector<ChecklistEntry> items;
};
BOOST_DESCRIBE_STRUCT(ChecklistInput, (), (items))

// POST /api/v1/claim-audits/{id}/actions/conclude
struct ConcludeInput {
  std::string finding;  // required when an item failed
};
BOOST_DESCRIBE_STRUCT(ConcludeInput, (), (finding))

struct DrawResult {
  claim_audit_store::Draw draw;
  std::vector<std::int64_t> claim_ids;  // drawn
  std::vector<std::int64_t> audit_ids;  // one per drawn claim, in the same order
};

class ClaimAuditService {
 public:
  ClaimAuditService(db::Database& database, training::PhotoService& photos, int rate_1e4)
      : database_(database), photos_(photos), rate_1e4_(rate_1e4) {}

  core::Result<DrawResult> Draw(const core::Actor& actor, const AuditDrawInput& input);
  // The same with a given seed: the generator's, so a generated province is the same for its seed.
  core::Result<DrawResult> DrawWithSeed(const core::Actor& actor, const AuditDrawInput& input, const std::string& seed);
  core::Result<std::vector<claim_audit_store::Draw>> Draws(const core::Principal& principal, std::int64_t after,
                                                           int limit);
  core::Result<std::vector<claim_audit_store::Audit>> List(const core::Principal& principal, const std::string& status,
                                                           std::int64_t after, int limit);
  core::Result<claim_audit_store::Audit> Get(const core::Principal& principal, std::int64_t id);
  core::Result<claim_audit_store::Audit> Assign(const core::Actor& actor, std::int64_t id, const AssignInput& input);
  core::Result<claim_audit_store::Audit> SaveChecklist(const core::Actor& actor, std::int64_t id,
                                                       const ChecklistInput& input);
  core::Result<claim_audit_store::Audit> Conclude(const core::Actor& actor, std::int64_t id, const ConcludeInput& input);
  // Evidence: a photo (JPEG or PNG, the request body) added by the assignee while the audit is
  // open, and a photo's bytes to whoever reaches the audit, each view audited.
  core::Result<claim_audit_store::Audit> AddPhoto(const core::Actor& actor, std::int64_t id, std::string_view body,
                                                  const std::string& content_type);
  struct Image {
    std::string content_type, bytes;
  };
  core::Result<Image> Photo(const core::Actor& actor, std::int64_t id, const std::string& sha256);

  // For recovery orders citing an audit: whether `reference` ("claim_audit:<id>") names a
  // concluded audit of `claim_id` that found issues.
  static bool FoundIssues(db::Connection& connection, const std::string& reference, std::int64_t claim_id);

 private:
  // The audit the caller is assigned to, open (assigned, not concluded), to work on.
  core::Result<claim_audit_store::Audit> Assigned(db::Connection& connection, const core::Principal& principal,
                                                  std::int64_t id);
  core::Result<claim_audit_store::Audit> Save(db::Connection& connection, const core::Actor& actor,
                                              claim_audit_store::Audit audit, std::int64_t seen, const char* action,
                                              boost::json::object detail);

  db::Database& database_;
  training::PhotoService& photos_;
  int rate_1e4_;
};

}  // namespace sunshine::subsidy
