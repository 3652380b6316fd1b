#include "subsidy/claim_store.hpp"

#include "db/keyset.hpp"
#include "db/queries.hpp"

namespace sunshine::subsidy::claim_store {
namespace q = db::queries::subsidy;
namespace {
struct ClaimBuffer {
  Claim row;
  long long id = 0, class_id = 0, amount = 0, submitted_at = 0, updated_at = 0;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(class_id), soci::into(row.class_name), soci::into(row.institution_name),
        soci::into(row.claimant), soci::into(row.kind), soci::into(row.region_code), soci::into(row.status),
        soci::into(row.claimed_on), soci::into(row.lines), soci::into(row.paid_lines), soci::into(amount),
        soci::into(row.proof_sm3), soci::into(submitted_at), soci::into(row.submitted_by), soci::into(updated_at);
  }
  Claim Get() const {
    Claim out = row;
    out.id = id;
    out.class_id = class_id;
    out.amount_fen = amount;
    out.submitted_at = submitted_at;
    out.updated_at = updated_at;
    return out;
  }
};
}  // namespace

std::optional<Reach> ReachOf(const core::Scope& scope) {
  if (scope.kind == core::ScopeKind::kRegion) return Reach{"-", scope.RegionPrefix() + "%"};
  if (scope.OrganisationId("institution")) return Reach{scope.code, ""};
  return std::nullopt;
}

std::map<std::int64_t, std::vector<CertificateFact>> ClassCertificates(db::Connection& connection,
                                                                        std::int64_t class_id,
                                                                        std::int64_t occupation_id) {
  long long klass = class_id, occupation = occupation_id, trainee = 0, cert_occupation = 0;
  int level = 0;
  soci::indicator level_ind = soci::i_null;
  CertificateFact row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClassCertificates), soci::into(trainee),
       soci::into(row.number), soci::into(row.type), soci::into(row.status), soci::into(cert_occupation),
       soci::into(level, level_ind), soci::into(row.issued_on), soci::use(klass), soci::use(occupation));
  std::map<std::int64_t, std::vector<CertificateFact>> out;
  statement.execute();
  while (statement.fetch()) {
    CertificateFact c = row;
    c.occupation_id = cert_occupation;
    c.level = level_ind == soci::i_ok ? std::optional<int>(level) : std::nullopt;
    out[trainee].push_back(std::move(c));
  }
  return out;
}

std::map<std::int64_t, std::vector<PriorSubsidy>> PriorSubsidies(db::Connection& connection, std::int64_t class_id,
                                                                 std::int64_t before) {
  long long klass = class_id, other = class_id, again = class_id, submitted_before = before, trainee = 0, occupation = 0;
  int level = 0;
  soci::indicator level_ind = soci::i_null;
  std::string on, source;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListPriorSubsidies), soci::into(trainee), soci::into(occupation),
       soci::into(level, level_ind), soci::into(on), soci::into(source), soci::use(klass), soci::use(other),
       soci::use(submitted_before), soci::use(again));
  std::map<std::int64_t, std::vector<PriorSubsidy>> out;
  statement.execute();
  while (statement.fetch()) {
    out[trainee].push_back(
        {occupation, level_ind == soci::i_ok ? std::optional<int>(level) : std::nullopt, on, source});
  }
  return out;
}

std::map<std::int64_t, std::vector<std::string>> CountedEvents(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id, again = class_id, trainee = 0;
  std::string event;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListCountedEvents), soci::into(trainee),
                               soci::into(event), soci::use(klass), soci::use(again));
  std::map<std::int64_t, std::vector<std::string>> out;
  statement.execute();
  while (statement.fetch()) out[trainee].push_back(event);
  return out;
}

std::optional<std::int64_t> LiveClaim(db::Connection& connection, std::int64_t class_id, const std::string& kind) {
  long long klass = class_id, id = 0;
  connection.sql() << connection.Text(q::kFindLiveClaim), soci::into(id), soci::use(klass), soci::use(kind);
  if (!connection.sql().got_data()) return std::nullopt;
  return id;
}

std::int64_t Insert(db::Connection& connection, const Claim& c, const std::string& proof) {
  long long id = 0, klass = c.class_id, amount = c.amount_fen, submitted = c.submitted_at;
  connection.sql() << connection.Text(q::kInsertClaim), soci::use(klass), soci::use(c.claimant), soci::use(c.kind),
      soci::use(c.region_code), soci::use(c.claimed_on), soci::use(c.lines), soci::use(c.paid_lines),
      soci::use(amount), soci::use(proof), soci::use(c.proof_sm3), soci::use(submitted), soci::use(c.submitted_by),
      soci::use(submitted), soci::into(id);
  return id;
}

void InsertLine(db::Connection& connection, std::int64_t claim_id, const Line& l) {
  long long claim = claim_id, trainee = l.trainee_id, amount = l.amount_fen, minutes = l.counted_minutes;
  int paid = l.paid ? 1 : 0;
  std::string certificate = l.certificate_number.value_or("");
  soci::indicator certificate_ind = l.certificate_number ? soci::i_ok : soci::i_null;
  connection.sql() << connection.Text(q::kInsertClaimLine), soci::use(claim), soci::use(trainee), soci::use(l.position),
      soci::use(paid), soci::use(amount), soci::use(l.reasons), soci::use(minutes),
      soci::use(certificate, certificate_ind);
}

std::optional<Claim> Find(db::Connection& connection, std::int64_t id, const Reach& reach) {
  ClaimBuffer buffer;
  long long key = id;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kFindClaim));
  buffer.Bind(prepared);
  prepared, soci::use(key), soci::use(reach.claimant), soci::use(reach.region_like);
  auto rows = db::FetchRows(prepared, buffer);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Claim> List(db::Connection& connection, const Reach& reach, std::int64_t after, int limit) {
  ClaimBuffer buffer;
  long long a = after, a_value = after, l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListClaims));
  buffer.Bind(prepared);
  prepared, soci::use(reach.claimant), soci::use(reach.region_like), soci::use(a), soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::vector<Line> Lines(db::Connection& connection, std::int64_t claim_id) {
  long long claim = claim_id, trainee = 0, amount = 0, minutes = 0;
  int paid = 0;
  std::string certificate;
  soci::indicator certificate_ind = soci::i_null;
  Line row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClaimLines), soci::into(trainee), soci::into(row.name),
       soci::into(row.id_number_sealed), soci::into(row.position), soci::into(paid), soci::into(amount),
       soci::into(row.reasons), soci::into(minutes), soci::into(certificate, certificate_ind), soci::use(claim));
  std::vector<Line> out;
  statement.execute();
  while (statement.fetch()) {
    Line l = row;
    l.trainee_id = trainee;
    l.paid = paid == 1;
    l.amount_fen = amount;
    l.counted_minutes = minutes;
    if (certificate_ind == soci::i_ok) l.certificate_number = certificate;
    out.push_back(std::move(l));
  }
  return out;
}

std::pair<std::string, std::string> Proof(db::Connection& connection, std::int64_t claim_id) {
  long long id = claim_id;
  std::string proof, digest;
  connection.sql() << connection.Text(q::kFindClaimProof), soci::into(proof), soci::into(digest), soci::use(id);
  return {proof, digest};
}

}  // namespace sunshine::subsidy::claim_store
