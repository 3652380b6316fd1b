#pragma once
// Exports of lists (registries, classes, terminals, users, the audit trail, exceptions): the
// rows the list's filter selects within the caller's scope, read page by page in the list's
// order and written to one xlsx sheet, sent as a file named after the list and the day.
#include <functional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "http/message.hpp"
#include "reports/xlsx_table.hpp"

namespace sunshine::reports {

// Closes the workbook and answers with it as "<file_stem>-<today in China>.xlsx".
inline core::Result<http::Response> XlsxReply(const core::Clock& clock, XlsxTable& table, const std::string& file_stem) {
  auto bytes = table.Finish();
  if (!bytes) return bytes.error();
  return http::FileReply(std::move(*bytes), XlsxTable::kContentType,
                         file_stem + "-" + clock.Today() + ".xlsx");
}

// `fetch(after, limit)` returns one page of rows; `cursor(row)` the cursor after that row;
// `cells(row)` the row's cells in column order.
template <class Row, class Cursor, class Fetch, class CursorOf, class Cells>
core::Result<http::Response> ExportList(const core::Clock& clock, const std::string& sheet, std::vector<Column> columns,
                                        const std::string& file_stem, Fetch fetch, CursorOf cursor, Cells cells) {
  XlsxTable table(sheet, std::move(columns));
  Cursor after{};
  constexpr int kBatch = 2000;
  for (;;) {
    auto rows = fetch(after, kBatch);
    if (!rows) return rows.error();
    for (const auto& row : *rows) table.AddRow(cells(row));
    if (static_cast<int>(rows->size()) < kBatch) break;
    after = cursor(rows->back());
  }
  return XlsxReply(clock, table, file_stem);
}

}  // namespace sunshine::reports
