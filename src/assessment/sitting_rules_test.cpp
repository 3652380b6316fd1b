#include "assessment/sitting_rules.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/ids.hpp"

namespace sunshine::assessment {
namespace {

std::string Id(const std::string& birth, const std::string& seq) {
  const std::string first17 = "510104" + birth + seq;
  return first17 + core::IdCheckCharacter(first17);
}

std::set<std::string> Reasons(const std::vector<core::FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.reason);
  return out;
}

SittingInput ClassSitting() {
  SittingInput in;
  in.class_id = 7;
  in.date = "2027-03-20";
  in.start = "09:00";
  in.end = "11:30";
  in.place = "成都市锦江区东大街8号 考场一";
  in.examiners = {{"李考评", Id("19700101", "111"), "KP510100001"}};
  return in;
}

TEST(SittingRules, AClassSittingNeedsNoCandidateListButEverythingElse) {
  EXPECT_TRUE(CheckSittingInput(ClassSitting(), 20270101).empty());
  SittingInput bad = ClassSitting();
  bad.occupation_id = 3;  // a class's occupation is the class's
  bad.date = "2027-02-30";
  bad.end = "08:00";
  bad.place = "";
  bad.latitude = 30.6;
  bad.examiners.push_back(bad.examiners.front());
  bad.examiners.push_back({"", "510104197001011112", ""});
  bad.candidates = {{std::nullopt, Id("19900101", "222")}, {5, std::nullopt}, {5, std::nullopt}};
  EXPECT_EQ(Reasons(CheckSittingInput(bad, 20270101)),
            (std::set<std::string>{"occupation_id:not_allowed_with_class", "date:not_a_date", "end:not_after_start",
                                   "place:required", "longitude:required", "examiners[1].id_number:duplicate",
                                   "examiners[2].name:required", "examiners[2].certificate:required",
                                   "examiners[2].id_number:check_digit", "candidates[0].trainee_id:required",
                                   "candidates[2].trainee_id:duplicate"}));
}

TEST(SittingRules, ASittingWithoutAClassNamesItsOccupationRegionAndPeople) {
  SittingInput in = ClassSitting();
  in.class_id.reset();
  EXPECT_EQ(Reasons(CheckSittingInput(in, 20270101)),
            (std::set<std::string>{"occupation_id:required", "region_code:required", "candidates:required"}));
  in.occupation_id = 12;
  in.level = 6;
  in.region_code = "510104";
  in.candidates = {{std::nullopt, Id("19900101", "222")}, {9, std::nullopt}};
  EXPECT_EQ(Reasons(CheckSittingInput(in, 20270101)),
            (std::set<std::string>{"level:out_of_range", "candidates[1].id_number:required"}));
}

TEST(SittingRules, ResultsAreScoresOrAbsentAndEachCandidateOnce) {
  ResultsInput in;
  in.results = {{1, 80, 75, false}, {2, std::nullopt, std::nullopt, true}};
  EXPECT_TRUE(CheckResults(in).empty());
  in.results = {{1, 101, std::nullopt, false}, {2, 50, std::nullopt, true}, {1, 60, 60, false}};
  EXPECT_EQ(Reasons(CheckResults(in)),
            (std::set<std::string>{"results[0].theory:out_of_range", "results[0].practical:required",
                                   "results[1].theory:not_allowed_when_absent", "results[2].trainee_id:duplicate"}));
  EXPECT_EQ(Reasons(CheckResults({})), (std::set<std::string>{"results:required"}));
}

TEST(SittingRules, AnAmendmentIsAWholeResultWithAReason) {
  EXPECT_TRUE(CheckAmendment({70, 65, false, "复核后更正实操分"}).empty());
  EXPECT_EQ(Reasons(CheckAmendment({70, std::nullopt, false, ""})),
            (std::set<std::string>{"practical:required", "reason:required"}));
}

TEST(SittingRules, PassMarksAreOneSettingWithPerLevelOverrides) {
  auto table = PassMarkTable::Parse("60/60,1:70/75,0:65/65");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->For(5).theory, 60);
  EXPECT_EQ(table->For(1).theory, 70);
  EXPECT_EQ(table->For(1).practical, 75);
  EXPECT_EQ(table->For(std::nullopt).practical, 65);
  EXPECT_TRUE(PassMarkTable::Parse("60/60"));
  for (const char* bad : {"", "60", "60/101", "1:70/70", "60/60,9:70/70", "60/60,1:70", "60/60,,1:70/70", "a/b"}) {
    EXPECT_FALSE(PassMarkTable::Parse(bad)) << bad;
  }
}

}  // namespace
}  // namespace sunshine::assessment
