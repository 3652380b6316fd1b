// Every rule against its fixture file (src/risk/fixtures/<rule>.test, format in fixture.hpp):
// rows in, the findings expected out - what fires, what stays quiet, the statistic, the evidence
// and the fingerprint that keeps one situation one alert.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "risk/assessment_rules.hpp"
#include "risk/checkin_rules.hpp"
#include "risk/claim_rules.hpp"
#include "risk/fixture.hpp"
#include "risk/institution_rules.hpp"
#include "risk/people_rules.hpp"
#include "risk/risk_service.hpp"

namespace sunshine::risk {
namespace {
using fixture::Row;
using Judge = std::function<std::vector<Finding>(const std::vector<Row>&, const RuleInfo&)>;

template <typename T, typename Make>
std::vector<T> Rows(const std::vector<Row>& rows, Make make) {
  std::vector<T> out;
  for (const auto& r : rows) out.push_back(make(r));
  return out;
}

CheckinPoint Point(const Row& r) {
  const auto distance = r.MaybeInt("distance_m");
  return {r.Int("checkin_id"),
          r.Int("trainee_id"),
          r.Int("session_id", 1),
          r.PlaceOf(),
          r.Int("captured_at"),
          r.Int("latitude_e6", 30'000'000),
          r.Int("longitude_e6", 104'000'000),
          distance ? std::optional<int>(static_cast<int>(*distance)) : std::nullopt,
          r.Int("session_from", 0),
          r.Int("session_to", 0)};
}

OnlineSegment Segment(const Row& r) {
  return {r.Int("segment_id"), r.Int("trainee_id"), r.PlaceOf(), r.Int("started_at"), r.Int("ended_at"),
          r.Text("course_item", "")};
}

CandidateResult Candidate(const Row& r) {
  auto mark = [&](const char* field) {
    const auto v = r.MaybeInt(field);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
  };
  return {r.Int("sitting_id"), r.Int("trainee_id"), r.PlaceOf(), mark("theory"), mark("practical"),
          r.Int("absent", 0) != 0, r.Int("passed", 0) != 0};
}

// A comma-separated list ("a,b"), each item one code; "-" or nothing for none.
std::vector<std::string> Codes(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < text.size() && text != "-") {
    const auto comma = std::min(text.find(',', at), text.size());
    out.push_back(text.substr(at, comma - at));
    at = comma + 1;
  }
  return out;
}

// How each rule's fixture rows become the rows its function takes.
const std::map<std::string, Judge>& Judges() {
  static const std::map<std::string, Judge> judges = {
      {"photo_reuse",
       [](const auto& rows, const auto& rule) {
         return PhotoReuse(Rows<PhotoUse>(rows,
                                          [](const Row& r) {
                                            return PhotoUse{r.Text("photo_sha256"), r.Int("checkin_id"),
                                                            r.Int("trainee_id"), r.PlaceOf(), r.Int("captured_at")};
                                          }),
                           rule);
       }},
      {"terminal_burst",
       [](const auto& rows, const auto& rule) {
         return TerminalBurst(Rows<TerminalCheckin>(rows,
                                                    [](const Row& r) {
                                                      return TerminalCheckin{r.Int("terminal_id"), r.Int("session_id"),
                                                                             r.Int("checkin_id"), r.Int("trainee_id"),
                                                                             r.PlaceOf(), r.Int("captured_at")};
                                                    }),
                              rule);
       }},
      {"photo_lookalike",
       [](const auto& rows, const auto& rule) {
         // A photo whose hash is missing or unreadable is not compared (the scan reads none).
         std::vector<PhotoLook> looks;
         for (const auto& look : Rows<std::optional<PhotoLook>>(rows, [](const Row& r) -> std::optional<PhotoLook> {
                const auto hash = training::PhotoHash::FromHex(r.Text("phash"));
                if (!hash) return std::nullopt;
                return PhotoLook{r.Int("checkin_id"), r.Int("trainee_id"), r.Int("session_id"), r.PlaceOf(),
                                 r.Text("photo"), *hash};
              })) {
           if (look) looks.push_back(*look);
         }
         return PhotoLookalike(looks, rule);
       }},
      {"checkins_off_hours",
       [](const auto& rows, const auto& rule) { return CheckinsOffHours(Rows<CheckinPoint>(rows, Point), rule); }},
      {"checkins_far_from_venue",
       [](const auto& rows, const auto& rule) { return CheckinsFarFromVenue(Rows<CheckinPoint>(rows, Point), rule); }},
      {"uniform_checkins",
       [](const auto& rows, const auto& rule) { return UniformCheckins(Rows<CheckinPoint>(rows, Point), rule); }},
      {"attendance_too_perfect",
       [](const auto& rows, const auto& rule) { return AttendanceTooPerfect(Rows<CheckinPoint>(rows, Point), rule); }},
      {"person_two_places",
       [](const auto& rows, const auto& rule) {
         return PersonTwoPlaces(
             Rows<PersonMove>(rows,
                              [](const Row& r) {
                                return PersonMove{r.Int("trainee_id"),       r.Int("from_checkin"),
                                                  r.Int("from_class"),       r.Int("from_at"),
                                                  r.Int("from_latitude_e6"), r.Int("from_longitude_e6"),
                                                  r.Int("to_checkin"),       r.Int("to_at"),
                                                  r.Int("to_latitude_e6"),   r.Int("to_longitude_e6"),
                                                  r.PlaceOf()};
                              }),
             rule);
       }},
      {"teacher_two_places",
       [](const auto& rows, const auto& rule) {
         return TeacherTwoPlaces(
             Rows<TeacherSession>(rows,
                                  [](const Row& r) {
                                    TeacherSession s{r.Text("teacher_key"), r.Int("teacher_id"), r.Int("session_id"),
                                                     r.PlaceOf(),           r.Int("from"),       r.Int("to"),
                                                     std::nullopt};
                                    const auto lat = r.MaybeInt("latitude_e6"), lon = r.MaybeInt("longitude_e6");
                                    if (lat && lon) s.venue_e6 = std::pair(*lat, *lon);
                                    return s;
                                  }),
             rule);
       }},
      {"implausible_age",
       [](const auto& rows, const auto& rule) {
         return ImplausibleAge(Rows<RosterAge>(rows,
                                               [](const Row& r) {
                                                 return RosterAge{r.Int("trainee_id"), r.Text("birth_date"),
                                                                  r.Text("start_date"), r.PlaceOf()};
                                               }),
                               rule);
       }},
      {"re_enrolment",
       [](const auto& rows, const auto& rule) {
         return ReEnrolment(Rows<EarlierTraining>(rows,
                                                  [](const Row& r) {
                                                    return EarlierTraining{r.Int("trainee_id"), r.PlaceOf(),
                                                                           r.Text("start_date"), r.Text("source"),
                                                                           r.Int("earlier_id"), r.Text("earlier_date")};
                                                  }),
                            rule);
       }},
      {"online_overlap",
       [](const auto& rows, const auto& rule) {
         return OnlineOverlap(Rows<OnlineSegment>(rows, Segment), rule);
       }},
      {"online_too_fast",
       [](const auto& rows, const auto& rule) { return OnlineTooFast(Rows<OnlineSegment>(rows, Segment), rule); }},
      {"identical_scores",
       [](const auto& rows, const auto& rule) { return IdenticalScores(Rows<CandidateResult>(rows, Candidate), rule); }},
      {"perfect_pass_large_sitting",
       [](const auto& rows, const auto& rule) {
         return PerfectPassLargeSitting(Rows<CandidateResult>(rows, Candidate), rule);
       }},
      {"examiner_taught_class",
       [](const auto& rows, const auto& rule) {
         return ExaminerTaughtClass(Rows<ExaminerTeacher>(rows,
                                                          [](const Row& r) {
                                                            return ExaminerTeacher{r.Int("sitting_id"),
                                                                                   r.Int("examiner_id"),
                                                                                   r.Int("teacher_id"), r.PlaceOf()};
                                                          }),
                                    rule);
       }},
      {"scored_without_checkin",
       [](const auto& rows, const auto& rule) {
         return ScoredWithoutCheckin(Rows<UncheckedCandidate>(rows,
                                                              [](const Row& r) {
                                                                return UncheckedCandidate{r.Int("sitting_id"),
                                                                                          r.Int("trainee_id"),
                                                                                          r.PlaceOf()};
                                                              }),
                                     rule);
       }},
      {"certificate_below_attendance",
       [](const auto& rows, const auto& rule) {
         return CertificateBelowAttendance(
             Rows<CertificateAttendance>(rows,
                                         [](const Row& r) {
                                           return CertificateAttendance{
                                               r.Int("certificate_id"), r.Int("sitting_id"), r.Int("trainee_id"),
                                               r.PlaceOf(), static_cast<int>(r.Int("rate_1e4"))};
                                         }),
             rule);
       }},
      {"claims_at_person_limit",
       [](const auto& rows, const auto& rule) {
         return ClaimsAtPersonLimit(Rows<ClaimPersonCount>(rows,
                                                           [](const Row& r) {
                                                             return ClaimPersonCount{
                                                                 r.Int("claim_id"), r.PlaceOf(),
                                                                 static_cast<int>(r.Int("lines")), r.Int("trainee_id"),
                                                                 static_cast<int>(r.Int("earlier"))};
                                                           }),
                                    rule);
       }},
      {"claims_near_deadline",
       [](const auto& rows, const auto& rule) {
         return ClaimsNearDeadline(Rows<ClaimCertificate>(rows,
                                                          [](const Row& r) {
                                                            return ClaimCertificate{r.Int("claim_id"), r.PlaceOf(),
                                                                                    r.Text("claimed_on"),
                                                                                    r.Text("issued_on")};
                                                          }),
                                   rule);
       }},
      {"institution_volume_jump",
       [](const auto& rows, const auto& rule) {
         return InstitutionVolumeJump(
             Rows<InstitutionClass>(rows,
                                    [](const Row& r) {
                                      const auto approved = r.Text("approved_on", "-");
                                      return InstitutionClass{r.PlaceOf(), r.Text("start_date"),
                                                              static_cast<int>(r.Int("trainees")),
                                                              approved == "-" ? std::string() : approved};
                                    }),
             rule);
       }},
      {"claim_lines_not_counted",
       [](const auto& rows, const auto& rule) {
         return ClaimLinesNotCounted(
             Rows<ClaimLine>(rows,
                             [](const Row& r) {
                               return ClaimLine{r.Int("claim_id"),          r.PlaceOf(),
                                                r.Text("status", "submitted"), static_cast<int>(r.Int("lines")),
                                                static_cast<int>(r.Int("paid_lines")), r.MaybeInt("trainee_id"),
                                                Codes(r.Text("reasons", ""))};
                             }),
             rule);
       }},
  };
  return judges;
}

std::string FixturePath(const std::string& rule) { return std::string(RISK_FIXTURE_DIR) + "/" + rule + ".test"; }

class RuleFixture : public testing::TestWithParam<std::string> {};

TEST_P(RuleFixture, FindsExactlyWhatEachCaseExpects) {
  const auto& rule = GetParam();
  ASSERT_TRUE(Judges().contains(rule)) << "no fixture reader for " << rule;
  const auto cases = fixture::Load(FixturePath(rule));
  ASSERT_FALSE(cases.empty()) << rule;
  bool fires = false, quiet = false;
  for (const auto& c : cases) {
    SCOPED_TRACE(rule + ".test:" + std::to_string(c.line) + " " + c.name);
    EXPECT_EQ(c.rule.id, rule) << "a fixture file tests the rule it is named after";
    const auto found = Judges().at(rule)(c.rows, c.rule);
    for (const auto& difference : fixture::Compare(found, c.expected)) ADD_FAILURE() << difference;
    (c.expected.empty() ? quiet : fires) = true;
  }
  EXPECT_TRUE(fires) << rule << ": no case where the rule fires";
  EXPECT_TRUE(quiet) << rule << ": no case where the rule stays quiet";
}

std::vector<std::string> RuleIds() {
  std::vector<std::string> ids;
  for (const auto& r : Catalogue()) ids.push_back(r.id);
  return ids;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, RuleFixture, testing::ValuesIn(RuleIds()),
                         [](const auto& info) { return info.param; });

TEST(RuleFixtures, EveryRuleHasItsFileAndTheScanKnowsIt) {
  for (const auto& r : Catalogue()) {
    EXPECT_TRUE(std::filesystem::exists(FixturePath(r.id))) << r.id;
    EXPECT_TRUE(HasJudge(r.id)) << r.id;
  }
  for (const auto& entry : std::filesystem::directory_iterator(RISK_FIXTURE_DIR)) {
    EXPECT_NE(FindRule(entry.path().stem().string()), nullptr) << "a fixture for no rule: " << entry.path();
  }
}

TEST(RuleFixtures, AMalformedFileIsRefusedWithItsLine) {
  const auto path = std::filesystem::temp_directory_path() / "risk_fixture_bad.test";
  {
    std::ofstream out(path);
    out << "rule photo_reuse\ncase one\nrows\na b\n1\n";
  }
  try {
    fixture::Load(path.string());
    ADD_FAILURE() << "a short row was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(":5:"), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace sunshine::risk
