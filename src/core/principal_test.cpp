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
