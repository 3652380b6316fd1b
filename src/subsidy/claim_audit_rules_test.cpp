#include "subsidy/claim_audit_rules.hpp"

#include <gtest/gtest.h>

#include "inspection/spot_check_draw.hpp"

namespace sunshine::subsidy {
namespace {

std::vector<ChecklistEntry> All(const std::string& result) {
  std::vector<ChecklistEntry> out;
  for (const auto& item : AuditChecklistItems()) out.push_back({item, result, result == "fail" ? "电话回访本人未参训" : ""});
  return out;
}

TEST(ClaimAuditRules, AChecklistNamesKnownItemsOnceWithAResultAndANoteForAFail) {
  EXPECT_TRUE(CheckChecklist(All("pass")).empty());
  EXPECT_TRUE(CheckChecklist({}).empty());  // saved as it goes, item by item
  const auto errors = CheckChecklist({{"roster_as_filed", "pass", ""},
                                      {"roster_as_filed", "pass", ""},
                                      {"horoscope", "maybe", ""},
                                      {"attendance_real", "fail", " "}});
  std::set<std::string> got;
  for (const auto& e : errors) got.insert(e.field + ":" + e.reason);
  EXPECT_EQ(got, (std::set<std::string>{"items[1].item:duplicate", "items[2].item:unknown", "items[2].result:unknown",
                                        "items[3].note:required"}));
}

TEST(ClaimAuditRules, AnAuditConcludesOnlyWhenEveryItemHasAResult) {
  auto partial = All("pass");
  partial.pop_back();
  const auto incomplete = Conclude(partial, "");
  ASSERT_EQ(incomplete.errors.size(), 1u);
  EXPECT_EQ(incomplete.errors[0].reason, "incomplete");
  EXPECT_EQ(incomplete.errors[0].detail, AuditChecklistItems().back());
  EXPECT_EQ(Conclude(All("pass"), "").outcome, "no_issue");
  EXPECT_TRUE(Conclude(All("not_applicable"), "").errors.empty());
}

TEST(ClaimAuditRules, AFailedItemIsAnIssueThatTheFindingMustDescribe) {
  auto checklist = All("pass");
  checklist[1] = {"trainees_reached", "fail", "两名学员电话回访称未参加培训"};
  const auto silent = Conclude(checklist, " ");
  ASSERT_EQ(silent.errors.size(), 1u);
  EXPECT_EQ(silent.errors[0].field, "finding");
  const auto said = Conclude(checklist, "两名学员未参训，建议追回");
  EXPECT_TRUE(said.errors.empty());
  EXPECT_EQ(said.outcome, "issues_found");
}

TEST(ClaimAuditRules, AnAuditIsAssignedToAnOfficerOrAThirdPartyAuditor) {
  EXPECT_EQ(ParseAssignee("user:city_officer")->user, "city_officer");
  EXPECT_EQ(ParseAssignee("auditor:5")->auditor_id, 5);
  for (const std::string bad : {"user:", "auditor:", "auditor:x", "auditor:0", "someone", ""}) {
    EXPECT_FALSE(ParseAssignee(bad)) << bad;
  }
}

TEST(ClaimAuditRules, TheSampleIsReproducibleSpreadOverInstitutionsAndItsSizeIsTheRate) {
  std::vector<inspection::SampleUnit> claims;
  for (std::int64_t id = 1; id <= 40; ++id) claims.push_back({id, id <= 30 ? 7 : 9});  // two institutions
  const inspection::SampleSize rate{.rate = 0.1};
  const auto drawn = inspection::StratifiedSample(claims, rate, "seed-a", "claim", "institution");
  ASSERT_EQ(drawn.size(), 4u);  // ceil(0.1 x 40)
  EXPECT_EQ(std::count_if(drawn.begin(), drawn.end(), [](std::int64_t id) { return id > 30; }), 1);  // 10 of 40
  EXPECT_EQ(inspection::StratifiedSample(claims, rate, "seed-a", "claim", "institution"), drawn);
  EXPECT_NE(inspection::StratifiedSample(claims, rate, "seed-b", "claim", "institution"), drawn);
  // Units of another kind rank differently with the same seed: a claim is not a class.
  EXPECT_NE(inspection::StratifiedSample(claims, rate, "seed-a", "class", "institution"), drawn);
}

}  // namespace
}  // namespace sunshine::subsidy
