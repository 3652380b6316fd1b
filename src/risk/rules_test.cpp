// What the fixture files (rule_fixtures_test) do not show well: the catalogue's completeness and
// the helpers the rules share.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "core/time.hpp"

#include "risk/catch_rate.hpp"
#include "risk/checkin_rules.hpp"
#include "risk/institution_score.hpp"
#include "risk/risk_service.hpp"
#include "risk/rule_kit.hpp"
#include "risk/rules.hpp"

namespace sunshine::risk {
namespace {

TEST(RuleKit, DayInChinaChangesAtMidnightInChinaNotInUtc) {
  const auto at = [](const char* date, const char* clock) { return *core::AtShanghai(date, clock); };
  const auto day = kit::DayInChina(at("2026-03-01", "00:00"));
  EXPECT_EQ(kit::DayInChina(at("2026-03-01", "23:59")), day);
  EXPECT_EQ(kit::DayInChina(at("2026-03-01", "00:00") - 1), day - 1);  // a millisecond before
  EXPECT_EQ(kit::DayInChina(at("2026-03-02", "00:00")), day + 1);
  EXPECT_EQ(kit::DayInChina(at("1970-01-01", "08:00")), 0);
  EXPECT_EQ(kit::DayInChina(at("1970-01-01", "00:00")), 0);
  EXPECT_EQ(kit::DayInChina(at("1969-12-31", "23:59")), -1);  // before the epoch, rounded down
  // The same days as the calendar dates counted from each other.
  EXPECT_EQ(kit::DayInChina(at("2026-12-31", "12:00")) - kit::DayInChina(at("2026-01-01", "12:00")), 364);
}

TEST(Catalogue, EveryRuleIsNamedVersionedSourcedAndExplainsItsParameters) {
  std::set<std::string> ids;
  for (const auto& r : Catalogue()) {
    EXPECT_TRUE(ids.insert(r.id).second) << "two rules named " << r.id;
    EXPECT_FALSE(r.name.empty()) << r.id;
    EXPECT_GE(r.version, 1) << r.id;
    EXPECT_FALSE(r.catches.empty()) << r.id;
    EXPECT_FALSE(r.source.empty()) << r.id;
    EXPECT_FALSE(r.subject_kind.empty()) << r.id;
    for (const auto& p : r.parameters) {
      EXPECT_FALSE(p.unit.empty()) << r.id << "." << p.name;
      EXPECT_FALSE(p.why.empty()) << r.id << "." << p.name;
    }
  }
  EXPECT_GE(ids.size(), 15u);
  EXPECT_EQ(FindRule("nothing"), nullptr);
  EXPECT_EQ(FindRule("photo_reuse")->Value("min_people"), 2);
  EXPECT_EQ(FindRule("photo_reuse")->Value("no_such_parameter"), 0);
}

// The rules a committed batch wakes are the catalogue's rules on check-ins and segments, by name.
TEST(Catalogue, TheRulesOnUploadsAreThoseThatReadCheckinsOrSegments) {
  std::set<std::string> on_uploads;
  for (const auto& r : Catalogue()) {
    if (RiskService::JudgesUploads(r.id)) on_uploads.insert(r.id);
  }
  EXPECT_EQ(on_uploads, (std::set<std::string>{"photo_reuse", "photo_lookalike", "terminal_burst",
                                               "checkins_off_hours", "checkins_far_from_venue", "uniform_checkins",
                                               "attendance_too_perfect", "person_two_places", "online_overlap",
                                               "online_too_fast"}));
  EXPECT_FALSE(RiskService::JudgesUploads("identical_scores"));
}

TEST(Catalogue, SeverityFollowsTheScore) {
  EXPECT_EQ(SeverityOf(100), "high");
  EXPECT_EQ(SeverityOf(80), "high");
  EXPECT_EQ(SeverityOf(79), "medium");
  EXPECT_EQ(SeverityOf(50), "medium");
  EXPECT_EQ(SeverityOf(49), "low");
}

TEST(SpeedKmh, DistanceOverTimeAndNoTimeIsInfinite) {
  EXPECT_DOUBLE_EQ(SpeedKmh(160'000, 2 * 3'600'000), 80);
  EXPECT_DOUBLE_EQ(SpeedKmh(500, 60'000), 30);
  EXPECT_TRUE(std::isinf(SpeedKmh(10, 0)));
  EXPECT_TRUE(std::isinf(SpeedKmh(10, -5)));
}

TEST(CatchRate, RecallCountsPlantedIdsNamedPrecisionCountsAlertsOnAnythingPlanted) {
  const auto planted = ReadManifest(boost::json::parse(R"({"seed":1,"anomalies":[
      {"kind":"ghost_trainee","description":"","ids":{"trainee_ids":[1,2,3,4],"class_ids":[9]}},
      {"kind":"person_two_places","description":"","ids":{"trainee_ids":[7]}}]})"));
  const std::vector<AlertEvidence> alerts = {
      {"implausible_age", {{"trainee_ids", boost::json::array{1}}}},
      {"implausible_age", {{"trainee_ids", boost::json::array{2, 3}}}},
      {"implausible_age", {{"trainee_ids", boost::json::array{7}}}},   // planted, by another kind
      {"implausible_age", {{"trainee_ids", boost::json::array{50}}}},  // honest: a false alarm
      {"photo_reuse", {{"photo_sha256", "ab"}}}};
  const auto scores = Score(planted, alerts);
  ASSERT_EQ(scores.size(), KindRules().size());
  const auto ghost = std::find_if(scores.begin(), scores.end(), [](const auto& s) { return s.kind == "ghost_trainee"; });
  ASSERT_NE(ghost, scores.end());
  EXPECT_EQ(ghost->rule_id, "implausible_age");
  EXPECT_EQ(ghost->planted, 4);
  EXPECT_EQ(ghost->caught, 3);
  EXPECT_DOUBLE_EQ(ghost->Recall(), 0.75);
  EXPECT_EQ(ghost->alerts, 4);
  EXPECT_EQ(ghost->true_alerts, 3);
  const auto photo = std::find_if(scores.begin(), scores.end(), [](const auto& s) { return s.kind == "shared_photo"; });
  EXPECT_EQ(photo->planted, 0);
  EXPECT_EQ(photo->alerts, 1);
  EXPECT_EQ(photo->true_alerts, 0);
  for (const auto& k : KindRules()) EXPECT_NE(FindRule(k.rule_id), nullptr) << k.kind;
}

TEST(InstitutionScore, RulesWitnessIndependentlyAndEachSaysWhatItAdds) {
  EXPECT_EQ(ScoreInstitution({}).score, 0);
  const auto one = ScoreInstitution({{"photo_reuse", 100, 1}});
  EXPECT_EQ(one.score, 60);
  ASSERT_EQ(one.parts.size(), 1u);
  EXPECT_DOUBLE_EQ(one.parts[0].weight, 0.6);
  EXPECT_EQ(one.parts[0].contribution, 60);
  // Two rules at 100: 1 - 0.4 * 0.4 = 0.84; without either, 60 - each adds 24.
  const auto two = ScoreInstitution({{"photo_reuse", 100, 1}, {"terminal_burst", 100, 1}});
  EXPECT_EQ(two.score, 84);
  EXPECT_EQ(two.parts[0].contribution, 24);
  // Repeats raise a rule's weight a tenth each, at most half again; the heaviest comes first.
  const auto repeated = ScoreInstitution({{"implausible_age", 40, 1}, {"photo_reuse", 50, 9}});
  EXPECT_EQ(repeated.parts[0].rule_id, "photo_reuse");
  EXPECT_DOUBLE_EQ(repeated.parts[0].weight, 0.45);  // 0.6 * 0.5 * 1.5
  EXPECT_DOUBLE_EQ(repeated.parts[1].weight, 0.24);
  EXPECT_EQ(repeated.score, 58);  // 1 - 0.55 * 0.76 = 0.582
  // Two rules at their heaviest (0.9 each) leave a hundredth of doubt.
  EXPECT_EQ(ScoreInstitution({{"a", 100, 50}, {"b", 100, 50}}).score, 99);
}

}  // namespace
}  // namespace sunshine::risk
