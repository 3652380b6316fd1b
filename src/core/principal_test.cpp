#include "core/principal.hpp"

#include <gtest/gtest.h>

namespace sunshine::core {
namespace {

TEST(ScopeTest, RegionPrefixCoversTheSubtree) {
  struct Case {
    const char* name;
    ScopeKind kind;
    const char* code;
    const char* prefix;
  };
  const Case cases[] = {
      {"province", ScopeKind::kRegion, "510000", "51"},
      {"prefecture", ScopeKind::kRegion, "510100", "5101"},
      {"county", ScopeKind::kRegion, "510104", "510104"},
      {"county ending in 00 pair", ScopeKind::kRegion, "511100", "5111"},
      {"organisation has no region", ScopeKind::kOrganisation, "42", ""},
      {"none has no region", ScopeKind::kNone, "", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Scope({c.kind, c.code}).RegionPrefix(), c.prefix) << c.name;
  }
}

TEST(ScopeTest, RegionPrefixEndIsTheFirstCodeAfterTheSubtree) {
  EXPECT_EQ(Scope({ScopeKind::kRegion, "510000"}).RegionPrefixEnd(), "52");
  EXPECT_EQ(Scope({ScopeKind::kRegion, "510100"}).RegionPrefixEnd(), "5102");
  EXPECT_EQ(Scope({ScopeKind::kRegion, "510900"}).RegionPrefixEnd(), "5110");
  EXPECT_EQ(Scope({ScopeKind::kRegion, "511199"}).RegionPrefixEnd(), "511200");
  EXPECT_EQ(Scope({ScopeKind::kOrganisation, "institution:3"}).RegionPrefixEnd(), "");
  // Every code of the subtree sorts inside [prefix, end), the next subtree's first code not.
  const Scope city{ScopeKind::kRegion, "510900"};
  for (const std::string code : {"510900", "510904", "510999"}) {
    EXPECT_TRUE(code >= city.RegionPrefix() && code < city.RegionPrefixEnd()) << code;
  }
  EXPECT_FALSE(std::string("511000") < city.RegionPrefixEnd());
}

TEST(ScopeTest, KindNamesRoundTrip) {
  for (auto kind : {ScopeKind::kNone, ScopeKind::kRegion, ScopeKind::kOrganisation}) {
    EXPECT_EQ(Scope::ParseKind(Scope::KindName(kind)), kind);
  }
  EXPECT_FALSE(Scope::ParseKind("city").has_value());
}

}  // namespace
}  // namespace sunshine::core

namespace sunshine::core {
TEST(Scope, OrganisationIdReadsOnlyItsOwnKind) {
  const Scope institution{ScopeKind::kOrganisation, "institution:12"};
  EXPECT_EQ(institution.OrganisationId("institution"), 12);
  EXPECT_EQ(institution.OrganisationId("enterprise"), 0);
  EXPECT_EQ((Scope{ScopeKind::kOrganisation, "institution:"}).OrganisationId("institution"), 0);
  EXPECT_EQ((Scope{ScopeKind::kOrganisation, "institution:1x"}).OrganisationId("institution"), 0);
  EXPECT_EQ((Scope{ScopeKind::kOrganisation, "institutions:1"}).OrganisationId("institution"), 0);
  EXPECT_EQ((Scope{ScopeKind::kRegion, "institution:1"}).OrganisationId("institution"), 0);
}
}  // namespace sunshine::core
