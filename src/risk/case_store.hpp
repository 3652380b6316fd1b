#pragma once
// Risk cases in SQL (V0036): a case about an institution, what it gathers, and how it ended.
// Callers hold the transaction and have checked the caller's reach.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace sunshine::risk::case_store {

struct Case {
  std::int64_t id = 0;
  std::string title;
  std::optional<std::int64_t> institution_id;
  std::string institution_name, region_code, origin, status;
  std::optional<std::string> outcome, outcome_note, closed_by;
  std::optional<std::int64_t> legacy_case_id, closed_at;
  std::int64_t opened_at = 0, updated_at = 0;
  std::string opened_by;
  int items = 0;
};

struct Item {
  std::int64_t id = 0;
  std::string kind;  // alert, inspection, claim_audit, recovery, note
  std::optional<std::int64_t> object_id;
  std::string note;
  std::int64_t added_at = 0;
  std::string added_by;
};

std::int64_t Insert(db::Connection& connection, const Case& c);
std::optional<Case> Find(db::Connection& connection, const std::string& region_like, std::int64_t id);
std::vector<Case> List(db::Connection& connection, const std::string& region_like, const std::string& status,
                       std::int64_t after, int limit);
// Closes an open case; false when it was not open.
bool Close(db::Connection& connection, const Case& c);

void AddItem(db::Connection& connection, std::int64_t case_id, const Item& item);
bool HasItem(db::Connection& connection, std::int64_t case_id, const std::string& kind, std::int64_t object_id);
std::vector<Item> Items(db::Connection& connection, std::int64_t case_id);

// The institution and county of an inspection, claim audit or recovery; none when it does not exist.
struct Owner {
  std::int64_t institution_id = 0;
  std::string region_code;
};
std::optional<Owner> OwnerOf(db::Connection& connection, const std::string& kind, std::int64_t object_id);

// Per rule, the strongest score and the count of an institution's standing alerts.
struct RuleAlerts {
  std::string rule_id;
  int top_score = 0, alerts = 0;
};
std::vector<RuleAlerts> InstitutionAlerts(db::Connection& connection, std::int64_t institution_id);

}  // namespace sunshine::risk::case_store
