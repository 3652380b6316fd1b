#pragma once
// CSV files as officials produce them (Excel "CSV UTF-8", WPS, scripts): UTF-8 with or without
// a byte-order mark, comma separated, quoted fields with doubled quotes, CRLF or LF. Parsed
// with libcsv in strict mode; pure, no I/O.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace sunshine::registry {

struct CsvTable {
  std::vector<std::string> header;
  struct Row {
    int line = 0;  // the file's row: the header is 1
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;  // blank lines skipped
};

// Reads a CSV text a chunk of rows at a time, so an import holds one chunk of cells, not the
// whole file's: the text is checked for UTF-8 once, then fed to libcsv in slices until the
// chunk is full. The same errors as ParseCsv; a malformed row is reported when reached.
class CsvReader {
 public:
  // Errors: csv_not_utf8, csv_empty (no header line).
  static core::Result<CsvReader> Open(std::string_view text);
  CsvReader(CsvReader&&) noexcept;
  CsvReader& operator=(CsvReader&&) noexcept;
  ~CsvReader();

  const std::vector<std::string>& header() const;
  // Replaces `rows` with up to `max_rows` next rows; false when none were left. Error:
  // csv_malformed with the line where parsing stopped.
  core::Result<bool> Next(std::size_t max_rows, std::vector<CsvTable::Row>& rows);

 private:
  struct State;
  explicit CsvReader(std::unique_ptr<State> state);
  core::Status Feed(std::size_t until_rows);
  std::unique_ptr<State> state_;
};

// The whole text at once (small files, tests). Errors: csv_malformed (with the row where
// parsing stopped), csv_empty, csv_not_utf8.
core::Result<CsvTable> ParseCsv(std::string_view text);

// One column of an import: the field name and the headers it is known by (English first).
struct CsvColumn {
  std::string field;
  std::vector<std::string> headers;  // e.g. {"id_number", "身份证号", "公民身份号码"}
  bool required = true;
};

// Which field each header names (trimmed; case-insensitive for ASCII). Unknown, duplicate and
// missing required columns are field errors naming the header (row 1).
core::Result<std::vector<std::string>> MapHeader(const std::vector<std::string>& header,
                                                 const std::vector<CsvColumn>& columns);

}  // namespace sunshine::registry
