#pragma once
// LIKE patterns from user text: the wildcards and the escape character in the text match only
// themselves. Every query that takes one says `ESCAPE '\'`.
#include <string>
#include <string_view>

namespace sunshine::db {

inline std::string LikeEscaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}
inline std::string ContainsPattern(std::string_view text) { return "%" + LikeEscaped(text) + "%"; }
inline std::string PrefixPattern(std::string_view text) { return LikeEscaped(text) + "%"; }

}  // namespace sunshine::db
