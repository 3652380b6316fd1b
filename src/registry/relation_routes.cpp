#include "registry/relation_routes.hpp"

#include <cmath>

#include "core/time.hpp"

namespace sunshine::registry {
using http::Context;
using Reply = core::Result<http::Response>;

namespace {
boost::json::value Text(const std::optional<std::string>& v) { return v ? boost::json::value(*v) : nullptr; }

boost::json::object EmployeeJson(const EmployeeView& e) {
  return {{"id", e.employment.id},
          {"kind", e.employment.kind},
          {"start_date", e.employment.start_date},
          {"end_date", Text(e.employment.end_date)},
          {"trainee",
           {{"id", e.trainee.trainee.id},
            {"name", e.trainee.trainee.name},
            {"id_number_masked", e.trainee.id_number_masked},
            {"phone_masked", e.trainee.phone_masked}}}};
}

boost::json::object FilingJson(const relation_store::Filing& f) {
  return {{"id", f.id},
          {"occupation_id", f.occupation_id},
          {"occupation_name", f.occupation_name},
          {"occupation_code", Text(f.occupation_code)},
          {"level", f.level ? boost::json::value(*f.level) : nullptr},
          {"valid_from", f.valid_from},
          {"valid_to", f.valid_to},
          {"created_at", core::FormatShanghai(f.created_at)},
          {"created_by", f.created_by}};
}

// Stored and compared in WGS-84; also given in GCJ-02 to check against a Chinese map app.
boost::json::object VenueJson(const relation_store::Venue& v) {
  const core::LatLon wgs84{static_cast<double>(v.latitude_e6) / 1e6, static_cast<double>(v.longitude_e6) / 1e6};
  const core::LatLon gcj02 = core::Gcj02FromWgs84(wgs84);
  return {{"id", v.id},
          {"name", v.name},
          {"address", v.address},
          {"region_code", v.region_code},
          {"latitude", wgs84.lat},
          {"longitude", wgs84.lon},
          {"datum", "wgs84"},
          {"gcj02", {{"latitude", std::round(gcj02.lat * 1e6) / 1e6}, {"longitude", std::round(gcj02.lon * 1e6) / 1e6}}},
          {"capacity", v.capacity},
          {"created_at", core::FormatShanghai(v.created_at)}};
}

boost::json::object PermittedJson(const relation_store::PermittedProject& p) {
  return {{"id", p.id},
          {"project_id", p.project_id},
          {"project_name", p.project_name},
          {"valid_from", p.valid_from},
          {"valid_to", p.valid_to},
          {"created_at", core::FormatShanghai(p.created_at)},
          {"created_by", p.created_by}};
}

// GET {path} lists the children of the record {id}; POST {path} adds one. `list(principal,
// id)` and `add(actor, id, input)` are the service's pair; `json` shows one child.
template <class Input, class List, class Add, class ToJson>
void RegisterPair(http::Router& router, const std::string& path, const std::string& read_permission,
                  const std::string& write_permission, const std::string& what, List list, Add add, ToJson json) {
  router.Get(path, read_permission, "List the " + what, [list, json](Context& ctx) -> Reply {
    auto id = ctx.PathId("id");
    if (!id) return id.error();
    auto items = list(ctx.principal(), *id);
    if (!items) return items.error();
    boost::json::array out;
    for (const auto& item : *items) out.push_back(json(item));
    return http::Json(http::Status::ok, {{"items", std::move(out)}});
  });
  router.Post(path, write_permission, "Add one of the " + what, [add, json](Context& ctx) -> Reply {
    auto id = ctx.PathId("id");
    if (!id) return id.error();
    auto input = ctx.Body<Input>();
    if (!input) return input.error();
    auto added = add(ctx.actor(), *id, *input);
    if (!added) return added.error();
    return http::Json(http::Status::created, json(*added));
  });
}
}  // namespace

void RegisterRelationRoutes(http::Router& router, RelationService& s) {
  RegisterPair<EmploymentInput>(
      router, "/api/v1/enterprises/{id}/employees", "registry:enterprise:read", "registry:enterprise:employ",
      "employees and apprentices of an enterprise (masked)",
      [&s](const core::Principal& p, std::int64_t id) { return s.Employees(p, id); },
      [&s](const core::Actor& a, std::int64_t id, const EmploymentInput& in) { return s.Employ(a, id, in); },
      EmployeeJson);
  RegisterPair<FilingInput>(
      router, "/api/v1/evaluation-bodies/{id}/filings", "registry:evaluation_body:read",
      "registry:evaluation_body:file", "filings (occupations and levels it may assess) of an evaluation body",
      [&s](const core::Principal& p, std::int64_t id) { return s.Filings(p, id); },
      [&s](const core::Actor& a, std::int64_t id, const FilingInput& in) { return s.File(a, id, in); }, FilingJson);
  RegisterPair<VenueInput>(
      router, "/api/v1/institutions/{id}/venues", "registry:institution:read", "registry:institution:venue",
      "venues of an institution (address, coordinates, capacity)",
      [&s](const core::Principal& p, std::int64_t id) { return s.Venues(p, id); },
      [&s](const core::Actor& a, std::int64_t id, const VenueInput& in) { return s.AddVenue(a, id, in); }, VenueJson);
  RegisterPair<PermittedProjectInput>(
      router, "/api/v1/institutions/{id}/projects", "registry:institution:read", "registry:institution:lifecycle",
      "training projects an institution may train, each for a period",
      [&s](const core::Principal& p, std::int64_t id) { return s.Projects(p, id); },
      [&s](const core::Actor& a, std::int64_t id, const PermittedProjectInput& in) { return s.Permit(a, id, in); },
      PermittedJson);
}

}  // namespace sunshine::registry
