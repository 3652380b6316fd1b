#pragma once
// Settings, from lowest to highest precedence: built-in defaults, the JSON config file
// (--config or SUNSHINE_CONFIG), SUNSHINE_* environment variables, command-line flags.
// docs/operations.md lists every setting.
#include <boost/describe.hpp>
#include <optional>
#include <string>

#include "assessment/sitting_service.hpp"
#include "subsidy/claim_rules.hpp"
#include "subsidy/notice_rules.hpp"
#include "subsidy/review_rules.hpp"
#include "core/result.hpp"
#include "risk/rules.hpp"
#include "training/filing_rules.hpp"
#include "training/checkin_rules.hpp"
#include "training/online_rules.hpp"

namespace sunshine::app {

// The subsidy and risk settings (docs/subsidy-claims.md, docs/risk-screening.md), apart because Boost.Describe describes at most
// 52 members of one struct: Config inherits them, and every reader takes inherited members.
struct SubsidySettings {
  // Subsidy claims (docs/subsidy-claims.md): the per-person limit (policy_max_subsidised_per_year)
  // counts in the calendar year or over a lifetime [I], and a claim comes within this many
  // months of the certificate [V: 12 in Sichuan, Zhejiang, Guangdong].
  std::string claim_limit_window = "calendar_year";
  std::int64_t claim_window_months = 12;
  // Review (审核): which levels review a claim, in order, and the working days each has before
  // the claim shows as overdue to its superior [V: 初审 county, 复核 city; 10 working days].
  std::string claim_review_levels = "county,city";
  std::int64_t claim_review_working_days = 10;
  // Public notice (公示): working days an approved batch stays published [V: 5], working days an
  // officer has to answer an objection [V: 5], and objections per hour per client address [I].
  std::int64_t notice_working_days = 5;
  std::int64_t objection_answer_working_days = 5;
  std::int64_t public_objections_per_hour = 5;
  // Random audits of claims (抽查核查): the share of a city's approved claims each draw audits,
  // in 1/10000 [I: 500, five per cent; the seed's 随机抽查 sets no rate].
  std::int64_t claim_audit_rate_1e4 = 500;
  // 以工代训: the months per person an enterprise is paid for [V: 500 元 per person-month for up
  // to 6 months in the one implementation read; no Sichuan figure found].
  std::int64_t claim_work_in_lieu_max_months = 6;
  // Risk rules' parameters set apart from their defaults: `rule.parameter=value`, comma-separated
  // (docs/risk-screening.md lists each with its default and why).
  std::string risk_rule_parameters;
  // How often a running server screens yesterday's and today's data for risk [I: a minute].
  std::int64_t risk_scan_interval_seconds = 60;
};
BOOST_DESCRIBE_STRUCT(SubsidySettings, (),
                      (claim_limit_window, claim_window_months, claim_review_levels, claim_review_working_days,
                       notice_working_days, objection_answer_working_days, public_objections_per_hour,
                       claim_audit_rate_1e4, claim_work_in_lieu_max_months, risk_rule_parameters,
                       risk_scan_interval_seconds))

struct Config : SubsidySettings {
  std::string db = "sqlite:var/sunshine.db";
  std::string address = "127.0.0.1";
  std::int64_t port = 8080;
  std::string web_root = "web/dist";
  std::string log_level = "info";  // trace, debug, info, warn, error
  std::int64_t pool_size = 8;
  bool durable_commits = true;              // acknowledged writes survive power loss (docs/operations.md)
  std::int64_t sqlite_wal_checkpoint_mb = 32;  // the SQLite log is checkpointed and restarted past this
  std::int64_t sqlite_cache_mb = 64;           // SQLite page cache of each pooled connection
  std::int64_t import_concurrency = 2;  // imports served at once; more are told to retry (503)
  std::int64_t io_threads = 1;
  std::int64_t worker_threads = 4;
  std::int64_t body_limit_bytes = 1 << 20;
  std::int64_t request_timeout_ms = 15000;  // also PostgreSQL's statement_timeout; 0 (commands): none
  std::int64_t session_idle_minutes = 30;
  std::int64_t session_absolute_hours = 12;
  std::int64_t max_failed_logins = 5;
  std::int64_t lockout_minutes = 15;
  bool cookie_secure = false;
  std::string key_file;  // personal-data keys (sunshine keys generate); empty: none loaded
  // Class-filing policy (training::PolicyConfig; defaults and sources in docs/operations.md).
  std::int64_t policy_min_notice_working_days = 3;
  std::int64_t policy_hours_adjustment_percent = 20;
  std::int64_t policy_max_daily_minutes = 480;
  std::int64_t policy_max_class_size = 50;
  std::int64_t policy_min_project_class_size = 20;
  std::int64_t policy_min_age = 16;
  std::int64_t policy_max_age = 60;
  std::int64_t policy_max_subsidised_per_year = 3;
  std::string policy_holidays;        // "2026-10-01,2026-10-02,...": public holidays on working days
  std::string policy_extra_workdays;  // "2026-09-27,...": weekend days declared working days (调休)
  // Signed device uploads and check-ins (docs/device-signatures.md, training/checkin_rules.hpp).
  std::string photo_dir = "var/photos";
  std::int64_t signature_max_skew_seconds = 300;
  std::int64_t checkin_early_minutes = 30;
  std::int64_t checkin_late_minutes = 15;
  std::int64_t checkin_leave_early_minutes = 15;
  std::int64_t checkin_end_window_minutes = 30;
  std::int64_t checkin_max_distance_m = 500;
  std::int64_t checkin_min_face_score_percent = 80;
  std::int64_t checkin_min_liveness_percent = 90;
  std::int64_t online_face_check_interval_minutes = 20;
  // The share of planned hours a trainee must attend to count as trained (subsidy, 应评尽评,
  // the dashboards' attendance figures) [I: 80 % is the common provincial rule].
  std::int64_t attendance_threshold_percent = 80;
  // How long a dashboard figure is served before it is counted again (0: always counted).
  std::int64_t dashboard_cache_seconds = 60;
  // Assessment (docs/operations.md): pass marks "theory/practical" for every level, then
  // optional "level:theory/practical" overrides [I: 60 of 100 in the national standards];
  // days after a class ends before unassessed eligible trainees are overdue [I].
  std::string assessment_pass_marks = "60/60";
  std::int64_t assessment_overdue_days = 90;
  // The public certificate check: requests per minute per client address [I], and the address
  // the certificates' QR codes link to (empty: the request's own host).
  std::int64_t public_checks_per_minute = 20;
  std::string public_base_url;
};
BOOST_DESCRIBE_STRUCT(Config, (SubsidySettings),
                      (db, address, port, web_root, log_level, pool_size, durable_commits, sqlite_wal_checkpoint_mb, sqlite_cache_mb, import_concurrency, io_threads, worker_threads, body_limit_bytes,
                       request_timeout_ms, session_idle_minutes, session_absolute_hours, max_failed_logins,
                       lockout_minutes, cookie_secure, key_file, policy_min_notice_working_days,
                       policy_hours_adjustment_percent, policy_max_daily_minutes, policy_max_class_size,
                       policy_min_project_class_size, policy_min_age, policy_max_age, policy_max_subsidised_per_year,
                       policy_holidays, policy_extra_workdays, photo_dir, signature_max_skew_seconds,
                       checkin_early_minutes, checkin_late_minutes, checkin_leave_early_minutes,
                       checkin_end_window_minutes, checkin_max_distance_m, checkin_min_face_score_percent,
                       checkin_min_liveness_percent, online_face_check_interval_minutes, attendance_threshold_percent,
                       dashboard_cache_seconds, assessment_pass_marks, assessment_overdue_days,
                       public_checks_per_minute, public_base_url))

// A partial config as read from a file: only the keys present override.
struct SubsidySettingsFile {
  std::optional<std::string> claim_limit_window, claim_review_levels, risk_rule_parameters;
  std::optional<std::int64_t> claim_window_months, claim_review_working_days, notice_working_days,
      objection_answer_working_days, public_objections_per_hour, claim_audit_rate_1e4, claim_work_in_lieu_max_months,
      risk_scan_interval_seconds;
};
BOOST_DESCRIBE_STRUCT(SubsidySettingsFile, (),
                      (claim_limit_window, claim_window_months, claim_review_levels, claim_review_working_days,
                       notice_working_days, objection_answer_working_days, public_objections_per_hour,
                       claim_audit_rate_1e4, claim_work_in_lieu_max_months, risk_rule_parameters,
                       risk_scan_interval_seconds))

struct ConfigFile : SubsidySettingsFile {
  std::optional<std::string> db, address, web_root, log_level, key_file, policy_holidays, policy_extra_workdays,
      photo_dir, assessment_pass_marks, public_base_url;
  std::optional<std::int64_t> port, pool_size, sqlite_wal_checkpoint_mb, sqlite_cache_mb, import_concurrency, io_threads, worker_threads, body_limit_bytes, request_timeout_ms,
      session_idle_minutes, session_absolute_hours, max_failed_logins, lockout_minutes, policy_min_notice_working_days,
      policy_hours_adjustment_percent, policy_max_daily_minutes, policy_max_class_size, policy_min_project_class_size,
      policy_min_age, policy_max_age, policy_max_subsidised_per_year, signature_max_skew_seconds, checkin_early_minutes,
      checkin_late_minutes, checkin_leave_early_minutes, checkin_end_window_minutes, checkin_max_distance_m,
      checkin_min_face_score_percent, checkin_min_liveness_percent, online_face_check_interval_minutes,
      attendance_threshold_percent, dashboard_cache_seconds, assessment_overdue_days, public_checks_per_minute;
  std::optional<bool> cookie_secure, durable_commits;
};
BOOST_DESCRIBE_STRUCT(ConfigFile, (SubsidySettingsFile),
                      (db, address, port, web_root, log_level, pool_size, durable_commits, sqlite_wal_checkpoint_mb, sqlite_cache_mb, import_concurrency, io_threads, worker_threads, body_limit_bytes,
                       request_timeout_ms, session_idle_minutes, session_absolute_hours, max_failed_logins,
                       lockout_minutes, cookie_secure, key_file, policy_min_notice_working_days,
                       policy_hours_adjustment_percent, policy_max_daily_minutes, policy_max_class_size,
                       policy_min_project_class_size, policy_min_age, policy_max_age, policy_max_subsidised_per_year,
                       policy_holidays, policy_extra_workdays, photo_dir, signature_max_skew_seconds,
                       checkin_early_minutes, checkin_late_minutes, checkin_leave_early_minutes,
                       checkin_end_window_minutes, checkin_max_distance_m, checkin_min_face_score_percent,
                       checkin_min_liveness_percent, online_face_check_interval_minutes, attendance_threshold_percent,
                       dashboard_cache_seconds, assessment_pass_marks, assessment_overdue_days,
                       public_checks_per_minute, public_base_url))

// Applies a config file's JSON text (unknown keys and wrong types are refused by name).
core::Status ApplyConfigText(Config& config, std::string_view json_text);
// Applies SUNSHINE_<UPPER_NAME> variables found through `getenv` (injectable for tests).
core::Status ApplyEnvironment(Config& config, const char* (*getenv)(const char*));
// Range checks over the final settings.
core::Status Validate(const Config& config);
// The class-filing policy the settings describe (precondition: Validate passed).
training::PolicyConfig PolicyFrom(const Config& config);
// The check-in rules the settings describe (precondition: Validate passed).
training::CheckinPolicy CheckinPolicyFrom(const Config& config);
// The online-learning rules the settings describe (the scores are the check-in thresholds).
training::OnlinePolicy OnlinePolicyFrom(const Config& config);
// The assessment rules the settings describe (precondition: Validate passed).
assessment::AssessmentPolicy AssessmentPolicyFrom(const Config& config);
// The subsidy-claim rules the settings describe (precondition: Validate passed).
subsidy::ClaimPolicy ClaimPolicyFrom(const Config& config);
// Who reviews claims and by when (precondition: Validate passed).
subsidy::ReviewPolicy ReviewPolicyFrom(const Config& config);
// How long notices run and objections wait for an answer (precondition: Validate passed).
subsidy::NoticePolicy NoticePolicyFrom(const Config& config);
// The risk rules with their parameters as set (errors when `risk_rule_parameters` is malformed;
// Validate refuses those).
risk::Configured RiskRulesFrom(const Config& config);

// The configuration a command run by an operator (generate, risk scan, settle, import ...) works
// with rather than a server: no web root, `pool_size` connections, and request_timeout_ms 0, so
// PostgreSQL runs its statements without statement_timeout (a request's bound): a province's
// index, a scan's read or a vacuum takes minutes, not the seconds a request may.
Config AsCommand(Config config, std::int64_t pool_size);

}  // namespace sunshine::app
