#pragma once
// PostgreSQL array literals ('{1,NULL,3}', '{"a","b \"c\""}') bound as one text parameter and
// cast in the query (CAST(:ids AS BIGINT[])), so that many rows go in one statement and one
// round trip. Per-row statements cost a round trip each on PostgreSQL, which made a batch of
// check-ins a hundred waits on the socket (docs/performance.md); SQLite, in process, keeps its
// per-row statements.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sunshine::db {

class PgArray {
 public:
  void Add(std::int64_t value);
  void Add(int value) { Add(static_cast<std::int64_t>(value)); }
  // The shortest text that reads back as the same double, so a value stored through an array
  // equals the one a per-row statement stores. Throws std::invalid_argument for NaN or infinity.
  void Add(double value);
  // Any text, quoted and escaped (every element is quoted: NULL, spaces and braces stay text).
  void Add(std::string_view value);
  void Add(const char* value) { Add(std::string_view(value)); }
  template <class T>
  void Add(const std::optional<T>& value) {
    if (value) {
      Add(*value);
    } else {
      AddNull();
    }
  }
  void AddNull();

  // The literal, '{}' when nothing was added. The reference stays valid while the array lives
  // and nothing is added, so it can be bound to a statement executed later (soci::use).
  const std::string& Text() {
    closed_ = text_ + "}";
    return closed_;
  }

 private:
  void Separate();
  std::string text_ = "{";
  std::string closed_;
};

}  // namespace sunshine::db
