#include "generator/portrait.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <utility>
#include <vector>

#include "generator/random.hpp"

namespace sunshine::generator {
namespace {
struct Rgb {
  double r, g, b;
};
// ID photos (证件照) are taken on blue, white or red.
constexpr std::array<Rgb, 3> kBackgrounds{{{67, 142, 219}, {246, 246, 246}, {214, 40, 40}}};
constexpr std::array<Rgb, 4> kSkins{{{241, 204, 178}, {224, 184, 150}, {198, 152, 118}, {170, 124, 92}}};
constexpr std::array<Rgb, 3> kHair{{{22, 20, 20}, {52, 38, 30}, {90, 70, 50}}};
constexpr std::array<Rgb, 4> kClothes{{{30, 34, 48}, {240, 240, 240}, {70, 70, 78}, {40, 60, 110}}};

struct Face {
  Rgb background, skin, hair, clothes;
  double face_w, face_h, eye_gap, eye_y, hair_drop, mouth_w;
};

Face FaceOf(std::string_view person) {
  Random r(HashLabel(person));
  Face f;
  f.background = r.Pick(std::span<const Rgb>(kBackgrounds));
  f.skin = r.Pick(std::span<const Rgb>(kSkins));
  f.hair = r.Pick(std::span<const Rgb>(kHair));
  f.clothes = r.Pick(std::span<const Rgb>(kClothes));
  f.face_w = 11 + r.Real() * 4;
  f.face_h = 15 + r.Real() * 4;
  f.eye_gap = 4.5 + r.Real() * 2;
  f.eye_y = -2 + r.Real() * 2;
  f.hair_drop = 3 + r.Real() * 6;
  f.mouth_w = 3 + r.Real() * 3;
  return f;
}

void PutU32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

// One PNG chunk: length, type, data, and the CRC of type and data.
void PutChunk(std::string& out, const char* type, std::string_view data) {
  PutU32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t from = out.size();
  out.append(type, 4);
  out.append(data);
  PutU32(out, static_cast<std::uint32_t>(
                  crc32(0, reinterpret_cast<const Bytef*>(out.data() + from), static_cast<uInt>(out.size() - from))));
}

// An 8-bit palette PNG of the indexed pixels (rows unfiltered). A portrait has a dozen colours,
// so one byte a pixel (a third of RGB) is what deflate has to read. The deflate state is made
// once per thread and reset for each image: making it anew (256 KB) cost more than drawing and
// compressing a portrait, and a province-year has tens of millions of them.
std::string EncodePng(const std::vector<unsigned char>& rows, const std::vector<Rgb>& palette, int width,
                      int height) {
  struct Deflater {
    z_stream z{};
    std::string packed;
    Deflater() {
      // A 4 KB window holds a whole portrait and small tables make the reset per image cheap; rows
      // are runs of a few colours, which run-length matching finds fastest (and smallest).
      if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 12, 5, Z_RLE) != Z_OK) {
        throw std::runtime_error("portrait: deflateInit");
      }
    }
    ~Deflater() { deflateEnd(&z); }
  };
  thread_local Deflater deflater;
  z_stream& z = deflater.z;
  deflateReset(&z);
  std::string& packed = deflater.packed;
  packed.resize(deflateBound(&z, static_cast<uLong>(rows.size())));
  z.next_in = const_cast<Bytef*>(rows.data());
  z.avail_in = static_cast<uInt>(rows.size());
  z.next_out = reinterpret_cast<Bytef*>(packed.data());
  z.avail_out = static_cast<uInt>(packed.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("portrait: deflate");

  std::string out;
  out.reserve(z.total_out + 8 + 25 + 12 + palette.size() * 3 + 24);
  out.append("\x89PNG\r\n\x1a\n", 8);
  std::string header;
  PutU32(header, static_cast<std::uint32_t>(width));
  PutU32(header, static_cast<std::uint32_t>(height));
  header += std::string("\x08\x03\x00\x00\x00", 5);  // 8 bits, palette, deflate, no filter method, no interlace
  PutChunk(out, "IHDR", header);
  std::string colours;
  for (const auto& c : palette) {
    for (const double v : {c.r, c.g, c.b}) colours += static_cast<char>(static_cast<unsigned char>(std::clamp(v, 0.0, 255.0)));
  }
  PutChunk(out, "PLTE", colours);
  PutChunk(out, "IDAT", std::string_view(packed.data(), z.total_out));
  PutChunk(out, "IEND", "");
  return out;
}

// The pixels of row `y` inside the ellipse, as [first, last] (first > last: none).
std::pair<int, int> Span(double y, double cx, double cy, double rx, double ry) {
  const double dy = (y - cy) / ry;
  if (dy * dy > 1) return {1, 0};
  const double half = rx * std::sqrt(1 - dy * dy);
  return {std::max(0, static_cast<int>(std::ceil(cx - half))),
          std::min(kPortraitWidth - 1, static_cast<int>(std::floor(cx + half)))};
}
// Paints `colour` over [first, last] of a row, within [from, to].
void Paint(unsigned char* row, std::pair<int, int> span, unsigned char colour, int from = 0,
           int to = kPortraitWidth - 1) {
  for (int x = std::max(span.first, from); x <= std::min(span.second, to); ++x) row[x] = colour;
}
}  // namespace

std::string Portrait(std::string_view person, std::string_view sitting, std::string_view retouch) {
  enum : unsigned char { kBackground, kClothes, kHair, kSkin, kEye, kMouth, kSpecks };
  const Face f = FaceOf(person);
  Random s(HashLabel(std::string(person) + "|" + std::string(sitting)));
  const double light = 0.9 + s.Real() * 0.2;
  const double cx = kPortraitWidth / 2.0 + (s.Real() - 0.5) * 4;
  const double cy = 26 + (s.Real() - 0.5) * 4;
  std::vector<Rgb> palette{f.background, f.clothes, f.hair, f.skin, {25, 22, 22}, {170, 80, 80}};
  for (auto& c : palette) c = {c.r * light, c.g * light, c.b * light};
  // Each row is its filter byte (none) and one palette index a pixel, drawn span by span.
  constexpr int kStride = kPortraitWidth + 1;
  thread_local std::vector<unsigned char> rows(static_cast<std::size_t>(kStride) * kPortraitHeight);
  for (int y = 0; y < kPortraitHeight; ++y) {
    unsigned char* row = rows.data() + static_cast<std::size_t>(y) * kStride;
    row[0] = 0;
    unsigned char* pixels = row + 1;
    std::fill(pixels, pixels + kPortraitWidth, kBackground);
    Paint(pixels, Span(y, cx, cy + 38, 22, 16), kClothes);                                    // shoulders
    Paint(pixels, Span(y, cx, cy - f.face_h * 0.35, f.face_w + 1.5, f.face_h * 0.8), kHair);  // hair
    if (y <= cy - f.face_h + f.hair_drop) continue;
    const auto face = Span(y, cx, cy + f.hair_drop * 0.3, f.face_w, f.face_h);
    Paint(pixels, face, kSkin);
    const double eye_y = cy + f.eye_y;
    Paint(pixels, Span(y, cx - f.eye_gap, eye_y, 1.6, 1.1), kEye, face.first, face.second);
    Paint(pixels, Span(y, cx + f.eye_gap, eye_y, 1.6, 1.1), kEye, face.first, face.second);
    Paint(pixels, Span(y, cx, cy + f.face_h * 0.55, f.mouth_w, 0.9), kMouth, face.first, face.second);
  }
  // Sensor noise: a few specks per sitting, each its own shade of the colour under it, so no two
  // sittings share bytes (noise on every pixel would make the file several times larger).
  if (!retouch.empty()) s = Random(HashLabel(std::string(sitting) + "|retouch|" + std::string(retouch)));
  for (int n = 0; n < 8; ++n) {
    const auto at = s.Uniform(0, kPortraitWidth * kPortraitHeight - 1);
    unsigned char& pixel = rows[static_cast<std::size_t>(at / kPortraitWidth) * kStride + 1 + at % kPortraitWidth];
    Rgb speck = palette[pixel];
    speck = {speck.r + static_cast<double>(s.Uniform(-12, 12)), speck.g + static_cast<double>(s.Uniform(-12, 12)),
             speck.b + static_cast<double>(s.Uniform(-12, 12))};
    palette.push_back(speck);
    pixel = static_cast<unsigned char>(kSpecks + n);
  }
  return EncodePng(rows, palette, kPortraitWidth, kPortraitHeight);
}

}  // namespace sunshine::generator
