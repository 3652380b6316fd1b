#include "training/photo_hash.hpp"

#include <gtest/gtest.h>
#include <png.h>
#include <turbojpeg.h>

#include <cmath>
#include <string>
#include <vector>

namespace sunshine::training {
namespace {

// A grey test picture: a bright disc (a face) on a gradient, shifted by (dx, dy) and lit by `light`.
std::vector<std::uint8_t> Picture(int width, int height, double dx = 0, double dy = 0, double light = 1) {
  std::vector<std::uint8_t> out(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const double u = (x - dx) / width - 0.5, v = (y - dy) / height - 0.4;
      double g = 60 + 80.0 * y / height;
      if (u * u + v * v < 0.06) g = 200 - 120 * (std::abs(u) < 0.08 && std::abs(v + 0.05) < 0.02);
      out[static_cast<std::size_t>(y * width + x)] = static_cast<std::uint8_t>(std::clamp(g * light, 0.0, 255.0));
    }
  }
  return out;
}

std::string Png(const std::vector<std::uint8_t>& grey, int width, int height) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width);
  image.height = static_cast<png_uint_32>(height);
  image.format = PNG_FORMAT_GRAY;
  png_alloc_size_t size = 0;
  EXPECT_TRUE(png_image_write_get_memory_size(image, size, 0, grey.data(), 0, nullptr));
  std::string out(size, '\0');
  EXPECT_TRUE(png_image_write_to_memory(&image, out.data(), &size, 0, grey.data(), 0, nullptr));
  out.resize(size);
  return out;
}

std::string Jpeg(const std::vector<std::uint8_t>& grey, int width, int height, int quality) {
  tjhandle handle = tjInitCompress();
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  EXPECT_EQ(tjCompress2(handle, grey.data(), width, 0, height, TJPF_GRAY, &buffer, &size, TJSAMP_GRAY, quality, 0), 0);
  std::string out(reinterpret_cast<const char*>(buffer), size);
  tjFree(buffer);
  tjDestroy(handle);
  return out;
}

TEST(PhotoHash, APngItsJpegCopyAndALighterCopyHashAlike) {
  const auto png = PerceptualHash(Png(Picture(96, 128), 96, 128), "image/png");
  const auto jpeg = PerceptualHash(Jpeg(Picture(96, 128), 96, 128, 90), "image/jpeg");
  const auto lighter = PerceptualHash(Png(Picture(96, 128, 0, 0, 1.1), 96, 128), "image/png");
  ASSERT_TRUE(png && jpeg && lighter);
  EXPECT_LE(HammingDistance(*png, *jpeg), 10);
  EXPECT_LE(HammingDistance(*png, *lighter), 10);
  EXPECT_LT(ToneDistance(*png, *jpeg), 2);
  EXPECT_LT(ToneDistance(*png, *lighter), 3);
  // A camera-sized JPEG is decoded scaled down (in the DCT domain) and hashes like its PNG.
  const auto big_png = PerceptualHash(Png(Picture(480, 640), 480, 640), "image/png");
  const auto big_jpeg = PerceptualHash(Jpeg(Picture(480, 640), 480, 640, 90), "image/jpeg");
  ASSERT_TRUE(big_png && big_jpeg);
  EXPECT_LE(HammingDistance(*big_png, *big_jpeg), 10);
}

TEST(PhotoHash, AnotherFramingIsFarApart) {
  const auto centred = PerceptualHash(Png(Picture(96, 128), 96, 128), "image/png");
  const auto moved = PerceptualHash(Png(Picture(96, 128, 30, 20), 96, 128), "image/png");
  ASSERT_TRUE(centred && moved);
  EXPECT_GT(HammingDistance(*centred, *moved), 30);
  EXPECT_GT(ToneDistance(*centred, *moved), 10);
}

TEST(PhotoHash, BytesThatDoNotDecodeAsDeclaredHaveNone) {
  EXPECT_FALSE(PerceptualHash("\x89PNG\r\n\x1A\nnot really", "image/png"));
  EXPECT_FALSE(PerceptualHash("\xFF\xD8\xFFnot really", "image/jpeg"));
  EXPECT_FALSE(PerceptualHash(Png(Picture(8, 8), 8, 8), "image/jpeg"));
  EXPECT_FALSE(PerceptualHash("", "image/png"));
  // A picture claiming more pixels than any camera (a few kilobytes of PNG could): not decoded.
  const auto huge = Png(std::vector<std::uint8_t>(50'000'000, 128), 10'000, 5'000);
  EXPECT_LT(huge.size(), 1'000'000u);
  EXPECT_FALSE(PerceptualHash(huge, "image/png"));
}

TEST(PhotoHash, HexRoundTripsAndRefusesOtherText) {
  const auto h = PerceptualHash(Png(Picture(40, 50), 40, 50), "image/png");
  ASSERT_TRUE(h);
  const auto hex = h->Hex();
  EXPECT_EQ(hex.size(), 96u);
  EXPECT_EQ(PhotoHash::FromHex(hex), h);
  EXPECT_FALSE(PhotoHash::FromHex(hex.substr(1)));
  EXPECT_FALSE(PhotoHash::FromHex(std::string(95, '0') + "g"));
  EXPECT_FALSE(PhotoHash::FromHex(std::string(95, '0') + "A"));
  const auto zeros = PhotoHash::FromHex(std::string(96, '0')), ones = PhotoHash::FromHex(std::string(96, 'f'));
  EXPECT_EQ(HammingDistance(*zeros, *ones), 256);
  EXPECT_EQ(ToneDistance(*zeros, *ones), 0);  // one flat grey and another: only brightness differs
  // One block 32 greys above the rest: 30 apart from it, 2 from each of the others, once brightness is set equal.
  const auto one_block = PhotoHash::FromHex(std::string(64, '0') + "20" + std::string(30, '0'));
  EXPECT_DOUBLE_EQ(ToneDistance(*zeros, *one_block), (30.0 + 15 * 2.0) / 16);
}

TEST(PhotoHash, APictureSmallerThanTheGridStillHashes) {
  const auto tiny = PerceptualHash(Png(Picture(12, 16), 12, 16), "image/png");
  ASSERT_TRUE(tiny);
  EXPECT_NE(tiny->Hex().substr(0, 64), std::string(64, '0'));
}

// Hashes are stored (photos.phash, checkins.photo_phash) and compared with those of photos that
// come later: the same picture must hash to the same bits whatever the code's internals, at sizes
// shrunk, stretched and uneven. (Pinned from the first version.)
TEST(PhotoHash, TheSamePictureAlwaysHashesTheSame) {
  const std::vector<std::pair<int, int>> sizes = {{96, 128}, {48, 64}, {12, 16}, {33, 47}};
  const std::vector<std::string> pinned = {
      "028aeeffeeff0cef39ee33ea037e777e002a4f8a1efe002a0e0a1e0000aa73e2455f684559b2bf5c6d89916d81818181",
      "006247ff44ff04ff15ef11e255ff777e003ad53e54fe140e05c0054051fe51e2455e724559acc1656d81916d81818181",
      "777b77ff0377676f002477bf77ff003f77cc003400fe41fc0000012043e0f7e1444e9a635874c89a6c6c7c6c80808080",
      "0172ae7fac7f057fb96f0150377fb77e01508f7f8c7f3c4e07400152a07e8402455c794559a4bd6c6d7b906d81818181"};
  for (std::size_t k = 0; k < sizes.size(); ++k) {
    const auto [w, h] = sizes[k];
    const auto hash = PerceptualHash(Png(Picture(w, h, 1.5, -2), w, h), "image/png");
    ASSERT_TRUE(hash);
    EXPECT_EQ(hash->Hex(), pinned[k]) << w << " x " << h;
  }
}

}  // namespace
}  // namespace sunshine::training
