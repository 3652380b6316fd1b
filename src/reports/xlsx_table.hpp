#pragma once
// One-sheet xlsx exports (libxlsxwriter): a bold frozen header row and then data rows, written
// in constant-memory mode so a 100,000-row export stays small in memory. libxlsxwriter 1.1.4
// writes to a file only, so the workbook goes through a private temporary file.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/result.hpp"

namespace sunshine::reports {

struct Column {
  std::string header;  // zh-CN
  double width = 16;   // in characters
};
using Cell = std::variant<std::string, std::int64_t>;

class XlsxTable {
 public:
  XlsxTable(std::string sheet_name, std::vector<Column> columns);
  ~XlsxTable();
  XlsxTable(const XlsxTable&) = delete;
  XlsxTable& operator=(const XlsxTable&) = delete;

  // Cells beyond the columns are ignored; missing cells stay empty.
  void AddRow(const std::vector<Cell>& cells);
  std::int64_t rows() const { return rows_; }
  // Closes the workbook and returns the file's bytes.
  core::Result<std::string> Finish();

  static constexpr const char* kContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

 private:
  struct State;
  State* state_;
  std::int64_t rows_ = 0;
};

}  // namespace sunshine::reports
