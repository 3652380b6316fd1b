#pragma once
// Assessment sittings, their examiners, candidates, results and the 应评尽评 exemptions in SQL
// (db/queries/assessment). Callers hold the transaction and have checked the caller's rights;
// reads take the reader's reach (Reach), applied inside the SQL.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "db/database.hpp"

namespace sunshine::assessment::sitting_store {

// Who may read a sitting: its organiser ("evaluation_body:7"), officers by region prefix, the
// host institution (whose class it assesses, or the site a body named). Values for the parts that are not the reader's never match.
struct Reach {
  std::string organiser = "-";
  std::string region_like;  // "" matches no region
  long long institution_id = -1;
};
Reach ReachOf(const core::Scope& scope);

struct Organiser {
  std::string kind;  // "evaluation_body" or "institution"
  std::int64_t id = 0;
  std::string name, type, region_code, status;
  std::string Code() const { return kind + ":" + std::to_string(id); }
};
std::optional<Organiser> FindOrganiser(db::Connection& connection, std::int64_t body_id, std::int64_t institution_id);
// R-C4: filings of the body covering the occupation and level (nullopt: none) at some time
// between `since` and `until` (dates).
bool Filed(db::Connection& connection, std::int64_t body_id, std::int64_t occupation_id, std::optional<int> level,
           const std::string& since, const std::string& until);

struct Sitting {
  std::int64_t id = 0;
  std::string organiser;
  std::optional<std::int64_t> body_id, institution_id, class_id;
  std::string organiser_name;
  std::optional<std::string> class_name;
  std::int64_t occupation_id = 0;
  std::string occupation_name;
  std::optional<int> level;
  std::string certificate_type, region_code, date, start, end, place;
  std::optional<std::int64_t> latitude_e6, longitude_e6;
  std::string status = "planned";
  std::optional<std::int64_t> locked_at;
  std::optional<std::string> locked_by;
  std::int64_t created_at = 0;
  std::string created_by;
  // The site whose terminals check candidates in (V0024): the class's institution, or the one
  // a body named for individual candidates; none: no terminal check-in.
  std::optional<std::int64_t> host_institution_id;
  std::optional<std::string> host_name;
};

struct Examiner {
  int position = 0;
  std::string name, id_number_sealed, id_number_index, certificate;
};

struct Result {
  std::optional<int> theory, practical;
  bool absent = false;
};

struct Candidate {
  std::int64_t id = 0, trainee_id = 0;
  std::string name, id_number_sealed;
  std::optional<std::int64_t> class_id;
  std::optional<Result> result, first_result;  // empty until entered
  std::optional<bool> passed;
  std::optional<std::int64_t> entered_at;
  std::optional<std::string> entered_by;
  int amendments = 0;
  std::optional<std::string> certificate_number, certificate_status;
};

std::int64_t Insert(db::Connection& connection, const Sitting& sitting);
void InsertExaminer(db::Connection& connection, std::int64_t sitting_id, const Examiner& examiner);
void InsertCandidate(db::Connection& connection, std::int64_t sitting_id, std::int64_t trainee_id,
                     std::optional<std::int64_t> class_id);
std::optional<Sitting> Find(db::Connection& connection, std::int64_t id, const Reach& reach);
std::vector<Sitting> List(db::Connection& connection, const Reach& reach, std::int64_t after, int limit);
std::vector<Examiner> Examiners(db::Connection& connection, std::int64_t sitting_id);
std::vector<Candidate> Candidates(db::Connection& connection, std::int64_t sitting_id);

// Enters a candidate's first result; false when it already had one.
bool EnterResult(db::Connection& connection, std::int64_t sitting_id, std::int64_t trainee_id, const Result& result,
                 bool passed, std::int64_t at, const std::string& by);
void Amend(db::Connection& connection, std::int64_t candidate_id, const Result& result, bool passed,
           const std::string& reason, std::int64_t at, const std::string& by, const std::string& request_id);
// Locks a planned sitting's results; false when it was not planned.
bool Lock(db::Connection& connection, std::int64_t id, std::int64_t at, const std::string& by);

// trainee id -> sitting id, for the class's candidates of sittings not cancelled.
std::map<std::int64_t, std::int64_t> Candidacies(db::Connection& connection, std::int64_t class_id);

struct Exemption {
  std::int64_t trainee_id = 0;
  std::string reason, note;
  std::int64_t recorded_at = 0;
  std::string recorded_by;
};
std::vector<Exemption> Exemptions(db::Connection& connection, std::int64_t class_id);
// Records (or replaces) a trainee's exemption; with no reason, removes it.
void SetExemption(db::Connection& connection, std::int64_t class_id, const std::optional<Exemption>& exemption,
                  std::int64_t trainee_id);

struct OverdueClass {
  std::int64_t class_id = 0;
  std::string class_name, institution_name, region_code, end_date;
  int eligible = 0, unaccounted = 0;
};
std::vector<OverdueClass> Overdue(db::Connection& connection, const std::string& region_prefix,
                                  const std::string& cutoff, int threshold_1e4, std::int64_t after, int limit);

// Outcome figures per organisation (institution or evaluation body), occupation and level.
struct OutcomeRow {
  std::string key;  // the institution's id, or the organiser ("evaluation_body:7")
  std::string name;
  std::int64_t occupation_id = 0;
  std::string occupation_name;
  int level = 0;      // 0: none
  long long eligible = 0, candidates = 0, sat = 0, passed = 0, certified = 0;
};
struct OutcomeFilter {
  std::string from, to;  // dates, inclusive
  std::string institution_type;  // "" for every type (institutions only)
};
// Over finished classes' eligible trainees (kept attendance at `threshold_1e4` and above).
std::vector<OutcomeRow> OutcomesByInstitution(db::Connection& connection, const Reach& reach, const OutcomeFilter& filter,
                                              int threshold_1e4, int limit);
// Over locked sittings' candidates (eligible: the candidates).
std::vector<OutcomeRow> OutcomesByBody(db::Connection& connection, const Reach& reach, const OutcomeFilter& filter,
                                       int limit);

}  // namespace sunshine::assessment::sitting_store
