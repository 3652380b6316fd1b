#include "subsidy/history_rules.hpp"

#include <gtest/gtest.h>

#include "core/ids.hpp"

namespace sunshine::subsidy {
namespace {

const std::vector<OccupationRef> kCatalogue = {
    {1, std::string("4-03-02-01"), "中式烹调师", false, 1, 5},
    {2, std::nullopt, "育婴员", false, 3, 5},
    {3, std::nullopt, "川菜烹饪", true, std::nullopt, std::nullopt},
    {4, std::nullopt, "育婴员", true, std::nullopt, std::nullopt},  // the same name as a special ability
};

HistoryInput Valid() {
  return {"张三", "510104199001011230", "4-03-02-01", "四级/中级工", "employment_skills",
          "2023/3/15", "1,200.50元", "四川省职业培训补贴系统"};
}

std::vector<std::string> Reasons(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field + ":" + e.reason);
  return out;
}

std::vector<std::string> Check(const HistoryInput& in, HistoryRecord* out = nullptr) {
  HistoryRecord record;
  const auto* occupation = ResolveOccupation(kCatalogue, in.occupation, !in.level.empty());
  auto errors = CheckHistory(in, occupation, "2026-12-05", record);
  if (out) *out = record;
  return Reasons(errors);
}

TEST(HistoryRules, AValidRowBecomesARecord) {
  auto in = Valid();
  HistoryRecord record;
  EXPECT_TRUE(Check(in, &record).empty());
  EXPECT_EQ(record.name, "张三");
  EXPECT_EQ(record.occupation_id, 1);
  EXPECT_EQ(record.level, 4);
  EXPECT_EQ(record.trained_on, "2023-03-15");
  EXPECT_EQ(record.amount_fen, 120050);
  EXPECT_EQ(record.id_number, "510104199001011230");
}

TEST(HistoryRules, MoneyIsReadInYuanToTheFen) {
  EXPECT_EQ(ParseYuan("1200"), 120000);
  EXPECT_EQ(ParseYuan(" 1200.5 "), 120050);
  EXPECT_EQ(ParseYuan("1200.05"), 120005);
  EXPECT_EQ(ParseYuan("12,345,678.9"), 1234567890);
  EXPECT_EQ(ParseYuan("800元"), 80000);
  for (auto bad : {"", "-5", "1.234", "1,20", ",120", "12a", "1.", "1,2345", "１２００", "1e3"}) {
    EXPECT_FALSE(ParseYuan(bad)) << bad;
  }
}


TEST(HistoryRules, LevelsByNumberOrName) {
  EXPECT_EQ(ParseLevel("1"), 1);
  EXPECT_EQ(ParseLevel("二级"), 2);
  EXPECT_EQ(ParseLevel("高级工"), 3);
  EXPECT_EQ(ParseLevel("四级/中级工"), 4);
  EXPECT_EQ(ParseLevel("5级"), 5);
  EXPECT_FALSE(ParseLevel("6"));
  EXPECT_FALSE(ParseLevel("高级"));
  EXPECT_FALSE(ParseLevel("0级"));
}

TEST(HistoryRules, DatesInTheFormsSpreadsheetsProduce) {
  EXPECT_EQ(ParseHistoryDate("2023-03-15"), "2023-03-15");
  EXPECT_EQ(ParseHistoryDate("2023/3/5"), "2023-03-05");
  EXPECT_EQ(ParseHistoryDate("2023.12.01"), "2023-12-01");
  EXPECT_EQ(ParseHistoryDate("20230315"), "2023-03-15");
  EXPECT_EQ(ParseHistoryDate("2023年3月15日"), "2023-03-15");
  for (auto bad : {"2023-02-30", "2023-3", "15/03/2023", "2023-03/15", "2023年13月1日", "45000", "2023-03-15 10:00"}) {
    EXPECT_FALSE(ParseHistoryDate(bad)) << bad;
  }
}

TEST(HistoryRules, OccupationsByCodeOrNameTheLevelTellingKindsApart) {
  EXPECT_EQ(ResolveOccupation(kCatalogue, "4-03-02-01", true)->id, 1);
  EXPECT_EQ(ResolveOccupation(kCatalogue, "川菜烹饪", false)->id, 3);
  EXPECT_EQ(ResolveOccupation(kCatalogue, "育婴员", true)->id, 2);
  EXPECT_EQ(ResolveOccupation(kCatalogue, "育婴员", false)->id, 4);
  EXPECT_EQ(ResolveOccupation(kCatalogue, "宇航员", true), nullptr);
}

TEST(HistoryRules, EveryFieldNamesItsOwnError) {
  auto in = Valid();
  in.name = "";
  in.id_number = "510104199001011231";
  in.occupation = "宇航员";
  in.subsidy_type = "旅游补贴";
  in.trained_on = "2023-02-30";
  in.amount = "-1";
  in.source = std::string(101, 'x');
  EXPECT_EQ(Check(in), (std::vector<std::string>{"name:required", "id_number:check_digit", "occupation:unknown",
                                                 "subsidy_type:unknown", "trained_on:format", "amount:format",
                                                 "source:too_long"}));
}

TEST(HistoryRules, LevelsMustFitTheOccupation) {
  auto in = Valid();
  in.occupation = "育婴员";
  in.level = "一级";
  EXPECT_EQ(Check(in), std::vector<std::string>{"level:not_offered"});
  in.level = "九级";
  EXPECT_EQ(Check(in), std::vector<std::string>{"level:unknown"});
  in = Valid();
  in.level = "";
  EXPECT_EQ(Check(in), std::vector<std::string>{"level:required"});
  in.occupation = "川菜烹饪";
  HistoryRecord record;
  EXPECT_TRUE(Check(in, &record).empty());
  EXPECT_FALSE(record.level);
}

TEST(HistoryRules, DatesAndAmountsMustBePlausible) {
  auto in = Valid();
  in.trained_on = "2027-01-01";
  EXPECT_EQ(Check(in), std::vector<std::string>{"trained_on:in_future"});
  in.trained_on = "1999-12-31";
  EXPECT_EQ(Check(in), std::vector<std::string>{"trained_on:too_early"});
  in = Valid();
  in.id_number = "510104201001011234";  // born 2010
  in.id_number.back() = core::IdCheckCharacter(in.id_number.substr(0, 17));
  in.trained_on = "2009-05-01";
  EXPECT_EQ(Check(in), std::vector<std::string>{"trained_on:before_birth"});
  in = Valid();
  in.amount = "0";
  EXPECT_EQ(Check(in), std::vector<std::string>{"amount:out_of_range"});
  in.amount = "100000.01";
  EXPECT_EQ(Check(in), std::vector<std::string>{"amount:out_of_range"});
}

TEST(HistoryRules, TheKeyTellsTheSameRecordApart) {
  HistoryRecord a{"张三", "x", 1, 4, "employment_skills", "2023-03-15", 100, "s"};
  HistoryRecord b = a;
  b.amount_fen = 200;  // another amount is still the same training
  EXPECT_EQ(HistoryKey("idx", a), HistoryKey("idx", b));
  b.level = 3;
  EXPECT_NE(HistoryKey("idx", a), HistoryKey("idx", b));
  EXPECT_NE(HistoryKey("idx", a), HistoryKey("idy", a));
}

}  // namespace
}  // namespace sunshine::subsidy
