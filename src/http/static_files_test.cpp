#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace sunshine::http {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root = std::filesystem::temp_directory_path() / ("sunshine-static-" + std::to_string(::getpid()));
    std::filesystem::create_directories(root / "assets");
    std::ofstream(root / "index.html") << "<!doctype html><title>阳光培训</title>";
    std::ofstream(root / "assets" / "app-1a2b.js") << "console.log(1)";
    std::ofstream(root.parent_path() / "secret.txt") << "secret";
  }
  void TearDown() override { std::filesystem::remove_all(root); }
  Response Get(const std::string& path, const std::string& etag = "") {
    Request request{Verb::get, path, 11};
    if (!etag.empty()) request.set(beast_http::field::if_none_match, etag);
    return StaticFiles(root).Serve(request, path);
  }
  std::filesystem::path root;
};

TEST_F(StaticFilesTest, ServesTypesAndCachingHeaders) {
  auto r = Get("/assets/app-1a2b.js");
  EXPECT_EQ(r.result(), Status::ok);
  EXPECT_EQ(r[beast_http::field::content_type], "text/javascript; charset=utf-8");
  EXPECT_EQ(r[beast_http::field::cache_control], "public, max-age=31536000, immutable");
  r = Get("/");
  EXPECT_EQ(r[beast_http::field::content_type], "text/html; charset=utf-8");
  EXPECT_EQ(r[beast_http::field::cache_control], "no-cache");
  EXPECT_EQ(Get("/", std::string(r[beast_http::field::etag])).result(), Status::not_modified);
}

TEST_F(StaticFilesTest, ClientRoutesGetTheAppAndTraversalGetsNothing) {
  EXPECT_EQ(Get("/regions").body(), Get("/").body());
  EXPECT_EQ(Get("/missing.js").result(), Status::not_found);
  EXPECT_EQ(Get("/../secret.txt").result(), Status::not_found);
  EXPECT_EQ(Get("/assets/../../secret.txt").result(), Status::not_found);
}

TEST(ContentTypeTest, KnowsTheWebTypes) {
  EXPECT_EQ(ContentTypeFor("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("a.woff2"), "font/woff2");
  EXPECT_EQ(ContentTypeFor("noext"), "application/octet-stream");
}

}  // namespace
}  // namespace sunshine::http
