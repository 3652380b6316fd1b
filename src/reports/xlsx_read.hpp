#pragma once
// Imports from Excel (R-P3): the first worksheet of an xlsx workbook as the CSV text the
// importers already read, so an xlsx file meets exactly the checks a CSV file does. Read with
// libzip (the archive, from memory) and expat (its XML parts); pure, no file I/O.
//
// Cells come out as Excel shows their values: shared and inline strings as typed, numbers as
// stored, booleans as TRUE/FALSE, and numbers whose style is a date format as YYYY-MM-DD (the
// 1900 date system; the 1904 system of old Mac workbooks is honoured). Rows keep their sheet
// numbers (a missing row is a blank line), so an error's row is the row Excel shows.
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace sunshine::reports {

// Errors: xlsx_unreadable (not a zip workbook, or a part missing or malformed), xlsx_empty.
core::Result<std::string> XlsxToCsv(std::string_view bytes);

// True when the bytes start like a zip archive (every xlsx does).
bool LooksLikeXlsx(std::string_view bytes);

// The YYYY-MM-DD of an Excel date serial (1900 system unless `date1904`).
std::string ExcelSerialDate(double serial, bool date1904 = false);

}  // namespace sunshine::reports
