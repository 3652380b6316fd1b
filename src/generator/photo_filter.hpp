#pragma once
// The photos a bulk write has kept, as a Bloom filter over their SHA-256 (ADR 0012): a photo the
// filter has never seen is surely not stored, so its bytes need no lookup of the photos' index
// before they are appended. At a province-year that index holds 50 million random keys, far
// beyond any cache, and a lookup per photo read pages all over it; the filter answers from
// memory, and only the photos it may have seen (the same bytes again, or one in a hundred by
// chance) are looked up.
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace sunshine::generator {

class PhotoFilter {
 public:
  // `bits` rounded up to a power of two; 10 bits a photo keep false "maybe"s near 1 %.
  explicit PhotoFilter(std::uint64_t bits);
  // `sha256`: 64 lowercase hex digits (the first 32 are what the filter reads).
  void Add(std::string_view sha256);
  // False: never added. True: added, or by chance.
  bool MayContain(std::string_view sha256) const;

 private:
  static constexpr int kProbes = 7;
  // Two words of the digest; the probes are h1 + k * h2 (Kirsch and Mitzenmacher).
  static std::pair<std::uint64_t, std::uint64_t> Words(std::string_view sha256);
  std::vector<std::uint64_t> words_;
  std::uint64_t mask_;
};

}  // namespace sunshine::generator
