#include "registry/occupation_store.hpp"
#include "db/like.hpp"

#include "db/queries/registry.hpp"

namespace sunshine::registry::occupation_store {
namespace q = db::queries::registry;
namespace {

// Typed buffers for the occupation columns, in the order every occupation query selects them.
struct Buffer {
  long long id = 0, created_at = 0, updated_at = 0;
  std::string code, name, category, kind;
  int highest = 0, lowest = 0, urgent = 0, rank = 0, is_new = 0;
  soci::indicator code_ind = soci::i_null, highest_ind = soci::i_null, lowest_ind = soci::i_null,
                  rank_ind = soci::i_null;

  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(code, code_ind), soci::into(name), soci::into(category), soci::into(kind),
        soci::into(highest, highest_ind), soci::into(lowest, lowest_ind), soci::into(urgent),
        soci::into(rank, rank_ind), soci::into(is_new), soci::into(created_at), soci::into(updated_at);
  }
  Occupation Get() const {
    Occupation o;
    o.id = id;
    if (code_ind == soci::i_ok) o.code = code;
    o.name = name;
    o.category = category;
    o.kind = kind;
    if (highest_ind == soci::i_ok) o.highest_level = highest;
    if (lowest_ind == soci::i_ok) o.lowest_level = lowest;
    o.urgent = urgent != 0;
    if (rank_ind == soci::i_ok) o.shortage_rank = rank;
    o.is_new = is_new != 0;
    o.created_at = created_at;
    o.updated_at = updated_at;
    return o;
  }
};

// Bound copies of a filter: SOCI keeps references to these until the statement runs.
struct FilterParams {
  explicit FilterParams(const Filter& f)
      : q(f.q),
        like(db::ContainsPattern(f.q)),
        like_code(like),
        category(f.category),
        category_value(f.category),
        kind(f.kind),
        kind_value(f.kind),
        urgent_only(f.urgent_only ? 1 : 0) {}
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::use(q), soci::use(like), soci::use(like_code), soci::use(category), soci::use(category_value),
        soci::use(kind), soci::use(kind_value), soci::use(urgent_only);
  }
  std::string q, like, like_code, category, category_value, kind, kind_value;
  int urgent_only;
};

// Nullable parameters for insert and update, in the column order of those queries.
struct WriteParams {
  explicit WriteParams(const Occupation& o)
      : code(o.code.value_or("")),
        highest(o.highest_level.value_or(0)),
        lowest(o.lowest_level.value_or(0)),
        rank(o.shortage_rank.value_or(0)),
        urgent(o.urgent),
        is_new(o.is_new),
        code_ind(o.code ? soci::i_ok : soci::i_null),
        highest_ind(o.highest_level ? soci::i_ok : soci::i_null),
        lowest_ind(o.lowest_level ? soci::i_ok : soci::i_null),
        rank_ind(o.shortage_rank ? soci::i_ok : soci::i_null) {}
  std::string code;
  int highest, lowest, rank, urgent, is_new;
  soci::indicator code_ind, highest_ind, lowest_ind, rank_ind;
};
}  // namespace

std::vector<Occupation> List(db::Connection& connection, const Filter& filter, std::int64_t after, int limit) {
  Buffer buffer;
  FilterParams params(filter);
  long long after_id = after, max_rows = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListOccupations));
  buffer.Bind(prepared);
  params.Bind(prepared);
  prepared, soci::use(after_id), soci::use(max_rows);
  soci::statement statement(prepared);
  statement.execute();
  std::vector<Occupation> out;
  while (statement.fetch()) out.push_back(buffer.Get());
  return out;
}

std::int64_t Count(db::Connection& connection, const Filter& filter) {
  FilterParams params(filter);
  long long count = 0;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kCountOccupations));
  prepared, soci::into(count);
  params.Bind(prepared);
  soci::statement statement(prepared);
  statement.execute(true);
  return count;
}

std::optional<Occupation> Find(db::Connection& connection, std::int64_t id) {
  Buffer buffer;
  long long key = id;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kFindOccupation));
  buffer.Bind(prepared);
  prepared, soci::use(key);
  soci::statement statement(prepared);
  if (!statement.execute(true)) return std::nullopt;
  return buffer.Get();
}

std::optional<std::int64_t> FindConflict(db::Connection& connection, const Occupation& o) {
  long long id = o.id, found = 0;
  std::string code = o.code.value_or(""), name = o.name, kind = o.kind;
  soci::indicator code_ind = o.code ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kFindOccupationConflict), soci::use(id), soci::use(code, code_ind),
      soci::use(name), soci::use(kind), soci::into(found);
  if (!connection.sql().got_data()) return std::nullopt;
  return found;
}

std::int64_t Insert(db::Connection& connection, const Occupation& o) {
  WriteParams w(o);
  long long id = 0, created = o.created_at, updated = o.updated_at;
  connection.sql() << connection.Text(q::kInsertOccupation), soci::use(w.code, w.code_ind), soci::use(o.name),
      soci::use(o.category), soci::use(o.kind), soci::use(w.highest, w.highest_ind), soci::use(w.lowest, w.lowest_ind),
      soci::use(w.urgent), soci::use(w.rank, w.rank_ind), soci::use(w.is_new), soci::use(created), soci::use(updated),
      soci::into(id);
  return id;
}

void Update(db::Connection& connection, const Occupation& o) {
  WriteParams w(o);
  long long id = o.id, updated = o.updated_at;
  connection.sql() << connection.Text(q::kUpdateOccupation), soci::use(w.code, w.code_ind), soci::use(o.name),
      soci::use(o.category), soci::use(w.highest, w.highest_ind), soci::use(w.lowest, w.lowest_ind),
      soci::use(w.urgent), soci::use(w.rank, w.rank_ind), soci::use(w.is_new), soci::use(updated), soci::use(id);
}

void InsertChange(db::Connection& connection, std::int64_t occupation_id, const Change& c) {
  long long id = occupation_id, at = c.changed_at;
  std::string before = c.before.value_or(""), after = c.after.value_or("");
  soci::indicator before_ind = c.before ? soci::i_ok : soci::i_null, after_ind = c.after ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertOccupationChange), soci::use(id), soci::use(at),
      soci::use(c.changed_by), soci::use(c.request_id), soci::use(c.field), soci::use(before, before_ind),
      soci::use(after, after_ind);
}

std::vector<Change> ListChanges(db::Connection& connection, std::int64_t occupation_id) {
  Change buffer;
  long long id = 0, at = 0, key = occupation_id;
  std::string before, after;
  soci::indicator before_ind = soci::i_null, after_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListOccupationChanges), soci::into(id), soci::into(at),
       soci::into(buffer.changed_by), soci::into(buffer.request_id), soci::into(buffer.field),
       soci::into(before, before_ind), soci::into(after, after_ind), soci::use(key));
  statement.execute();
  std::vector<Change> out;
  while (statement.fetch()) {
    Change c = buffer;
    c.id = id;
    c.changed_at = at;
    if (before_ind == soci::i_ok) c.before = before;
    if (after_ind == soci::i_ok) c.after = after;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace sunshine::registry::occupation_store
