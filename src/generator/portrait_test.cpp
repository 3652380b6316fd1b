#include "generator/portrait.hpp"

#include <gtest/gtest.h>
#include <png.h>

#include <vector>

#include "training/photo_hash.hpp"

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

// What near-duplicate screening (training/photo_hash.hpp, rule photo_lookalike) must tell apart:
// a photo retouched by a few pixels hashes within a few bits of itself, while the photos of two
// people - even at the same sitting label - are far apart.
TEST(Portrait, ARetouchedPhotoHashesNearItselfAndTwoPeopleFarApart) {
  constexpr int kPeople = 400;
  std::vector<training::PhotoHash> hashes;
  int retouched_worst = 0;
  double retouched_tones = 0;
  for (int i = 0; i < kPeople; ++i) {
    const auto person = "trainee:" + std::to_string(i);
    const auto photo = Portrait(person, "s1");
    const auto retouched = Portrait(person, "s1", "another");
    ASSERT_NE(photo, retouched);
    const auto a = training::PerceptualHash(photo, "image/png");
    const auto b = training::PerceptualHash(retouched, "image/png");
    ASSERT_TRUE(a && b);
    retouched_worst = std::max(retouched_worst, training::HammingDistance(*a, *b));
    retouched_tones = std::max(retouched_tones, training::ToneDistance(*a, *b));
    hashes.push_back(*a);
  }
  int nearest = 256;
  int alike = 0;  // pairs of people near in bits and in tones
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    for (std::size_t j = i + 1; j < hashes.size(); ++j) {
      const int bits = training::HammingDistance(hashes[i], hashes[j]);
      nearest = std::min(nearest, bits);
      alike += bits <= 10 && training::ToneDistance(hashes[i], hashes[j]) <= 3 ? 1 : 0;
    }
  }
  EXPECT_LE(retouched_tones, 1.0);
  EXPECT_EQ(alike, 0);
  EXPECT_LE(retouched_worst, 6);
  EXPECT_GE(nearest, 16);
  // The rule's default (10 bits) lies between.
  EXPECT_LT(retouched_worst, 10);
  EXPECT_GT(nearest, 10);
}

}  // namespace
}  // namespace sunshine::generator
