#include "core/page.hpp"

#include <charconv>

namespace sunshine::core {
namespace {
constexpr char kHex[] = "0123456789abcdef";
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
}  // namespace

std::string EncodeCursor(const Cursor& cursor) {
  std::string out = std::to_string(cursor.id);
  if (!cursor.key) return out;
  out += '.';
  for (unsigned char c : *cursor.key) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::optional<Cursor> DecodeCursor(std::string_view text) {
  Cursor cursor;
  const auto dot = text.find('.');
  const std::string_view id = text.substr(0, dot);
  auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), cursor.id);
  if (id.empty() || ec != std::errc{} || end != id.data() + id.size() || cursor.id < 0) return std::nullopt;
  if (dot == std::string_view::npos) return cursor;
  const std::string_view hex = text.substr(dot + 1);
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string key;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int hi = HexValue(hex[i]), lo = HexValue(hex[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    key += static_cast<char>(hi * 16 + lo);
  }
  cursor.key = std::move(key);
  return cursor;
}

}  // namespace sunshine::core
