#pragma once
// The one policy every piece of text from outside passes (JSON bodies, query strings, CSV and
// Excel imports): valid UTF-8, no control characters (tab and newline only in multi-line
// free text), and a maximum length in characters per field. What passes is stored byte for
// byte, so what is hashed into the audit chain is exactly what the database holds. Pure.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sunshine::core {

struct TextLimit {
  std::size_t max_chars = 200;  // Unicode code points
  bool multiline = false;       // tab and line feed allowed (free text such as reasons)
};

// The limit of a field, by its name (the last segment of its path: "sessions[2].topic" is
// "topic"). Fields the table does not name get the default single-line 200 characters. The
// table is documented as `maxLength` in docs/api/openapi.json; a test keeps the two equal.
TextLimit TextLimitFor(std::string_view field);

// Why `text` is refused under `limit`, or empty when it passes. Reasons: "invalid_utf8",
// "control_character" (C0 controls, DEL, C1 controls, and the bidirectional overrides that
// make text display other than it reads), "too_long".
std::string_view RefuseText(std::string_view text, TextLimit limit);

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsUtf8(std::string_view text);

// Code points in valid UTF-8 text (bytes that do not start a sequence are not counted).
std::size_t Utf8Length(std::string_view text);

// Replaces what RefuseText would refuse for being a control character with U+FFFD and
// invalid UTF-8 bytes with U+FFFD, and cuts the result to `max_bytes` on a character
// boundary. For text the platform itself must record even when it was refused (the claimed
// user name of a failed sign-in): the record then holds exactly what was hashed.
std::string SanitizeForRecord(std::string_view text, std::size_t max_bytes);

// Whether text holds nothing but spaces, tabs and line breaks (a required reason left empty).
bool IsBlank(std::string_view text);

// A rate in ten-thousandths as a percentage to one place, cut rather than rounded, so that a
// rate short of a threshold never reads as the threshold: 7996 -> "79.9%", 8000 -> "80.0%".
std::string PercentOf1e4(std::int64_t rate_1e4);

}  // namespace sunshine::core
