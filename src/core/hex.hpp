#pragma once
// Lowercase hexadecimal, read by table, without a branch per digit: screening decodes a
// photo's SHA-256 and perceptual hash on every check-in it reads (tens of millions a scan), and
// random digits defeat a branch predictor (risk/checkin_sweep.cpp, training/photo_hash.cpp).
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace sunshine::core {

// The value of a lowercase hex digit, or -1 for any other character.
inline int HexValue(char c) {
  static constexpr auto kTable = [] {
    std::array<std::int8_t, 256> table{};
    table.fill(-1);
    for (int d = 0; d < 10; ++d) table['0' + d] = static_cast<std::int8_t>(d);
    for (int d = 0; d < 6; ++d) table['a' + d] = static_cast<std::int8_t>(10 + d);
    return table;
  }();
  return kTable[static_cast<unsigned char>(c)];
}

// Bytes as lowercase hex, two digits a byte.
inline std::string HexOf(std::span<const std::uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(2 * bytes.size(), '0');
  for (std::size_t k = 0; k < bytes.size(); ++k) {
    out[2 * k] = kDigits[bytes[k] >> 4];
    out[2 * k + 1] = kDigits[bytes[k] & 15];
  }
  return out;
}

// Exactly 2 x out.size() lowercase hex digits into `out`; false (out undefined) otherwise.
inline bool ReadHex(std::string_view hex, std::span<std::uint8_t> out) {
  if (hex.size() != 2 * out.size()) return false;
  int invalid = 0;  // any digit's -1 sets it: one test at the end, no branch per digit
  for (std::size_t k = 0; k < out.size(); ++k) {
    const int high = HexValue(hex[2 * k]), low = HexValue(hex[2 * k + 1]);
    invalid |= high | low;
    out[k] = static_cast<std::uint8_t>((high & 15) << 4 | (low & 15));
  }
  return invalid >= 0;
}

}  // namespace sunshine::core
