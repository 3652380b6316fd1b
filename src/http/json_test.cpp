#include "http/json.hpp"

#include <gtest/gtest.h>

namespace sunshine::http {
namespace {

struct SignIn {
  std::string username;
  std::string password;
  std::optional<std::string> scope_code;
  std::optional<std::int64_t> count;
  static constexpr std::array<std::string_view, 1> kNullable{"scope_code"};
};
BOOST_DESCRIBE_STRUCT(SignIn, (), (username, password, scope_code, count))

std::vector<std::string> Reasons(const core::Result<SignIn>& r) {
  std::vector<std::string> out;
  for (const auto& f : r.error().fields) out.push_back(f.field + ":" + f.reason);
  return out;
}

TEST(ParseJsonObjectTest, ReadsDescribedStructs) {
  auto r = ParseJsonObject<SignIn>(R"({"username":"a","password":"b","count":3})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->username, "a");
  EXPECT_FALSE(r->scope_code.has_value());
  EXPECT_EQ(r->count, 3);
  r = ParseJsonObject<SignIn>(R"({"username":"a","password":"b","scope_code":null})");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->scope_code.has_value());
}

struct Item {
  std::string topic;
  std::vector<std::string> tags;
};
BOOST_DESCRIBE_STRUCT(Item, (), (topic, tags))
struct Filing {
  std::string name;
  std::optional<std::string> reason;
  std::vector<Item> items;
};
BOOST_DESCRIBE_STRUCT(Filing, (), (name, reason, items))

TEST(ParseJsonObjectTest, TextPolicyAndNullsAtTheBoundary) {
  struct Case {
    const char* name;
    std::string body;
    std::vector<std::string> fields;  // empty: accepted
  };
  const std::string long_name(101, 'x');
  const Case cases[] = {
      {"plain", R"({"name":"a","items":[]})", {}},
      {"NUL escaped", R"({"name":"nul\u0000tail","items":[]})", {"name:control_character"}},
      {"escape character", R"({"name":"a\u001b","items":[]})", {"name:control_character"}},
      {"newline in a name", R"({"name":"a\nb","items":[]})", {"name:control_character"}},
      {"newline in a reason", R"({"name":"a","reason":"line 1\nline 2\ttab","items":[]})", {}},
      {"NUL in a reason", R"({"name":"a","reason":"x\u0000","items":[]})", {"reason:control_character"}},
      {"name over 100 characters", R"({"name":")" + long_name + R"(","items":[]})", {"name:too_long"}},
      {"nested topic", R"({"name":"a","items":[{"topic":"t\u0007","tags":[]}]})", {"items[0].topic:control_character"}},
      {"nested array of strings", R"({"name":"a","items":[{"topic":"t","tags":["ok","\u0000"]}]})",
       {"items[0].tags[1]:control_character"}},
      {"null for an optional member that is not nullable", R"({"name":"a","reason":null,"items":[]})",
       {"reason:wrong_type"}},
      {"null for a required member", R"({"name":null,"items":[]})", {"name:wrong_type"}},
  };
  for (const auto& c : cases) {
    auto r = ParseJsonObject<Filing>(c.body);
    std::vector<std::string> got;
    if (!r.ok()) {
      for (const auto& f : r.error().fields) got.push_back(f.field + ":" + f.reason);
    }
    EXPECT_EQ(got, c.fields) << c.name;
  }
}

TEST(ParseJsonObjectTest, NamesEveryRefusedField) {
  struct Case {
    const char* name;
    const char* body;
    const char* code;
    std::vector<std::string> fields;
  };
  const Case cases[] = {
      {"malformed", R"({"username":)", "malformed_json", {}},
      {"array", R"([1,2])", "body_not_object", {":not_object"}},
      {"missing", R"({"username":"a"})", "invalid_fields", {"password:required"}},
      {"wrong types",
       R"({"username":1,"password":"b","count":"3"})",
       "invalid_fields",
       {"username:wrong_type", "count:wrong_type"}},
      {"fraction for integer",
       R"({"username":"a","password":"b","count":1.5})",
       "invalid_fields",
       {"count:wrong_type"}},
      {"unknown", R"({"username":"a","password":"b","role":"x"})", "invalid_fields", {"role:unknown_field"}},
  };
  for (const auto& c : cases) {
    auto r = ParseJsonObject<SignIn>(c.body);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.error().code, c.code) << c.name;
    EXPECT_EQ(Reasons(r), c.fields) << c.name;
  }
}

}  // namespace
}  // namespace sunshine::http
