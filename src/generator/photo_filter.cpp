#include "generator/photo_filter.hpp"

#include <algorithm>
#include <bit>

namespace sunshine::generator {
namespace {
// Sixteen hex digits as a number (a digest's digits are already uniformly random).
std::uint64_t HexWord(std::string_view hex) {
  std::uint64_t out = 0;
  for (const char c : hex) {
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c & 0x0F;
    out = out << 4 | static_cast<std::uint64_t>(digit);
  }
  return out;
}
}  // namespace

PhotoFilter::PhotoFilter(std::uint64_t bits)
    : words_(std::bit_ceil(std::max<std::uint64_t>(bits, 64)) / 64), mask_(words_.size() * 64 - 1) {}

std::pair<std::uint64_t, std::uint64_t> PhotoFilter::Words(std::string_view sha256) {
  return {HexWord(sha256.substr(0, 16)), HexWord(sha256.substr(16, 16)) | 1};
}

void PhotoFilter::Add(std::string_view sha256) {
  const auto [h1, h2] = Words(sha256);
  for (int k = 0; k < kProbes; ++k) {
    const std::uint64_t bit = (h1 + static_cast<std::uint64_t>(k) * h2) & mask_;
    words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

bool PhotoFilter::MayContain(std::string_view sha256) const {
  const auto [h1, h2] = Words(sha256);
  for (int k = 0; k < kProbes; ++k) {
    const std::uint64_t bit = (h1 + static_cast<std::uint64_t>(k) * h2) & mask_;
    if ((words_[bit / 64] >> (bit % 64) & 1) == 0) return false;
  }
  return true;
}

}  // namespace sunshine::generator
