#include "training/terminal_rules.hpp"

#include <gtest/gtest.h>

#include "crypto/request_signature.hpp"

namespace sunshine::training {

TEST(TerminalRules, ARegistrationNamesEveryRefusedField) {
  std::array<unsigned char, 32> seed{};
  seed.fill(9);
  TerminalInput good{"一号教室人脸终端", crypto::SigningKeyFromSeed(seed).public_key_b64, {3, 4}};
  EXPECT_TRUE(CheckTerminal(good).empty());
  TerminalInput bad{"", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", {3, 3}};
  const auto errors = CheckTerminal(bad);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "name");
  EXPECT_EQ(errors[1].reason, "not_an_ed25519_key");
  EXPECT_EQ(errors[2].field, "venue_ids[1]");
  EXPECT_EQ(CheckTerminal({"x", good.public_key, {}}).at(0).reason, "required");
}

}  // namespace sunshine::training
