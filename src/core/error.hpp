#pragma once
// Domain errors: what went wrong, in words a user can act on, and which fields caused it.
// Every layer returns these as values; only http/error_mapper turns them into status codes.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace sunshine::core {

enum class ErrorKind {
  kInvalid,          // the request is malformed or a field is refused (422 / 400)
  kUnauthenticated,  // no valid session (401)
  kForbidden,        // signed in but not allowed, or locked (403)
  kNotFound,         // absent, or outside the caller's scope (404)
  kConflict,         // clashes with existing data (409)
  kTooLarge,         // body over the limit (413)
  kTooManyRequests,  // a caller over its rate limit (429)
  kUnavailable,      // a dependency is down (503)
  kInternal,         // a bug or an unexpected failure (500)
};

struct FieldError {
  std::string field;   // JSON path of the field, e.g. "username"
  std::string reason;  // machine-readable reason, e.g. "required", "too_short"
  // For imports: the file's row (the header is row 1) and the column as the file named it.
  int row = 0;
  std::string column;
  // Numbers behind a policy refusal, e.g. "planned 150 h, standard 120 h ± 20%".
  std::string detail;
};

// How many refusals share one field (as the file names its column) and reason, for a refusal
// whose field list is cut to its first entries (an import of a large bad file).
struct ErrorCount {
  std::string field;
  std::string column;
  std::string reason;
  std::int64_t count = 0;
};

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string code;     // stable snake_case code for clients, e.g. "invalid_credentials"
  std::string message;  // zh-CN message for people
  std::vector<FieldError> fields;
  // When `fields` holds only the first refusals: how many there were in all, and per field
  // and reason (empty otherwise).
  std::int64_t fields_total = 0;
  std::vector<ErrorCount> counts;

  static Error Invalid(std::string code, std::string message, std::vector<FieldError> fields = {}) {
    return {ErrorKind::kInvalid, std::move(code), std::move(message), std::move(fields)};
  }
  static Error Of(ErrorKind kind, std::string code, std::string message) {
    return {kind, std::move(code), std::move(message), {}};
  }
};

// Thrown when the store cannot take a write in time (SQLite's writer slot stayed busy past
// the busy timeout): the request may simply be sent again, so it is answered 503, not 500.
struct BusyError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace sunshine::core
