#pragma once
// Exports of registry lists (R-C3, R-P2, R-C4 item 8 of the registries issue): the rows the
// list's filter selects within the caller's scope, read page by page in the list's order and
// written to one xlsx sheet.
#include <functional>
#include <string>
#include <vector>

#include "core/time.hpp"
#include "http/message.hpp"
#include "reports/xlsx_table.hpp"

namespace sunshine::registry {

// `fetch(after, limit)` returns one page of rows; `cursor(row)` the cursor after that row;
// `cells(row)` the row's cells in column order.
template <class Row, class Fetch, class CursorOf, class Cells>
core::Result<http::Response> ExportList(const std::string& sheet, std::vector<reports::Column> columns,
                                        const std::string& file_stem, Fetch fetch, CursorOf cursor, Cells cells) {
  reports::XlsxTable table(sheet, std::move(columns));
  core::Cursor after;
  constexpr int kBatch = 2000;
  for (;;) {
    core::Result<std::vector<Row>> rows = fetch(after, kBatch);
    if (!rows) return rows.error();
    for (const auto& row : *rows) table.AddRow(cells(row));
    if (static_cast<int>(rows->size()) < kBatch) break;
    after = cursor(rows->back());
  }
  auto bytes = table.Finish();
  if (!bytes) return bytes.error();
  return http::FileReply(std::move(*bytes), reports::XlsxTable::kContentType,
                         file_stem + "-" + core::DateInShanghai(core::NowMillis()) + ".xlsx");
}

}  // namespace sunshine::registry
