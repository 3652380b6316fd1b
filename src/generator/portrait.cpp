#include "generator/portrait.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
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

// An 8-bit RGB PNG of the pixels (rows unfiltered). The deflate state is made once per thread
// and reset for each image: making it anew (256 KB) cost more than drawing and compressing a
// portrait, and a province-year has tens of millions of them.
std::string EncodePng(const std::vector<unsigned char>& pixels, int width, int height) {
  struct Deflater {
    z_stream z{};
    Deflater() {
      if (deflateInit(&z, Z_BEST_SPEED) != Z_OK) throw std::runtime_error("portrait: deflateInit");
    }
    ~Deflater() { deflateEnd(&z); }
  };
  thread_local Deflater deflater;
  z_stream& z = deflater.z;
  deflateReset(&z);
  std::string raw;
  raw.reserve(static_cast<std::size_t>(height) * (width * 3 + 1));
  for (int y = 0; y < height; ++y) {
    raw += '\0';  // filter type: none
    raw.append(reinterpret_cast<const char*>(pixels.data()) + static_cast<std::size_t>(y) * width * 3,
               static_cast<std::size_t>(width) * 3);
  }
  std::string packed(deflateBound(&z, static_cast<uLong>(raw.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(raw.data());
  z.avail_in = static_cast<uInt>(raw.size());
  z.next_out = reinterpret_cast<Bytef*>(packed.data());
  z.avail_out = static_cast<uInt>(packed.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("portrait: deflate");
  packed.resize(z.total_out);

  std::string out("\x89PNG\r\n\x1a\n", 8);
  std::string header;
  PutU32(header, static_cast<std::uint32_t>(width));
  PutU32(header, static_cast<std::uint32_t>(height));
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, no filter method, no interlace
  PutChunk(out, "IHDR", header);
  PutChunk(out, "IDAT", packed);
  PutChunk(out, "IEND", "");
  return out;
}

bool InEllipse(double x, double y, double cx, double cy, double rx, double ry) {
  const double dx = (x - cx) / rx, dy = (y - cy) / ry;
  return dx * dx + dy * dy <= 1;
}
}  // namespace

std::string Portrait(std::string_view person, std::string_view sitting) {
  const Face f = FaceOf(person);
  Random s(HashLabel(std::string(person) + "|" + std::string(sitting)));
  const double light = 0.9 + s.Real() * 0.2;
  const double cx = kPortraitWidth / 2.0 + (s.Real() - 0.5) * 4;
  const double cy = 26 + (s.Real() - 0.5) * 4;
  std::vector<unsigned char> pixels(static_cast<std::size_t>(kPortraitWidth) * kPortraitHeight * 3);
  for (int y = 0; y < kPortraitHeight; ++y) {
    for (int x = 0; x < kPortraitWidth; ++x) {
      Rgb c = f.background;
      if (InEllipse(x, y, cx, cy + 38, 22, 16)) c = f.clothes;                                    // shoulders
      if (InEllipse(x, y, cx, cy - f.face_h * 0.35, f.face_w + 1.5, f.face_h * 0.8)) c = f.hair;  // hair
      if (InEllipse(x, y, cx, cy + f.hair_drop * 0.3, f.face_w, f.face_h) && y > cy - f.face_h + f.hair_drop) {
        c = f.skin;
        const double eye_y = cy + f.eye_y;
        if (InEllipse(x, y, cx - f.eye_gap, eye_y, 1.6, 1.1) || InEllipse(x, y, cx + f.eye_gap, eye_y, 1.6, 1.1)) {
          c = {25, 22, 22};
        }
        if (InEllipse(x, y, cx, cy + f.face_h * 0.55, f.mouth_w, 0.9)) c = {170, 80, 80};
      }
      const std::size_t at = (static_cast<std::size_t>(y) * kPortraitWidth + x) * 3;
      pixels[at] = static_cast<unsigned char>(std::clamp(c.r * light, 0.0, 255.0));
      pixels[at + 1] = static_cast<unsigned char>(std::clamp(c.g * light, 0.0, 255.0));
      pixels[at + 2] = static_cast<unsigned char>(std::clamp(c.b * light, 0.0, 255.0));
    }
  }
  // Sensor noise: a few specks per sitting, so no two sittings share bytes (noise on every pixel
  // would make the file several times larger).
  for (int n = 0; n < 8; ++n) {
    const auto at = static_cast<std::size_t>(s.Uniform(0, kPortraitWidth * kPortraitHeight - 1)) * 3;
    for (int k = 0; k < 3; ++k)
      pixels[at + k] = static_cast<unsigned char>(std::clamp(pixels[at + k] + s.Uniform(-12, 12), 0L, 255L));
  }
  return EncodePng(pixels, kPortraitWidth, kPortraitHeight);
}

}  // namespace sunshine::generator
