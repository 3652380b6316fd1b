#include "registry/occupation_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::registry {
namespace {

Occupation Cook() {
  return FromInput({"4-03-02-01", "中式烹调师", "社会生产服务和生活服务人员", "occupation", 1, 5, std::nullopt,
                    std::nullopt, std::nullopt});
}

std::vector<std::string> Reasons(const Occupation& o) {
  std::vector<std::string> out;
  for (const auto& e : CheckOccupation(o)) out.push_back(e.field + ":" + e.reason);
  return out;
}

TEST(CheckOccupationTest, TableOfRefusals) {
  using V = std::vector<std::string>;
  struct Case {
    const char* name;
    void (*edit)(Occupation&);
    V expected;
  };
  const Case cases[] = {
      {"valid", [](Occupation&) {}, {}},
      {"no code is allowed", [](Occupation& o) { o.code.reset(); }, {}},
      {"bad code", [](Occupation& o) { o.code = "4-3-2-1"; }, {"code:format"}},
      {"letters in code", [](Occupation& o) { o.code = "4-03-0A-01"; }, {"code:format"}},
      {"blank name", [](Occupation& o) { o.name = "  "; }, {"name:required"}},
      {"unknown category", [](Occupation& o) { o.category = "厨师类"; }, {"category:unknown"}},
      {"levels upside down",
       [](Occupation& o) {
         o.highest_level = 5;
         o.lowest_level = 3;
       },
       {"highest_level:below_lowest"}},
      {"level 6", [](Occupation& o) { o.lowest_level = 6; }, {"lowest_level:out_of_range"}},
      {"missing levels", [](Occupation& o) { o.highest_level.reset(); }, {"highest_level:required"}},
      {"special ability with levels",
       [](Occupation& o) { o.kind = "special_ability"; },
       {"highest_level:not_allowed", "lowest_level:not_allowed"}},
      {"special ability",
       [](Occupation& o) {
         o.kind = "special_ability";
         o.highest_level.reset();
         o.lowest_level.reset();
       },
       {}},
      {"unknown kind", [](Occupation& o) { o.kind = "hobby"; }, {"kind:unknown"}},
      {"rank zero", [](Occupation& o) { o.shortage_rank = 0; }, {"shortage_rank:out_of_range"}},
  };
  for (const auto& c : cases) {
    Occupation o = Cook();
    c.edit(o);
    EXPECT_EQ(Reasons(o), c.expected) << c.name;
  }
}

TEST(ApplyPatchTest, RecordsOnlyRealChanges) {
  Occupation o = Cook();
  OccupationPatch patch;
  patch.urgent = true;
  patch.shortage_rank = 3;
  patch.name = "中式烹调师";  // unchanged
  auto changes = ApplyPatch(o, patch);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].field, "urgent");
  EXPECT_EQ(changes[0].before, "false");
  EXPECT_EQ(changes[0].after, "true");
  EXPECT_EQ(changes[1].field, "shortage_rank");
  EXPECT_FALSE(changes[1].before.has_value());
  EXPECT_EQ(changes[1].after, "3");
  EXPECT_TRUE(o.urgent);

  OccupationPatch clear;
  clear.shortage_rank = 0;
  clear.code = "";
  changes = ApplyPatch(o, clear);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_FALSE(o.shortage_rank.has_value());
  EXPECT_FALSE(o.code.has_value());
  EXPECT_TRUE(ApplyPatch(o, clear).empty()) << "applying it again changes nothing";
}

TEST(LevelNameTest, NamesTheFiveLevels) {
  EXPECT_EQ(LevelName(5), "五级/初级工");
  EXPECT_EQ(LevelName(1), "一级/高级技师");
  EXPECT_EQ(LevelName(0), "");
}

}  // namespace
}  // namespace sunshine::registry
