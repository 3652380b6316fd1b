#include "registry/trainee_rules.hpp"

#include <gtest/gtest.h>

#include "core/ids.hpp"

namespace sunshine::registry {
namespace {
constexpr int kToday = 20261125;

// A valid ID number for a region, birth date and sequence (check character computed).
std::string IdNumber(const std::string& region, const std::string& birth, const std::string& seq) {
  const std::string first17 = region + birth + seq;
  return first17 + core::IdCheckCharacter(first17);
}

TraineeInput Valid() {
  return {"张三", IdNumber("510104", "19900307", "123"), "13812345678", "510104", "510104", {"veteran"}, "unemployed"};
}
RegionFacts Counties() { return {"county", "county"}; }

std::vector<std::string> Reasons(const std::vector<core::FieldError>& errors, const std::string& field) {
  std::vector<std::string> out;
  for (const auto& e : errors) {
    if (e.field == field) out.push_back(e.reason);
  }
  return out;
}
}  // namespace

TEST(TraineeRules, AValidTraineeDerivesSexAndBirthDate) {
  DerivedIdentity derived;
  EXPECT_TRUE(CheckTrainee(Valid(), Counties(), kToday, &derived).empty());
  EXPECT_EQ(derived.sex, "male");  // 17th digit 3: odd
  EXPECT_EQ(derived.birth_date, "1990-03-07");
  auto female = Valid();
  female.id_number = IdNumber("510104", "20000229", "124");
  EXPECT_TRUE(CheckTrainee(female, Counties(), kToday, &derived).empty());
  EXPECT_EQ(derived.sex, "female");
  EXPECT_EQ(derived.birth_date, "2000-02-29");
}

TEST(TraineeRules, IdNumbersAreRefusedWithTheReason) {
  struct Case {
    std::string id, reason;
  } cases[] = {
      {"51010419900307123", "length"},
      {"5101041990030712345", "length"},
      {"51010419900307A23X", "characters"},
      {IdNumber("510104", "19900230", "123"), "birth_date"},  // no 30 February
      {IdNumber("510104", "20271231", "123"), "birth_date"},  // after today
      {IdNumber("990104", "19900307", "123"), "region"},
  };
  for (const auto& c : cases) {
    auto input = Valid();
    input.id_number = c.id;
    EXPECT_EQ(Reasons(CheckTrainee(input, Counties(), kToday, nullptr), "id_number"), std::vector{c.reason}) << c.id;
  }
  auto wrong_check = Valid();
  wrong_check.id_number.back() = wrong_check.id_number.back() == '0' ? '1' : '0';
  EXPECT_EQ(Reasons(CheckTrainee(wrong_check, Counties(), kToday, nullptr), "id_number"),
            std::vector<std::string>{"check_digit"});
}

TEST(TraineeRules, PhonesAreMainlandMobiles) {
  EXPECT_EQ(CheckMobilePhone("13812345678"), "");
  EXPECT_EQ(CheckMobilePhone("1381234567"), "length");
  EXPECT_EQ(CheckMobilePhone("1381234567a"), "characters");
  EXPECT_EQ(CheckMobilePhone("12812345678"), "not_a_mobile");
  EXPECT_EQ(CheckMobilePhone("02812345678"), "not_a_mobile");
  EXPECT_EQ(NormalisePhone("+86 138-1234-5678"), "13812345678");
  auto input = Valid();
  input.phone = "";
  EXPECT_EQ(Reasons(CheckTrainee(input, Counties(), kToday, nullptr), "phone"), std::vector<std::string>{"required"});
}

TEST(TraineeRules, RegionsGroupsAndStatusesAreChecked) {
  auto input = Valid();
  input.household_region_code = "500101";  // 重庆万州: another province, accepted
  input.groups = {"veteran", "poverty_risk", "veteran", "astronaut"};
  input.employment_status = "retired_early";
  const auto errors = CheckTrainee(input, {"county", std::nullopt}, kToday, nullptr);
  EXPECT_TRUE(Reasons(errors, "household_region_code").empty());
  EXPECT_EQ(Reasons(errors, "groups[2]"), std::vector<std::string>{"duplicate"});
  EXPECT_EQ(Reasons(errors, "groups[3]"), std::vector<std::string>{"unknown"});
  EXPECT_EQ(Reasons(errors, "employment_status"), std::vector<std::string>{"unknown"});

  input = Valid();
  input.household_region_code = "519999";  // looks like Sichuan but is not in the table
  input.residence_region_code = "510100";  // a prefecture, not a county
  const auto region_errors = CheckTrainee(input, {"prefecture", std::nullopt}, kToday, nullptr);
  EXPECT_EQ(Reasons(region_errors, "household_region_code"), std::vector<std::string>{"unknown_region"});
  EXPECT_EQ(Reasons(region_errors, "residence_region_code"), std::vector<std::string>{"not_a_county"});
  EXPECT_EQ(TraineeGroups().size(), 9u);  // the eight groups of R-P1 and 易返贫致贫人口
}

TEST(TraineeRules, APatchChecksOnlyWhatItCarries) {
  TraineePatch patch;
  EXPECT_TRUE(CheckTraineePatch(patch, {}).empty());
  patch.phone = "123";
  patch.name = " ";
  const auto errors = CheckTraineePatch(patch, {});
  EXPECT_EQ(Reasons(errors, "phone"), std::vector<std::string>{"length"});
  EXPECT_EQ(Reasons(errors, "name"), std::vector<std::string>{"required"});
}

TEST(TraineeRules, GroupsRoundTripThroughStorage) {
  EXPECT_EQ(JoinGroups({"veteran", "disabled"}), ",veteran,disabled,");
  EXPECT_EQ(SplitGroups(",veteran,disabled,"), (std::vector<std::string>{"veteran", "disabled"}));
  EXPECT_TRUE(SplitGroups(",").empty());
}

}  // namespace sunshine::registry
