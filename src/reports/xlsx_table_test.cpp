// The export writer produces a real xlsx: a zip archive with the workbook's parts. The cells
// themselves are read back by the API test of the trainee export (tests/api/trainee_test.cpp).
#include "reports/xlsx_table.hpp"

#include <gtest/gtest.h>

namespace sunshine::reports {

TEST(XlsxTable, WritesAZipWorkbookWithTheRows) {
  XlsxTable table("学员", {{"姓名", 10}, {"年龄", 6}});
  table.AddRow({std::string("张三"), std::int64_t{35}});
  table.AddRow({std::string("李四")});
  EXPECT_EQ(table.rows(), 2);
  auto bytes = table.Finish();
  ASSERT_TRUE(bytes) << bytes.error().message;
  ASSERT_GT(bytes->size(), 1000u);
  EXPECT_EQ(bytes->substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_NE(bytes->find("xl/worksheets/sheet1.xml"), std::string::npos);
}

}  // namespace sunshine::reports
