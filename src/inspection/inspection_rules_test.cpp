#include "inspection/inspection_rules.hpp"

#include <gtest/gtest.h>

#include <set>

namespace sunshine::inspection {
namespace {

std::set<std::string> Reasons(const std::vector<core::FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.reason);
  return out;
}

TEST(InspectionRules, ArrivalNeedsAHeadcountAndAWholePosition) {
  EXPECT_TRUE(CheckArrival({12, 30.65, 104.08}).empty());
  EXPECT_TRUE(CheckArrival({0, std::nullopt, std::nullopt}).empty());
  EXPECT_EQ(Reasons(CheckArrival({-1, 30.65, std::nullopt})), (std::set<std::string>{"headcount:out_of_range", "longitude:required"}));
  EXPECT_EQ(Reasons(CheckArrival({1001, 91, 181})),
            (std::set<std::string>{"headcount:out_of_range", "latitude:out_of_range", "longitude:out_of_range"}));
}

TEST(InspectionRules, FindingsComeFromTheFixedListOnceAndOtherNeedsNotes) {
  EXPECT_TRUE(CheckUpdate({std::nullopt, std::vector<std::string>{"absent_trainees", "proxy_checkin"}, std::nullopt}).empty());
  EXPECT_EQ(Reasons(CheckUpdate({std::nullopt, std::vector<std::string>{"absent_trainees", "late", "absent_trainees", "other"}, ""})),
            (std::set<std::string>{"findings[1]:unknown", "findings[2]:duplicate", "notes:required_with_other"}));
  EXPECT_TRUE(CheckUpdate({std::nullopt, std::vector<std::string>{"other"}, "学员在做其他课程作业"}).empty());
}

TEST(InspectionRules, AVideoReferenceNamesItsCameraPeriodAndRecording) {
  EXPECT_TRUE(CheckVideo({"CAM-01", "2026-03-02T09:00:00+08:00", "2026-03-02T09:30:00+08:00", "NVR-5101/2026-03-02/01"}).empty());
  EXPECT_EQ(Reasons(CheckVideo({"", "yesterday", "2026-03-02T09:00:00+08:00", ""})),
            (std::set<std::string>{"camera_id:required", "from:not_a_time", "reference:required"}));
  EXPECT_EQ(Reasons(CheckVideo({"C", "2026-03-02T09:30:00+08:00", "2026-03-02T09:00:00+08:00", "r"})),
            (std::set<std::string>{"to:not_after_start"}));
}

TEST(InspectionRules, ASeriousOutcomeSaysWhatWasFound) {
  EXPECT_TRUE(CheckClose({"fine", std::nullopt, std::nullopt}, {}).empty());
  EXPECT_EQ(Reasons(CheckClose({"serious", std::nullopt, std::nullopt}, {})),
            (std::set<std::string>{"outcome:serious_without_findings"}));
  EXPECT_TRUE(CheckClose({"serious", 30.6, 104.0}, {"no_teaching"}).empty());
  EXPECT_EQ(Reasons(CheckClose({"good", std::nullopt, std::nullopt}, {})), (std::set<std::string>{"outcome:unknown"}));
}

}  // namespace
}  // namespace sunshine::inspection
