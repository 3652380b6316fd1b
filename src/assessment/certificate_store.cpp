#include "assessment/certificate_store.hpp"

#include "db/queries/assessment.hpp"

namespace sunshine::assessment::certificate_store {
namespace q = db::queries::assessment;

std::int64_t TakeSerials(db::Connection& connection, const std::string& key, int n) {
  long long last = 0, count = n, again = n;
  connection.sql() << connection.Text(q::kTakeCertificateSerials), soci::use(key), soci::use(count), soci::use(again),
      soci::into(last);
  return last - n + 1;
}

void Insert(db::Connection& connection, const Certificate& c) {
  long long sitting = c.sitting_id.value_or(0), candidate = c.candidate_id.value_or(0), trainee = c.trainee_id,
            occupation = c.occupation_id, created = c.created_at;
  soci::indicator sitting_ind = c.sitting_id ? soci::i_ok : soci::i_null,
                  candidate_ind = c.candidate_id ? soci::i_ok : soci::i_null,
                  level_ind = c.level ? soci::i_ok : soci::i_null;
  int level = c.level.value_or(0);
  connection.sql() << connection.Text(q::kInsertCertificate), soci::use(c.number), soci::use(c.certificate_type),
      soci::use(c.source), soci::use(sitting, sitting_ind), soci::use(candidate, candidate_ind), soci::use(trainee),
      soci::use(c.holder_name), soci::use(occupation), soci::use(c.occupation_name), soci::use(level, level_ind),
      soci::use(c.issuer), soci::use(c.issuer_name), soci::use(c.issued_on), soci::use(created), soci::use(c.created_by);
}

std::optional<Certificate> Find(db::Connection& connection, const std::string& number) {
  Certificate c;
  long long id = 0, trainee = 0, occupation = 0, created = 0, sitting = 0, revoked_at = 0, institution = 0;
  int level = 0;
  soci::indicator sitting_ind, level_ind, revoked_at_ind, revoked_by_ind, reason_ind, region_ind, institution_ind;
  std::string revoked_by, reason, region;
  connection.sql() << connection.Text(q::kFindCertificate), soci::into(id), soci::into(c.number),
      soci::into(c.certificate_type), soci::into(c.source), soci::into(sitting, sitting_ind), soci::into(trainee),
      soci::into(c.holder_name), soci::into(c.id_number_sealed), soci::into(occupation), soci::into(c.occupation_name),
      soci::into(level, level_ind), soci::into(c.issuer), soci::into(c.issuer_name), soci::into(c.issued_on),
      soci::into(c.status), soci::into(revoked_at, revoked_at_ind), soci::into(revoked_by, revoked_by_ind),
      soci::into(reason, reason_ind), soci::into(created), soci::into(region, region_ind),
      soci::into(institution, institution_ind), soci::use(number);
  if (!connection.sql().got_data()) return std::nullopt;
  c.id = id;
  c.trainee_id = trainee;
  c.occupation_id = occupation;
  c.created_at = created;
  if (sitting_ind == soci::i_ok) c.sitting_id = sitting;
  if (level_ind == soci::i_ok) c.level = level;
  if (revoked_at_ind == soci::i_ok) c.revoked_at = revoked_at;
  if (revoked_by_ind == soci::i_ok) c.revoked_by = revoked_by;
  if (reason_ind == soci::i_ok) c.revoked_reason = reason;
  if (region_ind == soci::i_ok) c.region_code = region;
  if (institution_ind == soci::i_ok) c.institution_id = institution;
  return c;
}

std::vector<std::string> ValidOfSitting(db::Connection& connection, std::int64_t sitting_id) {
  long long sitting = sitting_id;
  std::string number;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kListSittingCertificates),
                               soci::into(number), soci::use(sitting));
  statement.execute();
  std::vector<std::string> out;
  while (statement.fetch()) out.push_back(number);
  return out;
}

bool Revoke(db::Connection& connection, const std::string& number, std::int64_t at, const std::string& by,
            const std::string& reason) {
  long long when = at;
  soci::statement statement = (connection.sql().prepare << connection.Text(q::kRevokeCertificate), soci::use(when),
                               soci::use(by), soci::use(reason), soci::use(number));
  statement.execute(true);
  return statement.get_affected_rows() == 1;
}

void CountLookup(db::Connection& connection, const std::string& day, const std::string& outcome) {
  connection.sql() << connection.Text(q::kCountCertificateLookup), soci::use(day), soci::use(outcome);
}

}  // namespace sunshine::assessment::certificate_store
