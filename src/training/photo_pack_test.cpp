// Photo packs on a real directory: appended records read back exactly, a new pack each day and
// when one is full, and damage is an error, never a wrong photo.
#include "training/photo_pack.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "crypto/request_signature.hpp"
#include "crypto/token.hpp"

namespace sunshine::training {
namespace {
namespace fs = std::filesystem;

class PhotoPackTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = fs::temp_directory_path() / ("sunshine-packs-" + crypto::RandomHex(6)); }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(PhotoPackTest, AppendedPhotosReadBackAndDaysGetTheirOwnPacks) {
  PhotoPacks packs(dir_);
  const std::string a = "\x89PNG first photo", b = std::string(1000, 'b');
  const auto at_a = packs.Append("2026-03-02", crypto::Sha256Hex(a), a, true);
  const auto at_b = packs.Append("2026-03-02", crypto::Sha256Hex(b), b, false);
  const auto at_c = packs.Append("2026-03-03", crypto::Sha256Hex(b), b, false);
  EXPECT_EQ(at_a.pack, "2026-03-02-0.pack");
  EXPECT_EQ(at_a.offset, static_cast<std::int64_t>(PhotoPacks::kHeaderBytes));
  EXPECT_EQ(at_b.pack, at_a.pack);
  EXPECT_EQ(at_b.offset, at_a.offset + static_cast<std::int64_t>(a.size() + PhotoPacks::kHeaderBytes));
  EXPECT_EQ(at_c.pack, "2026-03-03-0.pack");
  EXPECT_EQ(*packs.Read(at_a, static_cast<std::int64_t>(a.size()), crypto::Sha256Hex(a)), a);
  EXPECT_EQ(*packs.Read(at_b, static_cast<std::int64_t>(b.size()), crypto::Sha256Hex(b)), b);
  // Another instance (a restarted server) appends after what is there.
  PhotoPacks again(dir_);
  const auto at_d = again.Append("2026-03-02", crypto::Sha256Hex(a), a, false);
  EXPECT_EQ(at_d.offset, at_b.offset + static_cast<std::int64_t>(b.size() + PhotoPacks::kHeaderBytes));
  EXPECT_EQ(fs::file_size(dir_ / "packs" / at_a.pack),
            static_cast<std::uintmax_t>(3 * PhotoPacks::kHeaderBytes + 2 * a.size() + b.size()));
}

TEST_F(PhotoPackTest, ABatchOfPhotosIsOneWriteAndEachReadsBack) {
  PhotoPacks packs(dir_);
  const std::string a = "first", b = std::string(300, 'b'), c = "third photo";
  const auto first = packs.Append("2026-03-02", crypto::Sha256Hex(a), a, false);
  const std::string ha = crypto::Sha256Hex(a), hb = crypto::Sha256Hex(b), hc = crypto::Sha256Hex(c);
  const auto at = packs.Append("2026-03-02", {{hb, b}, {hc, c}, {ha, a}}, false);
  ASSERT_EQ(at.size(), 3u);
  EXPECT_EQ(at[0].offset, first.offset + static_cast<std::int64_t>(a.size() + PhotoPacks::kHeaderBytes));
  EXPECT_EQ(*packs.Read(at[0], static_cast<std::int64_t>(b.size()), hb), b);
  EXPECT_EQ(*packs.Read(at[1], static_cast<std::int64_t>(c.size()), hc), c);
  EXPECT_EQ(*packs.Read(at[2], static_cast<std::int64_t>(a.size()), ha), a);
  // Read at another record's place, the header does not match: an error, not a wrong photo.
  EXPECT_FALSE(packs.Read(at[1], static_cast<std::int64_t>(b.size()), hb));
}

TEST_F(PhotoPackTest, AFullPackIsFollowedByTheNext) {
  PhotoPacks packs(dir_);
  fs::create_directories(dir_ / "packs");
  {
    std::ofstream full(dir_ / "packs" / "2026-03-02-0.pack", std::ios::binary);
    full << std::string(PhotoPacks::kMaxPackBytes - 10, 'x');
  }
  const std::string a = "photo";
  const auto at = packs.Append("2026-03-02", crypto::Sha256Hex(a), a, false);
  EXPECT_EQ(at.pack, "2026-03-02-1.pack");
  EXPECT_EQ(*packs.Read(at, 5, crypto::Sha256Hex(a)), a);
}

TEST_F(PhotoPackTest, DamageIsAnErrorNotAWrongPhoto) {
  PhotoPacks packs(dir_);
  const std::string a = "the real photo";
  const auto sha = crypto::Sha256Hex(a);
  const auto at = packs.Append("2026-03-02", sha, a, false);
  EXPECT_EQ(packs.Read(at, 14, crypto::Sha256Hex("another")).error().code, "photo_pack_damaged");
  EXPECT_EQ(packs.Read({at.pack, at.offset + 1}, 14, sha).error().code, "photo_pack_damaged");
  EXPECT_EQ(packs.Read({"../../etc/passwd", at.offset}, 14, sha).error().code, "photo_pack_damaged");
  EXPECT_EQ(packs.Read({"2030-01-01-0.pack", at.offset}, 14, sha).error().code, "photo_pack_missing");
  {
    std::fstream f(dir_ / "packs" / at.pack, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(at.offset + 3);
    f.put('X');
  }
  EXPECT_EQ(packs.Read(at, 14, sha).error().code, "photo_pack_damaged");
}

}  // namespace
}  // namespace sunshine::training
