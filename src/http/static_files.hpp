#pragma once
// The web app's built files (web/dist), loaded into memory at start. Only files found under
// the root at load time can ever be served: a request path is a key into that table, never a
// path joined onto the disk, so "../" and symlinks outside the root lead nowhere.
#include <filesystem>
#include <map>
#include <string>

#include "http/message.hpp"

namespace sunshine::http {

class StaticFiles {
 public:
  // Loads every regular file under `root` (missing root: serves nothing but index fallback 404).
  // An empty root serves nothing and says nothing (commands that do not serve).
  explicit StaticFiles(const std::filesystem::path& root);

  // GET/HEAD of `path` (already percent-decoded). Unknown paths that look like client routes
  // (no file extension) get index.html so the app's router can show them; others get 404.
  Response Serve(const Request& request, const std::string& path) const;
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content;
    std::string content_type;
    std::string etag;
    bool immutable;  // hashed build assets: cache for a year
  };
  Response Reply(const Request& request, const File& file) const;
  std::map<std::string, File, std::less<>> files_;
};

// Content type for a file name by extension; application/octet-stream when unknown.
std::string ContentTypeFor(std::string_view filename);

}  // namespace sunshine::http
