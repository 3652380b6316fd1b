#include "auth/store.hpp"

#include "db/keyset.hpp"
#include "db/queries/auth.hpp"

namespace sunshine::auth::store {
namespace q = db::queries::auth;
namespace {

// Typed buffers for the user columns every user query selects, in this order:
// id, username, display_name, password_hash, role, scope_kind, scope_code, failed_attempts,
// locked_until, created_at.
struct UserBuffer {
  long long id = 0, locked_until = 0, created_at = 0;
  int failed_attempts = 0;
  std::string username, display_name, password_hash, role, scope_kind, scope_code;
  soci::indicator scope_indicator = soci::i_null;

  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(username), soci::into(display_name), soci::into(password_hash), soci::into(role),
        soci::into(scope_kind), soci::into(scope_code, scope_indicator), soci::into(failed_attempts),
        soci::into(locked_until), soci::into(created_at);
  }
  User Get() const {
    User u;
    u.id = id;
    u.username = username;
    u.display_name = display_name;
    u.password_hash = password_hash;
    u.role = role;
    u.scope.kind = core::Scope::ParseKind(scope_kind).value_or(core::ScopeKind::kNone);
    u.scope.code = scope_indicator == soci::i_ok ? scope_code : "";
    u.failed_attempts = failed_attempts;
    u.locked_until = locked_until;
    u.created_at = created_at;
    return u;
  }
};

// A session joined to its user (find_session_by_token_hash.sql).
struct SessionBuffer {
  long long id = 0, created = 0, last_seen = 0, expires = 0, revoked_at = 0;
  soci::indicator revoked_indicator = soci::i_null;
  UserBuffer user;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(created), soci::into(last_seen), soci::into(expires),
        soci::into(revoked_at, revoked_indicator);
    user.Bind(p);
  }
  SessionRecord Get() const {
    SessionRecord session;
    session.id = id;
    session.created_at = created;
    session.last_seen_at = last_seen;
    session.expires_at = expires;
    session.revoked = revoked_indicator == soci::i_ok;
    session.user = user.Get();
    return session;
  }
};

template <class Key>
std::optional<User> FindUserBy(db::Connection& connection, const db::Query& query, Key key) {
  UserBuffer buffer;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(query));
  buffer.Bind(prepared);
  prepared, soci::use(key);
  soci::statement statement(prepared);
  if (!statement.execute(true)) return std::nullopt;
  return buffer.Get();
}
}  // namespace

std::optional<User> FindUserByUsername(db::Connection& connection, const std::string& username) {
  return FindUserBy(connection, q::kFindUserByUsername, username);
}

std::optional<User> FindUserById(db::Connection& connection, std::int64_t id) {
  return FindUserBy(connection, q::kFindUserById, static_cast<long long>(id));
}

std::int64_t InsertUser(db::Connection& connection, const User& user) {
  long long id = 0, now = user.created_at;
  std::string kind = core::Scope::KindName(user.scope.kind);
  std::string code = user.scope.code;
  soci::indicator code_indicator = code.empty() ? soci::i_null : soci::i_ok;
  connection.sql() << connection.Text(q::kInsertUser), soci::use(user.username), soci::use(user.display_name),
      soci::use(user.password_hash), soci::use(user.role), soci::use(kind), soci::use(code, code_indicator),
      soci::use(now), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

std::vector<User> ListUsers(db::Connection& connection, std::int64_t after, int limit) {
  UserBuffer buffer;
  long long after_id = after, max_rows = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListUsers));
  buffer.Bind(prepared);
  prepared, soci::use(after_id), soci::use(max_rows);
  soci::statement statement(prepared);
  statement.execute();
  std::vector<User> users;
  while (statement.fetch()) users.push_back(buffer.Get());
  return users;
}

void SetLockout(db::Connection& connection, std::int64_t user_id, int failed_attempts, core::EpochMillis locked_until) {
  long long id = user_id, until = locked_until, now = connection.database().clock().Now();
  connection.sql() << connection.Text(q::kSetLockout), soci::use(failed_attempts), soci::use(until), soci::use(now),
      soci::use(id);
}

std::int64_t InsertSession(db::Connection& connection, const std::string& token_hash, std::int64_t user_id,
                           core::EpochMillis now, core::EpochMillis expires_at, const std::string& client_ip,
                           const std::string& user_agent) {
  long long id = 0, user = user_id, created = now, expires = expires_at;
  connection.sql() << connection.Text(q::kInsertSession), soci::use(token_hash), soci::use(user), soci::use(created),
      soci::use(created), soci::use(expires), soci::use(client_ip), soci::use(user_agent), soci::into(id);
  return id;
}

// Kept by the connection (db::FetchKept): every request of a signed-in user runs it, and
// PostgreSQL had parsed and planned it anew each time (0.2 ms of planning for 0.05 of running).
std::optional<SessionRecord> FindSessionByTokenHash(db::Connection& connection, const std::string& token_hash) {
  SessionBuffer buffer;
  db::TextParams hash{token_hash};
  auto rows = db::FetchKept(connection, std::string(connection.Text(q::kFindSessionByTokenHash)), buffer, hash);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

void TouchSession(db::Connection& connection, std::int64_t session_id, core::EpochMillis now) {
  long long id = session_id, at = now;
  connection.sql() << connection.Text(q::kTouchSession), soci::use(at), soci::use(id);
}

void RevokeSession(db::Connection& connection, std::int64_t session_id, core::EpochMillis now) {
  long long id = session_id, at = now;
  connection.sql() << connection.Text(q::kRevokeSession), soci::use(at), soci::use(id);
}

std::optional<RegionRef> FindRegion(db::Connection& connection, const std::string& code) {
  RegionRef region;
  connection.sql() << connection.Text(q::kFindRegion), soci::use(code), soci::into(region.name),
      soci::into(region.level);
  if (!connection.sql().got_data()) return std::nullopt;
  return region;
}

std::optional<std::string> OrganisationName(db::Connection& connection, std::string_view kind, std::int64_t id) {
  long long key = id;
  std::string name;
  soci::indicator found = soci::i_null;
  if (kind == "institution") {
    connection.sql() << connection.Text(q::kFindInstitutionName), soci::use(key), soci::into(name, found);
  } else if (kind == "trainee") {
    connection.sql() << connection.Text(q::kFindTraineeName), soci::use(key), soci::into(name, found);
  } else {
    const std::string organisation_kind(kind);
    connection.sql() << connection.Text(q::kFindOrganisationName), soci::use(key), soci::use(organisation_kind),
        soci::into(name, found);
  }
  if (!connection.sql().got_data() || found != soci::i_ok) return std::nullopt;
  return name;
}

}  // namespace sunshine::auth::store
