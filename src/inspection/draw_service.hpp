#pragma once
// Spot-check draws (培训中抽查, R-W4; ADR 0013): an officer draws a sample of the classes running
// on site in their region on a day; the draw, its population and seed are stored and audited,
// and anyone reading it sees whether the rule (spot_check_draw.hpp) still gives that sample.
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "inspection/draw_store.hpp"

namespace sunshine::inspection {

class DrawService {
 public:
  explicit DrawService(db::Database& database) : database_(database) {}

  core::Result<draw_store::DrawRecord> Draw(const core::Actor& actor, const DrawInput& input);
  core::Result<draw_store::DrawRecord> Get(const core::Principal& principal, std::int64_t id);
  core::Result<std::vector<draw_store::DrawRecord>> List(const core::Principal& principal, std::int64_t after, int limit);

  // Whether the draw's stored sample is the one the rule gives for its stored population,
  // seed and size.
  static bool Reproduced(const draw_store::DrawRecord& draw);

 private:
  db::Database& database_;
};

}  // namespace sunshine::inspection
