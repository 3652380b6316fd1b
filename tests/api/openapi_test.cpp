// The OpenAPI document must describe every registered route, with the permission it declares,
// and nothing that does not exist.
#include "api_fixture.hpp"

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

}  // namespace
}  // namespace sunshine::testing
