#include "subsidy/claim_review_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/text.hpp"

namespace sunshine::subsidy {
namespace {
core::Error NotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "申领不存在或不在管辖范围内"); }
core::Error Conflict(std::string code, std::string message) {
  return core::Error::Of(core::ErrorKind::kConflict, std::move(code), std::move(message));
}
core::Error Changed() { return Conflict("claim_changed", "申领已被他人处理，请刷新后重试"); }

const char* LevelLabel(ReviewLevel level) { return level == ReviewLevel::kCounty ? "县级" : "市级"; }

// The claim an officer opened for review, at the stage the officer's level reviews.
struct Opened {
  claim_store::Claim claim;
  claim_store::Reach reach;
  ReviewLevel stage{};
};

core::Result<Opened> Open(db::Connection& connection, const core::Principal& principal, std::int64_t id) {
  const auto reach = claim_store::ReachOf(principal.scope);
  const auto office = OfficeLevelOf(principal.scope.RegionPrefix());
  if (!reach || !office) return NotFound();
  auto claim = claim_store::Find(connection, id, *reach);
  if (!claim) return NotFound();
  const auto stage = ParseReviewLevel(claim->stage);
  if (!stage) return Conflict("claim_not_under_review", "该申领不在审核中");
  if (!Reviews(*office, *stage)) {
    return Conflict("not_your_stage", std::string("该申领现由") + LevelLabel(*stage) + "人社部门审核");
  }
  return Opened{std::move(*claim), *reach, *stage};
}

void Audit(db::Connection& connection, const core::Actor& actor, std::string_view action,
           const claim_store::Claim& claim, ReviewLevel level, boost::json::object detail) {
  detail["level"] = ReviewLevelName(level);
  detail["status"] = claim.status;
  detail["approved_fen"] = claim.approved_fen;
  audit::Append(connection, actor,
                {.action = std::string(action), .object_type = "claim", .object_id = std::to_string(claim.id),
                 .detail = boost::json::serialize(detail)});
}
}  // namespace

core::Result<ClaimDetail> ClaimReviewService::Approve(const core::Actor& actor, std::int64_t id,
                                                      const ApproveInput& input) {
  auto& database = claims_.database();
  db::Connection connection(database);
  db::Transaction transaction(connection);
  auto opened = Open(connection, *actor.principal, id);
  if (!opened) return opened.error();
  auto& claim = opened->claim;

  std::map<std::int64_t, bool> payable;
  std::map<std::int64_t, std::int64_t> amounts;
  for (const auto& line : claim_store::Lines(connection, id)) {
    payable[line.trainee_id] = line.paid && line.withheld.empty();
    amounts[line.trainee_id] = line.amount_fen;
  }
  std::vector<Refusal> refusals;
  for (const auto& r : input.refusals) refusals.push_back({r.trainee_id, r.reason});
  auto errors = CheckRefusals(refusals, payable);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "核减的学员有误，请检查标出的行", std::move(errors));

  std::int64_t approved = 0;
  for (const auto& [trainee, ok] : payable) approved += ok ? amounts[trainee] : 0;
  for (const auto& r : refusals) approved -= amounts[r.trainee_id];
  if (approved == 0) return Conflict("nothing_payable", "没有可核准的补贴：请退回或驳回该申领");

  const std::string why = "refused_" + std::string(ReviewLevelName(opened->stage));
  boost::json::array refused;
  for (const auto& r : refusals) {
    if (!claim_store::Withhold(connection, id, r.trainee_id, why, r.reason)) return Changed();
    refused.push_back({{"trainee_id", r.trainee_id}, {"reason", r.reason}});
  }
  const std::string seen = claim.status;
  const auto next = NextStage(opened->stage, *ParseReviewLevels(claim.review_levels));
  const auto& policy = claims_.review_policy();
  const auto today = database.clock().Today();
  claim.status = next ? "county_approved" : "approved";
  claim.stage = next ? std::string(ReviewLevelName(*next)) : "";
  claim.due_on = next ? training::AddWorkingDays(today, policy.working_days, policy.calendar) : "";
  claim.approved_fen = approved;
  claim.updated_at = database.clock().Now();
  if (!claim_store::MoveOn(connection, claim, seen)) return Changed();
  const std::string level(ReviewLevelName(opened->stage));
  claim_store::InsertReview(connection, id,
                            {"approve", level, input.note.value_or(""),
                             boost::json::serialize(boost::json::object{{"refused", refused}}), approved,
                             actor.principal->username, claim.updated_at});
  Audit(connection, actor, "subsidy:claim:approve", claim, opened->stage, {{"refused", std::move(refused)}});
  auto stored = claim_store::Find(connection, id, opened->reach);
  auto detail = claims_.Detail(connection, std::move(*stored));
  if (detail) transaction.Commit();
  return detail;
}

core::Result<ClaimDetail> ClaimReviewService::Decide(const core::Actor& actor, std::int64_t id,
                                                     std::string_view action, const DecisionInput& input) {
  if (core::IsBlank(input.reason)) {
    return core::Error::Invalid("invalid_fields", action == "return" ? "请填写退回原因" : "请填写驳回原因",
                                {{"reason", "required"}});
  }
  auto& database = claims_.database();
  db::Connection connection(database);
  db::Transaction transaction(connection);
  auto opened = Open(connection, *actor.principal, id);
  if (!opened) return opened.error();
  auto& claim = opened->claim;
  const std::string seen = claim.status;
  claim.status = action == "return" ? "returned" : "rejected";
  claim.stage.clear();
  claim.due_on.clear();
  claim.updated_at = database.clock().Now();
  if (!claim_store::MoveOn(connection, claim, seen)) return Changed();
  const std::string level(ReviewLevelName(opened->stage));
  claim_store::InsertReview(connection, id,
                            {std::string(action), level, input.reason, "{}", claim.approved_fen,
                             actor.principal->username, claim.updated_at});
  Audit(connection, actor, "subsidy:claim:" + std::string(action), claim, opened->stage, {{"reason", input.reason}});
  auto stored = claim_store::Find(connection, id, opened->reach);
  auto detail = claims_.Detail(connection, std::move(*stored));
  if (detail) transaction.Commit();
  return detail;
}

core::Result<std::vector<claim_store::Claim>> ClaimReviewService::Overdue(const core::Principal& principal,
                                                                          std::int64_t after, int limit) {
  const auto office = OfficeLevelOf(principal.scope.RegionPrefix());
  if (principal.scope.kind != core::ScopeKind::kRegion || !office) {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有监管账号可以查看超期申领");
  }
  std::vector<std::string> stages;
  for (const auto stage : {ReviewLevel::kCounty, ReviewLevel::kCity}) {
    if (Oversees(*office, stage)) stages.emplace_back(ReviewLevelName(stage));
  }
  if (stages.empty()) return std::vector<claim_store::Claim>{};
  auto& database = claims_.database();
  db::Connection connection(database);
  return claim_store::Overdue(connection, principal.scope.RegionPrefix() + "%", stages, database.clock().Today(),
                              after, limit);
}

}  // namespace sunshine::subsidy
