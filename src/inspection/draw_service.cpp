#include "inspection/draw_service.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "audit/store.hpp"
#include "crypto/token.hpp"

namespace sunshine::inspection {
namespace {
core::Error NotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "抽查记录不存在或不在管辖范围内"); }
core::Error RegionRequired() {
  return core::Error::Of(core::ErrorKind::kForbidden, "region_scope_required", "只有区划范围内的监管账号可以抽查");
}
}  // namespace

core::Result<draw_store::DrawRecord> DrawService::Draw(const core::Actor& actor, const DrawInput& input) {
  const auto& scope = actor.principal->scope;
  if (scope.kind != core::ScopeKind::kRegion) return RegionRequired();
  auto errors = CheckDrawInput(input);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "抽查条件有误，请检查标出的字段", std::move(errors));

  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto population = draw_store::RunningOn(connection, input.date, scope.RegionPrefix());
  if (population.empty()) {
    return core::Error::Of(core::ErrorKind::kConflict, "nothing_running", "该日辖区内没有在训的线下班级，无可抽查");
  }
  draw_store::DrawRecord draw;
  draw.date = input.date;
  draw.region_code = scope.code;
  draw.seed = crypto::RandomHex(16);
  draw.count = input.count;
  draw.rate_1e4 = Rate1e4(input);
  // Drawn with the size as stored, the one every later read re-derives the sample with.
  const auto sample = DrawSample(population, SizeOf(draw.rate_1e4, draw.count), draw.seed);
  draw.population = static_cast<int>(population.size());
  draw.drawn = static_cast<int>(sample.size());
  draw.created_at = database_.clock().Now();
  draw.created_by = actor.principal->username;
  draw.id = draw_store::Insert(connection, draw);
  for (const auto& c : population) {
    draw_store::InsertClass(connection, draw.id, c, std::binary_search(sample.begin(), sample.end(), c.class_id));
  }
  boost::json::object detail{{"date", draw.date}, {"seed", draw.seed}, {"population", draw.population},
                             {"drawn", boost::json::array(sample.begin(), sample.end())}};
  if (draw.count) detail["count"] = *draw.count;
  if (draw.rate_1e4) detail["rate_1e4"] = *draw.rate_1e4;
  audit::Append(connection, actor,
                {.action = "inspection:draw:create", .object_type = "spot_check_draw",
                 .object_id = std::to_string(draw.id), .detail = boost::json::serialize(detail)});
  auto stored = draw_store::Find(connection, draw.id, scope.RegionPrefix());
  transaction.Commit();
  return *stored;
}

core::Result<draw_store::DrawRecord> DrawService::Get(const core::Principal& principal, std::int64_t id) {
  if (principal.scope.kind != core::ScopeKind::kRegion) return RegionRequired();
  db::Connection connection(database_);
  auto draw = draw_store::Find(connection, id, principal.scope.RegionPrefix());
  if (!draw) return NotFound();
  return *draw;
}

core::Result<std::vector<draw_store::DrawRecord>> DrawService::List(const core::Principal& principal,
                                                                    std::int64_t after, int limit) {
  if (principal.scope.kind != core::ScopeKind::kRegion) return RegionRequired();
  db::Connection connection(database_);
  return draw_store::List(connection, principal.scope.RegionPrefix(), after, limit);
}

bool DrawService::Reproduced(const draw_store::DrawRecord& draw) {
  std::vector<RunningClass> population;
  std::vector<std::int64_t> stored;
  for (const auto& c : draw.classes) {
    population.push_back({c.class_id, c.institution_id});
    if (c.drawn) stored.push_back(c.class_id);
  }
  std::sort(stored.begin(), stored.end());
  return DrawSample(population, SizeOf(draw.rate_1e4, draw.count), draw.seed) == stored;
}

}  // namespace sunshine::inspection
