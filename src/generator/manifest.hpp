#pragma once
// What the generator planted on purpose (issue 12 item 3): each anomaly kind, in words, and the
// ids of the records that carry it, so tests and risk screening (issue 15) can check that
// every planted item is found. Written to manifest.json as {"kind","description","ids":{...}}.
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sunshine::generator {

struct Anomaly {
  std::string kind;                                      // e.g. "ghost_trainee"
  std::string description;                               // what was planted, in English
  std::map<std::string, std::vector<std::int64_t>> ids;  // "trainee_ids" -> [...]
  std::map<std::string, std::vector<std::string>> keys;  // "photo_sha256" -> [...], beside the ids
};

// How many of `population` to plant at `share` (0 plants none; any positive share at least one).
inline int PlantedCount(int population, double share) {
  if (share <= 0 || population <= 0) return 0;
  return std::max(1, static_cast<int>(std::lround(population * share)));
}

}  // namespace sunshine::generator
