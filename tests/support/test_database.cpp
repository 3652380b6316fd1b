#include "support/test_database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace sunshine::testing {

TestDatabase FreshDatabase(const std::string& name) {
  static std::atomic<int> counter{0};
  const std::string unique = name + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  const char* engine = std::getenv("SUNSHINE_TEST_ENGINE");
  if (engine == nullptr || std::string(engine) == "sqlite") {
    const auto path = std::filesystem::temp_directory_path() / ("sunshine-test-" + unique + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    return {"sqlite:" + path.string(), "sqlite"};
  }
  if (std::string(engine) != "postgresql")
    throw std::runtime_error("SUNSHINE_TEST_ENGINE must be sqlite or postgresql");
  const char* base = std::getenv("SUNSHINE_TEST_PG_URL");
  if (base == nullptr) throw std::runtime_error("SUNSHINE_TEST_PG_URL is not set: run the tests with scripts/test.sh");
  {
    soci::session admin(*soci::factory_postgresql(), base);
    admin << "CREATE SCHEMA " + unique;  // unique is built from [a-z0-9_] only
  }
  const std::string separator = std::string(base).find('?') == std::string::npos ? "?" : "&";
  return {std::string(base) + separator + "options=-csearch_path%3D" + unique, "postgresql"};
}

void DropDatabase(const TestDatabase& database) {
  if (database.engine == "sqlite") {
    const std::string path = database.url.substr(std::string("sqlite:").size());
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    return;
  }
  const auto at = database.url.find("options=-csearch_path%3D");
  const std::string schema = database.url.substr(at + std::string("options=-csearch_path%3D").size());
  soci::session admin(*soci::factory_postgresql(), std::getenv("SUNSHINE_TEST_PG_URL"));
  admin << "DROP SCHEMA " + schema + " CASCADE";
}

}  // namespace sunshine::testing
