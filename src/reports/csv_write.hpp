#pragma once
// CSV files for people to open in Excel or load into a bank's or treasury's system: UTF-8 with
// a byte-order mark (so Excel reads the Chinese), CRLF line ends, RFC 4180 quoting. A text cell
// that Excel would take for a formula (=, +, -, @) is prefixed with an apostrophe, so a name
// typed by anyone can never run in the reader's spreadsheet.
#include <string>
#include <string_view>
#include <vector>

#include "reports/xlsx_table.hpp"

namespace sunshine::reports {

// One cell, quoted when it holds a comma, quote or line end.
std::string CsvCell(std::string_view text);

class CsvTable {
 public:
  explicit CsvTable(const std::vector<Column>& columns);
  void AddRow(const std::vector<Cell>& cells);
  const std::string& text() const { return text_; }

  static constexpr const char* kContentType = "text/csv; charset=utf-8";

 private:
  std::size_t width_;
  std::string text_;
};

}  // namespace sunshine::reports
