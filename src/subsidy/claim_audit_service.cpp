#include "subsidy/claim_audit_service.hpp"

#include "audit/store.hpp"
#include "auth/store.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "crypto/token.hpp"
#include "inspection/spot_check_draw.hpp"
#include "subsidy/payee_rules.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
namespace {
core::Error NotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "核查任务不存在或不在管辖范围内"); }
core::Error Conflict(std::string code, std::string message) {
  return core::Error::Of(core::ErrorKind::kConflict, std::move(code), std::move(message));
}

// A city officer's city ("5101%"); "" for anyone else.
std::string CityLike(const core::Scope& scope) {
  if (scope.kind != core::ScopeKind::kRegion || scope.RegionPrefix().size() != 4) return "";
  return scope.RegionPrefix() + "%";
}

// Officers reach the audits of their region's cities and those assigned to them; an auditor only
// those assigned to its organisation.
claim_audit_store::Reach ReachOf(const core::Principal& principal) {
  const auto& scope = principal.scope;
  if (scope.kind == core::ScopeKind::kRegion) {
    return {scope.RegionPrefix().size() <= 4 ? scope.RegionPrefix() + "%" : "", "user:" + principal.username};
  }
  if (scope.OrganisationId("auditor")) return {"", scope.code};
  return {"", "-"};
}

// Whom the caller works as on an audit: "user:<name>" for an officer, its organisation for an auditor.
std::string AssigneeOf(const core::Principal& principal) {
  return principal.scope.OrganisationId("auditor") ? principal.scope.code : "user:" + principal.username;
}

std::vector<ChecklistEntry> ParseChecklist(const std::string& json) {
  std::vector<ChecklistEntry> out;
  const auto parsed = boost::json::parse(json);  // kept: a range over a temporary's array would dangle
  for (const auto& v : parsed.as_array()) {
    const auto& o = v.as_object();
    out.push_back({std::string(o.at("item").as_string()), std::string(o.at("result").as_string()),
                   std::string(o.at("note").as_string())});
  }
  return out;
}
std::string ChecklistJson(const std::vector<ChecklistEntry>& entries) {
  boost::json::array out;
  for (const auto& e : entries) out.push_back({{"item", e.item}, {"result", e.result}, {"note", e.note}});
  return boost::json::serialize(out);
}
}  // namespace

core::Result<DrawResult> ClaimAuditService::Draw(const core::Actor& actor, const AuditDrawInput& input) {
  return DrawWithSeed(actor, input, crypto::RandomHex(16));  // unknown before the draw, kept so anyone can redraw it
}

core::Result<DrawResult> ClaimAuditService::DrawWithSeed(const core::Actor& actor, const AuditDrawInput& input,
                                                         const std::string& seed) {
  const auto city_like = CityLike(actor.principal->scope);
  if (city_like.empty()) {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有市（州）人社部门可以抽取核查样本");
  }
  std::vector<core::FieldError> errors;
  if (!core::IsDate(input.claimed_from)) errors.push_back({"claimed_from", "not_a_date"});
  if (!core::IsDate(input.claimed_to)) errors.push_back({"claimed_to", "not_a_date"});
  if (errors.empty() && input.claimed_to < input.claimed_from) errors.push_back({"claimed_to", "before_start"});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "请填写申领日期范围", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto population = claim_audit_store::Auditable(connection, city_like, input.claimed_from, input.claimed_to);
  if (population.empty()) return Conflict("nothing_to_draw", "该期间没有已审核通过的补贴申领可供抽查");
  std::vector<inspection::SampleUnit> units;
  boost::json::array kept;
  for (const auto& [claim, institution] : population) {
    units.push_back({claim, institution});
    kept.push_back(boost::json::array{claim, institution});
  }
  claim_audit_store::Draw draw;
  draw.city_code = actor.principal->scope.code;
  draw.claimed_from = input.claimed_from;
  draw.claimed_to = input.claimed_to;
  draw.rate_1e4 = rate_1e4_;
  draw.seed = seed;
  draw.population = boost::json::serialize(kept);
  draw.population_size = static_cast<int>(population.size());
  const auto drawn = inspection::StratifiedSample(units, {.rate = rate_1e4_ / 10000.0}, draw.seed, "claim",
                                                  "institution");
  draw.drawn = static_cast<int>(drawn.size());
  draw.drawn_by = actor.principal->username;
  draw.drawn_at = database_.clock().Now();
  draw.id = claim_audit_store::InsertDraw(connection, draw);
  std::vector<std::int64_t> audit_ids;
  for (const auto claim : drawn) {
    audit_ids.push_back(claim_audit_store::InsertAudit(connection, draw.id, claim, draw.city_code, draw.drawn_at));
  }
  audit::Append(connection, actor,
                {.action = "subsidy:claim_audit:draw", .object_type = "claim_audit_draw",
                 .object_id = std::to_string(draw.id),
                 .detail = boost::json::serialize(boost::json::object{{"population", draw.population_size},
                                                                      {"drawn", draw.drawn},
                                                                      {"seed", draw.seed},
                                                                      {"rate_1e4", draw.rate_1e4}})});
  transaction.Commit();
  return DrawResult{std::move(draw), drawn, std::move(audit_ids)};
}

core::Result<std::vector<claim_audit_store::Draw>> ClaimAuditService::Draws(const core::Principal& principal,
                                                                            std::int64_t after, int limit) {
  const auto reach = ReachOf(principal);
  if (reach.city_like.empty()) return std::vector<claim_audit_store::Draw>{};
  db::Connection connection(database_);
  return claim_audit_store::Draws(connection, reach.city_like, after, limit);
}

core::Result<std::vector<claim_audit_store::Audit>> ClaimAuditService::List(const core::Principal& principal,
                                                                            const std::string& status,
                                                                            std::int64_t after, int limit) {
  if (!status.empty() && status != "unassigned" && status != "assigned" && status != "concluded") {
    return core::Error::Invalid("invalid_query", "筛选条件有误", {{"status", "unknown"}});
  }
  db::Connection connection(database_);
  return claim_audit_store::Audits(connection, ReachOf(principal), status, after, limit);
}

core::Result<claim_audit_store::Audit> ClaimAuditService::Get(const core::Principal& principal, std::int64_t id) {
  db::Connection connection(database_);
  auto audit = claim_audit_store::Find(connection, id, ReachOf(principal));
  if (!audit) return NotFound();
  audit->photos = claim_audit_store::Photos(connection, id);
  return *audit;
}

core::Result<claim_audit_store::Audit> ClaimAuditService::AddPhoto(const core::Actor& actor, std::int64_t id,
                                                                   std::string_view body,
                                                                   const std::string& content_type) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto audit = Assigned(connection, *actor.principal, id);
  if (!audit) return audit.error();
  auto packed = photos_.PackEvidence(body, content_type);
  if (!packed) return packed.error();
  const inspection::inspection_store::EvidencePhoto photo{packed->sha256,       packed->content_type, packed->where.pack,
                                                          packed->bytes,        packed->where.offset, database_.clock().Now(),
                                                          actor.principal->username};
  if (claim_audit_store::AddPhoto(connection, id, photo)) {
    audit::Append(connection, actor,
                  {.action = "subsidy:claim_audit:photo", .object_type = "claim_audit", .object_id = std::to_string(id),
                   .detail = boost::json::serialize(boost::json::object{
                       {"claim_id", audit->claim_id}, {"sha256", photo.sha256}, {"bytes", photo.bytes}})});
  }
  audit->photos = claim_audit_store::Photos(connection, id);
  transaction.Commit();
  return *audit;
}

core::Result<ClaimAuditService::Image> ClaimAuditService::Photo(const core::Actor& actor, std::int64_t id,
                                                                const std::string& sha256) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto audit = claim_audit_store::Find(connection, id, ReachOf(*actor.principal));
  if (!audit) return NotFound();
  const auto photos = claim_audit_store::Photos(connection, id);
  const auto photo = std::find_if(photos.begin(), photos.end(), [&](const auto& p) { return p.sha256 == sha256; });
  if (photo == photos.end()) return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "照片不存在");
  auto bytes = photos_.ReadPacked({photo->pack, photo->pack_offset}, photo->bytes, sha256);
  if (!bytes) return bytes.error();
  // Evidence may show people: each view is on the record, committed before it is sent.
  audit::Append(connection, actor,
                {.action = "subsidy:claim_audit:photo_view", .object_type = "claim_audit",
                 .object_id = std::to_string(id), .detail = boost::json::serialize(boost::json::object{{"sha256", sha256}})});
  transaction.Commit();
  return Image{photo->content_type, std::move(*bytes)};
}

core::Result<claim_audit_store::Audit> ClaimAuditService::Save(db::Connection& connection, const core::Actor& actor,
                                                               claim_audit_store::Audit audit, std::int64_t seen,
                                                               const char* action, boost::json::object detail) {
  audit.updated_at = std::max(database_.clock().Now(), seen + 1);
  if (!claim_audit_store::Update(connection, audit, seen)) {
    return Conflict("audit_changed", "该核查任务已被他人更新，请刷新后重试");
  }
  detail["claim_id"] = audit.claim_id;
  audit::Append(connection, actor,
                {.action = action, .object_type = "claim_audit", .object_id = std::to_string(audit.id),
                 .detail = boost::json::serialize(detail)});
  audit.photos = claim_audit_store::Photos(connection, audit.id);
  return audit;
}

core::Result<claim_audit_store::Audit> ClaimAuditService::Assign(const core::Actor& actor, std::int64_t id,
                                                                 const AssignInput& input) {
  const auto city_like = CityLike(actor.principal->scope);
  if (city_like.empty()) return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有市（州）人社部门可以分派核查");
  const auto assignee = ParseAssignee(input.assignee);
  if (!assignee) return core::Error::Invalid("invalid_fields", "请选择核查人员或第三方机构", {{"assignee", "invalid"}});
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto audit = claim_audit_store::Find(connection, id, {city_like, "-"});
  if (!audit) return NotFound();
  if (audit->status == "concluded") return Conflict("audit_concluded", "该核查已办结");
  // An officer of the audit's own city, or a third-party auditor registered on the platform.
  if (assignee->kind == "user") {
    const auto user = auth::store::FindUserByUsername(connection, assignee->user);
    if (!user || user->role != "city_officer" || user->scope.code != audit->city_code) {
      return core::Error::Invalid("invalid_fields", "核查人员须为本市（州）人社部门人员", {{"assignee", "not_an_officer_of_the_city"}});
    }
  } else if (!auth::store::OrganisationName(connection, "auditor", assignee->auditor_id)) {
    return core::Error::Invalid("invalid_fields", "第三方机构不存在", {{"assignee", "unknown_auditor"}});
  }
  const auto seen = audit->updated_at;
  audit->status = "assigned";
  audit->assignee = input.assignee;
  audit->assigned_by = actor.principal->username;
  audit->assigned_at = database_.clock().Now();
  auto saved = Save(connection, actor, *audit, seen, "subsidy:claim_audit:assign", {{"assignee", input.assignee}});
  if (saved) transaction.Commit();
  return saved;
}

core::Result<claim_audit_store::Audit> ClaimAuditService::Assigned(db::Connection& connection,
                                                                   const core::Principal& principal, std::int64_t id) {
  auto audit = claim_audit_store::Find(connection, id, ReachOf(principal));
  if (!audit) return NotFound();
  if (audit->status == "concluded") return Conflict("audit_concluded", "该核查已办结");
  if (audit->assignee != AssigneeOf(principal)) return Conflict("not_assigned_to_you", "该核查未分派给您");
  return *audit;
}

core::Result<claim_audit_store::Audit> ClaimAuditService::SaveChecklist(const core::Actor& actor, std::int64_t id,
                                                                        const ChecklistInput& input) {
  auto errors = CheckChecklist(input.items);
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "核查清单有误，请检查标出的项目", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto audit = Assigned(connection, *actor.principal, id);
  if (!audit) return audit.error();
  // Items sent replace what was saved for them; the others stay.
  auto checklist = ParseChecklist(audit->checklist);
  for (const auto& entry : input.items) {
    const auto it = std::find_if(checklist.begin(), checklist.end(), [&](const auto& e) { return e.item == entry.item; });
    if (it != checklist.end()) {
      *it = entry;
    } else {
      checklist.push_back(entry);
    }
  }
  const auto seen = audit->updated_at;
  audit->checklist = ChecklistJson(checklist);
  auto saved = Save(connection, actor, *audit, seen, "subsidy:claim_audit:checklist",
                    {{"items", static_cast<std::int64_t>(input.items.size())}});
  if (saved) transaction.Commit();
  return saved;
}

core::Result<claim_audit_store::Audit> ClaimAuditService::Conclude(const core::Actor& actor, std::int64_t id,
                                                                   const ConcludeInput& input) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto audit = Assigned(connection, *actor.principal, id);
  if (!audit) return audit.error();
  auto conclusion = subsidy::Conclude(ParseChecklist(audit->checklist), input.finding);
  if (!conclusion.errors.empty()) {
    return core::Error::Invalid("audit_incomplete", "核查清单尚未完成或未填写发现的问题", std::move(conclusion.errors));
  }
  const auto seen = audit->updated_at;
  audit->status = "concluded";
  audit->outcome = conclusion.outcome;
  audit->finding = input.finding;
  audit->concluded_by = actor.principal->username;
  audit->concluded_at = database_.clock().Now();
  auto saved = Save(connection, actor, *audit, seen, "subsidy:claim_audit:conclude", {{"outcome", conclusion.outcome}});
  if (saved) transaction.Commit();
  return saved;
}

bool ClaimAuditService::FoundIssues(db::Connection& connection, const std::string& reference, std::int64_t claim_id) {
  const auto [kind, id] = SplitKindId(reference);
  if (kind != "claim_audit") return false;
  const auto audit = claim_audit_store::Find(connection, id, {"%", "-"});
  return audit && audit->claim_id == claim_id && audit->status == "concluded" && audit->outcome == "issues_found";
}

}  // namespace sunshine::subsidy
