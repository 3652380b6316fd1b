#include "risk/risk_store.hpp"

#include "core/time.hpp"
#include "db/keyset.hpp"
#include "db/queries/risk.hpp"

namespace sunshine::risk::risk_store {
namespace q = db::queries::risk;

namespace {
// A column of a dynamically read row as a whole number, whatever integer or real type the engine
// reports for it (PostgreSQL's INTEGER and BIGINT differ; SQLite's expressions have none).
std::int64_t Int(const soci::row& row, std::size_t i) {
  switch (row.get_properties(i).get_data_type()) {
    case soci::dt_integer: return row.get<int>(i);
    case soci::dt_long_long: return row.get<long long>(i);
    case soci::dt_unsigned_long_long: return static_cast<std::int64_t>(row.get<unsigned long long>(i));
    case soci::dt_double: return static_cast<std::int64_t>(row.get<double>(i));
    default: return std::stoll(row.get<std::string>(i));
  }
}
std::optional<std::int64_t> MaybeInt(const soci::row& row, std::size_t i) {
  if (row.get_indicator(i) == soci::i_null) return std::nullopt;
  return Int(row, i);
}
std::string Text(const soci::row& row, std::size_t i) { return row.get<std::string>(i); }
// Columns i, i+1, i+2: class, institution, county.
Place PlaceAt(const soci::row& row, std::size_t i) {
  return {Int(row, i), MaybeInt(row, i + 1).value_or(0), Text(row, i + 2)};
}
// A day's clock time as an instant in China (the session's bounds).
std::int64_t At(const std::string& date, const std::string& clock) { return core::AtShanghai(date, clock).value_or(0); }

// Every row of `query` with `params` bound in order, each made a Row by `make`.
template <typename Row, typename Make, typename... Params>
std::vector<Row> Read(db::Connection& connection, const db::Query& query, Make make, Params&... params) {
  soci::rowset<soci::row> rows = ((connection.sql().prepare << connection.Text(query)), ..., soci::use(params));
  std::vector<Row> out;
  for (const auto& row : rows) out.push_back(make(row));
  return out;
}
}  // namespace

std::vector<PhotoUse> PhotoUses(db::Connection& connection, const Span& span) {
  long long from = span.from_at, to = span.to_at;
  return Read<PhotoUse>(
      connection, q::kListPhotoUses,
      [](const soci::row& r) { return PhotoUse{Text(r, 0), Int(r, 1), Int(r, 2), PlaceAt(r, 3), Int(r, 6)}; }, from,
      to);
}

std::vector<TerminalCheckin> TerminalCheckins(db::Connection& connection, const Span& span) {
  long long from = span.from_at, to = span.to_at;
  return Read<TerminalCheckin>(
      connection, q::kListTerminalCheckins,
      [](const soci::row& r) {
        return TerminalCheckin{Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3), PlaceAt(r, 4), Int(r, 7)};
      },
      from, to);
}

std::vector<CheckinPoint> CheckinPoints(db::Connection& connection, const Span& span) {
  long long from = span.from_at, to = span.to_at;
  return Read<CheckinPoint>(
      connection, q::kListCheckinPoints,
      [](const soci::row& r) {
        const auto distance = MaybeInt(r, 9);
        const auto day = Text(r, 10);
        return CheckinPoint{Int(r, 0),
                            Int(r, 1),
                            Int(r, 2),
                            PlaceAt(r, 3),
                            Int(r, 6),
                            Int(r, 7),
                            Int(r, 8),
                            distance ? std::optional<int>(static_cast<int>(*distance)) : std::nullopt,
                            At(day, Text(r, 11)),
                            At(day, Text(r, 12))};
      },
      from, to);
}

std::vector<PersonMove> PersonMoves(db::Connection& connection, const Span& span) {
  long long from = span.from_at, to = span.to_at;
  return Read<PersonMove>(
      connection, q::kListPersonMoves,
      [](const soci::row& r) {
        return PersonMove{Int(r, 0), Int(r, 1), Int(r, 2), Int(r, 3),  Int(r, 4),    Int(r, 5),
                          Int(r, 6), Int(r, 7), Int(r, 8), Int(r, 9), PlaceAt(r, 10)};
      },
      from, to);
}

std::vector<TeacherSession> TeacherSessions(db::Connection& connection, const Span& span) {
  std::string from = span.from, to = span.to;
  return Read<TeacherSession>(
      connection, q::kListTeacherSessions,
      [](const soci::row& r) {
        const auto day = Text(r, 6);
        const auto latitude = MaybeInt(r, 9), longitude = MaybeInt(r, 10);
        TeacherSession s{Text(r, 0), Int(r, 1), Int(r, 2), PlaceAt(r, 3), At(day, Text(r, 7)), At(day, Text(r, 8)),
                         std::nullopt};
        if (latitude && longitude) s.venue_e6 = std::pair(*latitude, *longitude);
        return s;
      },
      from, to);
}

std::vector<OnlineSegment> OnlineSegments(db::Connection& connection, const Span& span) {
  long long from = span.from_at, to = span.to_at;
  return Read<OnlineSegment>(
      connection, q::kListOnlineSegments,
      [](const soci::row& r) { return OnlineSegment{Int(r, 0), Int(r, 1), PlaceAt(r, 2), Int(r, 5), Int(r, 6)}; },
      from, to);
}

std::vector<RosterAge> RosterAges(db::Connection& connection, const Span& span) {
  std::string from = span.from, to = span.to;
  return Read<RosterAge>(
      connection, q::kListRosterAges,
      [](const soci::row& r) { return RosterAge{Int(r, 0), Text(r, 1), Text(r, 5), PlaceAt(r, 2)}; }, from, to);
}

std::vector<EarlierTraining> EarlierTrainings(db::Connection& connection, const Span& span) {
  std::string from = span.from, to = span.to, from_again = span.from, to_again = span.to;
  return Read<EarlierTraining>(
      connection, q::kListEarlierTrainings,
      [](const soci::row& r) {
        return EarlierTraining{Int(r, 0), PlaceAt(r, 1), Text(r, 4), Text(r, 5), Int(r, 6), Text(r, 7)};
      },
      from, to, from_again, to_again);
}

namespace {
// Sitting rules' rows start with the sitting, then the class, institution and county.
std::int64_t SittingAt(const soci::row& r) { return Int(r, 0); }
}  // namespace

std::vector<CandidateResult> CandidateResults(db::Connection& connection, const Span& span) {
  std::string from = span.from, to = span.to;
  return Read<CandidateResult>(
      connection, q::kListCandidateResults,
      [](const soci::row& r) {
        auto mark = [&](std::size_t i) {
          const auto v = MaybeInt(r, i);
          return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
        };
        return CandidateResult{SittingAt(r), Int(r, 4), PlaceAt(r, 1), mark(5), mark(6), Int(r, 7) != 0,
                               Int(r, 8) != 0};
      },
      from, to);
}

std::vector<ExaminerTeacher> ExaminerTeachers(db::Connection& connection, const Span& span) {
  std::string from = span.from, to = span.to;
  return Read<ExaminerTeacher>(
      connection, q::kListExaminerTeachers,
      [](const soci::row& r) { return ExaminerTeacher{SittingAt(r), Int(r, 4), Int(r, 5), PlaceAt(r, 1)}; }, from,
      to);
}

std::vector<UncheckedCandidate> UncheckedCandidates(db::Connection& connection, const Span& span) {
  std::string from = span.from, to = span.to;
  return Read<UncheckedCandidate>(
      connection, q::kListUncheckedCandidates,
      [](const soci::row& r) { return UncheckedCandidate{SittingAt(r), Int(r, 4), PlaceAt(r, 1)}; }, from, to);
}

std::vector<CertificateAttendance> CertificateAttendances(db::Connection& connection, const Span& span,
                                                          int below_1e4) {
  std::string from = span.from, to = span.to;
  int below = below_1e4;
  return Read<CertificateAttendance>(
      connection, q::kListCertificateAttendance,
      [](const soci::row& r) {
        return CertificateAttendance{Int(r, 4), SittingAt(r), Int(r, 5), PlaceAt(r, 1), static_cast<int>(Int(r, 6))};
      },
      from, to, below);
}

std::vector<AlertEvidence> AllAlertEvidence(db::Connection& connection) {
  return Read<AlertEvidence>(connection, q::kListAlertEvidence, [](const soci::row& r) {
    return AlertEvidence{Text(r, 0), boost::json::parse(Text(r, 1)).as_object()};
  });
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
