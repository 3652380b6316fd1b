#include "training/terminal_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "crypto/token.hpp"
#include "registry/institution_store.hpp"
#include "training/class_store.hpp"

namespace sunshine::training {
namespace {
core::Error NotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "终端不存在或不在管辖范围内");
}
void Audit(db::Connection& connection, const core::Actor& actor, const std::string& action, std::int64_t id,
           boost::json::object detail) {
  audit::Append(connection, actor,
                {.action = action, .object_type = "terminal", .object_id = std::to_string(id),
                 .detail = boost::json::serialize(detail)});
}
}  // namespace

core::Result<std::vector<TerminalRecord>> TerminalService::List(const core::Principal& principal,
                                                                std::int64_t after, int limit) {
  db::Connection connection(database_);
  return terminal_store::List(connection, principal.scope, after, limit);
}

core::Result<TerminalRecord> TerminalService::Get(const core::Principal& principal, std::int64_t id) {
  db::Connection connection(database_);
  auto found = terminal_store::Find(connection, principal.scope, id);
  if (!found) return NotFound();
  return *found;
}

core::Result<TerminalRecord> TerminalService::Register(const core::Actor& actor, const TerminalInput& input) {
  const auto institution_id = actor.principal->scope.OrganisationId("institution");
  if (!institution_id) {
    return core::Error::Of(core::ErrorKind::kForbidden, "institution_account_required", "只有培训机构账号可以登记终端");
  }
  auto errors = CheckTerminal(input);
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto institution = registry::institution_store::Find(connection, actor.principal->scope, institution_id);
  if (!institution) return NotFound();
  if (institution->status != "active") {
    return core::Error::Of(core::ErrorKind::kConflict, "institution_not_active", "机构不是正常经营状态，不能登记终端");
  }
  for (std::size_t i = 0; i < input.venue_ids.size(); ++i) {
    if (!class_store::InstitutionVenue(connection, institution_id, input.venue_ids[i])) {
      errors.push_back({"venue_ids[" + std::to_string(i) + "]", "unknown"});
    }
  }
  // One key, one device: a key seen before (even on a revoked terminal) is never reused.
  if (errors.empty() && terminal_store::PublicKeyTaken(connection, input.public_key)) {
    errors.push_back({"public_key", "taken"});
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "终端信息有误，请检查标出的字段", std::move(errors));
  TerminalRecord t;
  t.institution_id = institution_id;
  t.institution_name = institution->name;
  t.key_id = "tk_" + crypto::RandomHex(12);  // unguessable: ids of other devices reveal nothing
  t.kind = input.kind.value_or("checkin");
  t.name = input.name;
  t.public_key = input.public_key;
  t.status = "active";
  t.created_at = database_.clock().Now();
  t.created_by = actor.principal->username;
  t.id = terminal_store::Insert(connection, t);
  for (const auto venue : input.venue_ids) terminal_store::AddVenue(connection, t.id, venue);
  boost::json::array venues(input.venue_ids.begin(), input.venue_ids.end());
  Audit(connection, actor, "training:terminal:register", t.id,
        {{"key_id", t.key_id}, {"kind", t.kind}, {"public_key", t.public_key}, {"venues", venues}});
  auto stored = terminal_store::Find(connection, actor.principal->scope, t.id);
  transaction.Commit();
  return *stored;
}

core::Result<TerminalRecord> TerminalService::Revoke(const core::Actor& actor, std::int64_t id,
                                                     const std::string& reason) {
  if (core::IsBlank(reason)) {
    return core::Error::Invalid("invalid_fields", "请填写撤销原因", {{"reason", "required"}});
  }
  if (reason.size() > 1000) return core::Error::Invalid("invalid_fields", "原因过长", {{"reason", "too_long"}});
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  if (!terminal_store::Find(connection, actor.principal->scope, id)) return NotFound();
  if (!terminal_store::Revoke(connection, id, database_.clock().Now(), actor.principal->username, reason)) {
    return core::Error::Of(core::ErrorKind::kConflict, "terminal_revoked", "终端已撤销");
  }
  Audit(connection, actor, "training:terminal:revoke", id, {{"reason", reason}});
  auto stored = terminal_store::Find(connection, actor.principal->scope, id);
  transaction.Commit();
  return *stored;
}

}  // namespace sunshine::training
