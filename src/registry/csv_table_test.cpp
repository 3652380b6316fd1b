#include "registry/csv_table.hpp"

#include <gtest/gtest.h>

namespace sunshine::registry {

TEST(CsvTable, ReadsExcelStyleFiles) {
  // A byte-order mark, CRLF, a quoted field with a comma and a doubled quote, a blank line.
  auto table = ParseCsv("\xEF\xBB\xBF姓名,备注\r\n张三,\"甲,乙\"\r\n\r\n李四,\"说\"\"好\"\"\"\r\n");
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->header, (std::vector<std::string>{"姓名", "备注"}));
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0].line, 2);
  EXPECT_EQ(table->rows[0].cells[1], "甲,乙");
  EXPECT_EQ(table->rows[1].line, 4) << "rows keep the file's numbering across blank lines";
  EXPECT_EQ(table->rows[1].cells[1], "说\"好\"");
  auto no_final_newline = ParseCsv("a,b\n1,2");
  ASSERT_TRUE(no_final_newline);
  EXPECT_EQ(no_final_newline->rows.size(), 1u);
}

TEST(CsvTable, RefusesWhatItCannotReadFaithfully) {
  EXPECT_EQ(ParseCsv("").error().code, "csv_empty");
  EXPECT_EQ(ParseCsv("a,b\n1,\"open\n").error().code, "csv_malformed");
  EXPECT_EQ(ParseCsv("\xD5\xC5\xC8\xFD,b\n").error().code, "csv_not_utf8");  // 张三 in GBK
  EXPECT_EQ(ParseCsv("\xC0\xAF\n").error().code, "csv_not_utf8");           // an overlong '/'
}

TEST(CsvTable, HeadersMapInEnglishOrChineseAndEveryProblemIsNamed) {
  const std::vector<CsvColumn> columns = {{"name", {"name", "姓名"}}, {"id_number", {"id_number", "身份证号"}},
                                          {"groups", {"groups", "重点群体"}, false}};
  auto mapped = MapHeader({" 姓名 ", "ID_Number"}, columns);
  ASSERT_TRUE(mapped);
  EXPECT_EQ(*mapped, (std::vector<std::string>{"name", "id_number"}));
  auto refused = MapHeader({"姓名", "name", "年龄"}, columns);
  ASSERT_FALSE(refused);
  std::vector<std::string> reasons;
  for (const auto& f : refused.error().fields) reasons.push_back(f.reason + ":" + f.column);
  EXPECT_EQ(reasons, (std::vector<std::string>{"duplicate_column:name", "unknown_column:年龄", "missing_column:身份证号"}));
}

}  // namespace sunshine::registry
