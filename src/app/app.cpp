#include "app/app.hpp"

#include <spdlog/spdlog.h>

#include "auth/routes.hpp"
#include "core/ids.hpp"
#include "dashboard/routes.hpp"
#include "db/migrations.hpp"
#include "db/queries/auth.hpp"
#include "registry/import_routes.hpp"
#include "registry/institution_routes.hpp"
#include "registry/occupation_routes.hpp"
#include "registry/organisation_routes.hpp"
#include "registry/project_routes.hpp"
#include "registry/regions.hpp"
#include "registry/relation_routes.hpp"
#include "subsidy/history_routes.hpp"
#include "registry/relation_store.hpp"
#include "registry/trainee_routes.hpp"
#include "inspection/draw_routes.hpp"
#include "subsidy/claim_routes.hpp"
#include "subsidy/ledger_routes.hpp"
#include "subsidy/payee_routes.hpp"
#include "risk/risk_routes.hpp"
#include "subsidy/claim_audit_routes.hpp"
#include "subsidy/notice_routes.hpp"
#include "inspection/inspection_routes.hpp"
#include "supervision/exception_routes.hpp"
#include "training/checkin_routes.hpp"
#include "training/class_routes.hpp"
#include "training/terminal_routes.hpp"

namespace sunshine {
std::string_view EmbeddedOpenApi();
}

namespace sunshine::app {
namespace {
using Reply = core::Result<http::Response>;

bool IsLoopback(const std::string& ip) {
  return ip == "127.0.0.1" || ip == "::1" || ip.starts_with("127.") || ip == "::ffff:127.0.0.1";
}

void RegisterOpsRoutes(http::Router& router, db::Database& database, http::Metrics& metrics, bool keys_loaded) {
  router.Get("/api/v1/health", std::string(http::kPublic), "Liveness and database health",
             [&database, keys_loaded](http::Context&) -> Reply {
               boost::json::object body{
                   {"version", kVersion},
                   {"personal_data_keys", keys_loaded},
                   {"database", {{"engine", database.dialect() == db::Dialect::kSqlite ? "sqlite" : "postgresql"}}}};
               try {
                 const auto applied = db::AppliedMigrations(database);
                 body["status"] = "ok";
                 body["database"].as_object()["reachable"] = true;
                 body["migrations"] = {{"applied", applied.size()},
                                       {"latest", applied.empty() ? 0 : applied.back().version},
                                       {"expected", db::AllMigrations().size()}};
                 return http::Json(http::Status::ok, body);
               } catch (const std::exception& e) {
                 spdlog::error("health check: database unreachable: {}", e.what());
                 body["status"] = "unavailable";
                 body["database"].as_object()["reachable"] = false;
                 return http::Json(http::Status::service_unavailable, body);
               }
             });
  // Prometheus scrapes from the same host (or a sidecar); nobody else may read operational
  // detail, so the route answers loopback callers only.
  router.Get("/metrics", std::string(http::kPublic), "Prometheus metrics (loopback callers only)",
             [&metrics](http::Context& ctx) -> Reply {
               if (!IsLoopback(ctx.client_ip())) {
                 return core::Error::Of(core::ErrorKind::kForbidden, "loopback_only", "指标仅对本机开放");
               }
               return http::Bytes(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8");
             });
  router.Get("/api/v1/openapi.json", std::string(http::kPublic), "This API's OpenAPI 3 document",
             [](http::Context&) -> Reply {
               http::Response response{http::Status::ok, 11};
               response.set(http::beast_http::field::content_type, "application/json; charset=utf-8");
               response.set(http::beast_http::field::cache_control, "no-cache");
               response.body() = std::string(OpenApiDocument());
               response.prepare_payload();
               return response;
             });
}
}  // namespace

std::string_view OpenApiDocument() { return EmbeddedOpenApi(); }

auth::AuthPolicy AuthPolicyFrom(const Config& c) {
  auth::AuthPolicy policy;
  policy.max_failed_attempts = static_cast<int>(c.max_failed_logins);
  policy.lockout_millis = c.lockout_minutes * 60 * 1000;
  policy.idle_millis = c.session_idle_minutes * 60 * 1000;
  policy.absolute_millis = c.session_absolute_hours * 3600 * 1000;
  policy.cookie_secure = c.cookie_secure;
  return policy;
}

App::App(const Config& config, const core::Clock& clock) : config_(config) {
  if (!config.key_file.empty()) {
    auto keys = crypto::LoadKeyFile(config.key_file);
    if (!keys) throw std::runtime_error(keys.error().message);
    field_keys_ = *keys;
  }
  database_ = std::make_unique<db::Database>(
      db::DatabaseOptions{.url = config.db,
                          .pool_size = static_cast<std::size_t>(config.pool_size),
                          .statement_timeout_ms = static_cast<int>(config.request_timeout_ms),
                          .durable_commits = config.durable_commits,
                          .wal_checkpoint_bytes = config.sqlite_wal_checkpoint_mb << 20,
                          .sqlite_cache_bytes = config.sqlite_cache_mb << 20,
                          .clock = &clock});
  for (const auto& m : MigrateDatabase(*database_)) spdlog::info("applied migration V{:04d} {}", m.version, m.name);
  auth_ = std::make_unique<auth::AuthService>(*database_, AuthPolicyFrom(config), crypto::PasswordPolicy{});
  devices_ = std::make_unique<training::TerminalAuthenticator>(*database_, config.signature_max_skew_seconds * 1000);
  guard_ = std::make_unique<auth::AuthGuard>(*auth_, devices_.get());
  occupations_ = std::make_unique<registry::OccupationService>(*database_);
  projects_ = std::make_unique<registry::ProjectService>(*database_);
  institutions_ = std::make_unique<registry::InstitutionService>(*database_);
  trainees_ = std::make_unique<registry::TraineeService>(*database_, field_keys_);
  organisations_ = std::make_unique<registry::OrganisationService>(*database_);
  importer_ = std::make_unique<registry::CsvImporter>(*trainees_, *institutions_, *organisations_);
  history_ = std::make_unique<subsidy::HistoryService>(*database_, field_keys_);
  importer_->Add(history_->Kind());
  relations_ = std::make_unique<registry::RelationService>(*database_, *trainees_);
  classes_ = std::make_unique<training::ClassService>(*database_, field_keys_, PolicyFrom(config));
  terminals_ = std::make_unique<training::TerminalService>(*database_);
  checkins_ = std::make_unique<training::CheckinService>(*database_, CheckinPolicyFrom(config));
  schedules_ = std::make_unique<training::ScheduleService>(*database_);
  online_ = std::make_unique<training::OnlineService>(*database_, OnlinePolicyFrom(config));
  photos_ = std::make_unique<training::PhotoService>(*database_, config.photo_dir, config.durable_commits);
  attendance_ = std::make_unique<training::AttendanceService>(*database_, *classes_, *photos_);
  exceptions_ = std::make_unique<supervision::ExceptionService>(*database_);
  draws_ = std::make_unique<inspection::DrawService>(*database_);
  engagements_ = std::make_unique<inspection::EngagementService>(*database_);
  inspections_ = std::make_unique<inspection::InspectionService>(*database_, *photos_);
  sittings_ = std::make_unique<assessment::SittingService>(*database_, field_keys_, *attendance_,
                                                           AssessmentPolicyFrom(config));
  certificates_ = std::make_unique<assessment::CertificateService>(*database_, field_keys_);
  claims_ = std::make_unique<subsidy::ClaimService>(*database_, field_keys_, *attendance_, ClaimPolicyFrom(config),
                                                    ReviewPolicyFrom(config));
  claim_reviews_ = std::make_unique<subsidy::ClaimReviewService>(*claims_);
  ledger_ = std::make_unique<subsidy::LedgerService>(*database_);
  recoveries_ = std::make_unique<subsidy::RecoveryService>(*database_);
  payees_ = std::make_unique<subsidy::PayeeService>(*database_, field_keys_);
  claim_audits_ =
      std::make_unique<subsidy::ClaimAuditService>(*database_, *photos_, static_cast<int>(config.claim_audit_rate_1e4));
  risk_ = std::make_unique<risk::RiskService>(*database_, RiskRulesFrom(config).rules,
                                              [this](int limit) { return attendance_->Settle(limit); });
  risk_queue_ = std::make_unique<risk::QueueService>(*database_, *institutions_, *photos_, risk_->rules());
  notices_ = std::make_unique<subsidy::NoticeService>(*database_, field_keys_, NoticePolicyFrom(config));
  public_objections_ =
      std::make_unique<http::RateLimiter>(clock, static_cast<int>(config.public_objections_per_hour), 3600 * 1000);
  sitting_checkins_ =
      std::make_unique<assessment::SittingCheckinService>(*database_, CheckinPolicyFrom(config), *photos_);
  importer_->Add(certificates_->ImportKind());
  public_checks_ = std::make_unique<http::RateLimiter>(clock, static_cast<int>(config.public_checks_per_minute));
  dashboards_ = std::make_unique<dashboard::DashboardService>(
      *database_, static_cast<double>(config.attendance_threshold_percent) / 100.0,
      config.dashboard_cache_seconds * 1000, [this](int limit) { return attendance_->Settle(limit); });
  failure_auditor_ = std::make_unique<audit::DatabaseFailureAuditor>(*database_);
  static_files_ = std::make_unique<http::StaticFiles>(config.web_root);

  router_.set_guard(guard_.get());
  router_.set_failure_auditor(failure_auditor_.get());
  router_.set_metrics(&metrics_);
  router_.set_static_files(static_files_.get());
  // 0 is a command's (AsCommand, app/config.hpp): no statement timeout, and a day for a request
  // it passes through the router rather than a deadline already past.
  router_.set_request_deadline(config.request_timeout_ms > 0 ? std::chrono::milliseconds(config.request_timeout_ms)
                                                             : std::chrono::hours(24));
  metrics_.AddGauge("sunshine_db_pool_size", "Database connections in the pool.",
                    [db = database_.get()] { return static_cast<double>(db->pool_size()); });
  metrics_.AddGauge("sunshine_db_pool_in_use", "Database connections lent out right now.",
                    [db = database_.get()] { return static_cast<double>(db->in_use()); });

  // The table of contents: each capability registers its own routes.
  RegisterOpsRoutes(router_, *database_, metrics_, field_keys_.has_value());
  auth::RegisterAuthRoutes(router_, *auth_);
  audit::RegisterAuditRoutes(router_, *database_);
  registry::RegisterRegionRoutes(router_, *database_);
  registry::RegisterOccupationRoutes(router_, *occupations_);
  registry::RegisterProjectRoutes(router_, *projects_);
  registry::RegisterInstitutionRoutes(router_, *institutions_);
  registry::RegisterTraineeRoutes(router_, *trainees_);
  registry::RegisterOrganisationRoutes(router_, *organisations_);
  registry::RegisterImportRoutes(router_, *importer_, static_cast<int>(config.import_concurrency));
  registry::RegisterRelationRoutes(router_, *relations_);
  subsidy::RegisterHistoryRoutes(router_, *history_);
  training::RegisterClassRoutes(router_, *classes_);
  training::RegisterTerminalRoutes(router_, *terminals_);
  training::RegisterCheckinRoutes(router_, *checkins_, *online_, *photos_, *attendance_, *schedules_);
  supervision::RegisterExceptionRoutes(router_, *exceptions_);
  inspection::RegisterDrawRoutes(router_, *draws_);
  inspection::RegisterEngagementRoutes(router_, *engagements_);
  inspection::RegisterInspectionRoutes(router_, *inspections_);
  assessment::RegisterAssessmentRoutes(router_, *sittings_, *certificates_, *public_checks_,
                                       {.public_base_url = config.public_base_url});
  assessment::RegisterSittingCheckinRoutes(router_, *sitting_checkins_);
  subsidy::RegisterClaimRoutes(router_, *claims_, *claim_reviews_);
  subsidy::RegisterNoticeRoutes(router_, *notices_, *public_objections_);
  subsidy::RegisterLedgerRoutes(router_, *ledger_, *recoveries_);
  subsidy::RegisterPayeeRoutes(router_, *payees_);
  subsidy::RegisterClaimAuditRoutes(router_, *claim_audits_);
  risk::RegisterRiskRoutes(router_, *risk_, *risk_queue_);
  dashboard::RegisterDashboardRoutes(router_, *dashboards_);
}

App::~App() = default;

std::vector<db::AppliedMigration> MigrateDatabase(db::Database& database) {
  auto applied = db::Migrate(database);
  // Data steps that SQL cannot express portably, each idempotent.
  if (const auto venues = registry::relation_store::ConvertLegacyVenueDatums(database); venues > 0) {
    spdlog::info("converted {} venues from GCJ-02 to WGS-84", venues);
  }
  return applied;
}

namespace {
// The organisations behind the demo's organisation accounts, registered through the services
// as a province officer would, so the accounts' scopes name real records.
struct DemoOrganisations {
  std::string institution, enterprise, evaluator, auditor, trainee;
  std::string enterprise_name = "成都锦江示范制造有限公司";
};

DemoOrganisations SeedDemoOrganisations(registry::InstitutionService& institutions,
                                        registry::OrganisationService& organisations,
                                        registry::RelationService& relations, registry::TraineeService& trainees,
                                        const std::optional<DemoAnchor>& anchor) {
  core::Principal province{
      .username = "demo-seed", .role = "province_officer", .scope = {core::ScopeKind::kRegion, "510000"}};
  const core::Actor seeder{
      .principal = province, .request_id = "demo-seed", .client_ip = "local", .system_name = "demo-seed"};
  auto check = [](const auto& result, const char* what) {
    if (!result) throw std::runtime_error(std::string("demo ") + what + ": " + result.error().message);
    return result->id;
  };
  DemoOrganisations out;
  // "kind:id", the scope of an organisation account.
  const auto scope = [](const char* kind, std::int64_t id) { return std::string(kind) + ":" + std::to_string(id); };
  const std::string county = anchor ? anchor->county : "510104";
  if (anchor) {
    out.institution = scope("institution", anchor->institution_id);
  } else {
    const auto institution =
        check(institutions.Create(seeder, {kDemoInstitutionName, core::CompleteCreditCode("52510104MJ000001"),
                                           "private_institution", "510104", std::nullopt}),
              "institution");
    check(institutions.Act(seeder, institution, "review", {"", std::nullopt, std::nullopt}), "institution review");
    check(institutions.Act(seeder, institution, "approve", {"演示数据", std::nullopt, std::nullopt}),
          "institution approval");
    out.institution = scope("institution", institution);
  }
  auto organisation = [&](const char* kind, const char* name, const char* code16, const char* type,
                          std::optional<std::string> industry, std::optional<std::string> size) {
    return check(
        organisations.Create(registry::KindOf(kind), seeder,
                             {name, core::CompleteCreditCode(code16), type, county, industry, size, std::nullopt}),
        kind);
  };
  if (anchor && anchor->enterprise_id) {
    out.enterprise = scope("enterprise", *anchor->enterprise_id);
    out.enterprise_name = anchor->enterprise_name;
  } else {
    out.enterprise = scope("enterprise", organisation("enterprise", out.enterprise_name.c_str(), "91510104MA900002",
                                                      "private", "C", "small"));
  }
  const auto body = organisation("evaluation_body", "锦江区职业技能评价中心", "52510104MJ900003", "social_organisation",
                                 std::nullopt, std::nullopt);
  out.evaluator = scope("evaluation_body", body);
  if (anchor) {
    const std::string year = anchor->filed_from.substr(0, 4);
    const std::string next = std::to_string(std::stoi(year) + 1);
    for (const auto& [occupation, level] : anchor->evaluator_filings) {
      check(relations.File(seeder, body, {occupation, level, year + "-01-01", next + "-12-31"}), "evaluator filing");
    }
  }
  out.auditor = scope("auditor", organisation("auditor", "四川示范会计师事务所", "91510104MA900004", "accounting_firm",
                                              std::nullopt, std::nullopt));
  // The trainee account: a trainee of the showcase's finished classes, or one registered here.
  if (anchor && anchor->trainee_id) {
    out.trainee = scope("trainee", *anchor->trainee_id);
  } else {
    const auto trainee = trainees.Create(seeder, {"李演示", "510104196612319871", "13800000000", county, county, {}, "employed"});
    if (!trainee) throw std::runtime_error("demo trainee: " + trainee.error().message);
    out.trainee = scope("trainee", trainee->trainee.id);
  }
  return out;
}
}  // namespace

bool HasAccounts(db::Database& database) {
  try {
    db::Connection connection(database);
    long long accounts = 0;
    connection.sql() << connection.Text(db::queries::auth::kCountUsers), soci::into(accounts);
    return accounts != 0;
  } catch (const soci::soci_error&) {
    return false;  // no schema yet
  }
}

bool SeedDemo(App& app, const std::optional<DemoAnchor>& anchor) {
  if (HasAccounts(app.database())) return false;
  const auto orgs =
      SeedDemoOrganisations(app.institutions(), app.organisations(), app.relations(), app.trainees(), anchor);
  const std::string city = anchor ? anchor->prefecture : "510100";
  const std::string county = anchor ? anchor->county : "510104";
  const std::string city_name = (anchor ? anchor->prefecture_name : "成都市") + "人社局演示账号";
  const std::string county_name = (anchor ? anchor->county_name : "锦江区") + "人社局演示账号";
  struct Demo {
    const char* role;
    std::string display_name;
    std::optional<std::string> scope;
  };
  const Demo demos[] = {
      {"province_officer", "四川省人社厅演示账号", "510000"},
      {"city_officer", city_name, city},
      {"county_officer", county_name, county},
      {"institution", kDemoInstitutionName, orgs.institution},
      {"enterprise", orgs.enterprise_name, orgs.enterprise},
      {"evaluator", "锦江区职业技能评价中心", orgs.evaluator},
      {"auditor", "四川示范会计师事务所", orgs.auditor},
      {"trainee", "演示劳动者", orgs.trainee},
      {"sysadmin", "系统管理员", std::nullopt},
      {"secadmin", "安全管理员", std::nullopt},
      {"auditadmin", "审计管理员", std::nullopt},
  };
  const core::Actor seeder{.request_id = "demo-seed", .client_ip = "local", .system_name = "demo-seed"};
  for (const auto& demo : demos) {
    auto created = app.auth().CreateUser(seeder, {demo.role, demo.display_name, demo.role, demo.scope, kDemoPassword});
    if (!created) throw std::runtime_error("demo account " + std::string(demo.role) + ": " + created.error().message);
  }
  return true;
}

}  // namespace sunshine::app
