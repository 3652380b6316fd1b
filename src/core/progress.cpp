#include "core/progress.hpp"

#include <cmath>
#include <cstdio>

namespace sunshine::core {

std::string GroupThousands(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return n < 0 ? "-" + digits : digits;
}

namespace {
std::string Duration(double seconds) {
  const auto whole = static_cast<std::int64_t>(std::ceil(seconds));
  if (whole < 3600) return std::to_string(whole) + " s";
  char text[32];
  std::snprintf(text, sizeof text, "%lld h %02lld min", static_cast<long long>(whole / 3600),
                static_cast<long long>(whole % 3600 / 60));
  return text;
}
}  // namespace

std::string ProgressLine(std::string_view label, std::int64_t done, std::int64_t total, double elapsed_seconds) {
  std::string out(label);
  out += " " + GroupThousands(done);
  if (total > 0) {
    char percent[16];
    std::snprintf(percent, sizeof percent, " (%.1f%%)", 100.0 * static_cast<double>(done) / static_cast<double>(total));
    out += "/" + GroupThousands(total) + percent;
  }
  if (done <= 0 || elapsed_seconds <= 0) return out;
  const double rate = static_cast<double>(done) / elapsed_seconds;
  out += " " + GroupThousands(static_cast<std::int64_t>(std::llround(rate))) + "/s";
  if (total > 0 && done < total) out += ", " + Duration(static_cast<double>(total - done) / rate) + " left";
  return out;
}

}  // namespace sunshine::core
