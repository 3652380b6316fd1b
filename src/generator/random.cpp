#include "generator/random.hpp"

#include <algorithm>
#include <numeric>

namespace sunshine::generator {
namespace {
std::uint64_t SplitMix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
std::uint64_t RotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
}  // namespace

std::uint64_t HashLabel(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

Random::Random(std::uint64_t seed) : seed_(seed) {
  std::uint64_t x = seed;
  for (auto& s : state_) s = SplitMix64(x);
}

std::uint64_t Random::Next() {
  const std::uint64_t result = RotateLeft(state_[1] * 5, 7) * 9;
  const std::uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = RotateLeft(state_[3], 45);
  return result;
}

std::int64_t Random::Uniform(std::int64_t lo, std::int64_t hi) {
  const std::uint64_t range = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
  if (range == 0) return static_cast<std::int64_t>(Next());  // the whole 64-bit range
  // Lemire: multiply into 128 bits and reject the few low products that would bias the result.
  unsigned __int128 product = static_cast<unsigned __int128>(Next()) * range;
  auto low = static_cast<std::uint64_t>(product);
  if (low < range) {
    const std::uint64_t threshold = (0 - range) % range;
    while (low < threshold) {
      product = static_cast<unsigned __int128>(Next()) * range;
      low = static_cast<std::uint64_t>(product);
    }
  }
  return lo + static_cast<std::int64_t>(product >> 64);
}

double Random::Real() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

std::size_t Random::Weighted(std::span<const double> weights) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  double target = Real() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (target < weights[i]) return i;
    target -= weights[i];
  }
  // Rounding can leave target a hair above the last weight: the last positive one.
  for (std::size_t i = weights.size(); i-- > 0;) {
    if (weights[i] > 0) return i;
  }
  return 0;
}

double Random::Bell(double mean, double stddev, double lo, double hi) {
  // Four uniforms on [0,1) sum to mean 2 and variance 1/3.
  const double sum = Real() + Real() + Real() + Real();
  const double value = mean + (sum - 2.0) * stddev * 1.7320508075688772;
  return std::clamp(value, lo, hi);
}

Random Random::Fork(std::string_view label) const {
  std::uint64_t x = seed_ ^ HashLabel(label);
  return Random(SplitMix64(x));
}

}  // namespace sunshine::generator
