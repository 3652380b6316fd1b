#include "generator/photo_filter.hpp"

#include <gtest/gtest.h>

#include <string>

#include "crypto/request_signature.hpp"

namespace sunshine::generator {
namespace {

std::string Digest(int n) { return crypto::Sha256Hex("photo " + std::to_string(n)); }

TEST(PhotoFilter, EveryPhotoAddedIsFound) {
  PhotoFilter filter(1 << 20);
  for (int n = 0; n < 50'000; ++n) filter.Add(Digest(n));
  for (int n = 0; n < 50'000; ++n) EXPECT_TRUE(filter.MayContain(Digest(n))) << n;
}

TEST(PhotoFilter, FewPhotosNeverAddedAreThoughtSeen) {
  // 10 bits a photo: about 1 % "maybe" for photos never added.
  PhotoFilter filter(500'000);
  for (int n = 0; n < 50'000; ++n) filter.Add(Digest(n));
  int maybe = 0;
  for (int n = 50'000; n < 150'000; ++n) maybe += filter.MayContain(Digest(n)) ? 1 : 0;
  EXPECT_LT(maybe, 2'000) << "of 100,000";
  EXPECT_GT(maybe, 0) << "a filter this full answers maybe now and then";
}

TEST(PhotoFilter, AnEmptyFilterHasSeenNothing) {
  const PhotoFilter filter(64);
  EXPECT_FALSE(filter.MayContain(Digest(1)));
}

}  // namespace
}  // namespace sunshine::generator
