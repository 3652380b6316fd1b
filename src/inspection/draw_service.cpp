#include "inspection/draw_service.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "audit/store.hpp"
#include "crypto/token.hpp"
#include "inspection/engagement_service.hpp"
#include "registry/regions.hpp"

namespace sunshine::inspection {
namespace {
core::Error NotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "抽查记录不存在或不在管辖范围内"); }
core::Error RegionRequired() {
  return core::Error::Of(core::ErrorKind::kForbidden, "region_scope_required",
                         "只有区划范围内的监管账号或受委托的第三方机构可以抽查");
}
}  // namespace

core::Result<draw_store::DrawRecord> DrawService::Draw(const core::Actor& actor, const DrawInput& input) {
  const auto& scope = actor.principal->scope;
  const auto reach = draw_store::ReachOf(scope);
  if (!reach) return RegionRequired();
  auto errors = CheckDrawInput(input);
  const auto auditor = scope.OrganisationId("auditor");
  if (auditor && !input.region_code) errors.push_back({"region_code", "required"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "抽查条件有误，请检查标出的字段", std::move(errors));

  db::Connection connection(database_);
  db::Transaction transaction(connection);
  // Where: an officer's region or one within it; an auditor's region must be engaged that day.
  const std::string region = input.region_code.value_or(scope.code);
  std::optional<Engagement> engagement;
  if (input.region_code && !registry::FindRegion(connection, region)) {
    return core::Error::Invalid("invalid_fields", "抽查区划不存在", {{"region_code", "unknown"}});
  }
  if (auditor) {
    engagement = engagement_store::Covering(connection, auditor, region, input.date);
    if (!engagement) {
      return core::Error::Of(core::ErrorKind::kForbidden, "not_engaged", "本机构在该日未受委托抽查该区划的培训");
    }
  } else if (!RegionWithin(region, scope.code)) {
    return core::Error::Invalid("invalid_fields", "只能抽查本辖区内的区划", {{"region_code", "outside_scope"}});
  }
  const auto population =
      draw_store::RunningOn(connection, input.date, core::Scope{core::ScopeKind::kRegion, region}.RegionPrefix());
  if (population.empty()) {
    return core::Error::Of(core::ErrorKind::kConflict, "nothing_running", "该日辖区内没有在训的线下班级，无可抽查");
  }
  draw_store::DrawRecord draw;
  draw.date = input.date;
  draw.region_code = region;
  if (engagement) {
    draw.auditor_id = engagement->auditor_id;
    draw.engagement_id = engagement->id;
  }
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
  if (draw.engagement_id) detail["engagement_id"] = *draw.engagement_id;
  audit::Append(connection, actor,
                {.action = "inspection:draw:create", .object_type = "spot_check_draw",
                 .object_id = std::to_string(draw.id), .detail = boost::json::serialize(detail)});
  auto stored = draw_store::Find(connection, draw.id, *reach);
  transaction.Commit();
  return *stored;
}

core::Result<draw_store::DrawRecord> DrawService::Get(const core::Principal& principal, std::int64_t id) {
  const auto reach = draw_store::ReachOf(principal.scope);
  if (!reach) return RegionRequired();
  db::Connection connection(database_);
  auto draw = draw_store::Find(connection, id, *reach);
  if (!draw) return NotFound();
  return *draw;
}

core::Result<std::vector<draw_store::DrawRecord>> DrawService::List(const core::Principal& principal,
                                                                    std::int64_t after, int limit) {
  const auto reach = draw_store::ReachOf(principal.scope);
  if (!reach) return RegionRequired();
  db::Connection connection(database_);
  return draw_store::List(connection, *reach, after, limit);
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
