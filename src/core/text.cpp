#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace sunshine::core {
namespace {

struct NamedLimit {
  std::string_view field;
  TextLimit limit;
};

// Sorted by field name (binary search). Codes, dates and choices are short; names and
// addresses as long as any real one; reasons are free text. The settings file
// (app/config.hpp) passes the same policy: paths and holiday lists are long.
constexpr TextLimit kCode{32, false}, kChoice{64, false}, kName{100, false}, kLine{200, false},
    kFreeText{1000, true}, kPath{4096, false}, kDateList{20000, false};
constexpr std::array kLimits = std::to_array<NamedLimit>({
    {"address", kLine},
    {"amendment_reason", kFreeText},
    {"answer", kFreeText},
    {"at", kChoice},
    {"auditor", kChoice},
    {"captured_at", kChoice},
    {"category", kChoice},
    {"certificate", kChoice},
    {"certificate_type", kChoice},
    {"code", kCode},
    {"course_item", kLine},
    {"credit_code", kCode},
    {"date", kCode},
    {"db", kPath},
    {"display_name", {64, false}},
    {"employment_status", kChoice},
    {"end", kCode},
    {"end_date", kCode},
    {"ended_at", kChoice},
    {"event_id", kChoice},
    {"exposure_reason", kFreeText},
    {"finding", kFreeText},
    {"groups", kChoice},
    {"household_region_code", kCode},
    {"id_number", kCode},
    {"industry", kChoice},
    {"key_file", kPath},
    {"kind", kChoice},
    {"level", kChoice},
    {"mode", kChoice},
    {"name", kName},
    {"note", kFreeText},
    {"notes", kFreeText},
    {"password", {128, false}},
    {"phone", kCode},
    {"photo_dir", kPath},
    {"photo_sha256", kChoice},
    {"policy_extra_workdays", kDateList},
    {"policy_holidays", kDateList},
    {"public_key", {128, false}},
    {"qualification", kName},
    {"reason", kFreeText},
    {"region_code", kCode},
    {"region_codes", kCode},
    {"residence_region_code", kCode},
    {"role", kChoice},
    {"scope_code", kChoice},
    {"segment_id", kChoice},
    {"sex", kCode},
    {"size", kChoice},
    {"start", kCode},
    {"start_date", kCode},
    {"started_at", kChoice},
    {"status", kChoice},
    {"topic", kName},
    {"training_type", kChoice},
    {"type", kChoice},
    {"username", kChoice},
    {"valid_from", kCode},
    {"valid_to", kCode},
    {"web_root", kPath},
});
static_assert(std::is_sorted(kLimits.begin(), kLimits.end(),
                             [](const NamedLimit& a, const NamedLimit& b) { return a.field < b.field; }));

// Decodes the code point at text[i], advancing i; -1 (and one byte) for invalid UTF-8.
std::int32_t Next(std::string_view text, std::size_t& i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (extra < 0 || i + extra >= text.size() + (extra == 0 ? 1 : 0)) {
    ++i;
    return -1;
  }
  std::uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    const auto cc = static_cast<unsigned char>(text[i + k]);
    if ((cc >> 6) != 2) {
      ++i;
      return -1;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  const bool overlong = (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return -1;
  }
  i += extra + 1;
  return static_cast<std::int32_t>(cp);
}

bool IsControl(std::int32_t cp, bool multiline) {
  if (cp == '\t' || cp == '\n') return !multiline;
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;
  // Bidirectional embeddings, overrides and isolates: they reorder what a reviewer sees.
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

TextLimit TextLimitFor(std::string_view field) {
  const auto dot = field.rfind('.');
  if (dot != std::string_view::npos) field.remove_prefix(dot + 1);
  field = field.substr(0, field.find('['));
  const auto it = std::lower_bound(kLimits.begin(), kLimits.end(), field,
                                   [](const NamedLimit& a, std::string_view f) { return a.field < f; });
  return it != kLimits.end() && it->field == field ? it->limit : kLine;
}

std::string_view RefuseText(std::string_view text, TextLimit limit) {
  // A byte count far over the limit is refused without decoding (a 1 MB "name").
  if (text.size() > limit.max_chars * 4) return "too_long";
  std::size_t chars = 0;
  bool control = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::int32_t cp = Next(text, i);
    if (cp < 0) return "invalid_utf8";
    control = control || IsControl(cp, limit.multiline);
    ++chars;
  }
  if (control) return "control_character";
  if (chars > limit.max_chars) return "too_long";
  return {};
}

bool IsBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool IsUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (Next(text, i) < 0) return false;
  }
  return true;
}

std::size_t Utf8Length(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string SanitizeForRecord(std::string_view text, std::size_t max_bytes) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    const std::int32_t cp = Next(text, i);
    const std::string_view piece =
        cp < 0 || IsControl(cp, false) ? kReplacement : text.substr(begin, i - begin);
    if (out.size() + piece.size() > max_bytes) break;
    out += piece;
  }
  return out;
}

std::string PercentOf1e4(std::int64_t rate_1e4) {
  const std::int64_t tenths = rate_1e4 / 10;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

}  // namespace sunshine::core
