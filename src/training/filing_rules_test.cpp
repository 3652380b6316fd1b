// The filing checks, table-driven: a valid plan passes, and each rule, broken on its own,
// names itself, the field and whether it blocks.
#include "training/filing_rules.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace sunshine::training {
namespace {

// A valid plan: filed on Monday 2026-11-23 for a class from Monday 2026-11-30, 10 sessions of
// 8 hours = 80 h against an 80 h standard, 30 trainees in a 40-seat venue.
FilingFacts ValidPlan() {
  FilingFacts f;
  f.institution_status = "active";
  f.project_permitted = true;
  f.standard_hours = 80;
  f.filed_on = "2026-11-23";
  f.start_date = "2026-11-30";
  f.end_date = "2026-12-11";
  for (const char* day : {"2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07",
                          "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"}) {
    f.sessions.push_back({day, "08:30", "12:30", "t1"});
    f.sessions.push_back({day, "13:30", "17:30", "t2"});
  }
  f.venue_capacity = 40;
  for (int i = 0; i < 30; ++i) f.roster.push_back({i + 1, "1990-05-0" + std::to_string(1 + i % 9), {}, 0, false});
  return f;
}

struct Case {
  const char* name;
  std::function<void(FilingFacts&, PolicyConfig&)> change;
  std::string code, field;
  bool blocking;
};

const Case kCases[] = {
    {"exited institution", [](FilingFacts& f, PolicyConfig&) { f.institution_status = "exited"; },
     "institution_not_active", "institution", true},
    {"project not permitted", [](FilingFacts& f, PolicyConfig&) { f.project_permitted = false; },
     "project_not_permitted", "project_id", true},
    {"no standard in force on the start date", [](FilingFacts& f, PolicyConfig&) { f.standard_hours = 0; },
     "no_standard_in_force", "project_id", true},
    {"filed two working days ahead", [](FilingFacts& f, PolicyConfig&) { f.filed_on = "2026-11-26"; },
     "late_filing", "start_date", true},
    {"end before start", [](FilingFacts& f, PolicyConfig&) { f.end_date = "2026-11-29"; }, "end_before_start",
     "end_date", true},
    {"overlapping sessions", [](FilingFacts& f, PolicyConfig&) { f.sessions[1] = {"2026-11-30", "12:00", "16:00", "t2"}; },
     "sessions_overlap", "sessions[1]", true},
    {"a session after the class",
     [](FilingFacts& f, PolicyConfig&) { f.sessions.back().date = "2026-12-12"; },
     "session_outside_class_dates", "sessions[19]", true},
    {"eleven hours on one day",
     [](FilingFacts& f, PolicyConfig&) { f.sessions[1].end = "20:30"; }, "daily_hours_exceeded", "sessions", true},
    {"hours far below the standard", [](FilingFacts& f, PolicyConfig&) { f.standard_hours = 120; },
     "hours_out_of_range", "sessions", true},
    {"more than the venue holds", [](FilingFacts& f, PolicyConfig&) { f.venue_capacity = 25; },
     "over_venue_capacity", "venue_id", true},
    {"more than a class may hold", [](FilingFacts&, PolicyConfig& c) { c.max_class_size = 28; },
     "class_too_large", "roster", true},
    {"a small project-based class", [](FilingFacts& f, PolicyConfig& c) {
       f.project_based = true;
       c.min_project_class_size = 35;
     },
     "class_below_project_minimum", "roster", false},
    {"a fifteen-year-old", [](FilingFacts& f, PolicyConfig&) { f.roster[3].birth_date = "2010-12-01"; }, "under_age",
     "roster[3]", true},
    {"past working age (a warning)", [](FilingFacts& f, PolicyConfig&) { f.roster[4].birth_date = "1960-01-01"; },
     "over_working_age", "roster[4]", false},
    {"a trainee in another class at the time",
     [](FilingFacts& f, PolicyConfig&) { f.roster[5].other_sessions.push_back({77, "2026-12-02", "09:00", "10:00"}); },
     "trainee_double_booked", "roster[5]", true},
    {"three subsidised trainings this year", [](FilingFacts& f, PolicyConfig&) { f.roster[6].subsidised_this_year = 3; },
     "yearly_limit_reached", "roster[6]", true},
    {"already subsidised for this occupation and level",
     [](FilingFacts& f, PolicyConfig&) { f.roster[7].already_subsidised_same_level = true; }, "already_subsidised",
     "roster[7]", true},
    {"a teacher elsewhere at the time",
     [](FilingFacts& f, PolicyConfig&) { f.teacher_bookings.push_back({"t2", {88, "2026-12-03", "16:00", "18:00"}}); },
     "teacher_double_booked", "sessions[7]", true},
};
}  // namespace

TEST(FilingRules, AValidPlanPasses) {
  const auto violations = CheckFiling(ValidPlan(), PolicyConfig{});
  for (const auto& v : violations) ADD_FAILURE() << v.code << " " << v.field << " " << v.detail;
}

TEST(FilingRules, EachBrokenRuleNamesItselfItsFieldAndWhetherItBlocks) {
  for (const auto& c : kCases) {
    FilingFacts facts = ValidPlan();
    PolicyConfig config;
    c.change(facts, config);
    const auto violations = CheckFiling(facts, config);
    ASSERT_EQ(violations.size(), 1u) << c.name << ": " << (violations.empty() ? "none" : violations[0].code);
    EXPECT_EQ(violations[0].code, c.code) << c.name;
    EXPECT_EQ(violations[0].field, c.field) << c.name;
    EXPECT_EQ(violations[0].blocking, c.blocking) << c.name;
  }
}

TEST(FilingRules, EveryViolationIsReportedAtOnce) {
  FilingFacts facts = ValidPlan();
  PolicyConfig config;
  for (const auto& c : kCases) {
    if (std::string(c.code) == "class_too_large" || std::string(c.code) == "class_below_project_minimum") continue;
    c.change(facts, config);
  }
  std::set<std::string> codes;
  for (const auto& v : CheckFiling(facts, config)) codes.insert(v.code);
  EXPECT_GE(codes.size(), 12u);
}

// A refusal names the other class only when it is the filer's own (its id and time); of
// another institution's class it says only that there is one.
TEST(FilingRules, DoubleBookingsSayOnlyWhatTheFilerMaySee) {
  FilingFacts facts = ValidPlan();
  facts.roster[5].other_sessions.push_back({77, "2026-12-02", "09:00", "10:00", false});
  facts.teacher_bookings.push_back({"t2", {88, "2026-12-03", "16:00", "18:00", false}});
  auto violations = CheckFiling(facts, PolicyConfig{});
  ASSERT_EQ(violations.size(), 2u);
  for (const auto& v : violations) {
    EXPECT_EQ(v.detail, "与其他机构的培训班时间冲突") << v.code;
    EXPECT_EQ(v.detail.find("77"), std::string::npos);
    EXPECT_EQ(v.detail.find("88"), std::string::npos);
  }
  facts = ValidPlan();
  facts.roster[5].other_sessions.push_back({77, "2026-12-02", "09:00", "10:00", false});
  facts.roster[5].other_sessions.push_back({79, "2026-12-02", "09:30", "10:30", true});
  violations = CheckFiling(facts, PolicyConfig{});
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].detail, "与本机构培训班 79 的 2026-12-02 09:30-10:30 冲突");
}

TEST(FilingRules, HoursMayBeAdjustedWithinTheConfiguredShare) {
  FilingFacts facts = ValidPlan();  // 80 h planned
  facts.standard_hours = 96;        // -16.7%: inside ±20%
  EXPECT_TRUE(CheckFiling(facts, PolicyConfig{}).empty());
  PolicyConfig strict;
  strict.hours_adjustment = 0.10;
  EXPECT_EQ(CheckFiling(facts, strict).at(0).code, "hours_out_of_range");
  EXPECT_EQ(SessionMinutes("08:30", "12:00"), 210);
  EXPECT_FALSE(SessionMinutes("12:00", "08:30"));
  EXPECT_FALSE(SessionMinutes("8:30", "12:00"));
}

}  // namespace sunshine::training
