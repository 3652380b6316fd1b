#include "registry/institution_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::registry {
namespace {

TEST(CheckInstitutionTest, CreditCodesTypesAndRegions) {
  struct Case {
    const char* name;
    InstitutionInput input;
    std::optional<std::string> level;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"valid", {"成都烹饪学校", "91350100M000100Y43", "private_institution", "510104", std::nullopt}, "county", {}},
      {"wrong check digit",
       {"x", "91350100M000100Y44", "private_institution", "510104", std::nullopt},
       "county",
       {"credit_code:check_digit"}},
      {"check digit overridden on purpose",
       {"x", "91350100M000100Y44", "private_institution", "510104", true},
       "county",
       {}},
      {"length is never overridden",
       {"x", "91350100M000100Y4", "private_institution", "510104", true},
       "county",
       {"credit_code:length"}},
      {"letters that do not exist",
       {"x", "91350100O000100Y43", "private_institution", "510104", true},
       "county",
       {"credit_code:characters"}},
      {"unknown type and region",
       {"x", "91350100M000100Y43", "school", "519999", std::nullopt},
       std::nullopt,
       {"type:unknown", "region_code:unknown_region"}},
      {"a city is not a county",
       {"x", "91350100M000100Y43", "technical_school", "510100", std::nullopt},
       "prefecture",
       {"region_code:not_a_county"}},
      {"blank name",
       {" ", "91350100M000100Y43", "technical_school", "510104", std::nullopt},
       "county",
       {"name:required"}},
  };
  for (const auto& c : cases) {
    std::vector<std::string> got;
    for (const auto& e : CheckInstitution(c.input, c.level)) got.push_back(e.field + ":" + e.reason);
    EXPECT_EQ(got, c.expected) << c.name;
  }
}

TEST(LifecycleTest, TransitionsAndTheirConditions) {
  struct Step {
    const char* action;
    LifecycleAction input;
    const char* status_after;
    const char* error;
  };
  const Step steps[] = {
      {"approve", {"", std::nullopt, std::nullopt}, "applied", "invalid_transition"},
      {"review", {"", std::string("auditor-7"), std::nullopt}, "under_review", nullptr},
      {"reject", {"", std::nullopt, std::nullopt}, "under_review", "invalid_fields"},  // needs a reason
      {"approve", {"", std::nullopt, std::nullopt}, "active", nullptr},
      {"mark_integrity", {"连续三年无违规", std::nullopt, std::nullopt}, "active", nullptr},
      {"suspend", {"虚报学员", std::nullopt, std::nullopt}, "suspended", nullptr},
      {"review", {"", std::nullopt, std::nullopt}, "suspended", "invalid_transition"},
      {"fly", {"", std::nullopt, std::nullopt}, "suspended", "unknown_action"},
      {"exit", {"伪造培训记录，骗取补贴", std::nullopt, true}, "exited", nullptr},
      {"reinstate", {"申诉", std::nullopt, std::nullopt}, "exited", "invalid_transition"},
  };
  Institution inst;
  for (const auto& step : steps) {
    const Transition t = ApplyLifecycle(inst, step.action, step.input);
    EXPECT_EQ(inst.status, step.status_after) << step.action;
    EXPECT_EQ(t.error ? t.error->code : "", step.error ? step.error : "") << step.action;
  }
  EXPECT_EQ(inst.assigned_auditor, "auditor-7");
  EXPECT_TRUE(inst.exposed);
  EXPECT_EQ(inst.exposure_reason, "伪造培训记录，骗取补贴");
  EXPECT_FALSE(inst.integrity_model) << "an exposed institution is nobody's model";
  EXPECT_FALSE(CanFile(inst));
}

}  // namespace
}  // namespace sunshine::registry
