#pragma once
// Risk screening's service (issue 15): a scan runs the rules over a span of days - reading each
// rule's rows without holding the write lock (the check-in rules' in one sweep, checkin_sweep.hpp,
// the others beside it on a connection of their own when the pool has four), then raising or
// updating the alerts in one short transaction with the audit record - and the catch rate scores
// the alerts against planted fraud. The queue of alerts and the cases are queue_service.hpp.
#include <functional>
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
  // By rule: reading its rows and judging them; for the rules over check-ins, judging only (and
  // the second reads of photo_reuse and person_two_places), their shared read being apart.
  std::map<std::string, double> seconds;
  double sweep_read_seconds = 0;  // reading the check-ins for the rules over them, once
  int raised = 0;                    // new alerts (the rest updated their alert)
};

// Told after each rule of a scan: its id, and how many of how many rules are done.
using ScanProgress = std::function<void(const std::string& rule, int done, int total)>;

// Whether the scan knows how to read and judge a rule of the catalogue.
bool HasJudge(const std::string& rule);

class RiskService {
 public:
  // `rules`: the catalogue with its parameters as set; `settle` keeps the attendance of finished
  // classes (training::AttendanceService::Settle) before a scan reads it, returning how many
  // classes of at most `limit` it took.
  RiskService(db::Database& database, std::vector<RuleInfo> rules, std::function<int(int limit)> settle)
      : database_(database), rules_(std::move(rules)), settle_(std::move(settle)) {}

  const std::vector<RuleInfo>& rules() const { return rules_; }

  // How the alerts on record catch what a generator planted (catch_rate.hpp).
  std::vector<KindScore> CatchRate(const std::vector<PlantedKind>& planted);

  // Every rule, or the one named, over the days `from`..`to` (YYYY-MM-DD, inclusive).
  core::Result<ScanResult> Scan(const core::Actor& actor, const std::string& from, const std::string& to,
                                const std::string& rule = "", const ScanProgress& progress = {});
  // The rules that judge what terminals upload (check-ins and online segments) over one day, as
  // the running server does after a batch commits; nothing else is read or kept first, and the
  // round is recorded (risk_scans, the audit trail) only when it raises an alert.
  core::Result<ScanResult> ScanUploads(const core::Actor& actor, const std::string& day);
  // Whether a rule judges uploads (ScanUploads runs it).
  static bool JudgesUploads(const std::string& rule);

 private:
  const RuleInfo* Rule(const std::string& id) const;
  ScanResult Run(const core::Actor& actor, const std::string& from, const std::string& to,
                 const std::function<bool(const RuleInfo&)>& wanted, const ScanProgress& progress,
                 bool quiet_unless_raised);

  db::Database& database_;
  std::vector<RuleInfo> rules_;
  std::function<int(int)> settle_;
};

}  // namespace sunshine::risk
