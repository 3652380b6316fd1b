#pragma once
// Enterprises, evaluation bodies and auditors in SQL (one table, told apart by kind). Reads
// take the caller's scope as parameters (see list_organisations.sql).
#include <array>
#include <optional>
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "db/database.hpp"
#include "registry/organisation_rules.hpp"

namespace sunshine::registry::organisation_store {

struct Filter {
  std::string q;  // part of the name, or the exact credit code
  std::string type, status, region_code;
};
inline constexpr std::array<std::string_view, 2> kSortable = {"name", "region_code"};

struct Row {
  Organisation organisation;
  std::string sort_key;
};
std::vector<Row> List(db::Connection& connection, const OrganisationKind& kind, const core::Scope& scope,
                      const Filter& filter, const core::Sort& sort, const core::Cursor& after, int limit);
core::Total Count(db::Connection& connection, const OrganisationKind& kind, const core::Scope& scope,
                   const Filter& filter);
std::optional<Organisation> Find(db::Connection& connection, const OrganisationKind& kind, const core::Scope& scope,
                                 std::int64_t id);
bool CreditCodeTaken(db::Connection& connection, const std::string& kind, const std::string& credit_code);
std::int64_t Insert(db::Connection& connection, const Organisation& organisation);
void Update(db::Connection& connection, const Organisation& organisation);

}  // namespace sunshine::registry::organisation_store
