#include "inspection/draw_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/inspection.hpp"

namespace sunshine::inspection::draw_store {
namespace q = db::queries::inspection;
namespace {
struct DrawBuffer {
  DrawRecord row;
  long long id = 0, created_at = 0, auditor = 0;
  int rate = 0, count = 0;
  std::string auditor_name;
  soci::indicator rate_ind = soci::i_null, count_ind = soci::i_null, auditor_ind = soci::i_null,
                  auditor_name_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(row.date), soci::into(row.region_code), soci::into(rate, rate_ind),
        soci::into(count, count_ind), soci::into(row.seed), soci::into(row.population), soci::into(row.drawn),
        soci::into(created_at), soci::into(row.created_by), soci::into(auditor, auditor_ind),
        soci::into(auditor_name, auditor_name_ind);
  }
  DrawRecord Get() const {
    DrawRecord out = row;
    out.id = id;
    out.created_at = created_at;
    if (rate_ind == soci::i_ok) out.rate_1e4 = rate;
    if (count_ind == soci::i_ok) out.count = count;
    if (auditor_ind == soci::i_ok) out.auditor_id = auditor;
    if (auditor_name_ind == soci::i_ok) out.auditor_name = auditor_name;
    return out;
  }
};
}  // namespace

std::optional<Reach> ReachOf(const core::Scope& scope) {
  if (scope.kind == core::ScopeKind::kRegion) return Reach{scope.RegionPrefix() + "%", -1};
  if (const auto auditor = scope.OrganisationId("auditor")) return Reach{"", auditor};
  return std::nullopt;
}

std::vector<RunningClass> RunningOn(db::Connection& connection, const std::string& day, const std::string& region_prefix) {
  long long id = 0, institution = 0;
  const std::string like = region_prefix + "%";
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListRunningClasses), soci::into(id),
                               soci::into(institution), soci::use(day), soci::use(like));
  statement.execute();
  std::vector<RunningClass> out;
  while (statement.fetch()) out.push_back({id, institution});
  return out;
}

std::int64_t Insert(db::Connection& connection, const DrawRecord& d) {
  long long id = 0, created = d.created_at;
  int rate = d.rate_1e4.value_or(0), count = d.count.value_or(0);
  soci::indicator rate_ind = d.rate_1e4 ? soci::i_ok : soci::i_null, count_ind = d.count ? soci::i_ok : soci::i_null;
  long long auditor = d.auditor_id.value_or(0), engagement = d.engagement_id.value_or(0);
  soci::indicator auditor_ind = d.auditor_id ? soci::i_ok : soci::i_null,
                  engagement_ind = d.engagement_id ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertDraw), soci::use(d.date), soci::use(d.region_code),
      soci::use(rate, rate_ind), soci::use(count, count_ind), soci::use(d.seed), soci::use(d.population),
      soci::use(d.drawn), soci::use(created), soci::use(d.created_by), soci::use(auditor, auditor_ind),
      soci::use(engagement, engagement_ind), soci::into(id);
  return id;
}

void InsertClass(db::Connection& connection, std::int64_t draw_id, const RunningClass& c, bool drawn) {
  long long draw = draw_id, klass = c.class_id, institution = c.institution_id;
  int flag = drawn ? 1 : 0;
  connection.sql() << connection.Text(q::kInsertDrawClass), soci::use(draw), soci::use(klass), soci::use(institution),
      soci::use(flag);
}

std::optional<DrawRecord> Find(db::Connection& connection, std::int64_t id, const Reach& reach) {
  DrawBuffer buffer;
  long long key = id;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kFindDraw));
  buffer.Bind(prepared);
  prepared, soci::use(key), soci::use(reach.region_like), soci::use(reach.auditor_id);
  auto rows = db::FetchRows(prepared, buffer);
  if (rows.empty()) return std::nullopt;
  auto draw = std::move(rows.front());
  long long klass = 0, institution = 0;
  int drawn = 0;
  DrawClass c;
  std::string status, outcome;
  soci::indicator status_ind = soci::i_null, outcome_ind = soci::i_null;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListDrawClasses), soci::into(klass),
                               soci::into(c.class_name), soci::into(institution), soci::into(c.institution_name),
                               soci::into(drawn), soci::into(status, status_ind), soci::into(outcome, outcome_ind),
                               soci::use(key));
  statement.execute();
  while (statement.fetch()) {
    c.class_id = klass;
    c.institution_id = institution;
    c.drawn = drawn == 1;
    c.inspection_status = status_ind == soci::i_ok ? std::optional(status) : std::nullopt;
    c.inspection_outcome = outcome_ind == soci::i_ok ? std::optional(outcome) : std::nullopt;
    draw.classes.push_back(c);
  }
  return draw;
}

std::vector<DrawRecord> List(db::Connection& connection, const Reach& reach, std::int64_t after, int limit) {
  DrawBuffer buffer;
  long long a = after, a_value = after, l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListDraws));
  buffer.Bind(prepared);
  prepared, soci::use(reach.region_like), soci::use(reach.auditor_id), soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

}  // namespace sunshine::inspection::draw_store
