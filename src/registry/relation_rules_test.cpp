#include "registry/relation_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::registry {
namespace {
std::vector<std::string> Fields(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.reason);
  return out;
}
Occupation Welder() {
  Occupation o;
  o.kind = "occupation";
  o.highest_level = 2;  // 二级/技师
  o.lowest_level = 5;   // 五级/初级工
  return o;
}
}  // namespace

TEST(RelationRules, FilingsNeedALevelTheOccupationOffersAndAPeriod) {
  EXPECT_TRUE(CheckFiling({1, 3, "2026-01-01", "2028-12-31"}, Welder()).empty());
  EXPECT_EQ(Fields(CheckFiling({1, 1, "2026-01-01", "2025-12-31"}, Welder())),
            (std::vector<std::string>{"level:not_offered", "valid_to:before_start"}));
  EXPECT_EQ(Fields(CheckFiling({1, std::nullopt, "2026-02-30", ""}, Welder())),
            (std::vector<std::string>{"level:required", "valid_from:not_a_date", "valid_to:required"}));
  Occupation ability;
  ability.kind = "special_ability";
  EXPECT_EQ(Fields(CheckFiling({1, 4, "2026-01-01", "2026-12-31"}, ability)),
            (std::vector<std::string>{"level:not_applicable"}));
  EXPECT_EQ(Fields(CheckFiling({1, 4, "2026-01-01", "2026-12-31"}, std::nullopt)),
            (std::vector<std::string>{"occupation_id:unknown"}));
}

TEST(RelationRules, VenuesAreInSichuanWithACapacity) {
  VenueInput venue{"一号实训室", "成都市锦江区东大街1号", "510104", 30.6570, 104.0810, 60};
  EXPECT_TRUE(CheckVenue(venue, "county").empty());
  venue.latitude = 104.0810;  // swapped coordinates
  venue.longitude = 30.6570;
  venue.capacity = 0;
  EXPECT_EQ(Fields(CheckVenue(venue, "prefecture")),
            (std::vector<std::string>{"region_code:not_a_county", "latitude:outside_province",
                                      "longitude:outside_province", "capacity:out_of_range"}));
  EXPECT_EQ(MicroDegrees(30.657012), 30657012);
}

TEST(RelationRules, EmploymentsHaveAKindAndAPeriod) {
  EXPECT_TRUE(CheckEmployment({"x", "apprentice", "2026-03-01", std::nullopt}).empty());
  EXPECT_EQ(Fields(CheckEmployment({"", "intern", "2026-03-01", "2026-02-01"})),
            (std::vector<std::string>{"id_number:required", "kind:unknown", "end_date:before_start"}));
}

}  // namespace sunshine::registry
