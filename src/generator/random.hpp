#pragma once
// The generator's randomness (issue 12 item 2): a province generated from one seed must be the
// same on every machine and every run. std::uniform_int_distribution and friends are not
// specified bit for bit (libstdc++ and libc++ differ), so every draw here is defined in this
// file: xoshiro256** (Blackman and Vigna) seeded through splitmix64, Lemire's unbiased bounded
// integers, and 53-bit doubles.
//
// Fork(label) derives an independent stream from this one's seed and a label ("city:510100",
// "class:123"), so one entity's data depend only on the seed and its own label: adding a
// county or changing one class's size leaves every other entity as it was.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace sunshine::generator {

class Random {
 public:
  explicit Random(std::uint64_t seed);

  std::uint64_t Next();
  // Uniform in [lo, hi], both inclusive. Precondition: lo <= hi.
  std::int64_t Uniform(std::int64_t lo, std::int64_t hi);
  // Uniform in [0, 1) with 53 random bits.
  double Real();
  bool Chance(double probability) { return Real() < probability; }
  // An index drawn with the given non-negative weights; precondition: their sum is positive.
  std::size_t Weighted(std::span<const double> weights);
  template <class T>
  const T& Pick(std::span<const T> items) {
    return items[static_cast<std::size_t>(Uniform(0, static_cast<std::int64_t>(items.size()) - 1))];
  }
  // Roughly normal (the sum of four uniforms, so bounded: mean ± 2*sqrt(3)*stddev), clamped
  // to [lo, hi]: class sizes and ages that cluster without a tail past what is plausible.
  double Bell(double mean, double stddev, double lo, double hi);
  // An independent stream for `label`, from this stream's seed (not its position).
  Random Fork(std::string_view label) const;
  std::uint64_t seed() const { return seed_; }

 private:
  std::uint64_t seed_;
  std::array<std::uint64_t, 4> state_;
};

// The 64-bit FNV-1a hash of text (labels for Fork, stable across platforms).
std::uint64_t HashLabel(std::string_view text);

}  // namespace sunshine::generator
