#include "http/json.hpp"

#include <gtest/gtest.h>

namespace sunshine::http {
namespace {

struct SignIn {
  std::string username;
  std::string password;
  std::optional<std::string> scope_code;
  std::optional<std::int64_t> count;
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
