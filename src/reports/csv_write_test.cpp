#include "reports/csv_write.hpp"

#include <gtest/gtest.h>

namespace sunshine::reports {
namespace {

TEST(CsvWrite, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(CsvCell("成都市技工学校"), "成都市技工学校");
  EXPECT_EQ(CsvCell("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvCell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvCell(""), "");
}

TEST(CsvWrite, TextThatExcelWouldRunIsDisarmed) {
  EXPECT_EQ(CsvCell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(CsvCell("+1"), "'+1");
  EXPECT_EQ(CsvCell("-1"), "'-1");
  EXPECT_EQ(CsvCell("@SUM"), "'@SUM");
}

TEST(CsvWrite, ATableHasABomAHeaderAndCrlfRows) {
  CsvTable table({{"序号", 8}, {"收款单位", 30}, {"金额", 12}});
  table.AddRow({std::int64_t{1}, std::string("机构,甲"), std::string("1200.00")});
  table.AddRow({std::int64_t{2}});
  EXPECT_EQ(table.text(), "\xEF\xBB\xBF序号,收款单位,金额\r\n1,\"机构,甲\",1200.00\r\n2,,\r\n");
}

}  // namespace
}  // namespace sunshine::reports
