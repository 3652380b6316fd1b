#include "subsidy/payee_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::subsidy {
namespace {

bool Has(const std::vector<core::FieldError>& errors, const std::string& field, const std::string& reason) {
  for (const auto& e : errors) {
    if (e.field == field && e.reason == reason) return true;
  }
  return false;
}

TEST(PayeeRules, AnAccountInThePayeesOwnNameIsAccepted) {
  EXPECT_TRUE(CheckAccount({"中国工商银行成都春熙支行", "成都市技工学校", "4402 2040 0901 2345 678"}, "成都市技工学校")
                  .empty());
  EXPECT_EQ(NormaliseAccountNumber("4402-2040 0901"), "440220400901");
}

TEST(PayeeRules, MoneyNeverGoesToAnAccountInAnotherName) {
  const auto errors = CheckAccount({"中国工商银行", "张三", "6222020200112233445"}, "成都市技工学校");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "account_name");
  EXPECT_EQ(errors[0].reason, "not_the_payee");
  EXPECT_EQ(errors[0].detail, "成都市技工学校");
}

TEST(PayeeRules, EachMissingOrMalformedFieldIsNamed) {
  const auto blank = CheckAccount({" ", "", ""}, "成都市技工学校");
  EXPECT_TRUE(Has(blank, "bank_name", "required"));
  EXPECT_TRUE(Has(blank, "account_name", "required"));
  EXPECT_TRUE(Has(blank, "account_number", "required"));
  for (const std::string bad : {"1234567", "123456789012345678901234567890123", "62220202001A2233", "6222.0202.0011"}) {
    EXPECT_TRUE(Has(CheckAccount({"银行", "甲", bad}, "甲"), "account_number", "not_an_account_number")) << bad;
  }
  EXPECT_TRUE(CheckAccount({"银行", "甲", "12345678"}, "甲").empty());
}

TEST(PayeeRules, AnAccountIsShownByItsLastFourDigits) { EXPECT_EQ(MaskAccount("5678"), "**** **** 5678"); }

TEST(PayeeRules, APayeeIsAKindAndAnId) {
  EXPECT_EQ(SplitKindId("institution:12"), (std::pair<std::string, std::int64_t>{"institution", 12}));
  EXPECT_EQ(SplitKindId("enterprise:3").first, "enterprise");
  for (const std::string bad : {"institution", ":12", "institution:", "institution:x", "institution:-1", "institution:0"}) {
    EXPECT_EQ(SplitKindId(bad).second, 0) << bad;
  }
}

}  // namespace
}  // namespace sunshine::subsidy
