#pragma once
// Who is calling, and over which data. Built by auth from a session; read by every service
// and store. A store applies the scope inside its SQL (see RegionPrefix), never afterwards.
#include <cstdint>
#include <optional>
#include <string>

namespace sunshine::core {

enum class ScopeKind { kNone, kRegion, kOrganisation };

struct Scope {
  ScopeKind kind = ScopeKind::kNone;
  std::string code;  // region code (6 digits) or organisation id; empty for kNone

  // For a region scope, the code prefix that every region inside the subtree starts with:
  // 510000 -> "51", 510100 -> "5101", 510104 -> "510104". Empty for other kinds, which a
  // store must treat as "no region rows" unless the role is province-wide by permission.
  std::string RegionPrefix() const;
  // The first code after the subtree ("5101" -> "5102", "5109" -> "5110"), so that a store can
  // say `code >= prefix AND code < end`, a range an index serves on both engines, where a LIKE
  // is served by neither SQLite (case-insensitive) nor PostgreSQL outside the C collation.
  std::string RegionPrefixEnd() const;
  // Organisation scopes are "<kind>:<id>" ("institution:12", "enterprise:3", "auditor:5",
  // "evaluation_body:7"): the id when this scope is an organisation of that kind, else 0.
  std::int64_t OrganisationId(std::string_view kind) const;
  static const char* KindName(ScopeKind kind);
  static std::optional<ScopeKind> ParseKind(std::string_view name);
};

struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  std::string display_name;
  std::string role;
  Scope scope;
  std::int64_t session_id = 0;
  // For a device (role "terminal"), which signs each request instead of holding a session:
  // the terminal's id. 0 for people.
  std::int64_t device_id = 0;
};

// The request facts every audited write needs; passed from http to services.
struct Actor {
  std::optional<Principal> principal;  // absent for anonymous calls (sign-in, public pages)
  std::string request_id;
  std::string client_ip;
  // For work done with no signed-in principal by the platform itself: "cli", "demo-seed".
  std::string system_name;
};

}  // namespace sunshine::core
