#include "app/config.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace sunshine::app {
namespace {

std::map<std::string, std::string> fake_env;
const char* FakeGetenv(const char* name) {
  auto it = fake_env.find(name);
  return it == fake_env.end() ? nullptr : it->second.c_str();
}

TEST(ConfigTest, FileThenEnvironmentOverrideDefaults) {
  Config config;
  ASSERT_TRUE(ApplyConfigText(config, R"({"db":"postgresql:///x","port":9000,"cookie_secure":true})").ok());
  EXPECT_EQ(config.db, "postgresql:///x");
  EXPECT_EQ(config.port, 9000);
  EXPECT_TRUE(config.cookie_secure);
  EXPECT_EQ(config.pool_size, 8) << "untouched keys keep their defaults";
  fake_env = {{"SUNSHINE_PORT", "9100"}, {"SUNSHINE_LOG_LEVEL", "debug"}, {"SUNSHINE_COOKIE_SECURE", "0"}};
  ASSERT_TRUE(ApplyEnvironment(config, FakeGetenv).ok());
  EXPECT_EQ(config.port, 9100);
  EXPECT_EQ(config.log_level, "debug");
  EXPECT_FALSE(config.cookie_secure);
  EXPECT_TRUE(Validate(config).ok());
}

TEST(ConfigTest, ACommandServesNothingAndHasNoStatementTimeout) {
  Config served;
  served.web_root = "web/dist";
  served.pool_size = 16;
  served.request_timeout_ms = 15000;
  const Config command = AsCommand(served, 2);
  EXPECT_TRUE(command.web_root.empty());
  EXPECT_EQ(command.pool_size, 2);
  EXPECT_EQ(command.request_timeout_ms, 0);  // PostgreSQL's statement_timeout off
  EXPECT_EQ(served.request_timeout_ms, 15000);  // the server's own configuration untouched
}

TEST(ConfigTest, RefusesByName) {
  Config config;
  auto bad_file = ApplyConfigText(config, R"({"prot":9000,"port":"x"})");
  ASSERT_FALSE(bad_file.ok());
  ASSERT_EQ(bad_file.error().fields.size(), 2u);
  EXPECT_EQ(bad_file.error().fields[0].field, "port");
  EXPECT_EQ(bad_file.error().fields[1].field, "prot");
  fake_env = {{"SUNSHINE_PORT", "80a"}};
  auto bad_env = ApplyEnvironment(config, FakeGetenv);
  ASSERT_FALSE(bad_env.ok());
  EXPECT_EQ(bad_env.error().fields[0].field, "SUNSHINE_PORT");
  config.port = 70000;
  config.log_level = "loud";
  config.db = "mysql://x";
  auto invalid = Validate(config);
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().fields.size(), 3u);
}

TEST(ConfigTest, RiskRuleParametersAreSetByNameAndFollowThePolicy) {
  Config config;
  config.attendance_threshold_percent = 75;
  config.risk_rule_parameters = "terminal_burst.min_people=12, checkins_far_from_venue.far_m=1500";
  config.risk_rule_parameters.erase(config.risk_rule_parameters.find(' '), 1);
  ASSERT_TRUE(Validate(config).ok());
  const auto rules = RiskRulesFrom(config).rules;
  auto value = [&](const std::string& rule, const std::string& parameter) {
    for (const auto& r : rules) {
      if (r.id == rule) return r.Value(parameter);
    }
    return -1.0;
  };
  EXPECT_EQ(value("terminal_burst", "min_people"), 12);
  EXPECT_EQ(value("terminal_burst", "max_seconds_each"), 3) << "unset parameters keep their defaults";
  EXPECT_EQ(value("checkins_far_from_venue", "far_m"), 1500);
  EXPECT_DOUBLE_EQ(value("certificate_below_attendance", "min_attendance"), 0.75);
  EXPECT_EQ(value("implausible_age", "min_age"), config.policy_min_age);
  config.claim_window_months = 18;
  EXPECT_EQ(RiskRulesFrom(config).rules.size(), rules.size());
  for (const auto& r : RiskRulesFrom(config).rules) {
    if (r.id == "claims_near_deadline") EXPECT_EQ(r.Value("window_months"), 18) << "follows the claim window";
    if (r.id == "claims_at_person_limit") EXPECT_EQ(r.Value("limit"), config.policy_max_subsidised_per_year);
  }

  config.risk_rule_parameters = "nothing.x=1,terminal_burst.nope=2,terminal_burst.min_people=many,photo_reuse.min_people=-1,x";
  const auto invalid = Validate(config);
  ASSERT_FALSE(invalid.ok());
  std::vector<std::string> reasons;
  for (const auto& f : invalid.error().fields) {
    EXPECT_EQ(f.field, "risk_rule_parameters");
    reasons.push_back(f.reason);
  }
  EXPECT_EQ(reasons, (std::vector<std::string>{"unknown_rule: nothing.x=1", "unknown_parameter: terminal_burst.nope=2",
                                               "not_a_number: terminal_burst.min_people=many",
                                               "negative: photo_reuse.min_people=-1", "not_rule_parameter_value: x"}));
}

TEST(ConfigTest, TheFilingPolicyComesFromSettings) {
  Config config;
  ASSERT_TRUE(ApplyConfigText(config, R"({"policy_max_class_size":60,"policy_hours_adjustment_percent":10,
                                          "policy_holidays":"2026-10-01, 2026-10-02","policy_extra_workdays":"2026-09-27"})")
                  .ok());
  fake_env = {{"SUNSHINE_POLICY_MIN_NOTICE_WORKING_DAYS", "5"}};
  ASSERT_TRUE(ApplyEnvironment(config, FakeGetenv).ok());
  ASSERT_TRUE(Validate(config).ok());
  const auto policy = PolicyFrom(config);
  EXPECT_EQ(policy.max_class_size, 60);
  EXPECT_DOUBLE_EQ(policy.hours_adjustment, 0.10);
  EXPECT_EQ(policy.min_notice_working_days, 5);
  EXPECT_EQ(policy.calendar.holidays, (std::set<std::string>{"2026-10-01", "2026-10-02"}));
  EXPECT_TRUE(policy.calendar.extra_workdays.count("2026-09-27"));
  EXPECT_EQ(policy.min_age, 16) << "untouched policy keeps the defaults of policy_rules.md";
  config.policy_holidays = "2026-13-01";
  config.policy_max_age = 10;
  auto invalid = Validate(config);
  ASSERT_FALSE(invalid.ok());
  std::set<std::string> fields;
  for (const auto& f : invalid.error().fields) fields.insert(f.field + ":" + f.reason);
  EXPECT_TRUE(fields.count("policy_holidays:not_a_date"));
  EXPECT_TRUE(fields.count("policy_max_age:out_of_range")) << "the maximum age is not below the minimum";
}

}  // namespace
}  // namespace sunshine::app
