#include <gtest/gtest.h>

#include "crypto/password.hpp"
#include "crypto/sm3.hpp"
#include "crypto/token.hpp"

namespace sunshine::crypto {
namespace {

TEST(Sm3Test, MatchesTheStandardTestVector) {
  // GB/T 32905-2016 Appendix A, example 1.
  EXPECT_EQ(Sm3Hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
}

TEST(PasswordTest, RulesNameEveryProblem) {
  const PasswordPolicy policy;
  struct Case {
    const char* name;
    const char* password;
    std::vector<std::string> reasons;
  };
  const Case cases[] = {
      {"good", "Sunshine@2026", {}},
      {"three classes are enough", "sunshine@2026x", {}},
      {"short", "Sun@2026", {"too_short"}},
      {"one class", "aaaaaaaaaaaaaaaa", {"too_simple"}},
      {"short and simple", "abc", {"too_short", "too_simple"}},
      {"contains username any case", "xX-ZHANGSAN-2026", {"contains_username"}},
      {"too long", nullptr, {"too_long"}},
  };
  for (const auto& c : cases) {
    const std::string password = c.password ? c.password : "Aa1!" + std::string(200, 'x');
    std::vector<std::string> reasons;
    for (const auto& e : CheckPassword(password, "zhangsan", policy)) {
      EXPECT_EQ(e.field, "password");
      reasons.push_back(e.reason);
    }
    EXPECT_EQ(reasons, c.reasons) << c.name;
  }
}

TEST(PasswordTest, HashesVerifyOnlyTheirPassword) {
  const std::string hash = HashPassword("Sunshine@2026");
  EXPECT_TRUE(hash.starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword("Sunshine@2026", hash));
  EXPECT_FALSE(VerifyPassword("Sunshine@2027", hash));
  EXPECT_FALSE(VerifyPassword("Sunshine@2026", "not a hash"));
  EXPECT_NE(HashPassword("Sunshine@2026"), hash) << "salted";
}

TEST(TokenTest, TokensAreRandomAndOnlyTheirHashIsStored) {
  const std::string a = NewSessionToken(), b = NewSessionToken();
  EXPECT_NE(a, b);
  EXPECT_TRUE(a.starts_with("st_"));
  EXPECT_EQ(a.size(), 3u + 43u);
  EXPECT_EQ(HashToken(a).size(), 64u);
  EXPECT_NE(HashToken(a), HashToken(b));
  EXPECT_EQ(RandomHex(6).size(), 12u);
}

}  // namespace
}  // namespace sunshine::crypto
