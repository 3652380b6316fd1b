#include "subsidy/claim_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/subsidy.hpp"

namespace sunshine::subsidy::claim_store {
namespace q = db::queries::subsidy;
namespace {
struct ClaimBuffer {
  Claim row;
  long long id = 0, class_id = 0, amount = 0, submitted_at = 0, updated_at = 0, approved = 0, notice = 0;
  soci::indicator stage_ind = soci::i_null, due_ind = soci::i_null, notice_ind = soci::i_null;
  void Bind(soci::details::prepare_temp_type& p) {
    p, soci::into(id), soci::into(class_id), soci::into(row.class_name), soci::into(row.institution_name),
        soci::into(row.claimant), soci::into(row.kind), soci::into(row.region_code), soci::into(row.status),
        soci::into(row.claimed_on), soci::into(row.lines), soci::into(row.paid_lines), soci::into(amount),
        soci::into(row.proof_sm3), soci::into(submitted_at), soci::into(row.submitted_by), soci::into(updated_at),
        soci::into(row.review_levels), soci::into(row.stage, stage_ind), soci::into(row.due_on, due_ind),
        soci::into(approved), soci::into(notice, notice_ind), soci::into(row.basis), soci::into(row.claimant_name);
  }
  Claim Get() const {
    Claim out = row;
    out.id = id;
    out.class_id = class_id;
    out.amount_fen = amount;
    out.submitted_at = submitted_at;
    out.updated_at = updated_at;
    out.approved_fen = approved;
    out.notice_id = notice_ind == soci::i_ok ? notice : 0;
    if (stage_ind != soci::i_ok) out.stage.clear();
    if (due_ind != soci::i_ok) out.due_on.clear();
    return out;
  }
};

// A nullable text column: NULL for "".
struct OptionalText {
  std::string value;
  soci::indicator indicator;
  explicit OptionalText(const std::string& text) : value(text), indicator(text.empty() ? soci::i_null : soci::i_ok) {}
};
}  // namespace

std::optional<Reach> ReachOf(const core::Scope& scope) {
  if (scope.kind == core::ScopeKind::kRegion) return Reach{"-", scope.RegionPrefix() + "%"};
  if (scope.kind == core::ScopeKind::kOrganisation && ParseClaimantKind(scope.code)) return Reach{scope.code, ""};
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
                                                                 std::int64_t claim_id, std::int64_t before) {
  long long klass = class_id, other = claim_id, again = class_id, submitted_before = before, same = before,
            this_claim = claim_id, this_claim_id = claim_id, trainee = 0, occupation = 0;
  int level = 0, units = 1;
  soci::indicator level_ind = soci::i_null, period_ind = soci::i_null;
  std::string on, source, basis, period;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListPriorSubsidies), soci::into(trainee), soci::into(occupation),
       soci::into(level, level_ind), soci::into(on), soci::into(source), soci::into(basis), soci::into(units),
       soci::into(period, period_ind), soci::use(klass), soci::use(other), soci::use(submitted_before),
       soci::use(same), soci::use(this_claim), soci::use(this_claim_id), soci::use(again));
  std::map<std::int64_t, std::vector<PriorSubsidy>> out;
  statement.execute();
  while (statement.fetch()) {
    out[trainee].push_back({occupation, level_ind == soci::i_ok ? std::optional<int>(level) : std::nullopt, on, source,
                            ParseBasis(basis).value_or(Basis::kPerson), units,
                            period_ind == soci::i_ok ? period : std::string()});
  }
  return out;
}

std::map<std::int64_t, EmploymentFact> ClassEmployees(db::Connection& connection, std::int64_t class_id,
                                                      std::int64_t enterprise_id) {
  long long enterprise = enterprise_id, klass = class_id, trainee = 0;
  std::string end;
  soci::indicator end_ind = soci::i_null;
  EmploymentFact row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClassEmployees), soci::into(trainee), soci::into(row.kind),
       soci::into(row.start_date), soci::into(end, end_ind), soci::use(enterprise), soci::use(klass));
  std::map<std::int64_t, EmploymentFact> out;
  statement.execute();
  while (statement.fetch()) {
    EmploymentFact e = row;
    if (end_ind == soci::i_ok) e.end_date = end;
    out.emplace(trainee, std::move(e));  // the first (newest) per person
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

std::optional<std::int64_t> LiveClaim(db::Connection& connection, std::int64_t class_id, const std::string& kind,
                                      const std::string& claimant) {
  long long klass = class_id, id = 0;
  connection.sql() << connection.Text(q::kFindLiveClaim), soci::into(id), soci::use(klass), soci::use(kind),
      soci::use(claimant);
  if (!connection.sql().got_data()) return std::nullopt;
  return id;
}

void LockClass(db::Connection& connection, std::int64_t class_id) {
  long long klass = class_id;
  connection.sql() << connection.Text(q::kLockClassForClaim), soci::use(klass);
}

std::int64_t Insert(db::Connection& connection, const Claim& c, const std::string& proof) {
  long long id = 0, klass = c.class_id, amount = c.amount_fen, submitted = c.submitted_at, approved = c.approved_fen;
  OptionalText stage(c.stage), due(c.due_on);
  connection.sql() << connection.Text(q::kInsertClaim), soci::use(klass), soci::use(c.claimant), soci::use(c.kind),
      soci::use(c.region_code), soci::use(c.claimed_on), soci::use(c.lines), soci::use(c.paid_lines),
      soci::use(amount), soci::use(proof), soci::use(c.proof_sm3), soci::use(submitted), soci::use(c.submitted_by),
      soci::use(submitted), soci::use(c.review_levels), soci::use(stage.value, stage.indicator),
      soci::use(due.value, due.indicator), soci::use(approved), soci::use(c.basis), soci::use(c.claimant_name),
      soci::into(id);
  return id;
}

bool Resubmit(db::Connection& connection, const Claim& c, const std::string& proof) {
  long long id = c.id, amount = c.amount_fen, submitted = c.submitted_at, approved = c.approved_fen;
  OptionalText stage(c.stage), due(c.due_on);
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kResubmitClaim), soci::use(c.claimed_on), soci::use(c.lines),
       soci::use(c.paid_lines), soci::use(amount), soci::use(proof), soci::use(c.proof_sm3), soci::use(submitted),
       soci::use(c.submitted_by), soci::use(submitted), soci::use(c.review_levels),
       soci::use(stage.value, stage.indicator), soci::use(due.value, due.indicator), soci::use(approved),
       soci::use(id));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

void DeleteLines(db::Connection& connection, std::int64_t claim_id) {
  long long claim = claim_id;
  connection.sql() << connection.Text(q::kDeleteClaimLines), soci::use(claim);
}

bool MoveOn(db::Connection& connection, const Claim& c, const std::string& seen_status) {
  long long id = c.id, approved = c.approved_fen, at = c.updated_at;
  OptionalText stage(c.stage), due(c.due_on);
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kUpdateClaimReview), soci::use(c.status),
       soci::use(stage.value, stage.indicator), soci::use(due.value, due.indicator), soci::use(approved),
       soci::use(at), soci::use(id), soci::use(seen_status));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

bool Withhold(db::Connection& connection, std::int64_t claim_id, std::int64_t trainee_id, const std::string& why,
              const std::string& detail) {
  long long claim = claim_id, trainee = trainee_id;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kWithholdClaimLine), soci::use(why),
                               soci::use(detail), soci::use(claim), soci::use(trainee));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

void InsertReview(db::Connection& connection, std::int64_t claim_id, const Review& r) {
  long long claim = claim_id, approved = r.approved_fen, at = r.at;
  connection.sql() << connection.Text(q::kInsertClaimReview), soci::use(claim), soci::use(r.action),
      soci::use(r.level), soci::use(r.reason), soci::use(r.detail), soci::use(approved), soci::use(r.actor),
      soci::use(at);
}

std::vector<Review> Reviews(db::Connection& connection, std::int64_t claim_id) {
  long long claim = claim_id, approved = 0, at = 0;
  Review row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClaimReviews), soci::into(row.action),
       soci::into(row.level), soci::into(row.reason), soci::into(row.detail), soci::into(approved),
       soci::into(row.actor), soci::into(at), soci::use(claim));
  std::vector<Review> out;
  statement.execute();
  while (statement.fetch()) {
    Review r = row;
    r.approved_fen = approved;
    r.at = at;
    out.push_back(std::move(r));
  }
  return out;
}

void InsertLine(db::Connection& connection, std::int64_t claim_id, const Line& l) {
  long long claim = claim_id, trainee = l.trainee_id, amount = l.amount_fen, minutes = l.counted_minutes;
  int paid = l.paid ? 1 : 0;
  std::string certificate = l.certificate_number.value_or("");
  soci::indicator certificate_ind = l.certificate_number ? soci::i_ok : soci::i_null;
  OptionalText period(l.period);
  connection.sql() << connection.Text(q::kInsertClaimLine), soci::use(claim), soci::use(trainee), soci::use(l.position),
      soci::use(paid), soci::use(amount), soci::use(l.reasons), soci::use(minutes),
      soci::use(certificate, certificate_ind), soci::use(l.units), soci::use(period.value, period.indicator);
}

std::optional<Claim> Find(db::Connection& connection, std::int64_t id, const Reach& reach) {
  ClaimBuffer buffer;
  db::TextParams within{reach.claimant, reach.region_like};
  return db::FindOne(connection, q::kFindClaim, buffer, id, within);
}

std::vector<Claim> List(db::Connection& connection, const Reach& reach, const ListFilter& filter, std::int64_t after,
                        int limit) {
  ClaimBuffer buffer;
  long long a = after, a_value = after, l = limit;
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListClaims));
  buffer.Bind(prepared);
  prepared, soci::use(reach.claimant), soci::use(reach.region_like), soci::use(filter.stage),
      soci::use(filter.stage), soci::use(filter.status), soci::use(filter.status), soci::use(a), soci::use(a_value),
      soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::vector<Claim> Overdue(db::Connection& connection, const std::string& region_like,
                           const std::vector<std::string>& stages, const std::string& today, std::int64_t after,
                           int limit) {
  ClaimBuffer buffer;
  long long a = after, a_value = after, l = limit;
  const std::string& first = stages.at(0);
  const std::string& second = stages.size() > 1 ? stages[1] : stages[0];
  soci::details::prepare_temp_type prepared = (connection.sql().prepare << connection.Text(q::kListOverdueClaims));
  buffer.Bind(prepared);
  prepared, soci::use(region_like), soci::use(first), soci::use(second), soci::use(today), soci::use(a),
      soci::use(a_value), soci::use(l);
  return db::FetchRows(prepared, buffer);
}

std::vector<Line> Lines(db::Connection& connection, std::int64_t claim_id) {
  long long claim = claim_id, trainee = 0, amount = 0, minutes = 0;
  int paid = 0;
  std::string certificate;
  soci::indicator certificate_ind = soci::i_null, withheld_ind = soci::i_null, detail_ind = soci::i_null,
                  period_ind = soci::i_null;
  Line row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListClaimLines), soci::into(trainee), soci::into(row.name),
       soci::into(row.id_number_sealed), soci::into(row.position), soci::into(paid), soci::into(amount),
       soci::into(row.reasons), soci::into(minutes), soci::into(certificate, certificate_ind),
       soci::into(row.withheld, withheld_ind), soci::into(row.withheld_detail, detail_ind), soci::into(row.units),
       soci::into(row.period, period_ind), soci::use(claim));
  std::vector<Line> out;
  statement.execute();
  while (statement.fetch()) {
    Line l = row;
    l.trainee_id = trainee;
    l.paid = paid == 1;
    l.amount_fen = amount;
    l.counted_minutes = minutes;
    if (certificate_ind == soci::i_ok) l.certificate_number = certificate;
    if (withheld_ind != soci::i_ok) l.withheld.clear();
    if (detail_ind != soci::i_ok) l.withheld_detail.clear();
    if (period_ind != soci::i_ok) l.period.clear();
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<ClaimableClass> Claimable(db::Connection& connection, ClaimantKind kind, std::int64_t claimant_id,
                                      const std::string& claimant, int limit) {
  const auto query = kind == ClaimantKind::kInstitution  ? q::kListClaimableOfInstitution
                     : kind == ClaimantKind::kEnterprise ? q::kListClaimableOfEnterprise
                                                         : q::kListClaimableOfTrainee;
  long long id = 0, live = 0, who = claimant_id, l = limit;
  soci::indicator live_ind = soci::i_null;
  ClaimableClass row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(query), soci::into(id), soci::into(row.name),
       soci::into(row.training_type), soci::into(row.start_date), soci::into(row.end_date),
       soci::into(row.institution_name), soci::into(live, live_ind), soci::use(claimant), soci::use(who), soci::use(l));
  std::vector<ClaimableClass> out;
  statement.execute();
  while (statement.fetch()) {
    ClaimableClass c = row;
    c.id = id;
    c.live_claim = live_ind == soci::i_ok ? live : 0;
    out.push_back(std::move(c));
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
