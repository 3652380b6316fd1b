#pragma once
// Sorted keyset pagination. A list query names its sort in three places the store fills in
// from constants it declares (never from input): `{sort_key}` the expression returned as the
// row's sort key, `{after}` the keyset condition and `{order}` the ORDER BY list; see
// db/queries/registry/list_trainees.sql. One text per sort and direction, not one text for all
// with the order computed per row: only then can an index give the rows in order, so that a
// page of 50 out of a province reads about 50 rows instead of sorting the whole scope.
// Below it, the statement shapes every registry store shares: fetch rows into a buffer, a
// sorted list, one row by id within a scope, a count.
#include <soci/soci.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/page.hpp"
#include "db/database.hpp"
#include "db/query.hpp"

namespace sunshine::db {

// What a list may be sorted by: the alias of its table ("t" gives t.id, the tie-breaker and
// the order when sorted by "id") and the columns the API accepts (the store's kSortable, the
// same list the routes check `sort` against).
struct SortColumns {
  std::string_view alias;
  std::span<const std::string_view> keys;
};

// Replaces the one `marker` ("{scope}") of a list query with `with`; a query without it, or with
// two, is a programming error (std::logic_error).
void FillMarker(std::string& text, std::string_view marker, std::string_view with);

// An optional condition of a list query, written in its text as `{filter NAME condition}` (a
// filter the caller may leave off: TRUE when off) or `{branch NAME condition}` (one alternative of
// an OR, such as a kind of scope: FALSE when off); `on` keeps the condition, in parentheses. One
// text per combination instead of `(:x = '' OR condition)`: PostgreSQL can then plan a kept
// statement once for all its uses (a generic plan), which it cannot do well for a text whose
// conditions depend on the values (ADR 0005). Only the values of the conditions kept are bound.
// The marker missing, twice or unclosed is a programming error (std::logic_error).
void FillFilter(std::string& text, std::string_view name, bool on);
void FillBranch(std::string& text, std::string_view name, bool on);

// The list query's text for one sort: the markers replaced. A key the list does not declare is
// a programming error (the routes accept only declared keys).
std::string SortedText(std::string_view text, const SortColumns& columns, const core::Sort& sort, bool has_after);

// The parameters of `{after}` (the previous page's last key and id, when there is a cursor)
// and `:limit`, in the order the markers leave them.
class KeysetParams {
 public:
  KeysetParams(const core::Sort& sort, const core::Cursor& after, int limit)
      : sort_(sort), has_after_(after.id > 0), key_(after.key.value_or("")), id_(after.id), limit_(limit) {}
  // The list query's text for this page (SortedText).
  std::string Text(std::string_view query, const SortColumns& columns) const {
    return SortedText(query, columns, sort_, has_after_);
  }
  // As the list's last parameter object (ListSorted).
  void Bind(soci::details::prepare_temp_type& p) {
    if (has_after_ && sort_.key != "id") p, soci::use(key_);
    if (has_after_) p, soci::use(id_);
    p, soci::use(limit_);
  }

 private:
  core::Sort sort_;
  bool has_after_;
  std::string key_;
  long long id_;
  long long limit_;
};

// Lists count at most this many rows and then say "at least": an exact count of a province's
// trainees reads every one of them on every page, for a figure nobody pages through (and the
// dashboards give exact regional totals). At 10,000 the count was still half of a province
// page's cost (docs/performance.md).
constexpr std::int64_t kCountCap = 1'000;

// Runs a prepared statement whose columns `buffer` binds and collects buffer.Get() per row.
template <class Buffer>
auto FetchRows(soci::details::prepare_temp_type& prepared, Buffer& buffer) {
  soci::statement statement(prepared);
  statement.execute();
  std::vector<decltype(buffer.Get())> out;
  while (statement.fetch()) out.push_back(buffer.Get());
  return out;
}

// A statement kept by its connection (Connection::Kept) with what it is bound to: its row buffer
// and copies of the parameter objects, which each use assigns its own values to before running.
template <class Buffer, class... Params>
struct KeptRows final : KeptStatement {
  KeptRows(const Buffer& b, const Params&... p) : buffer(b), params(p...) {}
  Buffer buffer;
  std::tuple<Params...> params;
  std::optional<soci::statement> statement;
};

// The rows of `text` kept on `connection`: the first time prepared with the entry's buffer's
// columns and then each parameter object's Bind in order; each time run with `params` assigned to
// the entry's copies, every row fetched.
template <class Buffer, class... Params>
auto FetchKept(Connection& connection, const std::string& text, const Buffer& buffer, Params&... params) {
  using Entry = KeptRows<Buffer, std::remove_const_t<Params>...>;
  auto& kept = connection.Kept<Entry>(text, [&] {
    auto entry = std::make_unique<Entry>(buffer, params...);
    soci::details::prepare_temp_type prepared = (connection.sql().prepare << text);
    entry->buffer.Bind(prepared);
    std::apply([&](auto&... p) { (p.Bind(prepared), ...); }, entry->params);
    entry->statement.emplace(prepared);
    return entry;
  });
  kept.params = std::tie(params...);
  std::vector<decltype(kept.buffer.Get())> out;
  try {
    kept.statement->execute();
    while (kept.statement->fetch()) out.push_back(kept.buffer.Get());
  } catch (...) {
    connection.Forget(text);
    throw;
  }
  return out;
}

// `text` with the markers its params objects fill: each one with a Fill(std::string&) const
// member fills its own ({scope}, {filter ...}; training/institution_scope.hpp), in order.
template <class... Params>
std::string FilledText(std::string text, const Params&... params) {
  [[maybe_unused]] auto fill = [&text](const auto& p) {
    if constexpr (requires { p.Fill(text); }) p.Fill(text);
  };
  (fill(params), ...);
  return text;
}

// A sorted list query: the buffer's columns, each params object's Bind in order (scope,
// filters), then the keyset condition and limit; the params objects fill their markers first
// (FilledText). Kept by the connection.
template <class Buffer, class... Params>
auto ListSorted(Connection& connection, const Query& query, const SortColumns& columns, Buffer& buffer,
                KeysetParams& keyset, Params&... params) {
  const std::string text = FilledText(keyset.Text(connection.Text(query), columns), params...);
  // The keyset last, as the text names it.
  return FetchKept(connection, text, buffer, params..., keyset);
}

// Text values bound in order after a row's id (FindOne): a reader's reach, for instance. Held by
// value: a kept statement stays bound to its copy (db::FetchKept), which each use assigns anew,
// value by value in place (the same text always binds as many).
struct TextParams {
  std::vector<std::string> values;
  TextParams(std::initializer_list<std::string> v) : values(v) {}
  TextParams(const TextParams&) = default;
  TextParams& operator=(const TextParams& other) {
    if (other.values.size() != values.size()) throw std::logic_error("TextParams: another count of values");
    std::copy(other.values.begin(), other.values.end(), values.begin());
    return *this;
  }
  void Bind(soci::details::prepare_temp_type& p) {
    for (auto& value : values) p, soci::use(value);
  }
};

// `:id` as a parameter object (FindOne).
struct IdParam {
  long long id = 0;
  void Bind(soci::details::prepare_temp_type& p) { p, soci::use(id); }
};

// One row by id within a scope: the buffer's columns, `:id`, then each params object's Bind; the
// params objects fill their markers first (FilledText). Kept by the connection.
template <class Buffer, class... Params>
auto FindOne(Connection& connection, const Query& query, Buffer& buffer, std::int64_t id, Params&... params) {
  IdParam key{id};
  auto rows = FetchKept(connection, FilledText(std::string(connection.Text(query)), params...), buffer, key,
                        params...);
  return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

// The one column of a count (CountCapped's row buffer).
struct CountBuffer {
  long long count = 0;
  void Bind(soci::details::prepare_temp_type& p) { p, soci::into(count); }
  long long Get() const { return count; }
};
// `:cap` as a parameter object (CountCapped binds it last).
struct CapParam {
  long long cap = kCountCap + 1;
  void Bind(soci::details::prepare_temp_type& p) { p, soci::use(cap); }
};

// A count that stops at kCountCap: each params object's Bind in order, then `:cap`, for a query
// shaped `SELECT COUNT(*) FROM (SELECT 1 FROM ... WHERE ... LIMIT :cap) counted`; the params
// objects fill their markers first (FilledText). Kept by the connection.
template <class... Params>
core::Total CountCapped(Connection& connection, const Query& query, Params&... params) {
  CountBuffer buffer;
  CapParam cap;
  const auto rows = FetchKept(connection, FilledText(std::string(connection.Text(query)), params...), buffer,
                              params..., cap);
  const long long count = rows.empty() ? 0 : rows.front();
  return {std::min<std::int64_t>(count, kCountCap), count <= kCountCap};
}

}  // namespace sunshine::db
