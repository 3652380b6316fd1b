#pragma once
// Reads the exceptions (non-counting check-ins and online segments) within a scope; the
// queries are db/queries/supervision/*_exceptions.sql.
#include <optional>
#include <string>
#include <vector>

#include "core/page.hpp"
#include "core/principal.hpp"
#include "db/database.hpp"
#include "supervision/exception_filter.hpp"

namespace sunshine::supervision {

// One exception; the session and scores belong to check-ins, the period and course item to
// online segments.
struct ExceptionRow {
  Source source = Source::kCheckin;
  std::int64_t id = 0;
  std::int64_t at = 0;                 // captured (check-in) or started (segment), UTC millis
  std::optional<std::int64_t> ended_at;  // segments
  std::int64_t received_at = 0;
  std::string kind;                    // check-ins: start | in_class | end
  std::string course_item;             // segments
  std::int64_t class_id = 0, institution_id = 0, session_id = 0, trainee_id = 0, terminal_id = 0;
  std::string class_name, institution_name, region_code;
  std::string session_date, session_start, session_end;
  std::string trainee_name, terminal_name, terminal_key_id;
  std::optional<int> distance_m;
  std::optional<double> face_score, liveness_score;
  std::string reasons;  // JSON array of reason codes
};

namespace exception_store {

// One page, newest first: ids below `after` (0: from the newest).
std::vector<ExceptionRow> List(db::Connection& connection, const core::Scope& scope, const ExceptionFilter& filter,
                               std::int64_t after, int limit);
core::Total Count(db::Connection& connection, const core::Scope& scope, const ExceptionFilter& filter);
std::vector<SummaryInput> Summarise(db::Connection& connection, const core::Scope& scope,
                                    const ExceptionFilter& filter, Grouping grouping);

}  // namespace exception_store
}  // namespace sunshine::supervision
