#pragma once
// Risk screening in SQL (db/queries/risk, V0035): the rows each rule reads, alerts kept by their
// fingerprint, and the scans. Callers hold any transaction and have checked the caller's rights.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "risk/rules.hpp"

namespace sunshine::risk::risk_store {

std::vector<PhotoUse> PhotoUses(db::Connection& connection, std::int64_t from_at, std::int64_t to_at);
std::vector<TerminalCheckin> TerminalCheckins(db::Connection& connection, std::int64_t from_at, std::int64_t to_at);
std::vector<RosterAge> RosterAges(db::Connection& connection, const std::string& from_date, const std::string& to_date);

// Raises the finding's alert or updates the one of the same fingerprint; true when it is new.
bool Upsert(db::Connection& connection, const Finding& finding, std::int64_t now);

struct Alert {
  std::int64_t id = 0;
  Finding finding;
  std::string institution_name, status;
  std::int64_t first_seen_at = 0, last_seen_at = 0;
};
struct AlertFilter {
  std::string rule, status;
};
// Alerts within a region prefix, highest score first; `after` is the previous page's last
// cursor (0 for the first page, see Cursor).
std::vector<Alert> Alerts(db::Connection& connection, const std::string& region_like, const AlertFilter& filter,
                          std::int64_t after, int limit);
// The keyset cursor of an alert: its score and id in one number (score * 10^12 + id).
inline std::int64_t Cursor(const Alert& a) { return static_cast<std::int64_t>(a.finding.score) * 1'000'000'000'000LL + a.id; }

struct Scan {
  std::string rules, from, to;
  std::int64_t started_at = 0, finished_at = 0;
  int found = 0, raised = 0;
  std::string run_by;
};
std::int64_t InsertScan(db::Connection& connection, const Scan& scan);

}  // namespace sunshine::risk::risk_store
