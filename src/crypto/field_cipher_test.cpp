#include "crypto/field_cipher.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

namespace sunshine::crypto {
namespace {

class FieldCipherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = std::filesystem::temp_directory_path() / ("sunshine-keys-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    path = dir / "keys.json";
    ASSERT_TRUE(GenerateKeyFile(path).ok());
    auto loaded = LoadKeyFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    keys = *loaded;
  }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::filesystem::path dir, path;
  FieldKeys keys;
};

TEST_F(FieldCipherTest, SealsAndOpensWithoutLeakingThePlaintext) {
  const std::string id = "510104199001011230";
  const std::string a = Seal(keys, id), b = Seal(keys, id);
  EXPECT_NE(a, b) << "a fresh nonce each time";
  EXPECT_EQ(a.find(id), std::string::npos);
  EXPECT_EQ(Unseal(keys, a).value(), id);
  EXPECT_EQ(Unseal(keys, Seal(keys, "")).value(), "");
  EXPECT_EQ(Unseal(keys, Seal(keys, "张三 13800138000")).value(), "张三 13800138000");
}

TEST_F(FieldCipherTest, RefusesAlteredValuesAndOtherKeys) {
  std::string sealed = Seal(keys, "510104199001011230");
  std::string flipped = sealed;
  flipped[10] = flipped[10] == 'A' ? 'B' : 'A';
  EXPECT_EQ(Unseal(keys, flipped).error().code, "field_tampered");
  EXPECT_FALSE(Unseal(keys, sealed.substr(0, 20)).ok());
  EXPECT_FALSE(Unseal(keys, "510104199001011230").ok());
  FieldKeys other = keys;
  other.mac[0] ^= 1;
  EXPECT_FALSE(Unseal(other, sealed).ok());
}

TEST_F(FieldCipherTest, BlindIndexIsStableAndKeyed) {
  EXPECT_EQ(BlindIndex(keys, "510104199001011230"), BlindIndex(keys, "510104199001011230"));
  EXPECT_NE(BlindIndex(keys, "510104199001011230"), BlindIndex(keys, "510104199001011231"));
  FieldKeys other = keys;
  other.index[0] ^= 1;
  EXPECT_NE(BlindIndex(other, "510104199001011230"), BlindIndex(keys, "510104199001011230"));
  EXPECT_EQ(BlindIndex(keys, "x").size(), 64u);
}

TEST_F(FieldCipherTest, KeyFilesAreCheckedBeforeUse) {
  struct stat info {};
  ASSERT_EQ(::stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_FALSE(GenerateKeyFile(path).ok()) << "never overwrites keys";
  ::chmod(path.c_str(), 0644);
  EXPECT_NE(LoadKeyFile(path).error().message.find("0600"), std::string::npos);
  const auto bad = dir / "bad.json";
  struct Case {
    const char* name;
    const char* text;
    const char* mentions;
  };
  const Case cases[] = {
      {"not json", "nope", "JSON"},
      {"wrong version", R"({"version":2})", "版本"},
      {"short sm4 key", R"({"version":1,"sm4_key":"00","mac_key":"","index_key":""})", "sm4_key"},
      {"equal mac and index keys",
       R"({"version":1,"sm4_key":"000102030405060708090a0b0c0d0e0f","mac_key":"1111111111111111111111111111111111111111111111111111111111111111","index_key":"1111111111111111111111111111111111111111111111111111111111111111"})",
       "不得相同"},
  };
  for (const auto& c : cases) {
    std::filesystem::remove(bad);
    { std::ofstream(bad) << c.text; }
    ::chmod(bad.c_str(), 0600);
    auto loaded = LoadKeyFile(bad);
    ASSERT_FALSE(loaded.ok()) << c.name;
    EXPECT_NE(loaded.error().message.find(c.mentions), std::string::npos) << c.name << ": " << loaded.error().message;
  }
  EXPECT_FALSE(LoadKeyFile(dir / "missing.json").ok());
}

}  // namespace
}  // namespace sunshine::crypto
