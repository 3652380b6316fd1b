#include "subsidy/history_routes.hpp"

#include <boost/describe.hpp>

#include "core/time.hpp"
#include "registry/organisation_rules.hpp"
#include "registry/project_rules.hpp"

namespace sunshine::subsidy {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
struct SearchInput {
  std::string id_number;
};
BOOST_DESCRIBE_STRUCT(SearchInput, (), (id_number))

boost::json::object RecordJson(const HistoryView& v) {
  const auto& r = v.record;
  return {{"id", r.id},
          {"import_id", r.import_id},
          {"file_row", r.file_row},
          {"name", r.name},
          {"id_number_masked", v.id_number_masked},
          {"occupation_id", r.occupation_id},
          {"occupation_name", r.occupation_name},
          {"occupation_code", r.occupation_code ? boost::json::value(*r.occupation_code) : nullptr},
          {"level", r.level ? boost::json::value(*r.level) : nullptr},
          {"subsidy_type", r.subsidy_type},
          {"subsidy_type_name", registry::ChoiceName(registry::TrainingTypes(), r.subsidy_type)},
          {"trained_on", r.trained_on},
          {"amount_fen", r.amount_fen},
          {"source", r.source},
          {"imported", true},
          {"imported_at", core::FormatShanghai(r.imported_at)}};
}

Reply Records(const core::Result<std::vector<HistoryView>>& views) {
  if (!views) return views.error();
  boost::json::array out;
  for (const auto& v : *views) out.push_back(RecordJson(v));
  return http::Json(http::Status::ok, {{"items", std::move(out)}});
}
}  // namespace

void RegisterHistoryRoutes(http::Router& router, HistoryService& service) {
  router.Get("/api/v1/trainees/{id}/subsidy-history", "subsidy:history:read",
             "A trainee's past subsidised trainings imported from the old system (masked; trainee in scope)",
             [&service](Context& ctx) -> Reply {
               auto id = ctx.PathId("id");
               if (!id) return id.error();
               return Records(service.OfTrainee(ctx.principal(), *id));
             });
  router.Post("/api/v1/subsidy-history/search", "subsidy:history:import",
              "Anyone's past subsidised trainings by full ID number, registered or not (masked; audited)",
              [&service](Context& ctx) -> Reply {
                auto input = ctx.Body<SearchInput>();
                if (!input) return input.error();
                return Records(service.OfIdNumber(ctx.actor(), input->id_number));
              });
  router.Get("/api/v1/subsidy-history/imports", "subsidy:history:import",
             "The imports of past subsidised trainings, newest first", [&service](Context& ctx) -> Reply {
               auto page = ctx.PageParams();
               if (!page) return page.error();
               const auto items = service.Imports(page->after, page->limit);
               boost::json::array out;
               for (const auto& i : items) {
                 out.push_back({{"id", i.id},
                                {"imported_at", core::FormatShanghai(i.imported_at)},
                                {"imported_by", i.imported_by},
                                {"request_id", i.request_id},
                                {"content_sm3", i.content_sm3},
                                {"rows", i.rows}});
               }
               return http::PageReply(std::move(out), page->limit, items.empty() ? 0 : items.back().id);
             });
}

}  // namespace sunshine::subsidy
