#include "registry/organisation_rules.hpp"

#include <gtest/gtest.h>

#include "core/ids.hpp"

namespace sunshine::registry {
namespace {
std::string CreditCode() { return core::CompleteCreditCode("91510104MA6C0001"); }

std::vector<std::string> Fields(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.reason);
  return out;
}
}  // namespace

TEST(OrganisationRules, EnterprisesNeedIndustryAndSizeOthersMustNotHaveThem) {
  const auto& enterprise = KindOf("enterprise");
  OrganisationInput input{"成都示范制造有限公司", CreditCode(), "private", "510104", "C", "small", std::nullopt};
  EXPECT_TRUE(CheckOrganisation(enterprise, input, "county").empty());
  input.industry = std::nullopt;
  input.size = "giant";
  EXPECT_EQ(Fields(CheckOrganisation(enterprise, input, "county")),
            (std::vector<std::string>{"industry:required", "size:unknown"}));
  OrganisationInput auditor{"四川示范会计师事务所", CreditCode(), "accounting_firm", "510104", "C", std::nullopt,
                            std::nullopt};
  EXPECT_EQ(Fields(CheckOrganisation(KindOf("auditor"), auditor, "county")),
            (std::vector<std::string>{"industry:not_applicable"}));
}

TEST(OrganisationRules, CreditCodeTypeAndRegionAreCheckedLikeInstitutions) {
  const auto& body = KindOf("evaluation_body");
  std::string bad = CreditCode();
  bad.back() = bad.back() == '0' ? '1' : '0';
  OrganisationInput input{"", bad, "university", "510100", std::nullopt, std::nullopt, std::nullopt};
  EXPECT_EQ(Fields(CheckOrganisation(body, input, "prefecture")),
            (std::vector<std::string>{"name:required", "credit_code:check_digit", "type:unknown",
                                      "region_code:not_a_county"}));
  input = {"示范评价中心", bad, "social_organisation", "510104", std::nullopt, std::nullopt, true};
  EXPECT_TRUE(CheckOrganisation(body, input, "county").empty()) << "an operator may accept a failing check character";
}

TEST(OrganisationRules, RevokingNeedsAReasonAndPatchesRecordWhatChanged) {
  const auto& auditor = KindOf("auditor");
  Organisation org;
  org.kind = "auditor";
  org.name = "甲";
  std::vector<std::string> changed;
  OrganisationPatch revoke;
  revoke.status = "revoked";
  EXPECT_EQ(Fields(ApplyOrganisationPatch(auditor, revoke, std::nullopt, org, changed)),
            (std::vector<std::string>{"reason:required"}));
  revoke.reason = "出具虚假审核意见";
  revoke.name = "甲";
  EXPECT_TRUE(ApplyOrganisationPatch(auditor, revoke, std::nullopt, org, changed).empty());
  EXPECT_EQ(changed, std::vector<std::string>{"status"});
  EXPECT_EQ(org.status, "revoked");
}

}  // namespace sunshine::registry
