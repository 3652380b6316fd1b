#include "core/page.hpp"

#include <gtest/gtest.h>

namespace sunshine::core {

TEST(Cursor, RoundTripsIdsAndKeys) {
  EXPECT_EQ(EncodeCursor({42, std::nullopt}), "42");
  const Cursor keyed{7, "张三"};
  const auto text = EncodeCursor(keyed);
  EXPECT_EQ(text.substr(0, 2), "7.");
  auto back = DecodeCursor(text);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->id, 7);
  EXPECT_EQ(back->key, "张三");
  auto empty_key = DecodeCursor("9.");
  ASSERT_TRUE(empty_key);
  EXPECT_EQ(empty_key->key, "");
}

TEST(Cursor, RefusesWhatNoPageProduced) {
  for (const char* bad : {"", "-1", "x", "1.abc", "1.zz", "1x", ".61"}) EXPECT_FALSE(DecodeCursor(bad)) << bad;
}

}  // namespace sunshine::core
