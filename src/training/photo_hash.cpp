#include "training/photo_hash.hpp"

#include <png.h>
#include <turbojpeg.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <map>
#include <numbers>

#include "core/hex.hpp"

namespace sunshine::training {
namespace {
constexpr int kSide = 32;  // the picture is averaged to kSide x kSide
constexpr int kBlock = 16;  // bits from the kBlock x kBlock low frequencies

// Pictures larger than this are not decoded (a small PNG can claim a gigapixel): no check-in
// camera comes near it, and the photo is kept all the same, unhashed.
constexpr std::uint64_t kMaxPixels = 40'000'000;

struct Grey {
  std::vector<std::uint8_t> pixels;
  int width = 0, height = 0;
};

std::optional<Grey> DecodePng(std::string_view bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) return std::nullopt;
  if (std::uint64_t{image.width} * image.height > kMaxPixels) {
    png_image_free(&image);
    return std::nullopt;
  }
  // Read as RGB and made grey here: libpng's own grey conversion is gamma-correct and twice as slow.
  image.format = PNG_FORMAT_RGB;
  std::vector<std::uint8_t> rgb(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, rgb.data(), 0, nullptr)) {
    png_image_free(&image);
    return std::nullopt;
  }
  Grey out{std::vector<std::uint8_t>(rgb.size() / 3), static_cast<int>(image.width), static_cast<int>(image.height)};
  for (std::size_t i = 0; i < out.pixels.size(); ++i) {
    // BT.601 luma, as JPEG's Y.
    out.pixels[i] = static_cast<std::uint8_t>((77 * rgb[3 * i] + 150 * rgb[3 * i + 1] + 29 * rgb[3 * i + 2]) >> 8);
  }
  return out;
}

std::optional<Grey> DecodeJpeg(std::string_view bytes) {
  tjhandle handle = tjInitDecompress();
  if (!handle) return std::nullopt;
  auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto size = static_cast<unsigned long>(bytes.size());
  int width = 0, height = 0, subsampling = 0, colourspace = 0;
  std::optional<Grey> out;
  if (tjDecompressHeader3(handle, data, size, &width, &height, &subsampling, &colourspace) == 0 && width > 0 &&
      height > 0 && static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) <= kMaxPixels) {
    // The smallest scale the decoder offers that still leaves kSide pixels each way.
    int count = 0;
    const tjscalingfactor* factors = tjGetScalingFactors(&count);
    int w = width, h = height;
    for (int i = 0; i < count; ++i) {
      const int sw = TJSCALED(width, factors[i]), sh = TJSCALED(height, factors[i]);
      if (sw >= kSide && sh >= kSide && sw * sh < w * h) w = sw, h = sh;
    }
    Grey grey{std::vector<std::uint8_t>(static_cast<std::size_t>(w) * static_cast<std::size_t>(h)), w, h};
    if (tjDecompress2(handle, data, size, grey.pixels.data(), w, 0, h, TJPF_GRAY, TJFLAG_FASTDCT) == 0) {
      out = std::move(grey);
    }
  }
  tjDestroy(handle);
  return out;
}

// The cells of kSide across a span of `n` pixels that each pixel covers, with the share of the
// pixel in each: a box filter, so every size of one picture averages to the same cells. Pixel p
// covers parts[starts[p]] .. parts[starts[p + 1] - 1].
struct Coverage {
  std::vector<std::size_t> starts;
  std::vector<std::pair<int, double>> parts;
};

Coverage CoverageOf(int n) {
  Coverage out;
  out.starts.reserve(static_cast<std::size_t>(n) + 1);
  for (int p = 0; p < n; ++p) {
    out.starts.push_back(out.parts.size());
    const double from = static_cast<double>(p) * kSide / n, to = static_cast<double>(p + 1) * kSide / n;
    for (int cell = static_cast<int>(from); cell < kSide && cell < to; ++cell) {
      const double part = std::min(to, cell + 1.0) - std::max(from, static_cast<double>(cell));
      if (part > 1e-9) out.parts.emplace_back(cell, part);
    }
  }
  out.starts.push_back(out.parts.size());
  return out;
}

// The picture averaged to kSide x kSide by area, shrunk or stretched. A camera sends one size
// again and again, so each thread keeps the coverage of the sizes it has seen: made anew for
// every photo, its small allocations were a fifth of a generator's time (perf).
std::array<double, kSide * kSide> Shrink(const std::vector<std::uint8_t>& grey, int width, int height) {
  thread_local std::map<int, Coverage> seen;
  if (seen.size() > 16) seen.clear();  // before the lookups: the references below stay valid
  const auto lookup = [](int n) -> const Coverage& {
    auto it = seen.find(n);
    if (it == seen.end()) it = seen.emplace(n, CoverageOf(n)).first;
    return it->second;
  };
  const Coverage& across = lookup(width);
  const Coverage& down = lookup(height);
  std::array<double, kSide * kSide> sum{}, weight{};
  for (int y = 0; y < height; ++y) {
    for (std::size_t dy = down.starts[static_cast<std::size_t>(y)]; dy < down.starts[static_cast<std::size_t>(y) + 1]; ++dy) {
      const auto [row, wy] = down.parts[dy];
      for (int x = 0; x < width; ++x) {
        const double g = grey[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
        for (std::size_t dx = across.starts[static_cast<std::size_t>(x)]; dx < across.starts[static_cast<std::size_t>(x) + 1];
             ++dx) {
          const auto [column, wx] = across.parts[dx];
          sum[static_cast<std::size_t>(row * kSide + column)] += g * wy * wx;
          weight[static_cast<std::size_t>(row * kSide + column)] += wy * wx;
        }
      }
    }
  }
  for (std::size_t i = 0; i < sum.size(); ++i) sum[i] = weight[i] > 0 ? sum[i] / weight[i] : 0;
  return sum;
}

// cos((2x + 1) u pi / 2N) for the low frequencies u = 1 .. kBlock.
const std::array<double, kBlock * kSide>& Cosines() {
  static const auto table = [] {
    std::array<double, kBlock * kSide> t{};
    for (int u = 0; u < kBlock; ++u) {
      for (int x = 0; x < kSide; ++x) {
        t[static_cast<std::size_t>(u * kSide + x)] =
            std::cos((2 * x + 1) * (u + 1) * std::numbers::pi / (2 * kSide));
      }
    }
    return t;
  }();
  return table;
}
}  // namespace

PhotoHash HashOfGrey(const std::vector<std::uint8_t>& grey, int width, int height) {
  if (width <= 0 || height <= 0 || grey.size() < static_cast<std::size_t>(width) * static_cast<std::size_t>(height)) {
    return {};
  }
  const auto cells = Shrink(grey, width, height);
  const auto& cosines = Cosines();
  // The separable transform, rows then columns, of the low frequencies only.
  std::array<double, kBlock * kSide> rows{};  // [v][y]: row y's frequency v
  for (int y = 0; y < kSide; ++y) {
    for (int v = 0; v < kBlock; ++v) {
      double s = 0;
      for (int x = 0; x < kSide; ++x) s += cells[static_cast<std::size_t>(y * kSide + x)] * cosines[static_cast<std::size_t>(v * kSide + x)];
      rows[static_cast<std::size_t>(v * kSide + y)] = s;
    }
  }
  std::array<double, kBlock * kBlock> block{};
  for (int u = 0; u < kBlock; ++u) {
    for (int v = 0; v < kBlock; ++v) {
      double s = 0;
      for (int y = 0; y < kSide; ++y) s += rows[static_cast<std::size_t>(v * kSide + y)] * cosines[static_cast<std::size_t>(u * kSide + y)];
      block[static_cast<std::size_t>(u * kBlock + v)] = s;
    }
  }
  // Magnitudes, not signs: a face is nearly symmetric, so half these frequencies are near zero and
  // their signs flip with any speck; their smallness does not.
  for (auto& b : block) b = std::abs(b);
  auto sorted = block;
  std::nth_element(sorted.begin(), sorted.begin() + kBlock * kBlock / 2, sorted.end());
  const double median = sorted[kBlock * kBlock / 2];
  PhotoHash hash;
  for (std::size_t i = 0; i < block.size(); ++i) {
    if (block[i] > median) hash.bits[i / 64] |= std::uint64_t{1} << (i % 64);
  }
  constexpr int kTones = 4, kCellsPerTone = kSide / kTones;
  for (int ty = 0; ty < kTones; ++ty) {
    for (int tx = 0; tx < kTones; ++tx) {
      double sum = 0;
      for (int y = ty * kCellsPerTone; y < (ty + 1) * kCellsPerTone; ++y) {
        for (int x = tx * kCellsPerTone; x < (tx + 1) * kCellsPerTone; ++x) sum += cells[static_cast<std::size_t>(y * kSide + x)];
      }
      hash.tones[static_cast<std::size_t>(ty * kTones + tx)] =
          static_cast<std::uint8_t>(std::lround(std::clamp(sum / (kCellsPerTone * kCellsPerTone), 0.0, 255.0)));
    }
  }
  return hash;
}

std::optional<PhotoHash> PerceptualHash(std::string_view bytes, std::string_view content_type) {
  std::optional<Grey> grey;
  if (content_type == "image/jpeg") {
    grey = DecodeJpeg(bytes);
  } else if (content_type == "image/png") {
    grey = DecodePng(bytes);
  }
  if (!grey) return std::nullopt;
  return HashOfGrey(grey->pixels, grey->width, grey->height);
}

// Built twice, with the processor's popcount instruction and without, the one the processor has
// chosen when the program loads: screening compares hundreds of millions of pairs a scan, and
// without the instruction each count is a library call (half the comparison's time, perf).
// The count itself, inlined into each build of the two functions below.
namespace {
inline int BitsApart(const PhotoHash& a, const PhotoHash& b) {
  int d = 0;
  for (std::size_t i = 0; i < a.bits.size(); ++i) d += std::popcount(a.bits[i] ^ b.bits[i]);
  return d;
}
}  // namespace

__attribute__((target_clones("popcnt", "default"))) int HammingDistance(const PhotoHash& a, const PhotoHash& b) {
  return BitsApart(a, b);
}

__attribute__((target_clones("popcnt", "default"))) void ForEachNearPair(
    std::span<const PhotoHash> hashes, int max_bits, const std::function<void(std::size_t, std::size_t, int)>& near) {
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    for (std::size_t j = i + 1; j < hashes.size(); ++j) {
      if (const int d = BitsApart(hashes[i], hashes[j]); d <= max_bits) near(i, j, d);
    }
  }
}

double ToneDistance(const PhotoHash& a, const PhotoHash& b) {
  double mean_a = 0, mean_b = 0;
  for (std::size_t i = 0; i < a.tones.size(); ++i) mean_a += a.tones[i], mean_b += b.tones[i];
  mean_a /= static_cast<double>(a.tones.size());
  mean_b /= static_cast<double>(b.tones.size());
  double sum = 0;
  for (std::size_t i = 0; i < a.tones.size(); ++i) sum += std::abs((a.tones[i] - mean_a) - (b.tones[i] - mean_b));
  return sum / static_cast<double>(a.tones.size());
}

// As stored: the four words of bits, most significant byte first, then the tones.
std::string PhotoHash::Hex() const {
  std::array<std::uint8_t, 48> bytes{};
  for (std::size_t w = 0; w < 4; ++w) {
    for (std::size_t k = 0; k < 8; ++k) bytes[8 * w + k] = static_cast<std::uint8_t>(bits[w] >> (56 - 8 * k));
  }
  std::copy(tones.begin(), tones.end(), bytes.begin() + 32);
  return core::HexOf(bytes);
}

std::optional<PhotoHash> PhotoHash::FromHex(std::string_view hex) {
  std::array<std::uint8_t, 48> bytes{};
  if (!core::ReadHex(hex, bytes)) return std::nullopt;
  PhotoHash out;
  for (std::size_t w = 0; w < 4; ++w) {
    for (std::size_t k = 0; k < 8; ++k) out.bits[w] = out.bits[w] << 8 | bytes[8 * w + k];
  }
  std::copy(bytes.begin() + 32, bytes.end(), out.tones.begin());
  return out;
}

}  // namespace sunshine::training
