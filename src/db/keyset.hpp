#pragma once
// Sorted keyset pagination, bound as parameters of a named query. A list query computes a
// text `sort_key` from `:sort` (each resource names its own sortable columns) and pages on
// (sort_key, id) in either direction; see db/queries/registry/list_trainees.sql for the shape.
// SOCI may not repeat a parameter name in a statement, hence every value bound once per use.
// Below it, the statement shapes every registry store shares: fetch rows into a buffer, a
// sorted list, one row by id within a scope, a count.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "core/page.hpp"
#include "db/database.hpp"
#include "db/query.hpp"

namespace sunshine::db {

class KeysetParams {
 public:
  KeysetParams(const core::Sort& sort, const core::Cursor& after, int limit)
      : sort_(sort.key),
        has_after_(after.id > 0 ? 1 : 0),
        asc_(sort.ascending ? 1 : 0),
        key_(after.key.value_or("")),
        id_(after.id),
        limit_(limit) {
    for (auto& a : ascs_) a = asc_;
    for (auto& k : keys_) k = key_;
    for (auto& i : ids_) i = id_;
  }
  // `:sort`, bound where the query computes sort_key (before the filters).
  void BindSort(soci::details::prepare_temp_type& p) { p, soci::use(sort_); }
  // The keyset condition, the order and the limit, in the order list_trainees.sql uses them.
  void BindPage(soci::details::prepare_temp_type& p) {
    p, soci::use(has_after_), soci::use(ascs_[0]), soci::use(keys_[0]), soci::use(keys_[1]), soci::use(ids_[0]),
        soci::use(ascs_[1]), soci::use(keys_[2]), soci::use(keys_[3]), soci::use(ids_[1]), soci::use(ascs_[2]),
        soci::use(ascs_[3]), soci::use(ascs_[4]), soci::use(ascs_[5]), soci::use(limit_);
  }

 private:
  std::string sort_;
  int has_after_, asc_;
  std::string key_;
  long long id_;
  long long limit_;
  int ascs_[6];
  std::string keys_[4];
  long long ids_[2];
};

}  // namespace sunshine::db

namespace sunshine::db {

// Runs a prepared statement whose columns `buffer` binds and collects buffer.Get() per row.
template <class Buffer>
auto FetchRows(soci::details::prepare_temp_type& prepared, Buffer& buffer) {
  soci::statement statement(prepared);
  statement.execute();
  std::vector<decltype(buffer.Get())> out;
  while (statement.fetch()) out.push_back(buffer.Get());
  return out;
}

// A sorted list query: the buffer's columns, `:sort`, each params object's Bind in order
// (scope, filters), then the keyset condition and limit.
template <class Buffer, class... Params>
auto ListSorted(Connection& connection, const Query& query, Buffer& buffer, KeysetParams& keyset, Params&... params) {
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(query));
  buffer.Bind(prepared);
  keyset.BindSort(prepared);
  (params.Bind(prepared), ...);
  keyset.BindPage(prepared);
  return FetchRows(prepared, buffer);
}

// One row by id within a scope: the buffer's columns, `:id`, then each params object's Bind.
template <class Buffer, class... Params>
auto FindOne(Connection& connection, const Query& query, Buffer& buffer, std::int64_t id, Params&... params) {
  long long key = id;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(query));
  buffer.Bind(prepared);
  prepared, soci::use(key);
  (params.Bind(prepared), ...);
  auto rows = FetchRows(prepared, buffer);
  return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

// SELECT COUNT(*) with each params object's Bind in order.
template <class... Params>
std::int64_t CountRows(Connection& connection, const Query& query, Params&... params) {
  long long count = 0;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(query));
  prepared, soci::into(count);
  (params.Bind(prepared), ...);
  soci::statement statement(prepared);
  statement.execute(true);
  return count;
}

}  // namespace sunshine::db
