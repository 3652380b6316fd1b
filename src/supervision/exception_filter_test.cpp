#include "supervision/exception_filter.hpp"

#include <gtest/gtest.h>

#include "core/time.hpp"

namespace sunshine::supervision {
namespace {
using Query = std::map<std::string, std::string, std::less<>>;

std::vector<std::string> Fields(const core::Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field + ":" + f.reason);
  return out;
}

TEST(ExceptionFilterTest, EmptyQueryIsEveryCheckin) {
  auto f = ReadFilter({});
  ASSERT_TRUE(f);
  EXPECT_EQ(f->source, Source::kCheckin);
  EXPECT_EQ(f->class_id, 0);
  EXPECT_TRUE(f->region_prefix.empty());
  EXPECT_EQ(f->from, 0);
}

TEST(ExceptionFilterTest, ReadsEveryParameter) {
  auto f = ReadFilter({{"source", "online"}, {"class_id", "12"}, {"terminal_id", "3"}, {"institution_id", "7"},
                       {"region_code", "510100"}, {"reason", "face_check_gap"}, {"from", "2026-03-01"},
                       {"to", "2026-03-31"}});
  ASSERT_TRUE(f) << f.error().message;
  EXPECT_EQ(f->source, Source::kOnline);
  EXPECT_EQ(f->class_id, 12);
  EXPECT_EQ(f->terminal_id, 3);
  EXPECT_EQ(f->institution_id, 7);
  EXPECT_EQ(f->region_prefix, "5101");
  EXPECT_EQ(f->reason, "face_check_gap");
  // Midnight in China is 16:00 UTC the day before; `to` includes its whole day.
  EXPECT_EQ(f->from, *core::ParseIso8601("2026-02-28T16:00:00Z"));
  EXPECT_EQ(f->to, *core::ParseIso8601("2026-03-31T16:00:00Z"));
}

TEST(ExceptionFilterTest, NamesEveryBadParameter) {
  auto f = ReadFilter({{"source", "paper"}, {"class_id", "abc"}, {"terminal_id", "-1"}, {"institution_id", "0"},
                       {"region_code", "51"}, {"reason", "sleepy"}, {"from", "2026-02-30"}, {"to", "yesterday"}});
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error().code, "invalid_query");
  EXPECT_EQ(Fields(f.error()),
            (std::vector<std::string>{"source:unknown", "class_id:not_an_id", "terminal_id:not_an_id",
                                      "institution_id:not_an_id", "region_code:not_a_region_code", "reason:unknown",
                                      "from:not_a_date", "to:not_a_date"}));
}

TEST(ExceptionFilterTest, ReasonMustBelongToTheSource) {
  auto checkin = ReadFilter({{"reason", "face_check_gap"}});
  ASSERT_FALSE(checkin);
  EXPECT_EQ(Fields(checkin.error()), std::vector<std::string>{"reason:not_for_source"});
  auto online = ReadFilter({{"source", "online"}, {"reason", "far_from_venue"}});
  ASSERT_FALSE(online);
  EXPECT_TRUE(ReadFilter({{"source", "online"}, {"reason", "not_on_roster"}}));
}

TEST(ExceptionFilterTest, RangeMustNotEndBeforeItStarts) {
  EXPECT_TRUE(ReadFilter({{"from", "2026-03-01"}, {"to", "2026-03-01"}}));
  auto f = ReadFilter({{"from", "2026-03-02"}, {"to", "2026-03-01"}});
  ASSERT_FALSE(f);
  EXPECT_EQ(Fields(f.error()), std::vector<std::string>{"to:before_from"});
}

TEST(ExceptionFilterTest, ReasonLabelsAreChinese) {
  EXPECT_EQ(ReasonLabels(R"(["late","far_from_venue"])"), "迟到、距培训场地过远");
  EXPECT_EQ(ReasonLabels(R"(["brand_new"])"), "brand_new");
  EXPECT_EQ(ReasonLabels("not json"), "");
  EXPECT_EQ(ReasonCodes(R"(["a",1,"b"])"), (std::vector<std::string>{"a", "b"}));
}

TEST(ExceptionFilterTest, EveryReasonTheRulesGiveHasALabel) {
  for (const char* code : {"class_not_open", "not_on_roster", "withdrawn", "captured_in_future", "too_early", "late",
                           "left_early", "after_session", "outside_session", "far_from_venue", "low_face_score",
                           "low_liveness_score", "outside_sessions", "face_check_failed", "no_face_check",
                           "face_check_gap", "overlaps_segment"}) {
    const auto* info = FindReason(code);
    ASSERT_NE(info, nullptr) << code;
    EXPECT_FALSE(info->label.empty());
    EXPECT_TRUE(info->checkin || info->online);
  }
}

TEST(ExceptionFilterTest, SummaryAddsReasonsPerGroupLargestFirst) {
  const std::vector<SummaryInput> rows = {
      {1, "甲机构", R"(["late"])", 3},
      {2, "乙机构", R"(["late","far_from_venue"])", 5},
      {1, "甲机构", R"(["far_from_venue"])", 4},
      {3, "丙机构", R"(["withdrawn"])", 7},
  };
  const auto out = FoldSummary(rows, 2);
  ASSERT_EQ(out.size(), 2u);
  // 1 and 3 both have 7: the smaller key first; 2 (5) is cut by the limit.
  EXPECT_EQ(out[0].key, 1);
  EXPECT_EQ(out[0].total, 7);
  EXPECT_EQ(out[0].by_reason.at("late"), 3);
  EXPECT_EQ(out[0].by_reason.at("far_from_venue"), 4);
  EXPECT_EQ(out[1].key, 3);
  EXPECT_EQ(FoldSummary(rows, 10)[2].by_reason.at("far_from_venue"), 5);
}

}  // namespace
}  // namespace sunshine::supervision
