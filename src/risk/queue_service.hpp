#pragma once
// The auditor's queue and cases (issue 15 items 4-5; R-F3, R-S1). Officers see the alerts of
// their region, a third-party auditor only those assigned to it; officers assign an alert to an
// officer whose region holds it or to an auditor, dismiss it with a reason, or confirm it into a
// case - a new one about its institution, or an open one. A case gathers alerts, inspections,
// claim audits, recoveries and notes, and is closed with an outcome: no action, a warning,
// recovery (of the paid lines its recoveries order back), suspension, or exit with exposure -
// the last two change the institution in the same transaction. Every write is audited.
// Institutions, enterprises and trainees reach nothing here.
#include <array>
#include <boost/describe.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "registry/institution_service.hpp"
#include "risk/case_store.hpp"
#include "risk/institution_score.hpp"
#include "risk/risk_store.hpp"
#include "training/photo_service.hpp"

namespace sunshine::risk {

// POST /api/v1/risk/alerts/{id}/actions/assign
struct AssignAlertInput {
  std::string assignee;  // "user:<username>" or "auditor:<id>"
};
BOOST_DESCRIBE_STRUCT(AssignAlertInput, (), (assignee))

// POST /api/v1/risk/alerts/{id}/actions/dismiss
struct DismissAlertInput {
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(DismissAlertInput, (), (reason))

// POST /api/v1/risk/alerts/{id}/actions/confirm: into `case_id`, or a new case titled `title`
// (default: the rule's name and the institution's).
struct ConfirmAlertInput {
  std::string reason;
  std::optional<std::int64_t> case_id;
  std::optional<std::string> title;
  static constexpr std::array<std::string_view, 2> kNullable{"case_id", "title"};  // null: a new case, its default title
};
BOOST_DESCRIBE_STRUCT(ConfirmAlertInput, (), (reason, case_id, title))

// POST /api/v1/risk/cases/{id}/items
struct CaseItemInput {
  std::string kind;  // inspection, claim_audit, recovery, note
  std::optional<std::int64_t> object_id;
  std::string note;
  static constexpr std::array<std::string_view, 1> kNullable{"object_id"};  // null: a note
};
BOOST_DESCRIBE_STRUCT(CaseItemInput, (), (kind, object_id, note))

// POST /api/v1/risk/cases/{id}/actions/close
struct CloseCaseInput {
  std::string outcome;  // no_action, warning, recovery, suspension, exit
  std::string note;
  std::optional<bool> expose;  // exit: publish on the exposure list
  static constexpr std::array<std::string_view, 1> kNullable{"expose"};
};
BOOST_DESCRIBE_STRUCT(CloseCaseInput, (), (outcome, note, expose))

struct CaseDetail {
  case_store::Case record;
  std::vector<case_store::Item> items;
  std::vector<risk_store::Alert> alerts;
};

// One alert with the check-ins its evidence names (at most 200), for the evidence view.
struct AlertDetail {
  risk_store::Alert alert;
  std::vector<risk_store::EvidenceCheckin> checkins;
};

struct RiskSummary {
  std::vector<risk_store::AlertCount> alerts;
  std::vector<risk_store::CaseCount> cases;
};

struct EvidencePhoto {
  std::string content_type, bytes;
};

struct InstitutionRiskView {
  std::int64_t institution_id = 0;
  std::string institution_name;
  InstitutionRisk risk;
};

class QueueService {
 public:
  QueueService(db::Database& database, registry::InstitutionService& institutions, training::PhotoService& photos,
               const std::vector<RuleInfo>& rules)
      : database_(database), institutions_(institutions), photos_(photos), rules_(rules) {}

  core::Result<std::vector<risk_store::Alert>> Alerts(const core::Principal& principal,
                                                      const risk_store::AlertFilter& filter, std::int64_t after,
                                                      int limit);
  core::Result<AlertDetail> Alert(const core::Principal& principal, std::int64_t id);
  // The bytes of a photo of a check-in the alert names (each view audited): an auditor assigned
  // the alert sees its evidence without reaching the class otherwise.
  core::Result<EvidencePhoto> Photo(const core::Actor& actor, std::int64_t alert_id, const std::string& sha256);
  // Alerts by city, rule and status, and cases by city and status, in the officer's region.
  core::Result<RiskSummary> Summary(const core::Principal& principal);
  core::Result<risk_store::Alert> Assign(const core::Actor& actor, std::int64_t id, const AssignAlertInput& input);
  core::Result<risk_store::Alert> Dismiss(const core::Actor& actor, std::int64_t id, const DismissAlertInput& input);
  core::Result<CaseDetail> Confirm(const core::Actor& actor, std::int64_t id, const ConfirmAlertInput& input);

  core::Result<std::vector<case_store::Case>> Cases(const core::Principal& principal, const std::string& status,
                                                    std::int64_t after, int limit);
  core::Result<CaseDetail> Case(const core::Principal& principal, std::int64_t id);
  core::Result<CaseDetail> AddItem(const core::Actor& actor, std::int64_t case_id, const CaseItemInput& input);
  core::Result<CaseDetail> Close(const core::Actor& actor, std::int64_t case_id, const CloseCaseInput& input);

  core::Result<InstitutionRiskView> InstitutionScore(const core::Principal& principal, std::int64_t institution_id);

 private:
  const RuleInfo* Rule(const std::string& id) const;

  db::Database& database_;
  registry::InstitutionService& institutions_;
  training::PhotoService& photos_;
  const std::vector<RuleInfo>& rules_;
};

}  // namespace sunshine::risk
