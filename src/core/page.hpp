#pragma once
// Sorted keyset pagination as the API speaks it: `sort=name` / `sort=-name` and an opaque
// `after` cursor "<id>" or "<id>.<hex of the sort key>" taken from the previous page.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sunshine::core {

struct Sort {
  std::string key = "id";  // "id" or a column the list names as sortable
  bool ascending = true;
};

struct Cursor {
  std::int64_t id = 0;              // 0: from the start
  std::optional<std::string> key;   // the last row's sort key when sorted by a column
};

// How many rows a list holds: exact, or (counting stopped at a cap) at least `count`.
struct Total {
  std::int64_t count = 0;
  bool exact = true;
};

std::string EncodeCursor(const Cursor& cursor);
std::optional<Cursor> DecodeCursor(std::string_view text);

}  // namespace sunshine::core
