#pragma once
// The composition root: one object owning the database, services, router and metrics, wired
// the same way for `sunshine serve`, the API tests and the benchmarks.
#include <memory>

#include "app/config.hpp"
#include "assessment/assessment_routes.hpp"
#include "assessment/sitting_checkin_routes.hpp"
#include "audit/routes.hpp"
#include "auth/guard.hpp"
#include "auth/service.hpp"
#include "crypto/field_cipher.hpp"
#include "dashboard/service.hpp"
#include "db/database.hpp"
#include "db/migrations.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"
#include "inspection/draw_service.hpp"
#include "inspection/engagement_service.hpp"
#include "risk/queue_service.hpp"
#include "risk/risk_service.hpp"
#include "subsidy/claim_review_service.hpp"
#include "subsidy/claim_service.hpp"
#include "subsidy/ledger_service.hpp"
#include "subsidy/payee_service.hpp"
#include "subsidy/claim_audit_service.hpp"
#include "subsidy/recovery_service.hpp"
#include "subsidy/notice_service.hpp"
#include "inspection/inspection_service.hpp"
#include "registry/csv_import.hpp"
#include "registry/institution_service.hpp"
#include "registry/occupation_service.hpp"
#include "registry/organisation_service.hpp"
#include "registry/project_service.hpp"
#include "registry/relation_service.hpp"
#include "registry/trainee_service.hpp"
#include "subsidy/history_service.hpp"
#include "supervision/exception_service.hpp"
#include "training/attendance_service.hpp"
#include "training/checkin_service.hpp"
#include "training/class_service.hpp"
#include "training/device_auth.hpp"
#include "training/online_service.hpp"
#include "training/photo_service.hpp"
#include "training/schedule_service.hpp"
#include "training/terminal_service.hpp"

namespace sunshine::app {

inline constexpr char kVersion[] = "0.1.0";

class App {
 public:
  // Opens the database and applies pending migrations. Throws on failure with the reason.
  // `clock` is the platform's time for every service (docs/adr/0010): the real clock in
  // production, a SimulatedClock for the generator and tests. Not owned; outlives the App.
  explicit App(const Config& config, const core::Clock& clock = core::SystemClock());
  ~App();

  const Config& config() const { return config_; }
  const core::Clock& clock() const { return database_->clock(); }
  db::Database& database() { return *database_; }
  auth::AuthService& auth() { return *auth_; }
  http::Router& router() { return router_; }
  http::Metrics& metrics() { return metrics_; }
  // Personal-data keys from `key_file`; nullopt when no key file is configured.
  const std::optional<crypto::FieldKeys>& field_keys() const { return field_keys_; }
  registry::CsvImporter& importer() { return *importer_; }
  subsidy::HistoryService& history() { return *history_; }
  registry::TraineeService& trainees() { return *trainees_; }
  registry::InstitutionService& institutions() { return *institutions_; }
  registry::OrganisationService& organisations() { return *organisations_; }
  registry::RelationService& relations() { return *relations_; }
  registry::OccupationService& occupations() { return *occupations_; }
  registry::ProjectService& projects() { return *projects_; }
  training::ClassService& classes() { return *classes_; }
  training::PhotoService& photos() { return *photos_; }
  training::TerminalService& terminals() { return *terminals_; }
  training::TerminalAuthenticator& devices() { return *devices_; }
  training::CheckinService& checkins() { return *checkins_; }
  training::OnlineService& online() { return *online_; }
  training::AttendanceService& attendance() { return *attendance_; }
  dashboard::DashboardService& dashboards() { return *dashboards_; }
  assessment::SittingService& sittings() { return *sittings_; }
  assessment::CertificateService& certificates() { return *certificates_; }
  assessment::SittingCheckinService& sitting_checkins() { return *sitting_checkins_; }
  subsidy::ClaimService& claims() { return *claims_; }
  subsidy::ClaimAuditService& claim_audits() { return *claim_audits_; }
  risk::RiskService& risk() { return *risk_; }
  risk::QueueService& risk_queue() { return *risk_queue_; }
  subsidy::ClaimReviewService& claim_reviews() { return *claim_reviews_; }
  subsidy::NoticeService& notices() { return *notices_; }
  subsidy::LedgerService& ledger() { return *ledger_; }
  subsidy::RecoveryService& recoveries() { return *recoveries_; }
  subsidy::PayeeService& payees() { return *payees_; }

 private:
  Config config_;
  std::optional<crypto::FieldKeys> field_keys_;
  std::unique_ptr<db::Database> database_;
  std::unique_ptr<auth::AuthService> auth_;
  std::unique_ptr<registry::OccupationService> occupations_;
  std::unique_ptr<registry::ProjectService> projects_;
  std::unique_ptr<registry::InstitutionService> institutions_;
  std::unique_ptr<registry::TraineeService> trainees_;
  std::unique_ptr<registry::OrganisationService> organisations_;
  std::unique_ptr<registry::CsvImporter> importer_;
  std::unique_ptr<subsidy::HistoryService> history_;
  std::unique_ptr<registry::RelationService> relations_;
  std::unique_ptr<training::ClassService> classes_;
  std::unique_ptr<training::TerminalService> terminals_;
  std::unique_ptr<training::TerminalAuthenticator> devices_;
  std::unique_ptr<training::CheckinService> checkins_;
  std::unique_ptr<training::ScheduleService> schedules_;
  std::unique_ptr<training::OnlineService> online_;
  std::unique_ptr<training::PhotoService> photos_;
  std::unique_ptr<training::AttendanceService> attendance_;
  std::unique_ptr<supervision::ExceptionService> exceptions_;
  std::unique_ptr<inspection::DrawService> draws_;
  std::unique_ptr<inspection::EngagementService> engagements_;
  std::unique_ptr<inspection::InspectionService> inspections_;
  std::unique_ptr<assessment::SittingService> sittings_;
  std::unique_ptr<assessment::CertificateService> certificates_;
  std::unique_ptr<assessment::SittingCheckinService> sitting_checkins_;
  std::unique_ptr<subsidy::ClaimService> claims_;
  std::unique_ptr<subsidy::ClaimReviewService> claim_reviews_;
  std::unique_ptr<subsidy::NoticeService> notices_;
  std::unique_ptr<subsidy::LedgerService> ledger_;
  std::unique_ptr<subsidy::RecoveryService> recoveries_;
  std::unique_ptr<subsidy::PayeeService> payees_;
  std::unique_ptr<subsidy::ClaimAuditService> claim_audits_;
  std::unique_ptr<risk::RiskService> risk_;
  std::unique_ptr<risk::QueueService> risk_queue_;
  std::unique_ptr<http::RateLimiter> public_objections_;
  std::unique_ptr<http::RateLimiter> public_checks_;
  std::unique_ptr<dashboard::DashboardService> dashboards_;
  std::unique_ptr<auth::AuthGuard> guard_;
  std::unique_ptr<audit::DatabaseFailureAuditor> failure_auditor_;
  std::unique_ptr<http::StaticFiles> static_files_;
  http::Metrics metrics_;
  http::Router router_;
};

// Builds the policy objects from the settings.
auth::AuthPolicy AuthPolicyFrom(const Config& config);

// The OpenAPI document (docs/api/openapi.json, compiled in).
std::string_view OpenApiDocument();

// Applies every pending migration, then the data steps that follow them (venues in GCJ-02
// converted to WGS-84); returns the migrations applied by this call. `sunshine migrate` and
// every start run it.
std::vector<db::AppliedMigration> MigrateDatabase(db::Database& database);

// Whether any account exists; false on a database without the schema yet (before migrating).
bool HasAccounts(db::Database& database);

// A demo: one account per role with the password "Sunshine@2026", and the institution,
// enterprise, evaluation body and auditor behind the organisation accounts, only into a
// database with no accounts at all. Returns false when accounts already exist.
// With an `anchor` (the demo's generated province), the institution account belongs to that
// existing institution, the county and city officers to its county and prefecture, and the
// other organisations are registered in its county; without one, a 锦江区 institution is made.
struct DemoAnchor {
  std::int64_t institution_id = 0;
  std::string county, county_name, prefecture, prefecture_name;
  // An existing enterprise of the county (with its employees) for the enterprise account.
  std::optional<std::int64_t> enterprise_id;
  std::string enterprise_name;
  // What the evaluation body is filed for (occupation id, level): the showcase's trades, so
  // the local centre can assess the school's trainees. Valid from 1 January of `filed_from`'s
  // year to the end of the next.
  std::vector<std::pair<std::int64_t, int>> evaluator_filings;
  std::string filed_from;
  // A trainee of the showcase's finished classes for the trainee account (先垫后补 claims).
  std::optional<std::int64_t> trainee_id;
};
bool SeedDemo(App& app, const std::optional<DemoAnchor>& anchor = std::nullopt);
inline constexpr char kDemoPassword[] = "Sunshine@2026";
// The institution the demo's institution account belongs to (generated or made by SeedDemo).
inline constexpr char kDemoInstitutionName[] = "锦江区阳光职业技能培训学校";

}  // namespace sunshine::app
