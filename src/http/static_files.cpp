#include "http/static_files.hpp"

#include <spdlog/spdlog.h>

#include <fstream>
#include <sstream>

#include "crypto/sm3.hpp"

namespace sunshine::http {

std::string ContentTypeFor(std::string_view name) {
  static const std::map<std::string, std::string, std::less<>> kTypes{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".ico", "image/x-icon"},
      {".webp", "image/webp"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
  };
  const auto dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    if (auto it = kTypes.find(name.substr(dot)); it != kTypes.end()) return it->second;
  }
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const std::filesystem::path& root) {
  std::error_code ec;
  if (root.empty()) return;  // a command that does not serve (migrate, user add, import)
  if (!std::filesystem::is_directory(root, ec)) {
    spdlog::warn("web root {} not found: the web app will not be served", root.string());
    return;
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const std::string key = "/" + std::filesystem::relative(entry.path(), root).generic_string();
    File file{content.str(), ContentTypeFor(key), "", key.starts_with("/assets/")};
    file.etag = "\"" + crypto::Sm3Hex(file.content).substr(0, 32) + "\"";
    files_.emplace(key, std::move(file));
  }
  spdlog::info("web root {}: {} files", root.string(), files_.size());
}

Response StaticFiles::Reply(const Request& request, const File& file) const {
  Response response{Status::ok, request.version()};
  response.set(beast_http::field::etag, file.etag);
  response.set(beast_http::field::cache_control, file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (file.content_type.starts_with("text/html")) {
    // Element Plus sets inline styles; scripts and workers come only from this origin (Excel
    // workbooks are read by the server, not unpacked here).
    response.set("Content-Security-Policy",
                 "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                 "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  }
  if (request[beast_http::field::if_none_match] == file.etag) {
    response.result(Status::not_modified);
    return response;
  }
  response.set(beast_http::field::content_type, file.content_type);
  response.body() = file.content;
  response.prepare_payload();
  return response;
}

Response StaticFiles::Serve(const Request& request, const std::string& path) const {
  const std::string key = path == "/" ? "/index.html" : path;
  if (auto it = files_.find(key); it != files_.end()) return Reply(request, it->second);
  const auto last = key.substr(key.rfind('/') + 1);
  const bool client_route = last.find('.') == std::string::npos;
  if (client_route) {
    if (auto index = files_.find("/index.html"); index != files_.end()) return Reply(request, index->second);
  }
  Response response{Status::not_found, request.version()};
  response.set(beast_http::field::content_type, "text/plain; charset=utf-8");
  response.body() = "404 页面不存在\n";
  response.prepare_payload();
  return response;
}

}  // namespace sunshine::http
