#pragma once
// Time as stored and shown: the database keeps UTC milliseconds since the epoch (BIGINT on both
// engines, see docs/adr/0002); the API shows ISO 8601 with the Asia/Shanghai offset (+08:00).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sunshine::core {

using EpochMillis = std::int64_t;

EpochMillis NowMillis();

// "2026-11-25T18:04:05.123+08:00". China has kept +08:00 without daylight saving since 1991.
std::string FormatShanghai(EpochMillis at);

// Parses "YYYY-MM-DDTHH:MM:SS[.fff](Z|+hh:mm|-hh:mm)". Returns nullopt on anything else.
std::optional<EpochMillis> ParseIso8601(std::string_view text);

}  // namespace sunshine::core
