#include "inspection/engagement_service.hpp"

#include <boost/json.hpp>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "db/keyset.hpp"
#include "db/queries/inspection.hpp"
#include "registry/organisation_rules.hpp"
#include "registry/organisation_store.hpp"
#include "registry/regions.hpp"

namespace sunshine::inspection {
namespace q = db::queries::inspection;

std::vector<core::FieldError> CheckEngagementInput(const EngagementInput& in) {
  std::vector<core::FieldError> errors;
  if (in.auditor_id <= 0) errors.push_back({"auditor_id", "unknown"});
  if (in.region_code.size() != 6) errors.push_back({"region_code", "unknown"});
  const bool from = core::IsDate(in.valid_from), to = core::IsDate(in.valid_to);
  if (!from) errors.push_back({"valid_from", "not_a_date"});
  if (!to) errors.push_back({"valid_to", "not_a_date"});
  if (from && to && in.valid_to < in.valid_from) errors.push_back({"valid_to", "before_valid_from"});
  if (in.note.empty()) errors.push_back({"note", "required"});
  return errors;
}

bool RegionWithin(const std::string& region_code, const std::string& scope_region) {
  const auto prefix = core::Scope{core::ScopeKind::kRegion, scope_region}.RegionPrefix();
  return region_code.size() == 6 && region_code.starts_with(prefix);
}

namespace engagement_store {
namespace {
struct Buffer {
  Engagement row;
  long long id = 0, auditor = 0, created_at = 0;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(auditor), soci::into(row.auditor_name), soci::into(row.region_code),
        soci::into(row.region_name), soci::into(row.valid_from), soci::into(row.valid_to), soci::into(row.note),
        soci::into(created_at), soci::into(row.created_by);
  }
  Engagement Get() const {
    Engagement out = row;
    out.id = id;
    out.auditor_id = auditor;
    out.created_at = created_at;
    return out;
  }
};
}  // namespace

std::int64_t Insert(db::Connection& connection, const Engagement& e) {
  long long id = 0, auditor = e.auditor_id, created = e.created_at;
  connection.sql() << connection.Text(q::kInsertEngagement), soci::use(auditor), soci::use(e.region_code),
      soci::use(e.valid_from), soci::use(e.valid_to), soci::use(e.note), soci::use(created), soci::use(e.created_by),
      soci::into(id);
  return id;
}

std::vector<Engagement> List(db::Connection& connection, const std::string& region_like, long long auditor_id,
                             std::int64_t after, int limit) {
  Buffer buffer;
  long long a = after, a_value = after, l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListEngagements));
  buffer.Bind(prepared);
  prepared, soci::use(region_like), soci::use(auditor_id), soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::optional<Engagement> Covering(db::Connection& connection, std::int64_t auditor_id, const std::string& region_code,
                                   const std::string& day) {
  // An auditor holds a handful of engagements: read them all, judge the region and day here.
  for (std::int64_t after = 0;;) {
    const auto page = List(connection, "", auditor_id, after, 200);
    for (const auto& e : page) {
      if (e.valid_from <= day && day <= e.valid_to && RegionWithin(region_code, e.region_code)) return e;
    }
    if (page.size() < 200) return std::nullopt;
    after = page.back().id;
  }
}
}  // namespace engagement_store

core::Result<Engagement> EngagementService::Engage(const core::Actor& actor, const EngagementInput& input) {
  const auto& scope = actor.principal->scope;
  if (scope.kind != core::ScopeKind::kRegion) {
    return core::Error::Of(core::ErrorKind::kForbidden, "region_scope_required", "只有区划范围内的监管账号可以委托第三方机构");
  }
  auto errors = CheckEngagementInput(input);
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  Engagement e;
  if (errors.empty()) {
    const auto region = registry::FindRegion(connection, input.region_code);
    if (!region) {
      errors.push_back({"region_code", "unknown"});
    } else if (!RegionWithin(input.region_code, scope.code)) {
      errors.push_back({"region_code", "outside_scope"});
    } else {
      e.region_name = region->name;
    }
    const auto auditor =
        registry::organisation_store::Find(connection, registry::KindOf("auditor"), scope, input.auditor_id);
    if (!auditor) {
      errors.push_back({"auditor_id", "unknown"});
    } else if (auditor->status != "active") {
      errors.push_back({"auditor_id", "not_active"});
    } else {
      e.auditor_name = auditor->name;
    }
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "委托信息有误，请检查标出的字段", std::move(errors));
  e.auditor_id = input.auditor_id;
  e.region_code = input.region_code;
  e.valid_from = input.valid_from;
  e.valid_to = input.valid_to;
  e.note = input.note;
  e.created_at = database_.clock().Now();
  e.created_by = actor.principal->username;
  e.id = engagement_store::Insert(connection, e);
  audit::Append(connection, actor,
                {.action = "inspection:engagement:create", .object_type = "auditor_engagement",
                 .object_id = std::to_string(e.id),
                 .detail = boost::json::serialize(boost::json::object{{"auditor_id", e.auditor_id},
                                                                      {"region_code", e.region_code},
                                                                      {"valid_from", e.valid_from},
                                                                      {"valid_to", e.valid_to}})});
  transaction.Commit();
  return e;
}

core::Result<std::vector<Engagement>> EngagementService::List(const core::Principal& principal, std::int64_t after,
                                                              int limit) {
  std::string region_like;
  long long auditor = -1;
  if (principal.scope.kind == core::ScopeKind::kRegion) {
    region_like = principal.scope.RegionPrefix() + "%";
  } else if (const auto id = principal.scope.OrganisationId("auditor")) {
    auditor = id;
  } else {
    return core::Error::Of(core::ErrorKind::kForbidden, "scope_required", "只有监管账号或第三方机构可以查看委托");
  }
  db::Connection connection(database_);
  return engagement_store::List(connection, region_like, auditor, after, limit);
}

}  // namespace sunshine::inspection
