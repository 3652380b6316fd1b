#pragma once
// Training institutions in SQL. Every read by id or list takes the caller's scope as query
// parameters, so rows outside it are never loaded (an id outside the scope reads as absent).
#include <array>
#include <optional>
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "db/database.hpp"
#include "registry/institution_rules.hpp"

namespace sunshine::registry::institution_store {

struct Filter {
  std::string q;            // part of the name, or the exact credit code
  std::string status;       // exact
  std::string region_code;  // a region whose subtree to keep (within the scope)
};

inline constexpr std::array<std::string_view, 3> kSortable = {"name", "region_code", "status"};
struct Row {
  Institution institution;
  std::string sort_key;
};
std::vector<Row> List(db::Connection& connection, const core::Scope& scope, const Filter& filter,
                      const core::Sort& sort, const core::Cursor& after, int limit);
core::Total Count(db::Connection& connection, const core::Scope& scope, const Filter& filter);
std::optional<Institution> Find(db::Connection& connection, const core::Scope& scope, std::int64_t id);
bool CreditCodeTaken(db::Connection& connection, const std::string& credit_code);
std::int64_t Insert(db::Connection& connection, const Institution& institution);
void UpdateState(db::Connection& connection, const Institution& institution);
void UpdateDetails(db::Connection& connection, const Institution& institution);

struct Event {
  std::int64_t id = 0, at = 0;
  std::string actor, action;
  std::optional<std::string> from_status;
  std::string to_status, reason, request_id;
};
void InsertEvent(db::Connection& connection, std::int64_t institution_id, const Event& event);
std::vector<Event> ListEvents(db::Connection& connection, std::int64_t institution_id);

// "exposed" or "integrity"; no scope: these lists are public.
std::vector<Institution> ListPublic(db::Connection& connection, const std::string& list, std::int64_t after, int limit);

}  // namespace sunshine::registry::institution_store
