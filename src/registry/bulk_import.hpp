#pragma once
// All-or-nothing imports (R-P3), the part every kind shares: validate every row first, name
// each refused cell by file row and column, catch the same record twice in one file and a
// record already registered; only a file without a single error is stored. The file is walked
// in chunks (ImportChunks), so memory holds one chunk and the keys, not the whole file's rows.
#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>
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

// The refusal of a file with errors: nothing was stored. `errors` holds the errors collected
// (the import route shows the first kMaxShownErrors, or all as the CSV report), `counts` the
// errors per column and reason among them; `total_errors` and `total_rows` count every error and
// every refused row of the file, also past the kMaxReportedErrors collected (0: as collected).
inline core::Error ImportRejected(std::vector<core::FieldError> errors, std::int64_t total_errors = 0,
                                  std::int64_t total_rows = 0) {
  std::set<int> rows;
  std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> counts;
  for (const auto& e : errors) {
    rows.insert(e.row);
    ++counts[{e.field.substr(0, e.field.find('[')), e.column, e.reason}];
  }
  const auto total = std::max<std::int64_t>(total_errors, static_cast<std::int64_t>(errors.size()));
  const auto bad_rows = std::max<std::int64_t>(total_rows, static_cast<std::int64_t>(rows.size()));
  const auto listed = static_cast<std::int64_t>(errors.size());
  std::string message = std::to_string(bad_rows) + " 行数据有误（共 " + std::to_string(total) + " 处" +
                        (total > listed ? "，错误报告列出前 " + std::to_string(listed) + " 处" : std::string()) +
                        "），整个文件未导入任何记录；请按错误报告修改后重新导入";
  core::Error error = core::Error::Invalid("import_rejected", std::move(message), std::move(errors));
  error.fields_total = total;
  for (const auto& [key, count] : counts) {
    error.counts.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
  }
  return error;
}

// An import file's rows, walked chunk by chunk from the start each time it is called, so a
// check and a store can each pass over the file while only one chunk of it is held at once.
template <class Input>
using ImportChunks = std::function<void(const std::function<void(const std::vector<ImportRow<Input>>&)>&)>;

// Checks an import one chunk at a time: each row's own errors (`prepare`), the same unique
// key twice anywhere in the file (the keys seen are kept, not the rows), and keys the registry
// holds already (`taken`, once per chunk). Errors keep row order, annotated with the file's
// row and column, and stop being collected at kMaxReportedErrors (the refusal stands).
class ImportChecker {
 public:
  explicit ImportChecker(std::string unique_field) : unique_field_(std::move(unique_field)) {}

  // `prepare(input, record)` returns one row's field errors; `key(record)` its unique value;
  // `taken(keys)` the keys of those that are registered.
  template <class Input, class Record, class Prepare, class Key, class Taken>
  void Check(const std::vector<ImportRow<Input>>& rows, Prepare prepare, Key key, Taken taken) {
    rows_ += static_cast<std::int64_t>(rows.size());
    std::vector<std::vector<core::FieldError>> row_errors(rows.size());
    std::vector<std::string> keys;
    std::vector<std::size_t> keyed_rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      Record record{};
      row_errors[i] = prepare(rows[i].input, record);
      if (!row_errors[i].empty()) continue;
      std::string unique = key(record);
      if (!seen_.insert(unique).second) {
        row_errors[i].push_back({unique_field_, "duplicate_in_file"});
        continue;
      }
      keys.push_back(std::move(unique));
      keyed_rows.push_back(i);
    }
    const std::set<std::string> registered = taken(keys);
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (registered.count(keys[k])) row_errors[keyed_rows[k]].push_back({unique_field_, "taken"});
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (!row_errors[i].empty()) ++bad_rows_;
      for (auto& e : row_errors[i]) Add(std::move(e), rows[i].row, *rows[i].columns);
    }
  }

  // Adds one error of a file row, naming the column as the file did.
  void Add(core::FieldError e, int row, const std::map<std::string, std::string>& columns) {
    e.row = row;
    const std::string base = e.field.substr(0, e.field.find('['));
    const auto column = columns.find(base);
    e.column = column == columns.end() ? base : column->second;
    ++total_errors_;
    if (errors_.size() < kMaxReportedErrors) errors_.push_back(std::move(e));
  }

  std::int64_t rows() const { return rows_; }
  bool ok() const { return errors_.empty(); }
  // The refusal of the file, with every error counted (the first kMaxReportedErrors listed).
  core::Error Rejected() { return ImportRejected(std::move(errors_), total_errors_, bad_rows_); }

 private:
  std::string unique_field_;
  std::unordered_set<std::string> seen_;
  std::vector<core::FieldError> errors_;
  std::int64_t rows_ = 0, bad_rows_ = 0, total_errors_ = 0;
};

// Stores a checked import in the caller's open transaction, row by row in file order, each
// unique key checked again first (someone may have registered it since the check): the rows
// stored, or the refusal naming those taken meanwhile (the caller's transaction then rolls back).
template <class Input, class Record, class Prepare, class Key, class Exists, class Insert>
core::Result<std::int64_t> StoreRechecked(const ImportChunks<Input>& chunks, const std::string& unique_field,
                                          Prepare prepare, Key key, Exists exists, Insert insert) {
  ImportChecker again(unique_field);
  std::int64_t stored = 0;
  chunks([&](const std::vector<ImportRow<Input>>& rows) {
    for (const auto& row : rows) {
      Record record{};
      prepare(row.input, record);
      if (exists(key(record))) {
        again.Add({unique_field, "taken"}, row.row, *row.columns);
        continue;
      }
      insert(record);
      ++stored;
    }
  });
  if (!again.ok()) return again.Rejected();
  return stored;
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

// Counts the imports in progress (each holds its file and a chunk): TryTake() gives a slot
// while fewer than `limit` are taken, Give() returns it.
class ImportSlots {
 public:
  explicit ImportSlots(int limit) : limit_(limit) {}
  bool TryTake() {
    int running = running_.load();
    while (running < limit_) {
      if (running_.compare_exchange_weak(running, running + 1)) return true;
    }
    return false;
  }
  void Give() { running_.fetch_sub(1); }

 private:
  const int limit_;
  std::atomic<int> running_{0};
};

}  // namespace sunshine::registry
