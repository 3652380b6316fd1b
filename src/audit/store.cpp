#include "audit/store.hpp"
#include "db/like.hpp"

#include "core/text.hpp"
#include "core/time.hpp"
#include "db/queries/audit.hpp"

namespace sunshine::audit {
namespace q = db::queries::audit;

namespace {
constexpr std::size_t kMaxFieldBytes = 256;
constexpr std::size_t kMaxDetailBytes = 8192;

// What a record holds is exactly what is hashed: text the database could alter (PostgreSQL
// cuts text at a NUL) or refuse (invalid UTF-8) is replaced before hashing, and a detail too
// large for a trail stays a note of its size, so no request can grow a record without bound.
std::string Recordable(const std::string& text) { return core::SanitizeForRecord(text, kMaxFieldBytes); }

std::string RecordableDetail(const std::string& detail) {
  if (detail.size() > kMaxDetailBytes) return R"({"truncated":true,"bytes":)" + std::to_string(detail.size()) + "}";
  return core::SanitizeForRecord(detail, kMaxDetailBytes);
}
}  // namespace

std::int64_t Append(db::Connection& connection, const core::Actor& actor, const Entry& entry) {
  auto& sql = connection.sql();
  AuditRecord r;
  // Advancing the head first takes its row lock (PostgreSQL) before the previous hash is read,
  // so two transactions can never chain onto the same predecessor.
  long long seq = 0;
  sql << connection.Text(q::kAdvanceHead), soci::into(seq), soci::into(r.prev_hash);
  r.seq = seq;
  r.at = connection.database().clock().Now();
  if (actor.principal) {
    r.user_id = actor.principal->user_id;
    r.username = actor.principal->username;
    r.role = actor.principal->role;
  } else if (!actor.system_name.empty()) {
    r.username = actor.system_name;
    r.role = "system";
  } else {
    r.username = entry.claimed_username;
    r.role = "anonymous";
  }
  r.username = Recordable(r.username);
  r.action = Recordable(entry.action);
  r.object_type = Recordable(entry.object_type);
  r.object_id = Recordable(entry.object_id);
  r.outcome = Recordable(entry.outcome);
  r.request_id = Recordable(actor.request_id);
  r.client_ip = Recordable(actor.client_ip);
  r.detail = RecordableDetail(entry.detail);
  r.hash = ChainHash(r);

  long long at = r.at, user_id = r.user_id.value_or(0);
  soci::indicator user_indicator = r.user_id ? soci::i_ok : soci::i_null;
  sql << connection.Text(q::kInsertRecord), soci::use(seq), soci::use(at), soci::use(user_id, user_indicator),
      soci::use(r.username), soci::use(r.role), soci::use(r.action), soci::use(r.object_type), soci::use(r.object_id),
      soci::use(r.outcome), soci::use(r.request_id), soci::use(r.client_ip), soci::use(r.detail),
      soci::use(r.prev_hash), soci::use(r.hash);
  sql << connection.Text(q::kSetHeadHash), soci::use(r.hash);
  return r.seq;
}

namespace {
// Typed buffers for one record row. SOCI's dynamic rows map column types differently on the
// two engines (INTEGER vs BIGINT), so reads bind into fixed C++ types instead.
struct RecordBuffer {
  AuditRecord record;
  long long seq = 0, at = 0, user_id = 0;
  soci::indicator user_indicator = soci::i_null;

  void Bind(soci::details::prepare_temp_type& prepared) {
    prepared, soci::into(seq), soci::into(at), soci::into(user_id, user_indicator), soci::into(record.username),
        soci::into(record.role), soci::into(record.action), soci::into(record.object_type),
        soci::into(record.object_id), soci::into(record.outcome), soci::into(record.request_id),
        soci::into(record.client_ip), soci::into(record.detail), soci::into(record.prev_hash), soci::into(record.hash);
  }
  const AuditRecord& Current() {
    record.seq = seq;
    record.at = at;
    record.user_id = user_indicator == soci::i_ok ? std::optional<std::int64_t>(user_id) : std::nullopt;
    return record;
  }
};
}  // namespace

std::vector<AuditRecord> List(db::Connection& connection, std::int64_t after, int limit, const RecordFilter& filter) {
  long long after_seq = after, max_rows = limit, from = filter.from, from_value = filter.from, to = filter.to,
            to_value = filter.to;
  std::string username = filter.username, username_value = filter.username, action = filter.action_prefix,
              action_prefix = db::PrefixPattern(filter.action_prefix);
  RecordBuffer buffer;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListRecords));
  buffer.Bind(prepared);
  prepared, soci::use(after_seq), soci::use(from), soci::use(from_value), soci::use(to), soci::use(to_value),
      soci::use(username), soci::use(username_value), soci::use(action), soci::use(action_prefix), soci::use(max_rows);
  soci::statement statement(prepared);
  statement.execute();
  std::vector<AuditRecord> records;
  while (statement.fetch()) records.push_back(buffer.Current());
  return records;
}

VerifyReport Verify(db::Database& database) {
  db::Connection connection(database);
  // One read transaction: the head and the records are read from the same snapshot.
  connection.sql() << (connection.dialect() == db::Dialect::kSqlite ? "BEGIN"
                                                                    : "BEGIN ISOLATION LEVEL REPEATABLE READ");
  long long head_seq = 0;
  std::string head_hash;
  connection.sql() << connection.Text(q::kReadHead), soci::into(head_seq), soci::into(head_hash);
  ChainVerifier verifier;
  RecordBuffer buffer;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kAllRecords));
  buffer.Bind(prepared);
  soci::statement statement(prepared);
  statement.execute();
  while (statement.fetch()) {
    if (!verifier.Feed(buffer.Current())) break;
  }
  verifier.Finish(head_seq, head_hash);
  connection.sql() << "COMMIT";
  return verifier.report();
}

}  // namespace sunshine::audit
