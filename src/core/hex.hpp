#pragma once
// Reading lowercase hexadecimal digits by table, without a branch per digit: screening decodes a
// photo's SHA-256 and perceptual hash on every check-in it reads (tens of millions a scan), and
// random digits defeat a branch predictor (risk/checkin_sweep.cpp, training/photo_hash.cpp).
#include <array>
#include <cstdint>

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

}  // namespace sunshine::core
