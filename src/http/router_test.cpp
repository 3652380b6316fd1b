#include "http/router.hpp"

#include <gtest/gtest.h>

namespace sunshine::http {
namespace {

Request Make(Verb method, std::string target, std::string body = "") {
  Request request{method, target, 11};
  request.body() = std::move(body);
  request.prepare_payload();
  return request;
}

std::string ErrorCode(const Response& response) {
  return boost::json::value_to<std::string>(boost::json::parse(response.body()).at("error").at("code"));
}

// Lets in one fixed principal and allows only the permissions it lists.
class FakeGuard : public Guard {
 public:
  bool signed_in = true;
  std::vector<std::string> granted;
  core::Result<core::Principal> Authenticate(const Request&) override {
    if (!signed_in) return core::Error::Of(core::ErrorKind::kUnauthenticated, "unauthenticated", "请先登录");
    return core::Principal{.user_id = 1, .username = "u", .role = "city_officer"};
  }
  bool Allows(const core::Principal&, std::string_view permission) const override {
    return std::find(granted.begin(), granted.end(), permission) != granted.end();
  }
};

class RecordingAuditor : public FailureAuditor {
 public:
  std::vector<std::pair<std::string, int>> seen;
  void RecordFailure(const Context&, std::string_view action, std::string_view, int status, std::string_view) override {
    seen.emplace_back(std::string(action), status);
  }
};

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router.set_guard(&guard);
    router.set_failure_auditor(&auditor);
    router.Get("/api/v1/classes/{id}", "training:class:read", "read", [](Context& c) -> core::Result<Response> {
      auto id = c.PathId("id");
      if (!id) return id.error();
      return Json(Status::ok, {{"id", *id}});
    });
    router.Get("/api/v1/classes/current", "training:class:read", "literal", [](Context&) -> core::Result<Response> {
      return Json(Status::ok, {{"id", "current"}});
    });
    router.Post("/api/v1/classes", "training:class:create", "create",
                [](Context&) -> core::Result<Response> { return Json(Status::created, {}); });
    router.Get("/api/v1/open", std::string(kPublic), "public", [](Context& c) -> core::Result<Response> {
      return Json(Status::ok, {{"q", c.Query("q").value_or("")}});
    });
  }
  FakeGuard guard;
  RecordingAuditor auditor;
  Router router;
};

TEST_F(RouterTest, MatchesTemplatesAndPrefersLiterals) {
  guard.granted = {"training:class:read"};
  auto r = router.Handle(Make(Verb::get, "/api/v1/classes/42"), "r-1", "127.0.0.1");
  EXPECT_EQ(r.result(), Status::ok);
  EXPECT_EQ(r.body(), R"({"id":42})");
  EXPECT_EQ(r["X-Request-Id"], "r-1");
  r = router.Handle(Make(Verb::get, "/api/v1/classes/current"), "r-2", "127.0.0.1");
  EXPECT_EQ(r.body(), R"({"id":"current"})");
}

TEST_F(RouterTest, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  guard.granted = {"training:class:read"};
  auto r = router.Handle(Make(Verb::get, "/api/v1/nothing"), "r", "ip");
  EXPECT_EQ(r.result(), Status::not_found);
  EXPECT_EQ(ErrorCode(r), "route_not_found");
  r = router.Handle(Make(Verb::put, "/api/v1/classes/7"), "r", "ip");
  EXPECT_EQ(r.result(), Status::method_not_allowed);
  EXPECT_EQ(r[beast_http::field::allow], "GET");
  r = router.Handle(Make(Verb::get, "/api/v1/classes/7/extra"), "r", "ip");
  EXPECT_EQ(r.result(), Status::not_found);
}

TEST_F(RouterTest, DeniesByDefault) {
  guard.granted = {};
  EXPECT_EQ(router.Handle(Make(Verb::get, "/api/v1/classes/1"), "r", "ip").result(), Status::forbidden);
  guard.signed_in = false;
  EXPECT_EQ(router.Handle(Make(Verb::get, "/api/v1/classes/1"), "r", "ip").result(), Status::unauthorized);
  EXPECT_EQ(router.Handle(Make(Verb::get, "/api/v1/open?q=%E6%88%90%E9%83%BD"), "r", "ip").body(), R"({"q":"成都"})");
  EXPECT_THROW(router.Get("/api/v1/x", "", "no permission", nullptr), std::logic_error);
}

TEST_F(RouterTest, RefusedWritesAreAuditedAndReadsAreNot) {
  guard.granted = {"training:class:read"};
  router.Handle(Make(Verb::post, "/api/v1/classes"), "r", "ip");
  router.Handle(Make(Verb::get, "/api/v1/classes/9"), "r", "ip");
  router.Handle(Make(Verb::delete_, "/api/v1/nowhere"), "r", "ip");
  ASSERT_EQ(auditor.seen.size(), 2u);
  EXPECT_EQ(auditor.seen[0], (std::pair<std::string, int>{"training:class:create", 403}));
  EXPECT_EQ(auditor.seen[1], (std::pair<std::string, int>{"http:unmatched:DELETE", 404}));
}

TEST_F(RouterTest, NonNumericIdIs404) {
  guard.granted = {"training:class:read"};
  for (const char* id : {"abc", "-1", "0", "1.5", "99999999999999999999"}) {
    EXPECT_EQ(router.Handle(Make(Verb::get, std::string("/api/v1/classes/") + id), "r", "ip").result(),
              Status::not_found)
        << id;
  }
}

}  // namespace
}  // namespace sunshine::http
