#include "training/class_rules.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace sunshine::training {
namespace {
constexpr int kToday = 20261125;

ClassInput ValidInput() {
  ClassInput in;
  in.name = "2026年第12期育婴员培训班";
  in.project_id = 1;
  in.training_type = "employment_skills";
  in.mode = "offline";
  in.venue_id = 3;
  in.start_date = "2026-12-01";
  in.end_date = "2026-12-10";
  in.teachers = {{"王老师", "510104199001011230", "育婴员二级/技师"}, {"李老师", "11010519491231002X", "高级讲师"}};
  in.sessions = {{"2026-12-01", "09:00", "12:00", "理论", 0}, {"2026-12-01", "14:00", "17:00", "实操", 1}};
  in.roster = {{7, std::nullopt}, {std::nullopt, "34052419800101001x"}};
  return in;
}

bool Has(const std::vector<core::FieldError>& errors, const std::string& field, const std::string& reason) {
  for (const auto& e : errors) {
    if (e.field == field && e.reason == reason) return true;
  }
  return false;
}

struct Case {
  const char* name;
  std::function<void(ClassInput&)> change;
  const char* field;
  const char* reason;
};

const Case kCases[] = {
    {"no name", [](ClassInput& c) { c.name.clear(); }, "name", "required"},
    {"no project", [](ClassInput& c) { c.project_id = 0; }, "project_id", "required"},
    {"unknown mode", [](ClassInput& c) { c.mode = "tv"; }, "mode", "unknown"},
    {"online with a venue", [](ClassInput& c) { c.mode = "online"; }, "venue_id", "not_allowed"},
    {"offline without a venue", [](ClassInput& c) { c.venue_id.reset(); }, "venue_id", "required"},
    {"a start that is no date", [](ClassInput& c) { c.start_date = "2026-02-30"; }, "start_date", "not_a_date"},
    {"no teachers", [](ClassInput& c) {
       c.teachers.clear();
       c.sessions.clear();
     },
     "teachers", "required"},
    {"a teacher's wrong check digit", [](ClassInput& c) { c.teachers[1].id_number = "110105194912310021"; },
     "teachers[1].id_number", "check_digit"},
    {"the same teacher twice", [](ClassInput& c) { c.teachers[1].id_number = "510104199001011230"; },
     "teachers[1].id_number", "duplicate"},
    {"a session at 25 o'clock", [](ClassInput& c) { c.sessions[0].start = "25:00"; }, "sessions[0].start", "not_a_time"},
    {"a session ending before it starts", [](ClassInput& c) { c.sessions[1].end = "13:00"; }, "sessions[1].end",
     "not_after_start"},
    {"a session without a topic", [](ClassInput& c) { c.sessions[1].topic.clear(); }, "sessions[1].topic", "required"},
    {"a session by no listed teacher", [](ClassInput& c) { c.sessions[0].teacher = 2; }, "sessions[0].teacher",
     "unknown"},
    {"a roster entry naming nobody", [](ClassInput& c) { c.roster[0].trainee_id.reset(); }, "roster[0]",
     "one_of_trainee_id_or_id_number"},
    {"a roster entry naming two ways", [](ClassInput& c) { c.roster[0].id_number = "510104199001011230"; }, "roster[0]",
     "one_of_trainee_id_or_id_number"},
    {"a pasted number twice (case of x aside)",
     [](ClassInput& c) { c.roster.push_back({std::nullopt, "34052419800101001X"}); }, "roster[2].id_number",
     "duplicate"},
    {"a pasted number of someone unborn", [](ClassInput& c) { c.roster[1].id_number = "510104202701011236"; },
     "roster[1].id_number", "birth_date"},
};
}  // namespace

TEST(ClassRules, AWellFormedPlanPasses) {
  for (const auto& e : CheckClassInput(ValidInput(), kToday)) ADD_FAILURE() << e.field << " " << e.reason;
}

TEST(ClassRules, EachMalformedPartIsNamed) {
  for (const auto& c : kCases) {
    ClassInput in = ValidInput();
    c.change(in);
    const auto errors = CheckClassInput(in, kToday);
    EXPECT_TRUE(Has(errors, c.field, c.reason)) << c.name << ": " << (errors.empty() ? "none" : errors[0].field);
  }
}

TEST(ClassRules, ReviewMovesOnlyAlongTheDefinedPaths) {
  EXPECT_EQ(NextStatus("draft", ClassAction::kSubmit), "submitted");
  EXPECT_EQ(NextStatus("rejected", ClassAction::kSubmit), "submitted");
  EXPECT_EQ(NextStatus("submitted", ClassAction::kApprove), "approved");
  EXPECT_EQ(NextStatus("submitted", ClassAction::kReject), "rejected");
  EXPECT_EQ(NextStatus("approved", ClassAction::kCancel), "cancelled");
  EXPECT_FALSE(NextStatus("draft", ClassAction::kApprove));
  EXPECT_FALSE(NextStatus("approved", ClassAction::kSubmit));
  EXPECT_FALSE(NextStatus("running", ClassAction::kCancel));
  EXPECT_FALSE(NextStatus("finished", ClassAction::kCancel));
  EXPECT_FALSE(NextStatus("cancelled", ClassAction::kSubmit));
  EXPECT_EQ(ParseClassAction("approve"), ClassAction::kApprove);
  EXPECT_FALSE(ParseClassAction("start"));
  EXPECT_TRUE(PlanEditable("rejected"));
  EXPECT_FALSE(PlanEditable("submitted"));
}

TEST(ClassRules, TheCalendarStartsAndFinishesApprovedClasses) {
  EXPECT_FALSE(AdvanceOnDate("approved", "2026-12-01", "2026-12-10", "2026-11-30"));
  EXPECT_EQ(AdvanceOnDate("approved", "2026-12-01", "2026-12-10", "2026-12-01"), "running");
  EXPECT_FALSE(AdvanceOnDate("running", "2026-12-01", "2026-12-10", "2026-12-10"));
  EXPECT_EQ(AdvanceOnDate("running", "2026-12-01", "2026-12-10", "2026-12-11"), "finished");
  EXPECT_EQ(AdvanceOnDate("approved", "2026-12-01", "2026-12-10", "2026-12-11"), "finished");
  EXPECT_FALSE(AdvanceOnDate("submitted", "2026-12-01", "2026-12-10", "2026-12-11"));  // never approved
}

}  // namespace sunshine::training
