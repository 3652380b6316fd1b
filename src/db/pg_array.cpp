#include "db/pg_array.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace sunshine::db {

void PgArray::Separate() {
  if (text_.size() > 1) text_ += ',';
}

void PgArray::Add(std::int64_t value) {
  Separate();
  text_ += std::to_string(value);
}

void PgArray::Add(double value) {
  if (!std::isfinite(value)) throw std::invalid_argument("PgArray: a double that is not finite");
  Separate();
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  text_.append(buffer, result.ptr);
}

void PgArray::Add(std::string_view value) {
  Separate();
  text_ += '"';
  for (const char c : value) {
    if (c == '"' || c == '\\') text_ += '\\';
    text_ += c;
  }
  text_ += '"';
}

void PgArray::AddNull() {
  Separate();
  text_ += "NULL";
}

}  // namespace sunshine::db
