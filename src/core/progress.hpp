#pragma once
// The progress line of a long command (issue 12 item 6), as a pure function: what has been
// done of how much, the rate and the time left. app/progress.hpp draws it on a terminal.
#include <cstdint>
#include <string>
#include <string_view>

namespace sunshine::core {

// "学员 12,345/40,000 (30.9%) 1,234/s, 23 s left" once a rate is known; "学员 0/40,000" before.
// `total` 0 (unknown) gives "学员 12,345 1,234/s". Seconds left are rounded up; past an hour
// they read "1 h 05 min".
std::string ProgressLine(std::string_view label, std::int64_t done, std::int64_t total, double elapsed_seconds);

// 1234567 -> "1,234,567".
std::string GroupThousands(std::int64_t n);

}  // namespace sunshine::core
