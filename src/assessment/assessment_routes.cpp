#include "assessment/assessment_routes.hpp"

#include <boost/url.hpp>

#include "assessment/certificate_pdf.hpp"
#include "core/time.hpp"
#include "registry/occupation_rules.hpp"
#include "reports/list_export.hpp"

namespace sunshine::assessment {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::value Optional(const auto& value) {
  return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

boost::json::value LevelJson(std::optional<int> level) {
  if (!level) return nullptr;
  return {{"level", *level}, {"name", registry::LevelName(*level)}};
}

boost::json::object SittingJson(const sitting_store::Sitting& s) {
  return {{"id", s.id},
          {"organiser", s.organiser},
          {"organiser_name", s.organiser_name},
          {"class_id", Optional(s.class_id)},
          {"class_name", Optional(s.class_name)},
          {"occupation_id", s.occupation_id},
          {"occupation_name", s.occupation_name},
          {"level", LevelJson(s.level)},
          {"certificate_type", s.certificate_type},
          {"region_code", s.region_code},
          {"date", s.date},
          {"start", s.start},
          {"end", s.end},
          {"place", s.place},
          {"latitude", s.latitude_e6 ? boost::json::value(*s.latitude_e6 / 1e6) : nullptr},
          {"longitude", s.longitude_e6 ? boost::json::value(*s.longitude_e6 / 1e6) : nullptr},
          {"status", s.status},
          {"locked_at", s.locked_at ? boost::json::value(core::FormatShanghai(*s.locked_at)) : nullptr},
          {"locked_by", Optional(s.locked_by)},
          {"created_at", core::FormatShanghai(s.created_at)},
          {"created_by", s.created_by},
          {"host_institution_id", Optional(s.host_institution_id)},
          {"host_name", Optional(s.host_name)}};
}

boost::json::value ResultJson(const std::optional<sitting_store::Result>& r) {
  if (!r) return nullptr;
  return {{"theory", Optional(r->theory)}, {"practical", Optional(r->practical)}, {"absent", r->absent}};
}

boost::json::object DetailJson(const SittingDetail& d) {
  auto out = SittingJson(d.sitting);
  boost::json::array examiners, candidates;
  for (const auto& e : d.examiners) {
    examiners.push_back({{"position", e.position}, {"name", e.name}, {"id_number_masked", e.id_number_masked},
                         {"certificate", e.certificate}});
  }
  for (const auto& c : d.candidates) {
    const auto& r = c.row;
    candidates.push_back({{"trainee_id", r.trainee_id},
                          {"name", r.name},
                          {"id_number_masked", c.id_number_masked},
                          {"class_id", Optional(r.class_id)},
                          {"result", ResultJson(r.result)},
                          {"first_result", ResultJson(r.first_result)},
                          {"passed", Optional(r.passed)},
                          {"entered_at", r.entered_at ? boost::json::value(core::FormatShanghai(*r.entered_at)) : nullptr},
                          {"entered_by", Optional(r.entered_by)},
                          {"amendments", r.amendments},
                          {"certificate_number", Optional(r.certificate_number)},
                          {"certificate_status", Optional(r.certificate_status)},
                          {"checked_in_at", c.checked_in_at ? boost::json::value(core::FormatShanghai(*c.checked_in_at))
                                                            : nullptr}});
  }
  out["examiners"] = std::move(examiners);
  out["candidates"] = std::move(candidates);
  out["figures"] = {{"candidates", d.candidates.size()}, {"entered", d.entered}, {"sat", d.sat},
                    {"passed", d.passed},                {"certified", d.certified},
                    {"checked_in", d.checked_in},        {"sat_without_checkin", d.sat_without_checkin}};
  return out;
}

boost::json::object ClassJson(const ClassAssessment& a) {
  boost::json::array members;
  for (const auto& m : a.members) {
    boost::json::value exemption = nullptr;
    if (m.exemption) {
      exemption = {{"reason", m.exemption->reason},
                   {"note", m.exemption->note},
                   {"recorded_at", core::FormatShanghai(m.exemption->recorded_at)},
                   {"recorded_by", m.exemption->recorded_by}};
    }
    members.push_back({{"trainee_id", m.trainee_id},
                       {"name", m.name},
                       {"id_number_masked", m.id_number_masked},
                       {"attendance", m.attendance_1e4 / 10000.0},
                       {"withdrawn", m.withdrawn},
                       {"eligible", m.eligible},
                       {"sitting_id", Optional(m.sitting_id)},
                       {"exemption", std::move(exemption)},
                       {"unaccounted", m.unaccounted}});
  }
  const auto& c = a.record;
  return {{"class", {{"id", c.id}, {"name", c.name}, {"status", c.status}, {"institution_name", c.institution_name},
                     {"project_name", c.project_name}, {"level", LevelJson(c.level)}, {"start_date", c.start_date},
                     {"end_date", c.end_date}, {"region_code", c.region_code}}},
          {"threshold", a.threshold_1e4 / 10000.0},
          {"figures", {{"eligible", a.eligible}, {"candidates", a.candidates}, {"exempted", a.exempted},
                       {"unaccounted", a.unaccounted}}},
          {"members", std::move(members)}};
}

boost::json::object CertificateJson(const CertificateView& v) {
  const auto& c = v.row;
  return {{"number", c.number},
          {"certificate_type", c.certificate_type},
          {"source", c.source},
          {"sitting_id", Optional(c.sitting_id)},
          {"trainee_id", c.trainee_id},
          {"holder_name", c.holder_name},
          {"id_number_masked", v.id_number_masked},
          {"occupation_id", c.occupation_id},
          {"occupation_name", c.occupation_name},
          {"level", LevelJson(c.level)},
          {"issuer", c.issuer},
          {"issuer_name", c.issuer_name},
          {"issued_on", c.issued_on},
          {"status", c.status},
          {"revoked_at", c.revoked_at ? boost::json::value(core::FormatShanghai(*c.revoked_at)) : nullptr},
          {"revoked_by", Optional(c.revoked_by)},
          {"revoked_reason", Optional(c.revoked_reason)}};
}

boost::json::object NumbersJson(const std::vector<std::string>& numbers) {
  return {{"numbers", boost::json::array(numbers.begin(), numbers.end())}, {"count", numbers.size()}};
}

// The public page a certificate's QR code opens: number and name in the link.
std::string VerifyUrl(const Context& ctx, const PublicCheckSettings& settings, const CertificateFace& face) {
  std::string base = settings.public_base_url;
  if (base.empty()) {
    const auto host = ctx.request().find(http::beast_http::field::host);
    base = "http://" + std::string(host == ctx.request().end() ? "localhost" : host->value());
  }
  boost::urls::url url(base);
  url.set_path("/public/certificates/" + face.number);
  url.params().set("name", face.holder_name);
  return std::string(url.buffer());
}

std::string Trimmed(std::string text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// The outcome query: group (institution|body), from, to (default: this year to today), type.
// An evaluation body counts its own sittings unless it asks otherwise.
std::pair<std::string, sitting_store::OutcomeFilter> OutcomeQuery(const Context& ctx, const core::Clock& clock) {
  const auto today = clock.Today();
  const bool body = ctx.principal().scope.OrganisationId("evaluation_body") != 0;
  return {ctx.Query("group").value_or(body ? "body" : "institution"),
          {ctx.Query("from").value_or(today.substr(0, 4) + "-01-01"), ctx.Query("to").value_or(today),
           ctx.Query("institution_type").value_or("")}};
}

boost::json::object OutcomeJson(const sitting_store::OutcomeRow& r) {
  auto rate = [](long long part, long long whole) {
    return whole > 0 ? boost::json::value(static_cast<double>(part) / static_cast<double>(whole)) : nullptr;
  };
  return {{"key", r.key},
          {"name", r.name},
          {"occupation_id", r.occupation_id},
          {"occupation_name", r.occupation_name},
          {"level", LevelJson(r.level ? std::optional<int>(r.level) : std::nullopt)},
          {"eligible", r.eligible >= 0 ? boost::json::value(r.eligible) : nullptr},
          {"candidates", r.candidates},
          {"sat", r.sat},
          {"passed", r.passed},
          {"certified", r.certified},
          {"assessed_rate", r.eligible >= 0 ? rate(r.candidates, r.eligible) : nullptr},
          {"pass_rate", rate(r.passed, r.sat)}};
}

std::vector<reports::Column> OutcomeColumns(bool institutions) {
  std::vector<reports::Column> out = {{institutions ? "培训机构" : "评价机构", 36}, {"职业（工种）", 24}, {"等级", 14}};
  if (institutions) out.push_back({"应评人数", 10});
  for (const char* c : {"参评人数", "实考人数", "合格人数", "发证人数"}) out.push_back({c, 10});
  return out;
}

std::vector<reports::Cell> OutcomeCells(const sitting_store::OutcomeRow& r, bool institutions) {
  std::vector<reports::Cell> out = {r.name, r.occupation_name, r.level ? registry::LevelName(r.level) : std::string("--")};
  if (institutions) out.push_back(static_cast<std::int64_t>(r.eligible));
  for (const auto n : {r.candidates, r.sat, r.passed, r.certified}) out.push_back(static_cast<std::int64_t>(n));
  return out;
}

void RegisterSittingRoutes(http::Router& router, SittingService& service) {
  router.Get("/api/v1/assessments/outcomes", "assessment:outcome:read",
             "Outcome figures by occupation and level over a period: per institution (eligible, assessed, sat, "
             "passed, certified) or per evaluation body",
             [&service](Context& ctx) -> Reply {
               const auto [group, filter] = OutcomeQuery(ctx, service.clock());
               auto table = service.Outcomes(ctx.principal(), group, filter);
               if (!table) return table.error();
               boost::json::array items;
               for (const auto& r : table->rows) items.push_back(OutcomeJson(r));
               return http::Json(http::Status::ok, boost::json::object{{"group", group},
                                                                       {"from", filter.from},
                                                                       {"to", filter.to},
                                                                       {"items", std::move(items)},
                                                                       {"truncated", table->truncated}});
             });

  router.Get("/api/v1/assessments/outcomes/export.xlsx", "assessment:outcome:read",
             "The outcome figures as an xlsx file (the same query)", [&service](Context& ctx) -> Reply {
               const auto [group, filter] = OutcomeQuery(ctx, service.clock());
               auto table = service.Outcomes(ctx.principal(), group, filter);
               if (!table) return table.error();
               const bool institutions = group == "institution";
               reports::XlsxTable sheet("考核结果统计", OutcomeColumns(institutions));
               for (const auto& r : table->rows) sheet.AddRow(OutcomeCells(r, institutions));
               return reports::XlsxReply(service.clock(), sheet, institutions ? "培训机构考核结果" : "评价机构考核结果");
             });


  router.Get("/api/v1/assessments/classes/{id}", "assessment:class:read",
             "应评尽评 of a finished class: each roster member's attendance, eligibility, sitting or recorded reason",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto view = service.ForClass(ctx.principal(), *id);
               if (!view) return view.error();
               return http::Json(http::Status::ok, ClassJson(*view));
             });

  router.Put("/api/v1/assessments/classes/{id}/exemptions/{trainee_id}", "assessment:exemption:record",
             "Record why an eligible trainee is not assessed (absent, withdrew, deferred), or clear it with a null reason",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto trainee = ctx.PathId("trainee_id");
               if (!trainee) return trainee.error();
               auto input = ctx.Body<ExemptionInput>();
               if (!input) return input.error();
               auto view = service.Exempt(ctx.actor(), *id, *trainee, *input);
               if (!view) return view.error();
               return http::Json(http::Status::ok, ClassJson(*view));
             });

  router.Get("/api/v1/assessments/overdue", "assessment:overdue:read",
             "Finished classes in the caller's region with eligible trainees neither assessed nor exempted after the "
             "set number of days",
             [&service](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return service.Overdue(ctx.principal(), after, limit); },
                   [](const sitting_store::OverdueClass& c) -> boost::json::value {
                     return {{"class_id", c.class_id},       {"class_name", c.class_name},
                             {"institution_name", c.institution_name}, {"region_code", c.region_code},
                             {"end_date", c.end_date},       {"eligible", c.eligible},
                             {"unaccounted", c.unaccounted}};
                   },
                   [](const sitting_store::OverdueClass& c) { return c.class_id; });
             });

  router.Get("/api/v1/assessments/sittings", "assessment:sitting:read",
             "Assessment sittings the caller organises, assesses classes of, or supervises by region; newest first",
             [&service](Context& ctx) -> Reply {
               return http::KeysetPage(
                   ctx, [&](std::int64_t after, int limit) { return service.List(ctx.principal(), after, limit); },
                   [](const auto& s) { return SittingJson(s); });
             });

  router.Post("/api/v1/assessments/sittings", "assessment:sitting:create",
              "Plan a sitting for a finished class or for individual candidates (R-C4 filing, examiners who did not "
              "teach the class, candidates at the attendance threshold)",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<SittingInput>();
                if (!input) return input.error();
                auto detail = service.Plan(ctx.actor(), *input);
                if (!detail) return detail.error();
                return http::Json(http::Status::created, DetailJson(*detail));
              });

  router.Get("/api/v1/assessments/sittings/{id}", "assessment:sitting:read",
             "One sitting with its examiners, candidates, results and certificates",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto detail = service.Get(ctx.principal(), *id);
               if (!detail) return detail.error();
               return http::Json(http::Status::ok, DetailJson(*detail));
             });

  router.Put("/api/v1/assessments/sittings/{id}/results", "assessment:result:enter",
             "Enter candidates' results once (theory and practical 0-100, or absent); refused whole if any line is",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               auto input = ctx.Body<ResultsInput>();
               if (!input) return input.error();
               auto detail = service.EnterResults(ctx.actor(), *id, *input);
               if (!detail) return detail.error();
               return http::Json(http::Status::ok, DetailJson(*detail));
             });

  router.Post("/api/v1/assessments/sittings/{id}/actions/lock", "assessment:result:enter",
              "Lock the results once every candidate has one; later changes are amendments",
              [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto detail = service.Lock(ctx.actor(), *id);
                if (!detail) return detail.error();
                return http::Json(http::Status::ok, DetailJson(*detail));
              });

  router.Post("/api/v1/assessments/sittings/{id}/candidates/{trainee_id}/amendments", "assessment:result:amend",
              "Correct an entered result with a reason; the first entry and every amendment are kept",
              [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto trainee = ctx.PathId("trainee_id");
                if (!trainee) return trainee.error();
                auto input = ctx.Body<AmendmentInput>();
                if (!input) return input.error();
                auto detail = service.Amend(ctx.actor(), *id, *trainee, *input);
                if (!detail) return detail.error();
                return http::Json(http::Status::ok, DetailJson(*detail));
              });
}

void RegisterCertificateRoutes(http::Router& router, CertificateService& service, http::RateLimiter& limiter,
                               PublicCheckSettings settings) {
  router.Post("/api/v1/assessments/sittings/{id}/actions/issue", "assessment:certificate:issue",
              "Issue certificates to every passed candidate of a locked sitting who has none",
              [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto numbers = service.IssueForSitting(ctx.actor(), *id);
                if (!numbers) return numbers.error();
                return http::Json(http::Status::ok, NumbersJson(*numbers));
              });

  router.Post("/api/v1/assessments/sittings/{id}/actions/revoke", "assessment:certificate:revoke",
              "Revoke every valid certificate of a sitting at once, with a reason",
              [&service](Context& ctx) -> Reply {
                auto id = ctx.PathId("id");
                if (!id) return id.error();
                auto input = ctx.Body<RevocationInput>();
                if (!input) return input.error();
                auto numbers = service.RevokeSitting(ctx.actor(), *id, *input);
                if (!numbers) return numbers.error();
                return http::Json(http::Status::ok, NumbersJson(*numbers));
              });

  router.Get("/api/v1/certificates/{number}", "assessment:certificate:read",
             "One certificate (masked holder); with .pdf after the number, its A4 PDF with the QR code of its public "
             "check",
             [&service, settings](Context& ctx) -> Reply {
               std::string number(ctx.PathParam("number"));
               const bool pdf = number.ends_with(".pdf");
               if (pdf) number.resize(number.size() - 4);
               if (!pdf) {
                 auto view = service.Get(ctx.principal(), number);
                 if (!view) return view.error();
                 return http::Json(http::Status::ok, CertificateJson(*view));
               }
               auto face = service.Face(ctx.principal(), number, "");
               if (!face) return face.error();
               face->verify_url = VerifyUrl(ctx, settings, *face);
               return http::FileReply(RenderCertificatePdf(*face), "application/pdf", number + ".pdf");
             });

  router.Post("/api/v1/certificates/{number}/actions/revoke", "assessment:certificate:revoke",
              "Revoke one certificate with a reason", [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<RevocationInput>();
                if (!input) return input.error();
                auto view = service.Revoke(ctx.actor(), std::string(ctx.PathParam("number")), *input);
                if (!view) return view.error();
                return http::Json(http::Status::ok, CertificateJson(*view));
              });

  router.Get("/api/v1/public/certificates/{number}", std::string(http::kPublic),
             "Check a certificate without signing in: number and full name (?name=) must both match; shows the "
             "masked holder, occupation and level, issuer, date and status; rate-limited per address",
             [&service, &limiter](Context& ctx) -> Reply {
               if (!limiter.Allow(ctx.client_ip())) {
                 service.CountLimited();
                 return core::Error::Of(core::ErrorKind::kTooManyRequests, "too_many_requests",
                                        "查询过于频繁，请稍后再试");
               }
               auto found = service.Check(std::string(ctx.PathParam("number")), Trimmed(ctx.Query("name").value_or("")));
               if (!found) return found.error();
               const auto& c = *found;
               return http::Json(http::Status::ok,
                                 {{"number", c.number},
                                  {"certificate_type", c.certificate_type},
                                  {"holder", c.holder_masked},
                                  {"occupation_name", c.occupation_name},
                                  {"level", LevelJson(c.level)},
                                  {"issuer_name", c.issuer_name},
                                  {"issued_on", c.issued_on},
                                  {"status", c.status},
                                  {"revoked_on", Optional(c.revoked_on)}});
             });
}
}  // namespace

void RegisterAssessmentRoutes(http::Router& router, SittingService& sittings, CertificateService& certificates,
                              http::RateLimiter& public_limiter, PublicCheckSettings settings) {
  RegisterSittingRoutes(router, sittings);
  RegisterCertificateRoutes(router, certificates, public_limiter, std::move(settings));
}

}  // namespace sunshine::assessment
