#include "registry/project_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::registry {
namespace {

ProjectVersion V(std::int64_t id, const char* from, std::optional<std::string> to) {
  ProjectVersion v;
  v.id = id;
  v.valid_from = from;
  v.valid_to = std::move(to);
  return v;
}

TEST(StandardInForceTest, BoundariesAreInclusive) {
  // 2025 standard closed the day before the 2026 one starts; a gap in 2027; open-ended from 2028.
  const std::vector<ProjectVersion> versions = {V(1, "2025-01-01", "2025-12-31"), V(2, "2026-01-01", "2026-12-31"),
                                                V(3, "2028-01-01", std::nullopt)};
  struct Case {
    const char* date;
    std::int64_t expected;
  };
  const Case cases[] = {
      {"2024-12-31", 0}, {"2025-01-01", 1}, {"2025-12-31", 1}, {"2026-01-01", 2}, {"2026-12-31", 2},
      {"2027-06-30", 0}, {"2027-12-31", 0}, {"2028-01-01", 3}, {"2099-12-31", 3},
  };
  for (const auto& c : cases) {
    const ProjectVersion* found = StandardInForce(versions, c.date);
    EXPECT_EQ(found ? found->id : 0, c.expected) << c.date;
  }
}

TEST(PlanNewVersionTest, ClosesTheOpenVersionAndNeverRewritesThePast) {
  const std::vector<ProjectVersion> open = {V(1, "2025-01-01", std::nullopt)};
  StandardInput next{80, 150000, "2026-03-01", std::nullopt, std::nullopt};
  auto plan = PlanNewVersion(open, next);
  EXPECT_TRUE(plan.errors.empty());
  EXPECT_EQ(plan.close_latest_at, "2026-02-28");

  const std::vector<ProjectVersion> closed = {V(1, "2025-01-01", "2025-06-30")};
  plan = PlanNewVersion(closed, next);
  EXPECT_TRUE(plan.errors.empty());
  EXPECT_FALSE(plan.close_latest_at.has_value()) << "a gap leaves the old version as it was";

  const std::vector<ProjectVersion> overlapping = {V(1, "2025-01-01", "2026-12-31")};
  EXPECT_EQ(PlanNewVersion(overlapping, next).close_latest_at, "2026-02-28");

  for (const char* from : {"2025-01-01", "2024-06-01"}) {
    StandardInput backdated = next;
    backdated.valid_from = from;
    plan = PlanNewVersion(open, backdated);
    ASSERT_EQ(plan.errors.size(), 1u) << from;
    EXPECT_EQ(plan.errors[0].reason, "not_after_current") << from;
  }
}

TEST(CheckStandardTest, NamesEveryRefusal) {
  struct Case {
    const char* name;
    StandardInput input;
    std::vector<std::string> fields;
  };
  const Case cases[] = {
      {"valid", {80, 150000, "2026-01-01", "2026-12-31", std::vector<std::string>{"510100"}}, {}},
      {"zero hours", {0, 150000, "2026-01-01", std::nullopt, std::nullopt}, {"standard_hours"}},
      {"negative money", {80, -1, "2026-01-01", std::nullopt, std::nullopt}, {"subsidy_fen"}},
      {"impossible date", {80, 1, "2026-02-30", std::nullopt, std::nullopt}, {"valid_from"}},
      {"ends before it starts", {80, 1, "2026-02-01", "2026-01-31", std::nullopt}, {"valid_to"}},
      {"bad region", {80, 1, "2026-02-01", std::nullopt, std::vector<std::string>{"5101"}}, {"region_codes"}},
  };
  for (const auto& c : cases) {
    std::vector<std::string> fields;
    for (const auto& e : CheckStandard(c.input)) fields.push_back(e.field);
    EXPECT_EQ(fields, c.fields) << c.name;
  }
}

TEST(CheckProjectTest, LevelMustExistForTheOccupation) {
  Occupation agronomist;
  agronomist.kind = "occupation";
  agronomist.highest_level = 1;
  agronomist.lowest_level = 3;  // 三级 to 一级 only
  Occupation ability;
  ability.kind = "special_ability";
  ProjectInput in{"农业经理人培训", 1, 3, "employment_skills", 80, 1, "2026-01-01", std::nullopt, std::nullopt};
  EXPECT_TRUE(CheckProject(in, agronomist).empty());
  in.level = 5;
  EXPECT_EQ(CheckProject(in, agronomist).at(0).reason, "not_offered");
  in.level.reset();
  EXPECT_EQ(CheckProject(in, agronomist).at(0).reason, "required");
  EXPECT_TRUE(CheckProject(in, ability).empty());
  in.level = 4;
  EXPECT_EQ(CheckProject(in, ability).at(0).reason, "not_allowed");
  in.training_type = "hobby";
  EXPECT_EQ(CheckProject(in, std::nullopt).size(), 2u);
}

}  // namespace
}  // namespace sunshine::registry
