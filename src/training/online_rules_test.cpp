#include "training/online_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::training {
namespace {
constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t T = 1'800'000'000'000;

FaceCheckInput Check(std::int64_t at, double face = 0.95) { return {at, face, 0.97, std::string(64, 'b')}; }

// A 60-minute segment with a passing check every 20 minutes from the start.
SegmentInput Segment() {
  return {"seg-1", 7, 3, "第3课 刀工", T, T + 60 * kMinute,
          {Check(T + kMinute), Check(T + 20 * kMinute), Check(T + 40 * kMinute), Check(T + 59 * kMinute)}};
}

SegmentFacts Facts() { return {"running", true, std::nullopt, false, T + 90 * kMinute}; }
}  // namespace

TEST(OnlineRules, EachRuleNamesItsReason) {
  struct Case {
    const char* name;
    SegmentInput segment;
    SegmentFacts facts;
    std::vector<std::string> reasons;
  };
  auto segment = [](auto change) {
    auto s = Segment();
    change(s);
    return s;
  };
  auto facts = [](auto change) {
    auto f = Facts();
    change(f);
    return f;
  };
  const std::vector<Case> cases = {
      {"checked every 20 minutes", Segment(), Facts(), {}},
      {"a 25-minute gap", segment([](auto& s) { s.face_checks.erase(s.face_checks.begin() + 2); }), Facts(),
       {"face_check_gap"}},
      {"no check near the end", segment([](auto& s) { s.face_checks.pop_back(); }), Facts(), {}},
      {"the last 21 minutes unchecked",
       segment([](auto& s) { s.face_checks = {Check(T), Check(T + 20 * kMinute), Check(T + 39 * kMinute)}; }),
       Facts(), {"face_check_gap"}},
      {"a failed check", segment([](auto& s) { s.face_checks.push_back(Check(T + 30 * kMinute, 0.3)); }), Facts(),
       {"face_check_failed"}},
      {"no checks at all", segment([](auto& s) { s.face_checks.clear(); }), Facts(), {"no_face_check"}},
      {"overlaps another", Segment(), facts([](auto& f) { f.overlaps_other = true; }), {"overlaps_segment"}},
      {"not on the roster", Segment(), facts([](auto& f) { f.on_roster = false; }), {"not_on_roster"}},
      {"withdrawn before", Segment(), facts([](auto& f) { f.withdrawn_at = T - kMinute; }), {"withdrawn"}},
      {"class under review", Segment(), facts([](auto& f) { f.class_status = "submitted"; }), {"class_not_open"}},
      {"reported ahead of the clock", Segment(), facts([](auto& f) { f.received_at = T; }), {"captured_in_future"}},
  };
  for (const auto& c : cases) EXPECT_EQ(JudgeSegment(c.segment, c.facts, OnlinePolicy{}), c.reasons) << c.name;
}

TEST(OnlineRules, ShapeRefusalsNameTheSegmentAndCheck) {
  std::vector<core::FieldError> errors;
  CheckSegmentShape(Segment(), 0, errors);
  EXPECT_TRUE(errors.empty());
  auto bad = Segment();
  bad.segment_id = "";
  bad.course_item = "";
  bad.ended_at = bad.started_at + 13 * 60 * kMinute;
  bad.face_checks[1].at = T - kMinute;
  bad.face_checks[2].face_score = 2;
  CheckSegmentShape(bad, 2, errors);
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field + ":" + e.reason);
  EXPECT_EQ(fields, (std::vector<std::string>{"segments[2].segment_id:invalid_format", "segments[2].course_item:required",
                                              "segments[2].ended_at:too_long",
                                              "segments[2].face_checks[1].at:outside_segment",
                                              "segments[2].face_checks[2].face_score:out_of_range"}));
}

}  // namespace sunshine::training
