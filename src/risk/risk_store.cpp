#include "risk/risk_store.hpp"

#include "db/keyset.hpp"
#include "db/queries/risk.hpp"

namespace sunshine::risk::risk_store {
namespace q = db::queries::risk;

std::vector<PhotoUse> PhotoUses(db::Connection& connection, std::int64_t from_at, std::int64_t to_at) {
  long long from = from_at, to = to_at, checkin = 0, trainee = 0, klass = 0, institution = 0, at = 0;
  PhotoUse row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListPhotoUses), soci::into(row.photo_sha256), soci::into(checkin),
       soci::into(trainee), soci::into(klass), soci::into(institution), soci::into(row.place.region_code),
       soci::into(at), soci::use(from), soci::use(to));
  std::vector<PhotoUse> out;
  statement.execute();
  while (statement.fetch()) {
    PhotoUse u = row;
    u.checkin_id = checkin;
    u.trainee_id = trainee;
    u.place.class_id = klass;
    u.place.institution_id = institution;
    u.captured_at = at;
    out.push_back(std::move(u));
  }
  return out;
}

std::vector<TerminalCheckin> TerminalCheckins(db::Connection& connection, std::int64_t from_at, std::int64_t to_at) {
  long long from = from_at, to = to_at, terminal = 0, session = 0, checkin = 0, trainee = 0, klass = 0, institution = 0,
            at = 0;
  TerminalCheckin row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListTerminalCheckins), soci::into(terminal), soci::into(session),
       soci::into(checkin), soci::into(trainee), soci::into(klass), soci::into(institution),
       soci::into(row.place.region_code), soci::into(at), soci::use(from), soci::use(to));
  std::vector<TerminalCheckin> out;
  statement.execute();
  while (statement.fetch()) {
    TerminalCheckin c = row;
    c.terminal_id = terminal;
    c.session_id = session;
    c.checkin_id = checkin;
    c.trainee_id = trainee;
    c.place.class_id = klass;
    c.place.institution_id = institution;
    c.captured_at = at;
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<RosterAge> RosterAges(db::Connection& connection, const std::string& from_date, const std::string& to_date) {
  long long trainee = 0, klass = 0, institution = 0;
  RosterAge row;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListRosterAges), soci::into(trainee), soci::into(row.birth_date),
       soci::into(klass), soci::into(row.start_date), soci::into(institution), soci::into(row.place.region_code),
       soci::use(from_date), soci::use(to_date));
  std::vector<RosterAge> out;
  statement.execute();
  while (statement.fetch()) {
    RosterAge r = row;
    r.trainee_id = trainee;
    r.place.class_id = klass;
    r.place.institution_id = institution;
    out.push_back(std::move(r));
  }
  return out;
}

bool Upsert(db::Connection& connection, const Finding& f, std::int64_t now) {
  long long existing = 0;
  connection.sql() << connection.Text(q::kFindAlertFingerprint), soci::use(f.fingerprint), soci::into(existing);
  const bool found_before = connection.sql().got_data();
  long long subject = f.subject_id, institution = f.institution_id.value_or(0), id = 0, first = 0, at = now,
            at_again = now;
  soci::indicator institution_ind = f.institution_id ? soci::i_ok : soci::i_null;
  const std::string evidence = boost::json::serialize(f.evidence);
  connection.sql() << connection.Text(q::kUpsertAlert), soci::use(f.rule_id), soci::use(f.rule_version),
      soci::use(f.subject_kind), soci::use(subject), soci::use(institution, institution_ind), soci::use(f.region_code),
      soci::use(f.severity), soci::use(f.score), soci::use(f.statistic), soci::use(f.threshold), soci::use(evidence),
      soci::use(f.fingerprint), soci::use(at), soci::use(at_again), soci::into(id), soci::into(first);
  return !found_before;
}

std::vector<Alert> Alerts(db::Connection& connection, const std::string& region_like, const AlertFilter& filter,
                          std::int64_t after, int limit) {
  long long after_score = after > 0 ? after / 1'000'000'000'000LL : -1, score_value = after_score,
            score_again = after_score, after_id = after > 0 ? after % 1'000'000'000'000LL : 0, l = limit;
  long long id = 0, subject = 0, institution = 0, first = 0, last = 0;
  soci::indicator institution_ind = soci::i_null, name_ind = soci::i_null;
  Alert row;
  std::string evidence;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListAlerts), soci::into(id), soci::into(row.finding.rule_id),
       soci::into(row.finding.rule_version), soci::into(row.finding.subject_kind), soci::into(subject),
       soci::into(institution, institution_ind), soci::into(row.institution_name, name_ind),
       soci::into(row.finding.region_code), soci::into(row.finding.severity), soci::into(row.finding.score),
       soci::into(row.finding.statistic), soci::into(row.finding.threshold), soci::into(evidence),
       soci::into(row.status), soci::into(first), soci::into(last), soci::use(region_like), soci::use(filter.rule),
       soci::use(filter.rule), soci::use(filter.status), soci::use(filter.status), soci::use(after_score),
       soci::use(score_value), soci::use(score_again), soci::use(after_id), soci::use(l));
  std::vector<Alert> out;
  statement.execute();
  while (statement.fetch()) {
    Alert a = row;
    a.id = id;
    a.finding.subject_id = subject;
    a.finding.institution_id = institution_ind == soci::i_ok ? std::optional<std::int64_t>(institution) : std::nullopt;
    if (name_ind != soci::i_ok) a.institution_name.clear();
    a.finding.evidence = boost::json::parse(evidence).as_object();
    a.first_seen_at = first;
    a.last_seen_at = last;
    out.push_back(std::move(a));
  }
  return out;
}

std::int64_t InsertScan(db::Connection& connection, const Scan& s) {
  long long started = s.started_at, finished = s.finished_at, id = 0;
  connection.sql() << connection.Text(q::kInsertScan), soci::use(s.rules), soci::use(s.from), soci::use(s.to),
      soci::use(started), soci::use(finished), soci::use(s.found), soci::use(s.raised), soci::use(s.run_by),
      soci::into(id);
  return id;
}

}  // namespace sunshine::risk::risk_store
