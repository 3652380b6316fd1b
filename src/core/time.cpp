#include "core/time.hpp"

#include <chrono>
#include <cstdio>

namespace sunshine::core {
namespace {
constexpr std::int64_t kShanghaiOffsetMillis = 8LL * 3600 * 1000;

bool Digits(std::string_view s, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}
}  // namespace

std::string FormatShanghai(EpochMillis at) {
  using namespace std::chrono;
  const sys_time<milliseconds> local{milliseconds{at + kShanghaiOffsetMillis}};
  const auto day = floor<days>(local);
  const year_month_day ymd{day};
  const hh_mm_ss hms{local - day};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ld+08:00", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long>(hms.seconds().count()), static_cast<long>(hms.subseconds().count()));
  return buffer;
}

std::optional<EpochMillis> ParseIso8601(std::string_view s) {
  using namespace std::chrono;
  int y, mo, d, h, mi, sec;
  if (!Digits(s, 0, 4, y) || s.size() < 19 || s[4] != '-' || !Digits(s, 5, 2, mo) || s[7] != '-' ||
      !Digits(s, 8, 2, d) || s[10] != 'T' || !Digits(s, 11, 2, h) || s[13] != ':' || !Digits(s, 14, 2, mi) ||
      s[16] != ':' || !Digits(s, 17, 2, sec)) {
    return std::nullopt;
  }
  std::size_t pos = 19;
  int millis = 0;
  if (pos < s.size() && s[pos] == '.') {
    int digits = 0;
    ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (digits < 3) millis = millis * 10 + (s[pos] - '0');
      ++digits, ++pos;
    }
    if (digits == 0) return std::nullopt;
    for (; digits < 3; ++digits) millis *= 10;
  }
  int offset_minutes = 0;
  if (pos < s.size() && s[pos] == 'Z') {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int oh, om;
    if (!Digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !Digits(s, pos + 4, 2, om) ||
        oh > 23 || om > 59) {
      return std::nullopt;
    }
    offset_minutes = (s[pos] == '+' ? 1 : -1) * (oh * 60 + om);
    pos += 6;
  } else {
    return std::nullopt;  // a time without an offset is ambiguous: refuse it
  }
  if (pos != s.size()) return std::nullopt;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || sec > 59) return std::nullopt;
  const auto since_epoch = sys_days{ymd}.time_since_epoch() + hours{h} + minutes{mi} + seconds{sec} +
                           milliseconds{millis} - minutes{offset_minutes};
  return duration_cast<milliseconds>(since_epoch).count();
}

namespace {
std::optional<std::chrono::year_month_day> ParseDate(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !Digits(s, 0, 4, y) || !Digits(s, 5, 2, m) ||
      !Digits(s, 8, 2, d)) {
    return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::string FormatDate(std::chrono::year_month_day ymd) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}
}  // namespace

bool IsDate(std::string_view text) { return ParseDate(text).has_value(); }

int DateNumber(std::string_view date) {
  const auto d = ParseDate(date);
  if (!d) return 0;
  return static_cast<int>(d->year()) * 10000 + static_cast<int>(static_cast<unsigned>(d->month())) * 100 +
         static_cast<int>(static_cast<unsigned>(d->day()));
}

std::string DayBefore(std::string_view date) {
  using namespace std::chrono;
  return FormatDate(year_month_day{sys_days{*ParseDate(date)} - days{1}});
}

std::string DateInShanghai(EpochMillis at) { return FormatShanghai(at).substr(0, 10); }

int AgeOn(std::string_view birth_date, std::string_view day) {
  int age = std::stoi(std::string(day.substr(0, 4))) - std::stoi(std::string(birth_date.substr(0, 4)));
  if (day.substr(5) < birth_date.substr(5)) --age;  // the birthday is still to come that year
  return age;
}

std::optional<EpochMillis> DayStartInShanghai(std::string_view date) {
  return IsDate(date) ? AtShanghai(date, "00:00") : std::nullopt;
}

std::optional<EpochMillis> DayEndInShanghai(std::string_view date) {
  const auto start = DayStartInShanghai(date);
  return start ? std::optional(*start + 24LL * 3600 * 1000) : std::nullopt;
}

std::optional<EpochMillis> AtShanghai(std::string_view date, std::string_view clock) {
  if (clock.size() != 5) return std::nullopt;
  return ParseIso8601(std::string(date) + "T" + std::string(clock) + ":00+08:00");
}

}  // namespace sunshine::core
