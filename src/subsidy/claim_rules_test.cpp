#include "subsidy/claim_rules.hpp"

#include <gtest/gtest.h>

namespace sunshine::subsidy {
namespace {
constexpr std::int64_t kCook = 7;  // 中式烹调师

// A 40-hour class of 中式烹调师 四级 started 2026-03-02, priced at 1,500 yuan.
ClassFacts Class() { return {kCook, 4, "2026-03-02", "2026-03-20", 40 * 60, 150000}; }

// A trainee who was there from the start, came to every hour and holds the class's certificate.
LineFacts Trainee() {
  LineFacts f;
  f.trainee_id = 11;
  f.birth_date = "1990-07-10";
  f.on_roster_before_start = true;
  f.counted_minutes = 40 * 60;
  f.certificate = CertificateFact{"S000051000001264000001", "skill_level", "valid", kCook, 4, "2026-03-20"};
  return f;
}

std::vector<std::string> Codes(const LineJudgement& j) {
  std::vector<std::string> out;
  for (const auto& r : j.reasons) out.push_back(r.code);
  return out;
}

LineJudgement Judge(const LineFacts& f, SubsidyKind kind = SubsidyKind::kTraining,
                    const std::string& on = "2026-04-10", ClaimPolicy policy = {}) {
  return JudgeLine(f, Class(), kind, on, policy);
}

TEST(ClaimRules, ALineThatMeetsEveryRuleIsPaidTheStandardInForceWhole) {
  const auto j = Judge(Trainee());
  EXPECT_TRUE(j.paid);
  EXPECT_EQ(j.amount_fen, 150000);
  EXPECT_TRUE(j.reasons.empty());
}

TEST(ClaimRules, NobodyAddedAfterTheStartWithdrawnOrUnauthorisedIsPaid) {
  auto late = Trainee();
  late.on_roster_before_start = false;
  EXPECT_EQ(Codes(Judge(late)), std::vector<std::string>{"not_on_roster_before_start"});
  EXPECT_EQ(Judge(late).amount_fen, 0);
  auto left = Trainee();
  left.withdrawn = true;
  EXPECT_EQ(Codes(Judge(left)), std::vector<std::string>{"withdrawn"});
  auto not_asked = Trainee();
  not_asked.authorised = false;
  EXPECT_EQ(Codes(Judge(not_asked)), std::vector<std::string>{"not_authorised"});
}

TEST(ClaimRules, AgeIsJudgedOnTheClassFirstDay) {
  auto young = Trainee();
  young.birth_date = "2010-03-03";  // 15 on 2026-03-02, 16 the next day
  const auto j = Judge(young);
  ASSERT_EQ(Codes(j), std::vector<std::string>{"under_age"});
  EXPECT_EQ(j.reasons[0].detail, "15");
  young.birth_date = "2010-03-02";
  EXPECT_TRUE(Judge(young).paid);
}

TEST(ClaimRules, HoursBelowTheThresholdAreNamedWithBothRates) {
  auto short_of = Trainee();
  short_of.counted_minutes = 40 * 60 * 8 / 10 - 1;  // one minute short of 80 %
  const auto j = Judge(short_of);
  ASSERT_EQ(Codes(j), std::vector<std::string>{"hours_below_threshold"});
  EXPECT_EQ(j.reasons[0].detail, "79.9% < 80.0%");
  short_of.counted_minutes += 1;
  EXPECT_TRUE(Judge(short_of).paid);
  ClaimPolicy stricter;
  stricter.hours_threshold_1e4 = 9000;
  EXPECT_FALSE(Judge(short_of, SubsidyKind::kTraining, "2026-04-10", stricter).paid);
}

TEST(ClaimRules, TheCertificateMustBeValidTheClassOwnAndOfATypeThatCounts) {
  auto none = Trainee();
  none.certificate.reset();
  EXPECT_EQ(Codes(Judge(none)), std::vector<std::string>{"no_certificate"});
  auto revoked = Trainee();
  revoked.certificate->status = "revoked";
  EXPECT_EQ(Codes(Judge(revoked)), std::vector<std::string>{"certificate_revoked"});
  auto other = Trainee();
  other.certificate->level = 5;
  EXPECT_EQ(Codes(Judge(other)), std::vector<std::string>{"certificate_not_for_class"});
  // A 培训合格证书 counts for the training subsidy, not for the assessment subsidy.
  auto completion = Trainee();
  completion.certificate->type = "training_completion";
  EXPECT_TRUE(Judge(completion).paid);
  EXPECT_EQ(Codes(Judge(completion, SubsidyKind::kAssessment)), std::vector<std::string>{"certificate_type_not_eligible"});
}

TEST(ClaimRules, AClaimComesWithinTwelveMonthsOfTheCertificate) {
  auto t = Trainee();
  t.certificate->issued_on = "2026-01-31";
  EXPECT_TRUE(Judge(t, SubsidyKind::kTraining, "2027-01-31").paid);
  const auto late = Judge(t, SubsidyKind::kTraining, "2027-02-01");
  ASSERT_EQ(Codes(late), std::vector<std::string>{"claim_window_passed"});
  EXPECT_EQ(late.reasons[0].detail, "2026-01-31");
  EXPECT_TRUE(WithinMonths("2024-02-29", 12, "2025-02-28"));
  EXPECT_FALSE(WithinMonths("2024-02-29", 12, "2025-03-01"));
  EXPECT_TRUE(WithinMonths("2026-01-31", 1, "2026-02-28"));
  EXPECT_FALSE(WithinMonths("2026-01-31", 1, "2026-03-01"));
  EXPECT_FALSE(WithinMonths("2026-05-01", 12, "2026-04-30")) << "a claim before the certificate";
}

TEST(ClaimRules, TheSameOccupationAndLevelNeverTwiceAndNoLowerLevelAfterAHigherOne) {
  auto again = Trainee();
  again.prior = {{kCook, 4, "2024-05-01", "history:12"}};
  const auto j = Judge(again);
  ASSERT_EQ(Codes(j), std::vector<std::string>{"already_subsidised_same_level"});
  EXPECT_EQ(j.reasons[0].detail, "history:12");
  auto after_higher = Trainee();
  after_higher.prior = {{kCook, 3, "2025-05-01", "claim_line:40"}};  // 三级 is above 四级
  EXPECT_EQ(Codes(Judge(after_higher)), std::vector<std::string>{"lower_level_after_higher"});
  auto after_lower = Trainee();
  after_lower.prior = {{kCook, 5, "2025-05-01", "claim_line:41"}, {kCook + 1, 4, "2025-06-01", "history:3"}};
  EXPECT_TRUE(Judge(after_lower).paid) << "a step up, and another occupation, are allowed";
}

TEST(ClaimRules, ThePerPersonLimitCountsEveryTypeInItsWindow) {
  auto busy = Trainee();
  busy.prior = {{1, 5, "2026-01-05", "history:1"}, {2, 5, "2026-02-01", "history:2"}, {3, std::nullopt, "2026-02-20", "claim_line:9"}};
  const auto j = Judge(busy);
  ASSERT_EQ(Codes(j), std::vector<std::string>{"per_person_limit"});
  EXPECT_EQ(j.reasons[0].detail, "3/3");
  // Last year's three do not count in this calendar year, but do for a lifetime limit.
  for (auto& p : busy.prior) p.on.replace(0, 4, "2025");
  EXPECT_TRUE(Judge(busy).paid);
  ClaimPolicy lifetime;
  lifetime.window = LimitWindow::kLifetime;
  EXPECT_EQ(Codes(Judge(busy, SubsidyKind::kTraining, "2026-04-10", lifetime)),
            std::vector<std::string>{"per_person_limit"});
  lifetime.per_person_limit = 4;
  EXPECT_TRUE(Judge(busy, SubsidyKind::kTraining, "2026-04-10", lifetime).paid);
}

TEST(ClaimRules, EveryBrokenRuleIsNamedInItsOrder) {
  auto worst = Trainee();
  worst.on_roster_before_start = false;
  worst.withdrawn = true;
  worst.authorised = false;
  worst.birth_date = "2012-01-01";
  worst.counted_minutes = 0;
  worst.certificate->status = "revoked";
  worst.certificate->occupation_id = kCook + 5;
  worst.certificate->type = "training_completion";
  worst.certificate->issued_on = "2024-01-01";
  worst.prior = {{kCook, 4, "2026-01-01", "a"}, {kCook, 2, "2026-01-02", "b"}, {9, 5, "2026-01-03", "c"}};
  EXPECT_EQ(Codes(Judge(worst, SubsidyKind::kAssessment)),
            (std::vector<std::string>{"not_on_roster_before_start", "withdrawn", "not_authorised", "under_age",
                                      "hours_below_threshold", "certificate_revoked", "certificate_not_for_class",
                                      "certificate_type_not_eligible", "claim_window_passed",
                                      "already_subsidised_same_level", "lower_level_after_higher",
                                      "per_person_limit"}));
}

TEST(ClaimRules, KindsAndWindowsAreReadFromTheirSettings) {
  EXPECT_EQ(ParseSubsidyKind("training"), SubsidyKind::kTraining);
  EXPECT_EQ(ParseSubsidyKind("assessment"), SubsidyKind::kAssessment);
  EXPECT_FALSE(ParseSubsidyKind("voucher"));
  EXPECT_EQ(SubsidyKindName(SubsidyKind::kAssessment), "assessment");
  EXPECT_EQ(ParseLimitWindow("lifetime"), LimitWindow::kLifetime);
  EXPECT_FALSE(ParseLimitWindow("month"));
}

// An enterprise's apprenticeship class: 4,000 yuan per apprentice-year [V], the apprentice's
// contract begun 2025-09-01, the class starting in its second year.
ClassFacts Apprenticeship() {
  auto c = Class();
  c.basis = Basis::kApprenticeYear;
  c.standard_fen = 400000;
  return c;
}

LineFacts Apprentice() {
  auto f = Trainee();
  f.employer_claims = true;
  f.employment = EmploymentFact{"apprentice", "2025-09-01", std::nullopt};
  return f;
}

TEST(ClaimRules, AnEnterpriseIsPaidOnlyForItsOwnEmployeesAndApprenticesForApprenticeships) {
  auto employee = Trainee();
  employee.employer_claims = true;
  employee.employment = EmploymentFact{"employee", "2024-01-01", std::nullopt};
  EXPECT_TRUE(Judge(employee).paid) << "post training: an employee on the first day";
  auto stranger = employee;
  stranger.employment.reset();
  const auto refused = Judge(stranger);
  ASSERT_EQ(Codes(refused), std::vector<std::string>{"not_employed_by_claimant"});
  EXPECT_EQ(refused.reasons[0].detail, "2026-03-02");
  EXPECT_EQ(Codes(JudgeLine(employee, Apprenticeship(), SubsidyKind::kTraining, "2026-04-10", {})),
            std::vector<std::string>{"not_apprentice_of_claimant"});
}

TEST(ClaimRules, AnApprenticeYearIsPaidOnceWhoeverClaimsItAndTheNextYearIsNotBarredBySameLevel) {
  const auto j = JudgeLine(Apprentice(), Apprenticeship(), SubsidyKind::kTraining, "2026-04-10", {});
  EXPECT_TRUE(j.paid);
  EXPECT_EQ(j.amount_fen, 400000);
  EXPECT_EQ(j.units, 1);
  EXPECT_EQ(j.period, "2025-09-01") << "2026-03-02 falls in the first apprentice-year";
  // The same apprentice-year already paid (another class of the year): refused.
  auto again = Apprentice();
  again.prior = {{kCook, 4, "2026-02-01", "claim_line:5", Basis::kApprenticeYear, 1, "2025-09-01"}};
  EXPECT_EQ(Codes(JudgeLine(again, Apprenticeship(), SubsidyKind::kTraining, "2026-04-10", {})),
            std::vector<std::string>{"apprentice_year_claimed"});
  // The year before, same trade and level: the next apprentice-year is paid.
  auto next = Apprentice();
  next.employment->start_date = "2024-09-01";
  next.prior = {{kCook, 4, "2025-05-01", "claim_line:4", Basis::kApprenticeYear, 1, "2024-09-01"}};
  const auto second = JudgeLine(next, Apprenticeship(), SubsidyKind::kTraining, "2026-04-10", {});
  EXPECT_TRUE(second.paid) << Codes(second).size();
  EXPECT_EQ(second.period, "2025-09-01");
  // A certificate subsidy of the same level still bars it, as for any certificate subsidy.
  next.prior.push_back({kCook, 4, "2025-06-01", "history:9"});
  EXPECT_EQ(Codes(JudgeLine(next, Apprenticeship(), SubsidyKind::kTraining, "2026-04-10", {})),
            std::vector<std::string>{"already_subsidised_same_level"});
}

TEST(ClaimRules, WorkInLieuIsPaidPerPersonMonthUpToTheMonthsLeftWithoutACertificate) {
  auto klass = Class();
  klass.basis = Basis::kPersonMonth;
  klass.standard_fen = 50000;  // 500 yuan per person-month [V]
  klass.start_date = "2026-01-20";
  klass.end_date = "2026-04-02";
  auto hired = Trainee();
  hired.certificate.reset();
  hired.employer_claims = true;
  hired.employment = EmploymentFact{"employee", "2026-01-05", std::nullopt};
  // Certificate subsidies neither count nor bar; 以工代训 months are their own fund.
  hired.prior = {{kCook, 4, "2026-01-01", "history:1"}, {kCook, 3, "2026-01-02", "history:2"},
                 {9, 5, "2026-01-03", "history:3"}};
  auto j = JudgeLine(hired, klass, SubsidyKind::kTraining, "2026-04-10", {});
  EXPECT_TRUE(j.paid);
  EXPECT_EQ(j.units, 4) << "January to April";
  EXPECT_EQ(j.amount_fen, 200000);
  EXPECT_EQ(j.period, "2026-01");
  // Four months paid before: two are left.
  hired.prior.push_back({kCook, 4, "2025-10-01", "claim_line:8", Basis::kPersonMonth, 4, "2025-06"});
  j = JudgeLine(hired, klass, SubsidyKind::kTraining, "2026-04-10", {});
  EXPECT_EQ(j.units, 2);
  EXPECT_EQ(j.amount_fen, 100000);
  // Six used: nothing left, and the line says so.
  hired.prior.push_back({kCook, 4, "2025-12-01", "claim_line:9", Basis::kPersonMonth, 2, "2025-11"});
  j = JudgeLine(hired, klass, SubsidyKind::kTraining, "2026-04-10", {});
  ASSERT_EQ(Codes(j), std::vector<std::string>{"work_in_lieu_months_used"});
  EXPECT_EQ(j.reasons[0].detail, "6/6");
  EXPECT_EQ(j.amount_fen, 0);
}

TEST(ClaimRules, WhoMayClaimWhichTrainingAndTheCalendarHelpers) {
  EXPECT_EQ(ParseClaimantKind("enterprise:3"), ClaimantKind::kEnterprise);
  EXPECT_EQ(ParseClaimantKind("trainee:40"), ClaimantKind::kTrainee);
  EXPECT_FALSE(ParseClaimantKind("auditor:2"));
  EXPECT_FALSE(ParseClaimantKind("510104"));
  EXPECT_TRUE(MayClaim(ClaimantKind::kEnterprise, "apprenticeship"));
  EXPECT_TRUE(MayClaim(ClaimantKind::kEnterprise, "skill_upgrade"));
  EXPECT_FALSE(MayClaim(ClaimantKind::kEnterprise, "employment_skills"));
  EXPECT_FALSE(MayClaim(ClaimantKind::kInstitution, "work_in_lieu"));
  EXPECT_FALSE(MayClaim(ClaimantKind::kTrainee, "apprenticeship"));
  EXPECT_TRUE(MayClaim(ClaimantKind::kTrainee, "employment_skills"));
  EXPECT_EQ(BasisName(BasisOf("work_in_lieu")), "person_month");
  EXPECT_EQ(ParseBasis("apprentice_year"), Basis::kApprenticeYear);
  EXPECT_EQ(MonthsTouched("2026-01-20", "2026-03-02"), 3);
  EXPECT_EQ(MonthsTouched("2025-12-31", "2026-01-01"), 2);
  EXPECT_EQ(MonthsTouched("2026-03-02", "2026-01-01"), 0);
  EXPECT_EQ(ApprenticeYearStart("2025-09-01", "2026-10-10"), "2026-09-01");
  EXPECT_EQ(ApprenticeYearStart("2025-09-01", "2026-08-31"), "2025-09-01");
  EXPECT_EQ(ApprenticeYearStart("2024-02-29", "2025-03-01"), "2025-02-28");
}

}  // namespace
}  // namespace sunshine::subsidy
