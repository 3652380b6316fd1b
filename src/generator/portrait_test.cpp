#include "generator/portrait.hpp"

#include <gtest/gtest.h>
#include <png.h>

#include <vector>

namespace sunshine::generator {
namespace {

// Decodes with libpng, as any reader of the photo directory would.
std::vector<unsigned char> Decode(const std::string& bytes, unsigned& width, unsigned& height) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  EXPECT_TRUE(png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) << image.message;
  image.format = PNG_FORMAT_RGB;
  std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
  EXPECT_TRUE(png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) << image.message;
  width = image.width;
  height = image.height;
  return pixels;
}

// The mean absolute difference of two decoded portraits, per channel value.
double Difference(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += std::abs(int(a[i]) - int(b[i]));
  return sum / static_cast<double>(a.size());
}

TEST(Portrait, IsARealPngOfTheDocumentedSize) {
  const auto bytes = Portrait("trainee:1", "event:a");
  ASSERT_GT(bytes.size(), 8u);
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1A\n", 8));
  unsigned width = 0, height = 0;
  Decode(bytes, width, height);
  EXPECT_EQ(width, static_cast<unsigned>(kPortraitWidth));
  EXPECT_EQ(height, static_cast<unsigned>(kPortraitHeight));
  EXPECT_LT(bytes.size(), 4096u);  // small enough for millions of check-ins
}

TEST(Portrait, TheSameLabelsGiveTheSameBytesAndEverySittingOthers) {
  EXPECT_EQ(Portrait("trainee:1", "event:a"), Portrait("trainee:1", "event:a"));
  EXPECT_NE(Portrait("trainee:1", "event:a"), Portrait("trainee:1", "event:b"));
  EXPECT_NE(Portrait("trainee:1", "event:a"), Portrait("trainee:2", "event:a"));
}

TEST(Portrait, OnePersonsSittingsLookMoreAlikeThanTwoPeople) {
  unsigned w = 0, h = 0;
  double same = 0, different = 0;
  for (int i = 0; i < 20; ++i) {
    const auto person = "trainee:" + std::to_string(i);
    const auto a = Decode(Portrait(person, "s1"), w, h);
    same += Difference(a, Decode(Portrait(person, "s2"), w, h));
    different += Difference(a, Decode(Portrait("trainee:" + std::to_string(i + 100), "s1"), w, h));
  }
  EXPECT_LT(same * 2, different) << "same person " << same / 20 << ", different people " << different / 20;
}

}  // namespace
}  // namespace sunshine::generator
