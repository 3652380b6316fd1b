#pragma once
// Domain errors: what went wrong, in words a user can act on, and which fields caused it.
// Every layer returns these as values; only http/error_mapper turns them into status codes.
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

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string code;     // stable snake_case code for clients, e.g. "invalid_credentials"
  std::string message;  // zh-CN message for people
  std::vector<FieldError> fields;

  static Error Invalid(std::string code, std::string message, std::vector<FieldError> fields = {}) {
    return {ErrorKind::kInvalid, std::move(code), std::move(message), std::move(fields)};
  }
  static Error Of(ErrorKind kind, std::string code, std::string message) {
    return {kind, std::move(code), std::move(message), {}};
  }
};

}  // namespace sunshine::core
