#include "subsidy/recovery_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "audit/store.hpp"
#include "core/text.hpp"
#include "subsidy/claim_audit_service.hpp"
#include "subsidy/claim_store.hpp"
#include "subsidy/claim_rules.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
namespace {
core::Error NotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "追回单不存在或不在管辖范围内"); }

std::optional<ledger_store::RecoveryReach> ReachOf(const core::Scope& scope) {
  if (scope.kind == core::ScopeKind::kRegion) return ledger_store::RecoveryReach{"-", RegionLike(scope)};
  // A payee (institution, enterprise, trainee) sees the orders against it.
  if (scope.kind == core::ScopeKind::kOrganisation && ParseClaimantKind(scope.code)) {
    return ledger_store::RecoveryReach{scope.code, ""};
  }
  return std::nullopt;
}

const std::set<std::string, std::less<>> kSources = {"spot_check", "claim_audit", "objection", "risk_case", "other"};

std::string LineKey(std::int64_t line) { return "claim_line:" + std::to_string(line); }
}  // namespace

core::Result<ledger_store::Recovery> RecoveryService::Create(const core::Actor& actor, const RecoveryInput& input) {
  const auto& scope = actor.principal->scope;
  if (scope.kind != core::ScopeKind::kRegion) {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有人社部门可以下达追回");
  }
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto claim = claim_store::Find(connection, input.claim_id, {"-", RegionLike(scope)});
  std::vector<core::FieldError> errors;
  if (!claim) errors.push_back({"claim_id", "unknown"});
  if (!kSources.contains(input.source)) errors.push_back({"source", "unknown"});
  if (core::IsBlank(input.source_reference)) errors.push_back({"source_reference", "required"});
  if (core::IsBlank(input.reason)) errors.push_back({"reason", "required"});
  // A claim audit is cited by its id, and only one that found issues with this claim.
  if (claim && input.source == "claim_audit" &&
      !ClaimAuditService::FoundIssues(connection, input.source_reference, claim->id)) {
    errors.push_back({"source_reference", "not_a_finding", 0, "", "claim_audit:<id>"});
  }
  if (input.trainee_ids.empty()) errors.push_back({"trainee_ids", "empty"});
  ledger_store::TakeLock(connection);
  const auto lines = claim ? ledger_store::ClaimLineIds(connection, claim->id) : std::map<std::int64_t, std::int64_t>{};
  std::vector<std::pair<std::int64_t, ledger::LineTotals>> concerned;
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; claim && i < input.trainee_ids.size(); ++i) {
    const std::string at = "trainee_ids[" + std::to_string(i) + "]";
    const auto line = lines.find(input.trainee_ids[i]);
    if (line == lines.end()) {
      errors.push_back({at, "not_a_line"});
    } else if (!seen.insert(line->second).second) {
      errors.push_back({at, "duplicate"});
    } else if (auto totals = ledger_store::LineTotalsOf(connection, line->second); totals.Recoverable() <= 0) {
      errors.push_back({at, "not_paid"});
    } else {
      concerned.emplace_back(line->second, totals);
    }
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "追回信息有误，请检查标出的字段", std::move(errors));

  ledger_store::Recovery recovery;
  recovery.claim_id = claim->id;
  recovery.city_code = claim->region_code.substr(0, 4) + "00";
  recovery.payee = claim->claimant;
  recovery.source = input.source;
  recovery.source_reference = input.source_reference;
  recovery.reason = input.reason;
  recovery.lines = static_cast<int>(concerned.size());
  for (const auto& [line, totals] : concerned) recovery.amount_fen += totals.Recoverable();
  recovery.status = "open";
  recovery.created_by = actor.principal->username;
  recovery.created_at = database_.clock().Now();
  recovery.id = ledger_store::InsertRecovery(connection, recovery);
  for (const auto& [line, totals] : concerned) {
    auto entry = ledger::Recover(recovery.city_code, LineKey(line), totals.Recoverable(), totals);
    if (!entry) return entry.error();
    ledger_store::Write(connection, *entry,
                        {line, 0, input.source + ":" + input.source_reference, recovery.created_by,
                         recovery.created_at, recovery.id});
  }
  audit::Append(connection, actor,
                {.action = "subsidy:recovery:create", .object_type = "recovery",
                 .object_id = std::to_string(recovery.id),
                 .detail = boost::json::serialize(boost::json::object{{"claim_id", recovery.claim_id},
                                                                      {"lines", recovery.lines},
                                                                      {"amount_fen", recovery.amount_fen},
                                                                      {"source", recovery.source},
                                                                      {"source_reference", recovery.source_reference}})});
  transaction.Commit();
  return recovery;
}

core::Result<ledger_store::Recovery> RecoveryService::Repay(const core::Actor& actor, std::int64_t id,
                                                            const RepaymentInput& input) {
  std::vector<core::FieldError> errors;
  if (input.amount_fen <= 0) errors.push_back({"amount_fen", "not_positive"});
  if (core::IsBlank(input.reference)) errors.push_back({"reference", "required"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "退回信息有误", std::move(errors));
  const auto reach = ReachOf(actor.principal->scope);
  if (!reach || actor.principal->scope.kind != core::ScopeKind::kRegion) return NotFound();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto recovery = ledger_store::FindRecovery(connection, id, *reach);
  if (!recovery) return NotFound();
  if (recovery->status != "open") {
    return core::Error::Of(core::ErrorKind::kConflict, "recovery_settled", "该追回单已结清");
  }
  if (input.amount_fen > recovery->amount_fen - recovery->repaid_fen) {
    return core::Error{core::ErrorKind::kInvalid, "invalid_fields", "退回金额超过应追回未退回金额",
                       {{"amount_fen", "exceeds_owed", 0, "", std::to_string(recovery->amount_fen - recovery->repaid_fen)}}};
  }
  ledger_store::TakeLock(connection);
  const auto at = database_.clock().Now();
  std::int64_t left = input.amount_fen;
  for (const auto& [line, ordered] : ledger_store::RecoveryLines(connection, id)) {
    if (left == 0) break;
    const auto totals = ledger_store::LineTotalsOf(connection, line);
    const auto part = std::min(left, totals.Owed());
    if (part <= 0) continue;
    auto entry = ledger::Repay(recovery->city_code, LineKey(line), part, totals);
    if (!entry) return entry.error();
    ledger_store::Write(connection, *entry, {line, 0, input.reference, actor.principal->username, at, id});
    left -= part;
  }
  recovery->repaid_fen += input.amount_fen - left;
  recovery->status = recovery->repaid_fen == recovery->amount_fen ? "settled" : "open";
  if (!ledger_store::UpdateRepaid(connection, *recovery, at)) {
    return core::Error::Of(core::ErrorKind::kConflict, "recovery_settled", "该追回单已结清");
  }
  audit::Append(connection, actor,
                {.action = "subsidy:recovery:repay", .object_type = "recovery", .object_id = std::to_string(id),
                 .detail = boost::json::serialize(boost::json::object{{"amount_fen", input.amount_fen - left},
                                                                      {"reference", input.reference},
                                                                      {"status", recovery->status}})});
  transaction.Commit();
  return *recovery;
}

core::Result<std::vector<ledger_store::Recovery>> RecoveryService::List(const core::Principal& principal,
                                                                        std::int64_t after, int limit) {
  const auto reach = ReachOf(principal.scope);
  if (!reach) return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "无权查看追回");
  db::Connection connection(database_);
  return ledger_store::Recoveries(connection, *reach, after, limit);
}

core::Result<ledger_store::Recovery> RecoveryService::Get(const core::Principal& principal, std::int64_t id) {
  const auto reach = ReachOf(principal.scope);
  if (!reach) return NotFound();
  db::Connection connection(database_);
  auto recovery = ledger_store::FindRecovery(connection, id, *reach);
  if (!recovery) return NotFound();
  return *recovery;
}

}  // namespace sunshine::subsidy
