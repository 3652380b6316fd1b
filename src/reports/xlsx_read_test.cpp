// Workbooks written by a real writer (libxlsxwriter, in the mode Excel's own files resemble:
// shared strings, styles, dates) are read back as the CSV the importers take.
#include "reports/xlsx_read.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <fstream>
#include <sstream>

#include "reports/xlsx_table.hpp"

namespace sunshine::reports {
namespace {

// Builds a workbook with `fill` and returns its bytes.
template <class Fill>
std::string Workbook(Fill fill) {
  char name[] = "/tmp/sunshine-xlsx-test-XXXXXX";
  const int fd = ::mkstemp(name);
  if (fd >= 0) ::close(fd);
  lxw_workbook* workbook = workbook_new(name);
  fill(workbook);
  workbook_close(workbook);
  std::ifstream in(name, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  ::unlink(name);
  return bytes.str();
}

TEST(XlsxRead, ReadsTheFirstSheetWithSharedStringsNumbersAndDates) {
  const auto bytes = Workbook([](lxw_workbook* wb) {
    lxw_worksheet* sheet = workbook_add_worksheet(wb, "历史");
    workbook_add_worksheet(wb, "说明");  // a second sheet is not read
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    worksheet_write_string(sheet, 0, 0, "身份证号", nullptr);
    worksheet_write_string(sheet, 0, 1, "培训日期", nullptr);
    worksheet_write_string(sheet, 0, 2, "金额", nullptr);
    worksheet_write_string(sheet, 0, 3, "备注", nullptr);
    worksheet_write_string(sheet, 1, 0, "510104199001011230", nullptr);
    lxw_datetime when = {2023, 3, 15, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 1, &when, date);
    worksheet_write_number(sheet, 1, 2, 1200.5, nullptr);
    worksheet_write_string(sheet, 1, 3, "含,逗号和\"引号\"", nullptr);
    // Row 3 left empty; row 4 has only its first cell (trailing cells omitted by Excel).
    worksheet_write_string(sheet, 3, 0, "X", nullptr);
  });
  auto csv = XlsxToCsv(bytes);
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(*csv,
            "身份证号,培训日期,金额,备注\n"
            "510104199001011230,2023-03-15,1200.5,\"含,逗号和\"\"引号\"\"\"\n"
            "\n"
            "X,,,\n");
}

TEST(XlsxRead, ReadsTheInlineStringsOfTheExportWriter) {
  XlsxTable table("学员", {{"姓名"}, {"年龄"}});
  table.AddRow({std::string("张三"), std::int64_t{35}});
  auto bytes = table.Finish();
  ASSERT_TRUE(bytes);
  auto csv = XlsxToCsv(*bytes);
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(*csv, "姓名,年龄\n张三,35\n");
}

TEST(XlsxRead, RefusesWhatIsNotAWorkbook) {
  EXPECT_EQ(XlsxToCsv("name,id\n").error().code, "xlsx_unreadable");
  EXPECT_FALSE(LooksLikeXlsx("name,id\n"));
  const auto empty = Workbook([](lxw_workbook* wb) { workbook_add_worksheet(wb, "空"); });
  EXPECT_TRUE(LooksLikeXlsx(empty));
  EXPECT_EQ(XlsxToCsv(empty).error().code, "xlsx_empty");
  // A truncated archive is refused, not read halfway.
  const auto full = Workbook([](lxw_workbook* wb) {
    worksheet_write_string(workbook_add_worksheet(wb, "a"), 0, 0, "x", nullptr);
  });
  EXPECT_EQ(XlsxToCsv(full.substr(0, full.size() / 2)).error().code, "xlsx_unreadable");
}

TEST(XlsxRead, DatesFollowExcelsCalendar) {
  EXPECT_EQ(ExcelSerialDate(1), "1900-01-01");
  EXPECT_EQ(ExcelSerialDate(59), "1900-02-28");
  EXPECT_EQ(ExcelSerialDate(61), "1900-03-01");  // 60 is Excel's 29 February 1900
  EXPECT_EQ(ExcelSerialDate(45000.75), "2023-03-15");
  EXPECT_EQ(ExcelSerialDate(0, true), "1904-01-01");
  EXPECT_EQ(ExcelSerialDate(43538, true), "2023-03-15");
}

}  // namespace
}  // namespace sunshine::reports
