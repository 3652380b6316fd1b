#pragma once
// Public notices and objections in SQL (db/queries/subsidy, V0028). Callers hold the
// transaction and have checked the caller's rights; reads take a region prefix LIKE ("%" for
// the public), applied inside the SQL: a notice is reached by its publishing office's region
// or a region holding one of its claims' classes, an objection by its claim's class region.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace sunshine::subsidy::notice_store {

struct Notice {
  std::int64_t id = 0;
  std::string region_code, title, published_on, ends_on;
  int claims = 0, lines = 0;
  std::int64_t amount_fen = 0;
  std::string published_by;
  std::int64_t published_at = 0;
  int open_objections = 0;
};

struct Line {
  std::int64_t id = 0, claim_id = 0, trainee_id = 0;
  int position = 0;
  std::string name_masked, id_number_masked, institution_name, project_name;
  std::int64_t amount_fen = 0;
  bool removed = false;
  int objections = 0;
};

// A payable line of an approved claim not yet published, as found (name and sealed ID number
// still to be masked).
struct Candidate {
  std::int64_t claim_id = 0, trainee_id = 0;
  std::string name, id_number_sealed, institution_name, project_name;
  std::int64_t amount_fen = 0;
};

struct Objection {
  std::int64_t id = 0, notice_id = 0, line_id = 0, claim_id = 0, trainee_id = 0;
  std::string name_masked, id_number_masked, institution_name;
  std::int64_t amount_fen = 0;
  std::string reason, contact_sealed;  // "" when no contact was given
  std::int64_t lodged_at = 0;
  std::string answer_due_on, status, answer, answered_by;
  std::int64_t answered_at = 0;
};

std::vector<Candidate> Noticeable(db::Connection& connection, const std::string& region_like);
std::int64_t InsertNotice(db::Connection& connection, const Notice& notice);
void InsertLine(db::Connection& connection, std::int64_t notice_id, const Line& line);
// False when the claim was published meanwhile or is no longer approved.
bool SetClaimNotice(db::Connection& connection, std::int64_t claim_id, std::int64_t notice_id, std::int64_t at);
std::vector<Notice> List(db::Connection& connection, const std::string& region_like, std::int64_t after, int limit);
std::optional<Notice> Find(db::Connection& connection, std::int64_t id, const std::string& region_like);
std::vector<Line> Lines(db::Connection& connection, std::int64_t notice_id);

std::int64_t InsertObjection(db::Connection& connection, const Objection& objection);
// `overdue_before` ("" for any): only objections open with their answer day before it.
std::vector<Objection> Objections(db::Connection& connection, const std::string& region_like, const std::string& status,
                                  const std::string& overdue_before, std::int64_t after, int limit);
std::optional<Objection> FindObjection(db::Connection& connection, std::int64_t id, const std::string& region_like);
// False when it was answered meanwhile.
bool Answer(db::Connection& connection, const Objection& answered);
bool RemoveLine(db::Connection& connection, std::int64_t line_id);
void ReduceApproved(db::Connection& connection, std::int64_t claim_id, std::int64_t amount_fen, std::int64_t at);

}  // namespace sunshine::subsidy::notice_store
