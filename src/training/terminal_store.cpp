#include "training/terminal_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/training.hpp"
#include "training/institution_scope.hpp"

namespace sunshine::training::terminal_store {
namespace q = db::queries::training;
namespace {

struct Buffer {
  long long id = 0, institution_id = 0, created_at = 0, revoked_at = 0;
  std::string institution_name, key_id, kind, name, public_key, status, created_by, revoked_by, revoked_reason;
  soci::indicator at_ind = soci::i_null, by_ind = soci::i_null, reason_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(institution_id), soci::into(institution_name), soci::into(key_id), soci::into(kind), soci::into(name),
        soci::into(public_key), soci::into(status), soci::into(created_at), soci::into(created_by),
        soci::into(revoked_at, at_ind), soci::into(revoked_by, by_ind), soci::into(revoked_reason, reason_ind);
  }
  TerminalRecord Get() const {
    TerminalRecord t{id, institution_id, institution_name, key_id, kind, name, public_key, status, created_at, created_by};
    if (at_ind == soci::i_ok) t.revoked_at = revoked_at;
    if (by_ind == soci::i_ok) t.revoked_by = revoked_by;
    if (reason_ind == soci::i_ok) t.revoked_reason = revoked_reason;
    return t;
  }
};


void LoadVenues(db::Connection& connection, TerminalRecord& terminal) {
  long long key = terminal.id, id = 0;
  std::string name;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListTerminalVenues), soci::into(id),
                               soci::into(name), soci::use(key));
  statement.execute();
  while (statement.fetch()) terminal.venues.emplace_back(id, name);
}
}  // namespace

std::optional<TerminalRecord> Find(db::Connection& connection, const core::Scope& scope, std::int64_t id) {
  Buffer buffer;
  InstitutionScopeParams params(scope);
  auto found = db::FindOne(connection, q::kFindTerminalInScope, buffer, id, params);
  if (found) LoadVenues(connection, *found);
  return found;
}

std::vector<TerminalRecord> List(db::Connection& connection, const core::Scope& scope, std::int64_t after, int limit) {
  Buffer buffer;
  InstitutionScopeParams params(scope);
  long long after_flag = after, after_id = after, rows = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListTerminals));
  buffer.Bind(prepared);
  params.Bind(prepared);
  prepared, soci::use(after_flag), soci::use(after_id), soci::use(rows);
  auto out = db::FetchRows(prepared, buffer);
  for (auto& t : out) LoadVenues(connection, t);
  return out;
}

bool PublicKeyTaken(db::Connection& connection, const std::string& public_key) {
  long long id = 0;
  connection.sql() << connection.Text(q::kFindTerminalByPublicKey), soci::use(public_key), soci::into(id);
  return connection.sql().got_data();
}

std::int64_t Insert(db::Connection& connection, const TerminalRecord& t) {
  long long id = 0, institution = t.institution_id, created = t.created_at;
  connection.sql() << connection.Text(q::kInsertTerminal), soci::use(institution), soci::use(t.key_id), soci::use(t.kind),
      soci::use(t.name), soci::use(t.public_key), soci::use(created), soci::use(t.created_by), soci::into(id);
  return id;
}

void AddVenue(db::Connection& connection, std::int64_t terminal_id, std::int64_t venue_id) {
  long long terminal = terminal_id, venue = venue_id;
  connection.sql() << connection.Text(q::kInsertTerminalVenue), soci::use(terminal), soci::use(venue);
}

bool Revoke(db::Connection& connection, std::int64_t id, std::int64_t at, const std::string& by,
            const std::string& reason) {
  long long key = id, when = at;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kRevokeTerminal), soci::use(when),
                               soci::use(by), soci::use(reason), soci::use(key));
  statement.execute(true);
  return statement.get_affected_rows() > 0;
}

}  // namespace sunshine::training::terminal_store
