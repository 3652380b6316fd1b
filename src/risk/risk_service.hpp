#pragma once
// Risk screening's service (issue 15): a scan runs the rules over a span of days - reading each
// rule's rows without holding the write lock, then raising or updating the alerts in one short
// transaction with the audit record - and officers list the alerts of their region, highest
// score first. Alerts about an institution are never shown to it.
#include <map>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "risk/risk_store.hpp"

namespace sunshine::risk {

struct ScanResult {
  std::int64_t scan_id = 0;
  std::map<std::string, int> found;  // by rule
  int raised = 0;                    // new alerts (the rest updated their alert)
};

class RiskService {
 public:
  explicit RiskService(db::Database& database) : database_(database) {}

  // Every rule, or the one named, over the days `from`..`to` (YYYY-MM-DD, inclusive).
  core::Result<ScanResult> Scan(const core::Actor& actor, const std::string& from, const std::string& to,
                                const std::string& rule = "");
  core::Result<std::vector<risk_store::Alert>> Alerts(const core::Principal& principal,
                                                      const risk_store::AlertFilter& filter, std::int64_t after,
                                                      int limit);

 private:
  db::Database& database_;
};

}  // namespace sunshine::risk
