#include "app/config.hpp"

#include <gtest/gtest.h>

#include <map>

namespace sunshine::app {
namespace {

std::map<std::string, std::string> fake_env;
const char* FakeGetenv(const char* name) {
  auto it = fake_env.find(name);
  return it == fake_env.end() ? nullptr : it->second.c_str();
}

TEST(ConfigTest, FileThenEnvironmentOverrideDefaults) {
  Config config;
  ASSERT_TRUE(ApplyConfigText(config, R"({"db":"postgresql:///x","port":9000,"cookie_secure":true})").ok());
  EXPECT_EQ(config.db, "postgresql:///x");
  EXPECT_EQ(config.port, 9000);
  EXPECT_TRUE(config.cookie_secure);
  EXPECT_EQ(config.pool_size, 8) << "untouched keys keep their defaults";
  fake_env = {{"SUNSHINE_PORT", "9100"}, {"SUNSHINE_LOG_LEVEL", "debug"}, {"SUNSHINE_COOKIE_SECURE", "0"}};
  ASSERT_TRUE(ApplyEnvironment(config, FakeGetenv).ok());
  EXPECT_EQ(config.port, 9100);
  EXPECT_EQ(config.log_level, "debug");
  EXPECT_FALSE(config.cookie_secure);
  EXPECT_TRUE(Validate(config).ok());
}

TEST(ConfigTest, RefusesByName) {
  Config config;
  auto bad_file = ApplyConfigText(config, R"({"prot":9000,"port":"x"})");
  ASSERT_FALSE(bad_file.ok());
  ASSERT_EQ(bad_file.error().fields.size(), 2u);
  EXPECT_EQ(bad_file.error().fields[0].field, "port");
  EXPECT_EQ(bad_file.error().fields[1].field, "prot");
  fake_env = {{"SUNSHINE_PORT", "80a"}};
  auto bad_env = ApplyEnvironment(config, FakeGetenv);
  ASSERT_FALSE(bad_env.ok());
  EXPECT_EQ(bad_env.error().fields[0].field, "SUNSHINE_PORT");
  config.port = 70000;
  config.log_level = "loud";
  config.db = "mysql://x";
  auto invalid = Validate(config);
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().fields.size(), 3u);
}

}  // namespace
}  // namespace sunshine::app
