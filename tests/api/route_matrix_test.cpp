// Walks every registered route with every role (and with no session) and proves that exactly
// the roles whose permission table grants the route's permission get past the guard.
#include <map>

#include "api_fixture.hpp"

namespace sunshine::testing {
namespace {
namespace bhttp = boost::beast::http;

std::string Concrete(const std::string& path_template) {
  std::string out;
  for (std::size_t i = 0; i < path_template.size(); ++i) {
    if (path_template[i] == '{') {
      out += "1";
      i = path_template.find('}', i);
    } else {
      out += path_template[i];
    }
  }
  return out;
}

TEST(RouteMatrixTest, EveryRouteRefusesEveryRoleItDoesNotGrant) {
  RunningServer server("matrix");
  HttpClient client(server.port);
  const auto routes = server.app->router().Routes();
  ASSERT_GE(routes.size(), 10u);
  int checked = 0;
  // One session per role (argon2id makes sign-in slow on purpose), renewed after a call that
  // may have ended it (the sign-out route).
  std::map<std::string, std::string> tokens;
  for (const auto& route : routes) {
    const std::string target = Concrete(route.path_template);
    const std::string body = route.method == bhttp::verb::get || route.method == bhttp::verb::delete_ ? "" : "{}";
    const auto anonymous = client.Send(route.method, target, body);
    if (route.permission == http::kPublic) {
      EXPECT_NE(anonymous.status, 401) << route.path_template;
      continue;
    }
    EXPECT_EQ(anonymous.status, 401) << "anonymous " << route.path_template;
    for (const auto& role : auth::AllRoles()) {
      std::string& token = tokens[std::string(role.id)];
      if (token.empty()) token = client.SignIn(std::string(role.id), app::kDemoPassword);
      ASSERT_FALSE(token.empty()) << role.id;
      const auto reply = client.Send(route.method, target, body, token);
      if (route.method == bhttp::verb::delete_) token.clear();
      const bool granted = auth::RoleAllows(role.id, route.permission);
      if (granted) {
        EXPECT_NE(reply.status, 403) << role.id << " " << route.path_template << " " << reply.body;
        EXPECT_NE(reply.status, 401) << role.id << " " << route.path_template;
      } else {
        EXPECT_EQ(reply.status, 403) << role.id << " " << route.path_template;
        EXPECT_EQ(reply.ErrorCode(), "permission_denied");
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 50);
}

}  // namespace
}  // namespace sunshine::testing
