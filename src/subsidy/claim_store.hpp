#pragma once
// Subsidy claims in SQL (db/queries/subsidy, V0026). Callers hold the transaction and have
// checked the caller's rights; reads take the reader's reach, applied inside the SQL.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "db/database.hpp"
#include "subsidy/claim_rules.hpp"

namespace sunshine::subsidy::claim_store {

// Who may read a claim: its claimant ("institution:12"), officers whose region holds the class.
struct Reach {
  std::string claimant = "-";
  std::string region_like;  // "" matches no region
};
std::optional<Reach> ReachOf(const core::Scope& scope);

struct Claim {
  std::int64_t id = 0, class_id = 0;
  std::string class_name, institution_name, claimant, kind, region_code, status, claimed_on;
  int lines = 0, paid_lines = 0;
  std::int64_t amount_fen = 0;
  std::string proof_sm3;
  std::int64_t submitted_at = 0;
  std::string submitted_by;
  std::int64_t updated_at = 0;
  std::string review_levels = "county,city";
  std::string stage;   // the level reviewing it now; "" once none is due
  std::string due_on;  // the stage's last day; "" with the stage
  std::int64_t approved_fen = 0;
  std::int64_t notice_id = 0;  // the public notice it was published in (0: not yet)
  std::string basis = "person";  // what a line's unit is (BasisName)
  std::string claimant_name;     // as registered when it was submitted (a trainee's: masked when shown)
};

struct Line {
  std::int64_t trainee_id = 0;
  std::string name, id_number_sealed;
  int position = 0;
  bool paid = false;
  std::int64_t amount_fen = 0;
  std::string reasons = "[]";  // JSON array of {"code","detail"}
  std::int64_t counted_minutes = 0;
  std::optional<std::string> certificate_number;
  std::string withheld, withheld_detail;  // why a paid line is not paid after all ("" when it is)
  int units = 1;       // apprentice-years or person-months paid for (1 per person)
  std::string period;  // the apprentice-year's first day or the first month ("" per person)
};

// One step of a claim's history (claim_reviews).
struct Review {
  std::string action, level, reason, detail;
  std::int64_t approved_fen = 0;
  std::string actor;
  std::int64_t at = 0;
};

// trainee -> their certificates in the class's occupation, newest first.
std::map<std::int64_t, std::vector<CertificateFact>> ClassCertificates(db::Connection& connection,
                                                                        std::int64_t class_id,
                                                                        std::int64_t occupation_id);
// trainee -> their earlier subsidies: history, and the payable lines of live claims other than
// `claim_id` (0 for one not stored yet) submitted before `before` (Unix ms).
std::map<std::int64_t, std::vector<PriorSubsidy>> PriorSubsidies(db::Connection& connection, std::int64_t class_id,
                                                                 std::int64_t claim_id, std::int64_t before);
// trainee -> the ids of the events that count towards their hours ("checkin:12", "segment:3").
std::map<std::int64_t, std::vector<std::string>> CountedEvents(db::Connection& connection, std::int64_t class_id);

std::optional<std::int64_t> LiveClaim(db::Connection& connection, std::int64_t class_id, const std::string& kind,
                                      const std::string& claimant);
// Holds the class's claims until the transaction ends (read LiveClaim after it).
void LockClass(db::Connection& connection, std::int64_t class_id);
// The roster members of a class employed by an enterprise on the class's first day, with the
// employment (the newest when several cover the day).
std::map<std::int64_t, EmploymentFact> ClassEmployees(db::Connection& connection, std::int64_t class_id,
                                                      std::int64_t enterprise_id);
std::int64_t Insert(db::Connection& connection, const Claim& claim, const std::string& proof);
void InsertLine(db::Connection& connection, std::int64_t claim_id, const Line& line);
std::optional<Claim> Find(db::Connection& connection, std::int64_t id, const Reach& reach);
// Optionally only claims at a stage ("county", "city") or in a status; "" for any.
struct ListFilter {
  std::string stage, status;
};
std::vector<Claim> List(db::Connection& connection, const Reach& reach, const ListFilter& filter, std::int64_t after,
                        int limit);
// Claims in `region_like` at one of `stages` whose last day is before `today`, oldest first.
std::vector<Claim> Overdue(db::Connection& connection, const std::string& region_like,
                           const std::vector<std::string>& stages, const std::string& today, std::int64_t after,
                           int limit);
// A finished class a claimant may claim for, with its live claim of the training kind (0: none).
struct ClaimableClass {
  std::int64_t id = 0;
  std::string name, training_type, start_date, end_date, institution_name;
  std::int64_t live_claim = 0;
};
// The newest `limit` finished classes of an institution, with an enterprise's employees, or with
// a trainee on the roster (by the claimant's kind).
std::vector<ClaimableClass> Claimable(db::Connection& connection, ClaimantKind kind, std::int64_t claimant_id,
                                      const std::string& claimant, int limit);

// Every claim's reach: the province's officers' (for the verification command).
inline Reach Everywhere() { return {"-", "%"}; }
std::vector<Line> Lines(db::Connection& connection, std::int64_t claim_id);
// A returned claim judged anew (the claim's id, status "returned"): false when it was not
// returned any more. The caller deletes and inserts the lines.
bool Resubmit(db::Connection& connection, const Claim& claim, const std::string& proof);
void DeleteLines(db::Connection& connection, std::int64_t claim_id);
// A review step from `seen_status`; false when another reviewer moved the claim first.
bool MoveOn(db::Connection& connection, const Claim& claim, const std::string& seen_status);
// Withholds a paid line; false when it was not payable.
bool Withhold(db::Connection& connection, std::int64_t claim_id, std::int64_t trainee_id, const std::string& why,
              const std::string& detail);
void InsertReview(db::Connection& connection, std::int64_t claim_id, const Review& review);
std::vector<Review> Reviews(db::Connection& connection, std::int64_t claim_id);
// The sealed proof (JSON text) and its SM3 digest.
std::pair<std::string, std::string> Proof(db::Connection& connection, std::int64_t claim_id);

}  // namespace sunshine::subsidy::claim_store
