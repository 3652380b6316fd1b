#pragma once
// Time as stored and shown: the database keeps UTC milliseconds since the epoch (BIGINT on both
// engines, see docs/adr/0002); the API shows ISO 8601 with the Asia/Shanghai offset (+08:00).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sunshine::core {

using EpochMillis = std::int64_t;

// "2026-11-25T18:04:05.123+08:00". China has kept +08:00 without daylight saving since 1991.
std::string FormatShanghai(EpochMillis at);

// Parses "YYYY-MM-DDTHH:MM:SS[.fff](Z|+hh:mm|-hh:mm)". Returns nullopt on anything else.
std::optional<EpochMillis> ParseIso8601(std::string_view text);

// Calendar dates ("YYYY-MM-DD", the Asia/Shanghai calendar) for validity periods and
// schedules: dates are not instants, so they are stored as ISO text, which sorts correctly.
bool IsDate(std::string_view text);                 // a real calendar date in that exact form
std::string DayBefore(std::string_view date);       // precondition: IsDate(date)
int DateNumber(std::string_view date);             // 2026-12-05 -> 20261205; precondition: IsDate(date)
std::string DateInShanghai(EpochMillis at);         // the calendar date at that instant in China
// Whole years from `birth_date` to `day` (both dates as above): the birthday counts.
int AgeOn(std::string_view birth_date, std::string_view day);
// The instant of a wall-clock time ("HH:MM") on a date in China; nullopt when either is malformed.
std::optional<EpochMillis> AtShanghai(std::string_view date, std::string_view clock);
// Midnight in China starting a date, and the one after it (for inclusive day ranges); nullopt
// unless IsDate(date).
std::optional<EpochMillis> DayStartInShanghai(std::string_view date);
std::optional<EpochMillis> DayEndInShanghai(std::string_view date);

}  // namespace sunshine::core
