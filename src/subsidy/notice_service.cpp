#include "subsidy/notice_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "audit/store.hpp"
#include "core/ids.hpp"
#include "core/text.hpp"
#include "registry/regions.hpp"
#include "subsidy/claim_store.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
namespace {
core::Error NoticeNotFound() { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "公示不存在"); }
core::Error ObjectionNotFound() {
  return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "异议不存在或不在管辖范围内");
}
core::Error Conflict(std::string code, std::string message) {
  return core::Error::Of(core::ErrorKind::kConflict, std::move(code), std::move(message));
}

// The notices and objections a reader reaches: an officer's region, or everything (the public).
std::string RegionLike(const core::Principal* principal) {
  return principal ? subsidy::RegionLike(principal->scope) : "%";
}

// "138****8000" for a phone; otherwise the first and last characters of what was given.
std::string MaskContact(const std::string& contact) {
  const bool digits = contact.size() >= 7 && contact.find_first_not_of("0123456789+- ") == std::string::npos;
  return digits ? core::MaskPhone(contact) : core::MaskName(contact);
}
}  // namespace

NoticeView NoticeService::ViewOf(notice_store::Notice notice) const {
  const auto state = NoticeStateOn(database_.clock().Today(), notice.ends_on, notice.open_objections);
  return {std::move(notice), state, {}};
}

ObjectionView NoticeService::ViewOf(notice_store::Objection row) const {
  ObjectionView out;
  if (!row.contact_sealed.empty() && keys_) {
    if (auto contact = crypto::Unseal(*keys_, row.contact_sealed)) out.contact_masked = MaskContact(*contact);
  }
  out.overdue = row.status == "open" && row.answer_due_on < database_.clock().Today();
  out.row = std::move(row);
  return out;
}

core::Result<NoticeView> NoticeService::Publish(const core::Actor& actor, const PublishInput& input) {
  const auto& scope = actor.principal->scope;
  if (scope.kind != core::ScopeKind::kRegion) {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有人社部门可以发布公示");
  }
  if (input.title && core::IsBlank(*input.title)) {
    return core::Error::Invalid("invalid_fields", "请填写公示标题", {{"title", "blank"}});
  }
  auto keys = crypto::RequireKeys(keys_, "公示名单");
  if (!keys) return keys.error();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto candidates = notice_store::Noticeable(connection, scope.RegionPrefix() + "%");
  if (candidates.empty()) return Conflict("nothing_to_publish", "没有已审核通过、尚未公示的补贴申领");

  const auto today = database_.clock().Today();
  notice_store::Notice notice;
  notice.region_code = scope.code;
  if (input.title) {
    notice.title = *input.title;
  } else {
    const auto region = registry::FindRegion(connection, scope.code);
    notice.title = (region ? region->name : scope.code) + "职业技能培训补贴公示（" + today + "）";
  }
  notice.published_on = today;
  notice.ends_on = NoticeEndsOn(today, policy_);
  notice.published_by = actor.principal->username;
  notice.published_at = database_.clock().Now();
  std::set<std::int64_t> claims;
  for (const auto& c : candidates) {
    claims.insert(c.claim_id);
    notice.amount_fen += c.amount_fen;
  }
  notice.claims = static_cast<int>(claims.size());
  notice.lines = static_cast<int>(candidates.size());
  notice.id = notice_store::InsertNotice(connection, notice);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const auto& c = candidates[i];
    // Masked once, as published: the public page never opens a sealed number.
    notice_store::InsertLine(connection, notice.id,
                             {0, c.claim_id, c.trainee_id, static_cast<int>(i), core::MaskName(c.name),
                              crypto::UnsealMaskedIdNumber(**keys, c.id_number_sealed), c.institution_name,
                              c.project_name, c.amount_fen, false, 0});
  }
  for (const auto claim : claims) {
    if (!notice_store::SetClaimNotice(connection, claim, notice.id, notice.published_at)) {
      return Conflict("claim_changed", "有申领已被他人公示，请刷新后重试");
    }
  }
  audit::Append(connection, actor,
                {.action = "subsidy:notice:publish", .object_type = "notice", .object_id = std::to_string(notice.id),
                 .detail = boost::json::serialize(boost::json::object{{"claims", notice.claims},
                                                                      {"lines", notice.lines},
                                                                      {"amount_fen", notice.amount_fen},
                                                                      {"ends_on", notice.ends_on}})});
  auto view = ViewOf(notice);
  view.lines = notice_store::Lines(connection, notice.id);
  transaction.Commit();
  return view;
}

core::Result<std::vector<NoticeView>> NoticeService::List(const core::Principal* principal, std::int64_t after,
                                                          int limit) {
  const auto region_like = RegionLike(principal);
  if (region_like.empty()) {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有人社部门可以查看公示管理");
  }
  db::Connection connection(database_);
  std::vector<NoticeView> out;
  for (auto& n : notice_store::List(connection, region_like, after, limit)) out.push_back(ViewOf(std::move(n)));
  return out;
}

core::Result<NoticeView> NoticeService::Get(const core::Principal* principal, std::int64_t id) {
  db::Connection connection(database_);
  auto notice = notice_store::Find(connection, id, RegionLike(principal));
  if (!notice) return NoticeNotFound();
  auto view = ViewOf(std::move(*notice));
  view.lines = notice_store::Lines(connection, id);
  return view;
}

core::Result<NoticeService::Lodged> NoticeService::Object(const core::Actor& actor, std::int64_t notice_id,
                                                          const ObjectionInput& input) {
  auto errors = CheckObjection({input.line_id, input.reason, input.contact});
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "请选择异议对象并写明理由", std::move(errors));
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  const auto notice = notice_store::Find(connection, notice_id, "%");
  if (!notice) return NoticeNotFound();
  const auto today = database_.clock().Today();
  if (today > notice->ends_on) return Conflict("notice_closed", "公示期已结束，不再受理异议");
  const auto lines = notice_store::Lines(connection, notice_id);
  const auto line = std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.id == *input.line_id; });
  if (line == lines.end() || line->removed) {
    return core::Error::Invalid("invalid_fields", "公示名单中没有该条目", {{"line_id", "unknown"}});
  }
  notice_store::Objection objection;
  objection.notice_id = notice_id;
  objection.line_id = line->id;
  objection.reason = input.reason;
  if (input.contact) {
    auto keys = crypto::RequireKeys(keys_, "联系方式");
    if (!keys) return keys.error();
    objection.contact_sealed = crypto::Seal(**keys, *input.contact);
  }
  objection.lodged_at = database_.clock().Now();
  objection.answer_due_on = AnswerDueOn(today, policy_);
  objection.id = notice_store::InsertObjection(connection, objection);
  // The objector is anonymous: the record keeps the address it came from, never the contact.
  audit::Append(connection, actor,
                {.action = "subsidy:objection:lodge", .object_type = "objection",
                 .object_id = std::to_string(objection.id),
                 .detail = boost::json::serialize(boost::json::object{{"notice_id", notice_id},
                                                                      {"line_id", line->id},
                                                                      {"claim_id", line->claim_id},
                                                                      {"answer_due_on", objection.answer_due_on}})});
  transaction.Commit();
  return Lodged{objection.id, objection.answer_due_on};
}

core::Result<std::vector<ObjectionView>> NoticeService::Objections(const core::Principal& principal,
                                                                   const std::string& status, std::int64_t after,
                                                                   int limit) {
  if (!status.empty() && status != "open" && status != "upheld" && status != "dismissed" && status != "overdue") {
    return core::Error::Invalid("invalid_query", "筛选条件有误", {{"status", "unknown"}});
  }
  // Overdue: open past the answer day, for the superior to press (the province sees the cities').
  const bool overdue = status == "overdue";
  const auto region_like = RegionLike(&principal);
  if (region_like.empty()) {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有人社部门可以查看异议");
  }
  db::Connection connection(database_);
  std::vector<ObjectionView> out;
  for (auto& o : notice_store::Objections(connection, region_like, overdue ? "" : status,
                                          overdue ? database_.clock().Today() : "", after, limit)) {
    out.push_back(ViewOf(std::move(o)));
  }
  return out;
}

core::Result<ObjectionView> NoticeService::Answer(const core::Actor& actor, std::int64_t id, std::string_view action,
                                                  const AnswerInput& input) {
  if (core::IsBlank(input.answer)) {
    return core::Error::Invalid("invalid_fields", "请填写核查结论", {{"answer", "required"}});
  }
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto objection = notice_store::FindObjection(connection, id, RegionLike(&*actor.principal));
  if (!objection) return ObjectionNotFound();
  if (objection->status != "open") return Conflict("objection_answered", "该异议已答复");
  const bool upheld = action == "uphold";
  objection->status = upheld ? "upheld" : "dismissed";
  objection->answer = input.answer;
  objection->answered_by = actor.principal->username;
  objection->answered_at = database_.clock().Now();
  if (!notice_store::Answer(connection, *objection)) return Conflict("objection_answered", "该异议已答复");
  // Upheld: the line leaves the notice and the claim line is withheld, so it is never paid. A
  // second upheld objection to the same line changes nothing more.
  if (upheld && notice_store::RemoveLine(connection, objection->line_id)) {
    if (!claim_store::Withhold(connection, objection->claim_id, objection->trainee_id, "objection_upheld",
                               input.answer)) {
      return Conflict("claim_changed", "该补贴条目已不可支付");
    }
    notice_store::ReduceApproved(connection, objection->claim_id, objection->amount_fen, objection->answered_at);
  }
  audit::Append(connection, actor,
                {.action = "subsidy:objection:" + std::string(action), .object_type = "objection",
                 .object_id = std::to_string(id),
                 .detail = boost::json::serialize(boost::json::object{{"notice_id", objection->notice_id},
                                                                      {"line_id", objection->line_id},
                                                                      {"claim_id", objection->claim_id},
                                                                      {"trainee_id", objection->trainee_id},
                                                                      {"amount_fen", objection->amount_fen}})});
  auto view = ViewOf(std::move(*objection));
  transaction.Commit();
  return view;
}

core::Result<std::string> NoticeService::RevealContact(const core::Actor& actor, std::int64_t id) {
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto objection = notice_store::FindObjection(connection, id, RegionLike(&*actor.principal));
  if (!objection) return ObjectionNotFound();
  if (objection->contact_sealed.empty()) return Conflict("no_contact", "异议人未留联系方式");
  auto keys = crypto::RequireKeys(keys_, "联系方式");
  if (!keys) return keys.error();
  auto contact = crypto::Unseal(**keys, objection->contact_sealed);
  if (!contact) return contact.error();
  audit::Append(connection, actor,
                {.action = "subsidy:objection:reveal", .object_type = "objection", .object_id = std::to_string(id),
                 .detail = "{}"});
  transaction.Commit();
  return *contact;
}

}  // namespace sunshine::subsidy
