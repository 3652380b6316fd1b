#include "risk/risk_store.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/time.hpp"
#include "db/each_row.hpp"
#include "db/keyset.hpp"
#include "db/queries/risk.hpp"
#include "risk/row_reader.hpp"
#include "training/calendar.hpp"

namespace sunshine::risk::risk_store {
namespace q = db::queries::risk;
using namespace rows;

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
  // Millions of rows in a province-year: read with the engine's own calls (db/each_row.hpp).
  std::vector<OnlineSegment> out;
  db::EachRow(connection, connection.Text(q::kListOnlineSegments), {span.from_at, span.to_at}, [&](const auto& r) {
    out.push_back({r.Int(0), r.Int(1), Place{r.Int(2), r.IsNull(3) ? 0 : r.Int(3), std::string(r.Text(4))}, r.Int(5),
                   r.Int(6), std::string(r.Text(7))});
  });
  std::sort(out.begin(), out.end(), [](const OnlineSegment& a, const OnlineSegment& b) {
    return std::tie(a.trainee_id, a.started_at, a.segment_id) < std::tie(b.trainee_id, b.started_at, b.segment_id);
  });
  return out;
}

namespace {
// The codes of a line's reasons (a JSON array of {"code", "detail"}), in order.
std::vector<std::string> ReasonCodes(const std::string& reasons) {
  std::vector<std::string> out;
  boost::system::error_code error;
  const auto parsed = boost::json::parse(reasons, error);
  if (error || !parsed.is_array()) return out;
  for (const auto& reason : parsed.as_array()) {
    const auto* code = reason.is_object() ? reason.as_object().if_contains("code") : nullptr;
    if (code && code->is_string()) out.emplace_back(code->as_string());
  }
  return out;
}
}  // namespace

std::vector<ClaimLine> ClaimLines(db::Connection& connection, const Span& span) {
  std::string from = span.from, to = span.to;
  return Read<ClaimLine>(
      connection, q::kListClaimLines,
      [](const soci::row& r) {
        return ClaimLine{Int(r, 0), PlaceAt(r, 1), Text(r, 4), static_cast<int>(Int(r, 5)),
                         static_cast<int>(Int(r, 6)), MaybeInt(r, 7), ReasonCodes(TextOrEmpty(r, 8))};
      },
      from, to);
}

std::vector<ClaimCertificate> ClaimCertificates(db::Connection& connection, const Span& span) {
  std::string from = span.from, to = span.to;
  return Read<ClaimCertificate>(
      connection, q::kListClaimCertificates,
      [](const soci::row& r) { return ClaimCertificate{Int(r, 0), PlaceAt(r, 1), Text(r, 4), Text(r, 5)}; }, from, to);
}

std::vector<ClaimPersonCount> ClaimPersonCounts(db::Connection& connection, const Span& span) {
  // Three plain reads joined here: as one query with a count per line (a correlated subquery into
  // every claim of the person, another into their history) it was a city's slowest rule.
  std::string from = span.from, to = span.to;
  struct Line {
    ClaimPersonCount count;
    std::int64_t submitted_at = 0;
    std::string year;
  };
  const auto lines = Read<Line>(
      connection, q::kListClaimPersonCounts,
      [](const soci::row& r) {
        return Line{{Int(r, 0), PlaceAt(r, 1), static_cast<int>(Int(r, 4)), Int(r, 5), 0}, Int(r, 6), Text(r, 7)};
      },
      from, to);
  if (lines.empty()) return {};
  // The whole calendar years the claims fall in: the limit counts a year's trainings.
  std::string first_day = from.substr(0, 4) + "-01-01", last_day = to.substr(0, 4) + "-12-31";
  struct Training {
    std::int64_t claim_id = 0, submitted_at = 0;
    std::string year;
  };
  std::unordered_map<std::int64_t, std::vector<Training>> live;  // by person
  for (auto& [trainee, training] : Read<std::pair<std::int64_t, Training>>(
           connection, q::kListLiveClaimPeople,
           [](const soci::row& r) { return std::pair(Int(r, 0), Training{Int(r, 1), Int(r, 2), Text(r, 3)}); },
           first_day, last_day)) {
    live[trainee].push_back(std::move(training));
  }
  std::map<std::pair<std::int64_t, std::string>, int> history;  // person, year
  for (auto& [key, n] : Read<std::pair<std::pair<std::int64_t, std::string>, int>>(
           connection, q::kListHistoryYears,
           [](const soci::row& r) { return std::pair(std::pair(Int(r, 0), Text(r, 1)), static_cast<int>(Int(r, 2))); },
           first_day, last_day)) {
    history[key] = n;
  }
  std::vector<ClaimPersonCount> out;
  out.reserve(lines.size());
  for (const auto& line : lines) {
    auto count = line.count;
    // Lines of the person's other live claims submitted before this one in its year, and the
    // imported trainings of that year.
    if (const auto it = live.find(count.trainee_id); it != live.end()) {
      for (const auto& t : it->second) {
        count.earlier += t.claim_id != count.claim_id && t.submitted_at < line.submitted_at && t.year == line.year;
      }
    }
    if (const auto it = history.find({count.trainee_id, line.year}); it != history.end()) count.earlier += it->second;
    out.push_back(std::move(count));
  }
  return out;
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

std::vector<InstitutionClass> InstitutionClasses(db::Connection& connection, const Span& span, int days_after) {
  std::string from = span.from, to = training::AddDays(span.to, days_after);
  return Read<InstitutionClass>(
      connection, q::kListInstitutionClasses,
      [&span](const soci::row& r) {
        const auto approved = MaybeInt(r, 5);
        const bool within = approved && *approved >= span.from_at && *approved < span.to_at;
        return InstitutionClass{PlaceAt(r, 0), Text(r, 3), static_cast<int>(Int(r, 4)),
                                within ? core::DateInShanghai(*approved) : std::string()};
      },
      from, to);
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

namespace {
// The columns of list_alerts, find_alert and list_case_alerts.
Alert AlertOf(const soci::row& r) {
  Alert a;
  a.id = Int(r, 0);
  auto& f = a.finding;
  f.rule_id = Text(r, 1);
  f.rule_version = static_cast<int>(Int(r, 2));
  f.subject_kind = Text(r, 3);
  f.subject_id = Int(r, 4);
  f.institution_id = MaybeInt(r, 5);
  a.institution_name = TextOrEmpty(r, 6);
  f.region_code = Text(r, 7);
  f.severity = Text(r, 8);
  f.score = static_cast<int>(Int(r, 9));
  f.statistic = Text(r, 10);
  f.threshold = Text(r, 11);
  f.evidence = boost::json::parse(Text(r, 12)).as_object();
  a.status = Text(r, 13);
  a.first_seen_at = Int(r, 14);
  a.last_seen_at = Int(r, 15);
  a.assignee = MaybeText(r, 16);
  a.assigned_at = MaybeInt(r, 17);
  a.assigned_by = MaybeText(r, 18);
  a.decided_at = MaybeInt(r, 19);
  a.decided_by = MaybeText(r, 20);
  a.decision_reason = MaybeText(r, 21);
  a.case_id = MaybeInt(r, 22);
  return a;
}
}  // namespace

std::vector<Alert> Alerts(db::Connection& connection, const Reach& reach, const AlertFilter& filter,
                          std::int64_t after, int limit) {
  long long after_score = after > 0 ? after / 1'000'000'000'000LL : -1, score_value = after_score,
            score_again = after_score, after_id = after > 0 ? after % 1'000'000'000'000LL : 0, l = limit,
            institution = filter.institution_id, institution_value = filter.institution_id;
  std::string region_like = reach.region_like, assignee = reach.assignee, area = filter.area_like,
              rule = filter.rule, rule_value = filter.rule, status = filter.status, status_value = filter.status;
  return Read<Alert>(connection, q::kListAlerts, AlertOf, region_like, assignee, area, rule, rule_value, status,
                     status_value, institution, institution_value, after_score, score_value, score_again, after_id, l);
}

std::optional<Alert> FindAlert(db::Connection& connection, const Reach& reach, std::int64_t id) {
  long long wanted = id;
  std::string region_like = reach.region_like, assignee = reach.assignee;
  auto found = Read<Alert>(connection, q::kFindAlert, AlertOf, wanted, region_like, assignee);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<Alert> CaseAlerts(db::Connection& connection, std::int64_t case_id) {
  long long wanted = case_id;
  return Read<Alert>(connection, q::kListCaseAlerts, AlertOf, wanted);
}

std::optional<EvidenceCheckin> FindCheckin(db::Connection& connection, std::int64_t id) {
  long long wanted = id;
  auto found = Read<EvidenceCheckin>(
      connection, q::kFindCheckinEvent,
      [](const soci::row& r) {
        EvidenceCheckin c;
        c.id = Int(r, 0);
        c.trainee_id = Int(r, 1);
        c.trainee_name = Text(r, 2);
        c.class_id = Int(r, 3);
        c.class_name = Text(r, 4);
        c.session_id = Int(r, 5);
        c.kind = Text(r, 6);
        c.captured_at = Int(r, 7);
        c.latitude_e6 = Int(r, 8);
        c.longitude_e6 = Int(r, 9);
        c.distance_m = MaybeInt(r, 10);
        c.photo_sha256 = Text(r, 11);
        c.counts = Int(r, 12) != 0;
        c.terminal_id = Int(r, 13);
        return c;
      },
      wanted);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<std::int64_t> PhotoCheckins(db::Connection& connection, const std::string& sha256) {
  std::string sha = sha256;
  return Read<std::int64_t>(connection, q::kListPhotoCheckins, [](const soci::row& r) { return Int(r, 0); }, sha);
}

std::vector<AlertCount> SummariseAlerts(db::Connection& connection, const std::string& region_like) {
  std::string like = region_like;
  return Read<AlertCount>(
      connection, q::kSummariseAlerts,
      [](const soci::row& r) { return AlertCount{Text(r, 0), Text(r, 1), Text(r, 2), static_cast<int>(Int(r, 3))}; },
      like);
}

std::vector<CaseCount> SummariseCases(db::Connection& connection, const std::string& region_like) {
  std::string like = region_like;
  return Read<CaseCount>(
      connection, q::kSummariseCases,
      [](const soci::row& r) { return CaseCount{Text(r, 0), Text(r, 1), static_cast<int>(Int(r, 2))}; }, like);
}

void SaveWork(db::Connection& connection, const Alert& a) {
  auto text = [](const std::optional<std::string>& v) { return v ? soci::i_ok : soci::i_null; };
  auto number = [](const std::optional<std::int64_t>& v) { return v ? soci::i_ok : soci::i_null; };
  std::string assignee = a.assignee.value_or(""), assigned_by = a.assigned_by.value_or(""),
              decided_by = a.decided_by.value_or(""), reason = a.decision_reason.value_or("");
  long long assigned_at = a.assigned_at.value_or(0), decided_at = a.decided_at.value_or(0),
            case_id = a.case_id.value_or(0), id = a.id;
  soci::indicator assignee_ind = text(a.assignee), assigned_by_ind = text(a.assigned_by),
                  decided_by_ind = text(a.decided_by), reason_ind = text(a.decision_reason),
                  assigned_at_ind = number(a.assigned_at), decided_at_ind = number(a.decided_at),
                  case_ind = number(a.case_id);
  connection.sql() << connection.Text(q::kUpdateAlertWork), soci::use(a.status), soci::use(assignee, assignee_ind),
      soci::use(assigned_at, assigned_at_ind), soci::use(assigned_by, assigned_by_ind),
      soci::use(decided_at, decided_at_ind), soci::use(decided_by, decided_by_ind), soci::use(reason, reason_ind),
      soci::use(case_id, case_ind), soci::use(id);
}

std::int64_t InsertScan(db::Connection& connection, const Scan& s) {
  long long started = s.started_at, finished = s.finished_at, id = 0;
  connection.sql() << connection.Text(q::kInsertScan), soci::use(s.rules), soci::use(s.from), soci::use(s.to),
      soci::use(started), soci::use(finished), soci::use(s.found), soci::use(s.raised), soci::use(s.run_by),
      soci::into(id);
  return id;
}

}  // namespace sunshine::risk::risk_store
