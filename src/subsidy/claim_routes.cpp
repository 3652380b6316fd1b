#include "subsidy/claim_routes.hpp"

#include <charconv>
#include <map>
#include <set>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "reports/list_export.hpp"
#include "subsidy/shared.hpp"

namespace sunshine::subsidy {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
// A trainee claimant's name is personal data: masked like the lines' names.
std::string ClaimantName(const claim_store::Claim& c) {
  return ParseClaimantKind(c.claimant) == ClaimantKind::kTrainee ? core::MaskName(c.claimant_name) : c.claimant_name;
}

boost::json::object ClaimJson(const claim_store::Claim& c) {
  return {{"id", c.id},
          {"class_id", c.class_id},
          {"class_name", c.class_name},
          {"institution_name", c.institution_name},
          {"claimant", c.claimant},
          {"claimant_name", ClaimantName(c)},
          {"kind", c.kind},
          {"basis", c.basis},
          {"region_code", c.region_code},
          {"status", c.status},
          {"claimed_on", c.claimed_on},
          {"lines", c.lines},
          {"paid_lines", c.paid_lines},
          {"amount_fen", c.amount_fen},
          {"proof_sm3", c.proof_sm3},
          {"submitted_at", core::FormatShanghai(c.submitted_at)},
          {"submitted_by", c.submitted_by},
          {"review_levels", c.review_levels},
          {"stage", TextOrNull(c.stage)},
          {"due_on", TextOrNull(c.due_on)},
          {"approved_fen", c.approved_fen},
          {"notice_id", c.notice_id ? boost::json::value(c.notice_id) : nullptr}};
}

boost::json::object ClaimableJson(const claim_store::ClaimableClass& c) {
  return {{"class_id", c.id},
          {"class_name", c.name},
          {"training_type", c.training_type},
          {"start_date", c.start_date},
          {"end_date", c.end_date},
          {"institution_name", c.institution_name},
          {"live_claim_id", c.live_claim ? boost::json::value(c.live_claim) : nullptr}};
}

boost::json::array HistoryJson(const std::vector<claim_store::Review>& history) {
  boost::json::array out;
  for (const auto& r : history) {
    auto detail = boost::json::parse(r.detail).as_object();
    detail.erase("replaced_proof");  // kept in the database; its digest says which it was
    out.push_back({{"action", r.action},
                   {"level", r.level},
                   {"reason", r.reason},
                   {"detail", std::move(detail)},
                   {"approved_fen", r.approved_fen},
                   {"actor", r.actor},
                   {"at", core::FormatShanghai(r.at)}});
  }
  return out;
}

boost::json::object DetailJson(const ClaimDetail& d) {
  auto out = ClaimJson(d.claim);
  boost::json::array lines;
  for (const auto& l : d.lines) {
    const auto& r = l.row;
    lines.push_back({{"trainee_id", r.trainee_id},
                     {"name_masked", l.name_masked},
                     {"id_number_masked", l.id_number_masked},
                     {"position", r.position},
                     {"paid", r.paid},
                     {"amount_fen", r.amount_fen},
                     {"reasons", boost::json::parse(r.reasons)},
                     {"counted_minutes", r.counted_minutes},
                     {"certificate_number", r.certificate_number ? boost::json::value(*r.certificate_number) : nullptr},
                     {"units", r.units},
                     {"period", TextOrNull(r.period)},
                     {"withheld", TextOrNull(r.withheld)},
                     {"withheld_detail", TextOrNull(r.withheld_detail)}});
  }
  out["lines_detail"] = std::move(lines);
  out["history"] = HistoryJson(d.history);
  out["overdue"] = d.overdue;
  return out;
}

core::Result<claim_store::ListFilter> FilterOf(const Context& ctx) {
  static const std::set<std::string, std::less<>> kStatuses = {"submitted", "county_approved", "approved", "returned",
                                                               "rejected"};
  claim_store::ListFilter filter{ctx.Query("stage").value_or(""), ctx.Query("status").value_or("")};
  std::vector<core::FieldError> errors;
  if (!filter.stage.empty() && !ParseReviewLevel(filter.stage)) errors.push_back({"stage", "unknown"});
  if (!filter.status.empty() && !kStatuses.contains(filter.status)) errors.push_back({"status", "unknown"});
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "筛选条件有误", std::move(errors));
  return filter;
}

// The review actions share their shape: the claim's id, a body, the detail after.
template <class Input, class Action>
Reply Act(Context& ctx, Action act) {
  auto id = ctx.PathId("id");
  if (!id) return id.error();
  auto input = ctx.Body<Input>();
  if (!input) return input.error();
  auto detail = act(*id, *input);
  if (!detail) return detail.error();
  return http::Json(http::Status::ok, DetailJson(*detail));
}
}  // namespace

void RegisterClaimRoutes(http::Router& router, ClaimService& service, ClaimReviewService& review) {
  router.Get("/api/v1/claims/export.xlsx", "subsidy:claim:read",
             "The claims the list's filter selects (stage, status) as an xlsx file, newest first: class, institution, "
             "status and stage, people and amounts claimed and approved, the notice",
             [&service](Context& ctx) -> Reply {
               auto filter = FilterOf(ctx);
               if (!filter) return filter.error();
               static const std::map<std::string, std::string, std::less<>> kStatuses = {
                   {"submitted", "待区县审核"}, {"county_approved", "区县已审核"}, {"approved", "已审核"},
                   {"returned", "已退回"},       {"rejected", "不予补贴"}};
               return reports::ExportList<claim_store::Claim, std::int64_t>(
                   service.clock(), "补贴申领",
                   {{"申领编号", 10}, {"培训班", 30}, {"培训机构", 32}, {"申领人", 24}, {"类型", 10}, {"区县", 10}, {"状态", 12},
                    {"审核期限", 12}, {"申领日期", 12}, {"名单人数", 10}, {"可补贴人数", 10}, {"申报金额（元）", 14},
                    {"核定金额（元）", 14}, {"公示批次", 10}, {"凭证摘要（SM3）", 66}},
                   "补贴申领",
                   [&](std::int64_t after, int limit) { return service.List(ctx.principal(), *filter, after, limit); },
                   [](const claim_store::Claim& c) { return c.id; },
                   [](const claim_store::Claim& c) {
                     return std::vector<reports::Cell>{
                         c.id, c.class_name, c.institution_name, ClaimantName(c),
                         std::string(c.kind == "training" ? "培训补贴" : "鉴定补贴"),
                         c.region_code, kStatuses.at(c.status), c.due_on, c.claimed_on,
                         static_cast<std::int64_t>(c.lines), static_cast<std::int64_t>(c.paid_lines), Yuan(c.amount_fen),
                         Yuan(c.approved_fen), c.notice_id ? reports::Cell(c.notice_id) : reports::Cell(std::string()),
                         c.proof_sm3};
                   });
             });
  router.Get("/api/v1/claims/claimable", "subsidy:claim:submit",
             "What the caller may claim: its newest finished classes (an institution's own, those with an "
             "enterprise's employees, those of a trainee), or with class_id one class with the kinds the caller may "
             "claim and the people it may name (everyone on the roster; the enterprise's employees on the first day; "
             "the trainee alone)",
             [&service](Context& ctx) -> Reply {
               const auto text = ctx.Query("class_id");
               if (!text) {
                 auto classes = service.Claimable(ctx.principal());
                 if (!classes) return classes.error();
                 boost::json::array items;
                 for (const auto& c : *classes) items.push_back(ClaimableJson(c));
                 return http::Json(http::Status::ok, {{"items", std::move(items)}});
               }
               std::int64_t class_id = 0;
               const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), class_id);
               if (ec != std::errc() || end != text->data() + text->size() || class_id <= 0) {
                 return core::Error::Invalid("invalid_fields", "class_id 须为正整数", {{"class_id", "not_positive"}});
               }
               auto detail = service.ClaimableOf(ctx.principal(), class_id);
               if (!detail) return detail.error();
               auto out = ClaimableJson(detail->klass);
               out["basis"] = detail->basis;
               out["kinds"] = boost::json::value_from(detail->kinds);
               boost::json::array people;
               for (const auto& p : detail->people) {
                 people.push_back({{"trainee_id", p.trainee_id},
                                   {"name", p.name},
                                   {"id_number_masked", p.id_number_masked},
                                   {"before_start", p.before_start},
                                   {"withdrawn", p.withdrawn},
                                   {"employment_kind", p.employment_kind ? boost::json::value(*p.employment_kind) : nullptr}});
               }
               out["people"] = std::move(people);
               return http::Json(http::Status::ok, out);
             });
  router.Get("/api/v1/claims", "subsidy:claim:read",
             "Subsidy claims: an institution's own, or those of the classes in an officer's region; newest first; "
             "optionally only those a level reviews now (stage=county|city) or in one status",
             [&service](Context& ctx) -> Reply {
               auto filter = FilterOf(ctx);
               if (!filter) return filter.error();
               return http::KeysetPage(
                   ctx,
                   [&](std::int64_t after, int limit) { return service.List(ctx.principal(), *filter, after, limit); },
                   [](const auto& c) { return ClaimJson(c); });
             });
  router.Get("/api/v1/claims/overdue", "subsidy:claim:oversee",
             "Claims in the caller's region whose review stage below the caller is past its last day (the city "
             "sees its counties', the province every stage's), oldest first",
             [&review](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return review.Overdue(ctx.principal(), after, limit); },
                   [](const auto& c) { return ClaimJson(c); });
             });
  router.Post("/api/v1/claims/{id}/actions/submit", "subsidy:claim:submit",
              "Submit a returned claim again: every line judged anew from the live data and a new proof sealed; "
              "the replaced proof stays in the history",
              [&service](Context& ctx) -> Reply {
                return Act<ResubmitInput>(
                    ctx, [&](std::int64_t id, const ResubmitInput& in) { return service.Resubmit(ctx.actor(), id, in); });
              });
  router.Post("/api/v1/claims/{id}/actions/approve", "subsidy:claim:review",
              "Approve a claim at the caller's review stage, refusing payable lines each with a reason; it moves to "
              "the next level or is approved",
              [&review](Context& ctx) -> Reply {
                return Act<ApproveInput>(
                    ctx, [&](std::int64_t id, const ApproveInput& in) { return review.Approve(ctx.actor(), id, in); });
              });
  for (const std::string action : {"return", "reject"}) {
    router.Post("/api/v1/claims/{id}/actions/" + action, "subsidy:claim:review",
                action == "return" ? "Return a claim at the caller's review stage to its claimant for correction, "
                                     "with the reason"
                                   : "Reject a claim at the caller's review stage, with the reason (final; the class "
                                     "may be claimed anew)",
                [&review, action](Context& ctx) -> Reply {
                  return Act<DecisionInput>(ctx, [&](std::int64_t id, const DecisionInput& in) {
                    return review.Decide(ctx.actor(), id, action, in);
                  });
                });
  }
  router.Post("/api/v1/claims", "subsidy:claim:submit",
              "Claim the subsidy of a finished class for the trainees who authorised it: the platform judges and "
              "prices every roster line and seals the proof",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<ClaimInput>();
                if (!input) return input.error();
                auto detail = service.Submit(ctx.actor(), *input);
                if (!detail) return detail.error();
                return http::Json(http::Status::created, DetailJson(*detail));
              });
  router.Get("/api/v1/claims/{id}", "subsidy:claim:read",
             "One claim with each line: paid and its amount, or every reason it is not",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto detail = service.Get(ctx.principal(), *id);
               if (!detail) return detail.error();
               return http::Json(http::Status::ok, DetailJson(*detail));
             });
  router.Get("/api/v1/claims/{id}/proof", "subsidy:claim:read",
             "The sealed snapshot of what justified each line at submission, its SM3 digest, and whether the "
             "digest still matches",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto proof = service.ProofOf(ctx.principal(), *id);
               if (!proof) return proof.error();
               return http::Json(http::Status::ok, {{"claim_id", *id},
                                                    {"sm3", proof->sm3},
                                                    {"intact", proof->intact},
                                                    {"proof", boost::json::parse(proof->json)}});
             });
}

}  // namespace sunshine::subsidy
