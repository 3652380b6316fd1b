// The OpenAPI document must describe every registered route, with the permission it declares,
// and nothing that does not exist.
#include "api_fixture.hpp"
#include "core/text.hpp"

namespace sunshine::testing {
namespace {

TEST(OpenApiTest, DocumentsEveryRouteWithItsPermission) {
  RunningServer server("openapi");
  const auto document = boost::json::parse(app::OpenApiDocument());
  EXPECT_TRUE(document.at("openapi").as_string().starts_with("3."));
  const auto& paths = document.at("paths").as_object();
  std::set<std::string> registered;
  for (const auto& route : server.app->router().Routes()) {
    std::string method(boost::beast::http::to_string(route.method));
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    registered.insert(method + " " + route.path_template);
    const auto* path = paths.if_contains(route.path_template);
    ASSERT_NE(path, nullptr) << "missing from docs/api/openapi.json: " << route.path_template;
    const auto* operation = path->as_object().if_contains(method);
    ASSERT_NE(operation, nullptr) << "missing from docs/api/openapi.json: " << method << " " << route.path_template;
    EXPECT_EQ(operation->at("x-permission"), route.permission.c_str()) << route.path_template;
    EXPECT_TRUE(operation->as_object().contains("responses")) << route.path_template;
  }
  for (const auto& [path, item] : paths) {
    for (const auto& [method, operation] : item.as_object()) {
      if (method == "parameters") continue;
      EXPECT_TRUE(registered.count(std::string(method) + " " + std::string(path)))
          << "documented but not served: " << method << " " << path;
    }
  }
  HttpClient client(server.port);
  auto served = client.Get("/api/v1/openapi.json");
  EXPECT_EQ(served.status, 200);
  EXPECT_EQ(boost::json::parse(served.body), document);
}

// Every string a request may carry has a documented maxLength, and it is no longer than what
// the boundary (core/text.hpp) refuses beyond, so a client reading the document is never
// surprised by a refusal of what it says fits, and nothing is unbounded.
void CheckRequestStrings(const boost::json::object& document, const boost::json::value& schema, const std::string& key,
                         const std::string& where) {
  const boost::json::object* s = schema.if_object();
  ASSERT_NE(s, nullptr) << where << ": " << key << " is not a schema";
  while (const auto* ref = s->if_contains("$ref")) {
    std::string name(ref->as_string());
    name = name.substr(name.rfind('/') + 1);
    s = &document.at("components").at("schemas").at(name).as_object();
  }
  for (const char* combination : {"allOf", "oneOf", "anyOf"}) {
    if (const auto* parts = s->if_contains(combination)) {
      for (const auto& part : parts->as_array()) CheckRequestStrings(document, part, key, where);
    }
  }
  if (const auto* properties = s->if_contains("properties")) {
    for (const auto& [name, property] : properties->as_object()) {
      CheckRequestStrings(document, property, std::string(name), where);
    }
  }
  const auto* type = s->if_contains("type");
  if (type == nullptr) return;
  if (*type == "array" && s->contains("items")) CheckRequestStrings(document, s->at("items"), key, where);
  if (*type != "string") return;
  const auto* max = s->if_contains("maxLength");
  ASSERT_NE(max, nullptr) << where << ": " << key << " has no maxLength";
  EXPECT_LE(max->to_number<std::int64_t>(), static_cast<std::int64_t>(core::TextLimitFor(key).max_chars))
      << where << ": " << key;
}

TEST(OpenApiTest, EveryRequestStringHasItsMaximumLength) {
  const auto document = boost::json::parse(app::OpenApiDocument()).as_object();
  int checked = 0;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      if (method == "parameters") continue;
      const auto* body = operation.as_object().if_contains("requestBody");
      if (body == nullptr) continue;
      for (const auto& [type, content] : body->at("content").as_object()) {
        if (type != "application/json") continue;
        CheckRequestStrings(document, content.at("schema"), "", std::string(method) + " " + std::string(path));
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 30);
}

}  // namespace
}  // namespace sunshine::testing
