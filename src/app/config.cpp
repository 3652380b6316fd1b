#include "app/config.hpp"

#include <boost/mp11.hpp>
#include <cctype>
#include <charconv>

#include "core/time.hpp"
#include "http/json.hpp"

namespace sunshine::app {
namespace {
template <class F>
void ForEachMember(F&& f) {
  boost::mp11::mp_for_each<boost::describe::describe_members<Config, boost::describe::mod_public | boost::describe::mod_inherited>>(f);
}

// "2026-10-01, 2026-10-02" -> the dates, blanks dropped.
std::vector<std::string> SplitDates(const std::string& list) {
  std::vector<std::string> out;
  std::string current;
  for (char c : list + ",") {
    if (c == ',') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else if (c != ' ') {
      current += c;
    }
  }
  return out;
}

std::string EnvName(std::string_view member) {
  std::string name = "SUNSHINE_";
  for (char c : member) name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}
}  // namespace

core::Status ApplyConfigText(Config& config, std::string_view json_text) {
  auto file = http::ParseJsonObject<ConfigFile>(json_text);
  if (!file) return file.take_error();
  boost::mp11::mp_for_each<boost::describe::describe_members<ConfigFile, boost::describe::mod_public | boost::describe::mod_inherited>>([&](auto from) {
    ForEachMember([&](auto to) {
      if (std::string_view(from.name) != to.name) return;
      const auto& value = (*file).*from.pointer;
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(*value)>,
                                   std::remove_cvref_t<decltype(config.*to.pointer)>>) {
        if (value) config.*to.pointer = *value;
      }
    });
  });
  return core::Ok{};
}

core::Status ApplyEnvironment(Config& config, const char* (*getenv)(const char*)) {
  std::vector<core::FieldError> errors;
  ForEachMember([&](auto member) {
    const std::string name = EnvName(member.name);
    const char* raw = getenv(name.c_str());
    if (raw == nullptr) return;
    const std::string_view text(raw);
    auto& target = config.*member.pointer;
    using T = std::remove_cvref_t<decltype(target)>;
    if constexpr (std::is_same_v<T, std::string>) {
      target = std::string(text);
    } else if constexpr (std::is_same_v<T, bool>) {
      if (text == "1" || text == "true")
        target = true;
      else if (text == "0" || text == "false")
        target = false;
      else
        errors.push_back({name, "not_a_boolean"});
    } else {
      T value{};
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
      if (ec != std::errc{} || end != text.data() + text.size())
        errors.push_back({name, "not_an_integer"});
      else
        target = value;
    }
  });
  if (!errors.empty()) return core::Error::Invalid("invalid_environment", "环境变量取值有误", std::move(errors));
  return core::Ok{};
}

core::Status Validate(const Config& c) {
  std::vector<core::FieldError> errors;
  auto range = [&](const char* field, std::int64_t value, std::int64_t low, std::int64_t high) {
    if (value < low || value > high) errors.push_back({field, "out_of_range"});
  };
  range("port", c.port, 0, 65535);
  range("pool_size", c.pool_size, 1, 256);
  range("sqlite_wal_checkpoint_mb", c.sqlite_wal_checkpoint_mb, 1, 4096);
  range("sqlite_cache_mb", c.sqlite_cache_mb, 2, 16384);
  range("import_concurrency", c.import_concurrency, 1, 64);
  range("io_threads", c.io_threads, 1, 64);
  range("worker_threads", c.worker_threads, 1, 256);
  range("body_limit_bytes", c.body_limit_bytes, 1024, 1LL << 30);
  range("request_timeout_ms", c.request_timeout_ms, 100, 600000);
  range("session_idle_minutes", c.session_idle_minutes, 1, 24 * 60);
  range("session_absolute_hours", c.session_absolute_hours, 1, 24 * 7);
  range("max_failed_logins", c.max_failed_logins, 1, 100);
  range("lockout_minutes", c.lockout_minutes, 1, 24 * 60);
  range("policy_min_notice_working_days", c.policy_min_notice_working_days, 0, 60);
  range("policy_hours_adjustment_percent", c.policy_hours_adjustment_percent, 0, 100);
  range("policy_max_daily_minutes", c.policy_max_daily_minutes, 60, 24 * 60);
  range("policy_max_class_size", c.policy_max_class_size, 1, 1000);
  range("policy_min_project_class_size", c.policy_min_project_class_size, 0, 1000);
  range("policy_min_age", c.policy_min_age, 0, 100);
  range("policy_max_age", c.policy_max_age, c.policy_min_age, 120);
  range("policy_max_subsidised_per_year", c.policy_max_subsidised_per_year, 1, 100);
  range("signature_max_skew_seconds", c.signature_max_skew_seconds, 10, 3600);
  range("checkin_early_minutes", c.checkin_early_minutes, 0, 240);
  range("checkin_late_minutes", c.checkin_late_minutes, 0, 240);
  range("checkin_leave_early_minutes", c.checkin_leave_early_minutes, 0, 240);
  range("checkin_end_window_minutes", c.checkin_end_window_minutes, 0, 240);
  range("checkin_max_distance_m", c.checkin_max_distance_m, 10, 100000);
  range("checkin_min_face_score_percent", c.checkin_min_face_score_percent, 0, 100);
  range("checkin_min_liveness_percent", c.checkin_min_liveness_percent, 0, 100);
  range("online_face_check_interval_minutes", c.online_face_check_interval_minutes, 1, 240);
  range("attendance_threshold_percent", c.attendance_threshold_percent, 1, 100);
  range("dashboard_cache_seconds", c.dashboard_cache_seconds, 0, 3600);
  range("assessment_overdue_days", c.assessment_overdue_days, 1, 3650);
  range("public_checks_per_minute", c.public_checks_per_minute, 1, 100000);
  range("claim_window_months", c.claim_window_months, 1, 120);
  range("claim_work_in_lieu_max_months", c.claim_work_in_lieu_max_months, 1, 36);
  range("claim_review_working_days", c.claim_review_working_days, 1, 60);
  range("notice_working_days", c.notice_working_days, 1, 60);
  range("objection_answer_working_days", c.objection_answer_working_days, 1, 60);
  range("public_objections_per_hour", c.public_objections_per_hour, 1, 10000);
  range("claim_audit_rate_1e4", c.claim_audit_rate_1e4, 1, 10000);
  range("risk_scan_interval_seconds", c.risk_scan_interval_seconds, 0, 86400);
  if (!subsidy::ParseLimitWindow(c.claim_limit_window)) errors.push_back({"claim_limit_window", "unknown"});
  if (!subsidy::ParseReviewLevels(c.claim_review_levels)) errors.push_back({"claim_review_levels", "unknown"});
  if (!assessment::PassMarkTable::Parse(c.assessment_pass_marks)) errors.push_back({"assessment_pass_marks", "format"});
  for (const auto& e : RiskRulesFrom(c).errors) errors.push_back({"risk_rule_parameters", e.reason + ": " + e.item});
  if (!c.public_base_url.empty() && !c.public_base_url.starts_with("https://") &&
      !c.public_base_url.starts_with("http://")) {
    errors.push_back({"public_base_url", "not_a_url"});
  }
  if (c.photo_dir.empty()) errors.push_back({"photo_dir", "required"});
  for (const auto& [field, list] : {std::pair{"policy_holidays", &c.policy_holidays},
                                    std::pair{"policy_extra_workdays", &c.policy_extra_workdays}}) {
    for (const auto& day : SplitDates(*list)) {
      if (!core::IsDate(day)) errors.push_back({field, "not_a_date"});
    }
  }
  static const char* kLevels[] = {"trace", "debug", "info", "warn", "error"};
  if (std::find(std::begin(kLevels), std::end(kLevels), c.log_level) == std::end(kLevels)) {
    errors.push_back({"log_level", "unknown"});
  }
  if (!c.db.starts_with("sqlite:") && !c.db.starts_with("postgresql://") && !c.db.starts_with("postgres://")) {
    errors.push_back({"db", "unknown_scheme"});
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_config", "配置有误", std::move(errors));
  return core::Ok{};
}

assessment::AssessmentPolicy AssessmentPolicyFrom(const Config& c) {
  return {.threshold_1e4 = static_cast<int>(c.attendance_threshold_percent) * 100,
          .pass_marks = *assessment::PassMarkTable::Parse(c.assessment_pass_marks),
          .overdue_days = static_cast<int>(c.assessment_overdue_days)};
}

subsidy::ClaimPolicy ClaimPolicyFrom(const Config& c) {
  return {.hours_threshold_1e4 = static_cast<int>(c.attendance_threshold_percent) * 100,
          .per_person_limit = static_cast<int>(c.policy_max_subsidised_per_year),
          .window = *subsidy::ParseLimitWindow(c.claim_limit_window),
          .claim_window_months = static_cast<int>(c.claim_window_months),
          .min_age = static_cast<int>(c.policy_min_age),
          .work_in_lieu_max_months = static_cast<int>(c.claim_work_in_lieu_max_months)};
}

subsidy::ReviewPolicy ReviewPolicyFrom(const Config& c) {
  return {.levels = *subsidy::ParseReviewLevels(c.claim_review_levels),
          .working_days = static_cast<int>(c.claim_review_working_days),
          .calendar = PolicyFrom(c).calendar};
}

subsidy::NoticePolicy NoticePolicyFrom(const Config& c) {
  return {.notice_working_days = static_cast<int>(c.notice_working_days),
          .answer_working_days = static_cast<int>(c.objection_answer_working_days),
          .calendar = PolicyFrom(c).calendar};
}

training::PolicyConfig PolicyFrom(const Config& c) {
  training::PolicyConfig policy;
  policy.min_notice_working_days = static_cast<int>(c.policy_min_notice_working_days);
  policy.hours_adjustment = static_cast<double>(c.policy_hours_adjustment_percent) / 100.0;
  policy.max_daily_minutes = static_cast<int>(c.policy_max_daily_minutes);
  policy.max_class_size = static_cast<int>(c.policy_max_class_size);
  policy.min_project_class_size = static_cast<int>(c.policy_min_project_class_size);
  policy.min_age = static_cast<int>(c.policy_min_age);
  policy.max_age = static_cast<int>(c.policy_max_age);
  policy.max_subsidised_per_year = static_cast<int>(c.policy_max_subsidised_per_year);
  for (auto& day : SplitDates(c.policy_holidays)) policy.calendar.holidays.insert(std::move(day));
  for (auto& day : SplitDates(c.policy_extra_workdays)) policy.calendar.extra_workdays.insert(std::move(day));
  return policy;
}

training::CheckinPolicy CheckinPolicyFrom(const Config& c) {
  training::CheckinPolicy policy;
  policy.early_minutes = static_cast<int>(c.checkin_early_minutes);
  policy.late_minutes = static_cast<int>(c.checkin_late_minutes);
  policy.leave_early_minutes = static_cast<int>(c.checkin_leave_early_minutes);
  policy.end_window_minutes = static_cast<int>(c.checkin_end_window_minutes);
  policy.max_distance_m = static_cast<int>(c.checkin_max_distance_m);
  policy.min_face_score = static_cast<double>(c.checkin_min_face_score_percent) / 100.0;
  policy.min_liveness_score = static_cast<double>(c.checkin_min_liveness_percent) / 100.0;
  policy.max_clock_ahead_seconds = static_cast<int>(c.signature_max_skew_seconds);
  return policy;
}

training::OnlinePolicy OnlinePolicyFrom(const Config& c) {
  const auto checkins = CheckinPolicyFrom(c);
  training::OnlinePolicy policy;
  policy.face_check_interval_minutes = static_cast<int>(c.online_face_check_interval_minutes);
  policy.min_face_score = checkins.min_face_score;
  policy.min_liveness_score = checkins.min_liveness_score;
  policy.max_clock_ahead_seconds = checkins.max_clock_ahead_seconds;
  return policy;
}

risk::Configured RiskRulesFrom(const Config& c) {
  // Four rules follow a policy setting unless set apart: the attendance a certificate needs,
  // the youngest trainee, the claim window and the yearly limit of subsidies a person.
  const std::string follows_policy =
      "certificate_below_attendance.min_attendance=" + std::to_string(c.attendance_threshold_percent / 100.0) +
      ",implausible_age.min_age=" + std::to_string(c.policy_min_age) +
      ",claims_near_deadline.window_months=" + std::to_string(c.claim_window_months) +
      ",claims_at_person_limit.limit=" + std::to_string(c.policy_max_subsidised_per_year);
  return risk::WithParameters(risk::Catalogue(), follows_policy + "," + c.risk_rule_parameters);
}

Config AsCommand(Config config, std::int64_t pool_size) {
  config.web_root.clear();
  config.pool_size = pool_size;
  config.request_timeout_ms = 0;
  return config;
}

}  // namespace sunshine::app
