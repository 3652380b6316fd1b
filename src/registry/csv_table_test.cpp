#include "registry/csv_table.hpp"

#include "registry/bulk_import.hpp"

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

// The reader hands out a chunk at a time, with the line numbers Excel shows, across the slices
// libcsv is fed (a quoted cell with line breaks straddles a 64 KB boundary here).
TEST(CsvReaderTest, ReadsChunksWithTheFileLineNumbers) {
  std::string text = "\xEF\xBB\xBFname,note\r\n";
  const std::string filler(1000, 'x');
  for (int i = 0; i < 200; ++i) {
    text += "p" + std::to_string(i) + ",";
    text += i == 64 ? "\"two\r\nlines " + filler + "\"" : filler;
    text += "\r\n";
  }
  auto reader = CsvReader::Open(text);
  ASSERT_TRUE(reader) << reader.error().message;
  EXPECT_EQ(reader->header(), (std::vector<std::string>{"name", "note"}));
  std::vector<CsvTable::Row> rows;
  std::vector<int> sizes, lines;
  for (;;) {
    auto more = reader->Next(70, rows);
    ASSERT_TRUE(more);
    if (!*more) break;
    sizes.push_back(static_cast<int>(rows.size()));
    for (const auto& r : rows) lines.push_back(r.line);
  }
  EXPECT_EQ(sizes, (std::vector<int>{70, 70, 60}));
  ASSERT_EQ(lines.size(), 200u);
  EXPECT_EQ(lines[0], 2);
  EXPECT_EQ(lines[64], 66);
  EXPECT_EQ(lines[65], 68) << "the quoted line break counts as a line";
  EXPECT_EQ(lines[199], 202);
}

TEST(CsvReaderTest, AMalformedRowIsReportedWhenReached) {
  std::string text = "a,b\n";
  for (int i = 0; i < 30000; ++i) text += "1,2\n";  // 120 KB: more than one slice
  text += "3,\"open\n";
  auto reader = CsvReader::Open(text);
  ASSERT_TRUE(reader);
  std::vector<CsvTable::Row> rows;
  auto first = reader->Next(100, rows);
  ASSERT_TRUE(first);
  EXPECT_TRUE(*first);
  core::Result<bool> more = true;
  while (more && *more) more = reader->Next(1000, rows);
  ASSERT_FALSE(more);
  EXPECT_EQ(more.error().code, "csv_malformed");
  EXPECT_EQ(CsvReader::Open("").error().code, "csv_empty");
}

TEST(ImportSlotsTest, AtMostTheLimitAtOnce) {
  ImportSlots slots(2);
  EXPECT_TRUE(slots.TryTake());
  EXPECT_TRUE(slots.TryTake());
  EXPECT_FALSE(slots.TryTake()) << "a third import waits for a slot";
  slots.Give();
  EXPECT_TRUE(slots.TryTake());
}

// A refusal counts every error of the file, also those past the ones it lists.
TEST(ImportRejectedTest, CountsEveryErrorBeyondTheListed) {
  std::vector<core::FieldError> listed = {{"id_number", "check_digit", 2, "身份证号"},
                                          {"groups", "unknown", 2, "重点群体"},
                                          {"id_number", "check_digit", 3, "身份证号"}};
  const auto error = ImportRejected(listed, 250000, 120000);
  EXPECT_EQ(error.fields.size(), 3u);
  EXPECT_EQ(error.fields_total, 250000);
  EXPECT_NE(error.message.find("120000 行"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("共 250000 处，错误报告列出前 3 处"), std::string::npos) << error.message;
  const auto small = ImportRejected(listed);
  EXPECT_EQ(small.fields_total, 3);
  EXPECT_NE(small.message.find("2 行数据有误（共 3 处）"), std::string::npos) << small.message;
}

}  // namespace sunshine::registry
