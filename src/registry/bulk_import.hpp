#pragma once
// All-or-nothing imports (R-P3), the part every kind shares: validate every row first, name
// each refused cell by file row and column, catch the same record twice in one file and a
// record already registered; only a file without a single error is stored (by the caller, in
// one transaction).
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace sunshine::registry {

template <class Input>
struct ImportRow {
  int row = 0;                                 // the file's row (the header is row 1)
  std::map<std::string, std::string> columns;  // field -> column as the file named it
  Input input;
};

// At most this many cell errors are reported; the message still counts every bad row.
inline constexpr std::size_t kMaxReportedErrors = 5000;

// Validates all rows into `records` (same order). `prepare(input, record)` returns the field
// errors of one row; `key(record)` is the value that must be unique (field `unique_field`);
// `exists(key)` says whether the registry already holds it. Returns every error, annotated.
template <class Input, class Record, class Prepare, class Key, class Exists>
std::vector<core::FieldError> ValidateRows(const std::vector<ImportRow<Input>>& rows, std::vector<Record>& records,
                                           const std::string& unique_field, Prepare prepare, Key key, Exists exists) {
  records.assign(rows.size(), Record{});
  std::vector<core::FieldError> errors;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    auto row_errors = prepare(row.input, records[i]);
    if (row_errors.empty()) {
      const std::string unique = key(records[i]);
      if (!seen.insert(unique).second)
        row_errors.push_back({unique_field, "duplicate_in_file"});
      else if (exists(unique))
        row_errors.push_back({unique_field, "taken"});
    }
    for (auto& e : row_errors) {
      e.row = row.row;
      const std::string base = e.field.substr(0, e.field.find('['));
      auto column = row.columns.find(base);
      e.column = column == row.columns.end() ? base : column->second;
      if (errors.size() < kMaxReportedErrors) errors.push_back(std::move(e));
    }
  }
  return errors;
}

// The refusal of a file with errors: nothing was stored.
inline core::Error ImportRejected(std::vector<core::FieldError> errors) {
  std::set<int> rows;
  for (const auto& e : errors) rows.insert(e.row);
  return core::Error::Invalid("import_rejected",
                              std::to_string(rows.size()) +
                                  " 行数据有误，整个文件未导入任何记录；请按错误报告修改后重新导入",
                              std::move(errors));
}

}  // namespace sunshine::registry
