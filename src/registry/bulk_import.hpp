#pragma once
// All-or-nothing imports (R-P3), the part every kind shares: validate every row first, name
// each refused cell by file row and column, catch the same record twice in one file and a
// record already registered; only a file without a single error is stored (by the caller, in
// one transaction).
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/error.hpp"

namespace sunshine::registry {

// field -> column as the file named it; one map shared by every row of a file.
using ImportColumnNames = std::shared_ptr<const std::map<std::string, std::string>>;

template <class Input>
struct ImportRow {
  int row = 0;  // the file's row (the header is row 1)
  ImportColumnNames columns;
  Input input;
};

// At most this many cell errors are collected (for the downloadable report); a refusal shows
// the first kMaxShownErrors with counts per column and reason, so a 20 MB file of bad rows
// is answered in a few kilobytes.
inline constexpr std::size_t kMaxReportedErrors = 100000;
inline constexpr std::size_t kMaxShownErrors = 100;

// Validates all rows into `records` (same order). `prepare(input, record)` returns the field
// errors of one row; `key(record)` is the value that must be unique (field `unique_field`);
// `taken(keys)` returns which of the valid rows' keys the registry holds already (one call,
// so a store can answer in a few statements). Returns every error, annotated, in row order.
template <class Input, class Record, class Prepare, class Key, class Taken>
std::vector<core::FieldError> ValidateRows(const std::vector<ImportRow<Input>>& rows, std::vector<Record>& records,
                                           const std::string& unique_field, Prepare prepare, Key key, Taken taken) {
  records.assign(rows.size(), Record{});
  std::vector<std::vector<core::FieldError>> row_errors(rows.size());
  std::set<std::string> seen;
  std::vector<std::string> keys;
  std::vector<std::size_t> keyed_rows;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    row_errors[i] = prepare(rows[i].input, records[i]);
    if (!row_errors[i].empty()) continue;
    std::string unique = key(records[i]);
    if (!seen.insert(unique).second) {
      row_errors[i].push_back({unique_field, "duplicate_in_file"});
      continue;
    }
    keys.push_back(std::move(unique));
    keyed_rows.push_back(i);
  }
  const std::set<std::string> registered = taken(keys);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (registered.count(keys[k])) row_errors[keyed_rows[k]].push_back({unique_field, "taken"});
  }
  std::vector<core::FieldError> errors;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (auto& e : row_errors[i]) {
      e.row = rows[i].row;
      const std::string base = e.field.substr(0, e.field.find('['));
      const auto& names = *rows[i].columns;
      auto column = names.find(base);
      e.column = column == names.end() ? base : column->second;
      if (errors.size() < kMaxReportedErrors) errors.push_back(std::move(e));
    }
  }
  return errors;
}

// For stores that check one key at a time (small imports): `exists(key)` for each.
template <class Exists>
auto OneByOne(Exists exists) {
  return [exists](const std::vector<std::string>& keys) {
    std::set<std::string> taken;
    for (const auto& k : keys) {
      if (exists(k)) taken.insert(k);
    }
    return taken;
  };
}

// The refusal of a file with errors: nothing was stored. `fields` holds every error collected
// (the import route shows the first kMaxShownErrors, or all as the CSV report), `counts` the
// errors per column and reason.
inline core::Error ImportRejected(std::vector<core::FieldError> errors) {
  std::set<int> rows;
  std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> counts;
  for (const auto& e : errors) {
    rows.insert(e.row);
    ++counts[{e.field.substr(0, e.field.find('[')), e.column, e.reason}];
  }
  const auto total = static_cast<std::int64_t>(errors.size());
  core::Error error = core::Error::Invalid(
      "import_rejected",
      std::to_string(rows.size()) + " 行数据有误（共 " + std::to_string(total) +
          " 处），整个文件未导入任何记录；请按错误报告修改后重新导入",
      std::move(errors));
  error.fields_total = total;
  for (const auto& [key, count] : counts) {
    error.counts.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
  }
  return error;
}

}  // namespace sunshine::registry
