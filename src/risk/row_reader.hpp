#pragma once
// Reading rows of a query whose columns the engines type differently (internal to src/risk).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"
#include "db/database.hpp"
#include "risk/rules.hpp"

namespace sunshine::risk::rows {

// A column of a dynamically read row as a whole number, whatever integer or real type the engine
// reports for it (PostgreSQL's INTEGER and BIGINT differ; SQLite's expressions have none).
inline std::int64_t Int(const soci::row& row, std::size_t i) {
  switch (row.get_properties(i).get_data_type()) {
    case soci::dt_integer: return row.get<int>(i);
    case soci::dt_long_long: return row.get<long long>(i);
    case soci::dt_unsigned_long_long: return static_cast<std::int64_t>(row.get<unsigned long long>(i));
    case soci::dt_double: return static_cast<std::int64_t>(row.get<double>(i));
    default: return std::stoll(row.get<std::string>(i));
  }
}
inline std::optional<std::int64_t> MaybeInt(const soci::row& row, std::size_t i) {
  if (row.get_indicator(i) == soci::i_null) return std::nullopt;
  return Int(row, i);
}
inline std::string Text(const soci::row& row, std::size_t i) { return row.get<std::string>(i); }
// Columns i, i+1, i+2: class, institution, county.
inline Place PlaceAt(const soci::row& row, std::size_t i) {
  return {Int(row, i), MaybeInt(row, i + 1).value_or(0), Text(row, i + 2)};
}
// A day's clock time as an instant in China (the session's bounds).
inline std::int64_t At(const std::string& date, const std::string& clock) { return core::AtShanghai(date, clock).value_or(0); }

// Every row of `query` with `params` bound in order, each made a Row by `make`.
template <typename Row, typename Make, typename... Params>
std::vector<Row> Read(db::Connection& connection, const db::Query& query, Make make, Params&... params) {
  soci::rowset<soci::row> rows = ((connection.sql().prepare << connection.Text(query)), ..., soci::use(params));
  std::vector<Row> out;
  for (const auto& row : rows) out.push_back(make(row));
  return out;
}

// Column i as text, none when null.
inline std::optional<std::string> MaybeText(const soci::row& row, std::size_t i) {
  return row.get_indicator(i) == soci::i_null ? std::nullopt : std::optional<std::string>(row.get<std::string>(i));
}
// Column i as text, empty when null.
inline std::string TextOrEmpty(const soci::row& row, std::size_t i) {
  return row.get_indicator(i) == soci::i_null ? std::string() : row.get<std::string>(i);
}

}  // namespace sunshine::risk::rows
