#include "subsidy/claim_audit_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/subsidy.hpp"

namespace sunshine::subsidy::claim_audit_store {
namespace q = db::queries::subsidy;
namespace {
struct AuditBuffer {
  Audit row;
  long long id = 0, draw = 0, claim = 0, assigned_at = 0, concluded_at = 0, updated = 0, approved = 0;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(draw), soci::into(claim), soci::into(row.city_code), soci::into(row.status),
        soci::into(row.assignee), soci::into(row.assigned_by), soci::into(assigned_at), soci::into(row.checklist),
        soci::into(row.outcome), soci::into(row.finding), soci::into(row.concluded_by), soci::into(concluded_at),
        soci::into(updated), soci::into(row.institution_name), soci::into(row.class_name), soci::into(approved);
  }
  Audit Get() const {
    Audit out = row;
    out.id = id;
    out.draw_id = draw;
    out.claim_id = claim;
    out.assigned_at = assigned_at;
    out.concluded_at = concluded_at;
    out.updated_at = updated;
    out.approved_fen = approved;
    return out;
  }
};
}  // namespace

std::vector<std::pair<std::int64_t, std::int64_t>> Auditable(db::Connection& connection, const std::string& city_like,
                                                             const std::string& from, const std::string& to) {
  long long claim = 0, institution = 0;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListAuditableClaims), soci::into(claim),
                               soci::into(institution), soci::use(city_like), soci::use(from), soci::use(to));
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  statement.execute();
  while (statement.fetch()) out.emplace_back(claim, institution);
  return out;
}

std::int64_t InsertDraw(db::Connection& connection, const Draw& d) {
  long long id = 0, at = d.drawn_at;
  connection.sql() << connection.Text(q::kInsertClaimAuditDraw), soci::use(d.city_code), soci::use(d.claimed_from),
      soci::use(d.claimed_to), soci::use(d.rate_1e4), soci::use(d.seed), soci::use(d.population),
      soci::use(d.population_size), soci::use(d.drawn), soci::use(d.drawn_by), soci::use(at), soci::into(id);
  return id;
}

std::vector<Draw> Draws(db::Connection& connection, const std::string& city_like, std::int64_t after, int limit) {
  Draw row;
  long long id = 0, at = 0, a = after, a_value = after;
  int l = limit;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClaimAuditDraws), soci::into(id), soci::into(row.city_code),
       soci::into(row.claimed_from), soci::into(row.claimed_to), soci::into(row.rate_1e4), soci::into(row.seed),
       soci::into(row.population_size), soci::into(row.drawn), soci::into(row.drawn_by), soci::into(at),
       soci::use(city_like), soci::use(a), soci::use(a_value), soci::use(l));
  std::vector<Draw> out;
  statement.execute();
  while (statement.fetch()) {
    row.id = id;
    row.drawn_at = at;
    out.push_back(row);
  }
  return out;
}

std::int64_t InsertAudit(db::Connection& connection, std::int64_t draw_id, std::int64_t claim_id,
                         const std::string& city_code, std::int64_t at) {
  long long id = 0, draw = draw_id, claim = claim_id, when = at;
  connection.sql() << connection.Text(q::kInsertClaimAudit), soci::use(draw), soci::use(claim), soci::use(city_code),
      soci::use(when), soci::into(id);
  return id;
}

std::vector<Audit> Audits(db::Connection& connection, const Reach& reach, const std::string& status,
                          std::int64_t after, int limit) {
  AuditBuffer buffer;
  const std::string status_value = status;
  long long a = after, a_value = after;
  int l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListClaimAudits));
  buffer.Bind(prepared);
  prepared, soci::use(reach.city_like), soci::use(reach.assignee), soci::use(status), soci::use(status_value),
      soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::optional<Audit> Find(db::Connection& connection, std::int64_t id, const Reach& reach) {
  AuditBuffer buffer;
  db::TextParams within{reach.city_like, reach.assignee};
  return db::FindOne(connection, q::kFindClaimAudit, buffer, id, within);
}

bool Update(db::Connection& connection, const Audit& a, std::int64_t seen_updated_at) {
  long long id = a.id, assigned_at = a.assigned_at, concluded_at = a.concluded_at, updated = a.updated_at,
            seen = seen_updated_at;
  const auto text_ind = [](const std::string& s) { return s.empty() ? soci::i_null : soci::i_ok; };
  soci::indicator assignee_ind = text_ind(a.assignee), by_ind = text_ind(a.assigned_by),
                  at_ind = a.assigned_at ? soci::i_ok : soci::i_null, outcome_ind = text_ind(a.outcome),
                  finding_ind = text_ind(a.finding), concluded_by_ind = text_ind(a.concluded_by),
                  concluded_ind = a.concluded_at ? soci::i_ok : soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kUpdateClaimAudit), soci::use(a.status),
       soci::use(a.assignee, assignee_ind), soci::use(a.assigned_by, by_ind), soci::use(assigned_at, at_ind),
       soci::use(a.checklist), soci::use(a.outcome, outcome_ind), soci::use(a.finding, finding_ind),
       soci::use(a.concluded_by, concluded_by_ind), soci::use(concluded_at, concluded_ind), soci::use(updated),
       soci::use(id), soci::use(seen));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

bool AddPhoto(db::Connection& connection, std::int64_t audit_id, const inspection::inspection_store::EvidencePhoto& photo) {
  return inspection::inspection_store::InsertEvidencePhoto(connection, q::kInsertClaimAuditPhoto, audit_id, photo);
}

std::vector<inspection::inspection_store::EvidencePhoto> Photos(db::Connection& connection, std::int64_t audit_id) {
  return inspection::inspection_store::EvidencePhotos(connection, q::kListClaimAuditPhotos, audit_id);
}

}  // namespace sunshine::subsidy::claim_audit_store
