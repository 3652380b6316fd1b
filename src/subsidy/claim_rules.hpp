#pragma once
// What one line of a subsidy claim is worth (issue 14 item 1; R-F1, policy_rules.md §2, §3.2,
// §3.3), as one pure function over the facts the service looks up: the platform, never the
// claimant, decides whether a trainee is paid and how much. A line is paid the standard in
// force on the class's filing date, whole, when every rule holds; otherwise it is left out with
// every reason that applies, in a fixed order, so the claimant, the reviewer and the public
// notice read the same judgement. Amounts are integer fen. Thresholds are settings
// (ClaimPolicy; docs/operations.md, the claim_* settings).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sunshine::subsidy {

// Which subsidy a line is (policy_rules.md §2): 职业培训补贴 takes any of the three certificates
// the platform issues; 职业技能评价补贴 not the 培训合格证书.
enum class SubsidyKind { kTraining, kAssessment };
std::optional<SubsidyKind> ParseSubsidyKind(std::string_view text);
std::string_view SubsidyKindName(SubsidyKind kind);

// Who claims (subsidy reference §1.4): the institution on behalf of the trainees who authorised
// it (代领), an enterprise for its own employees, or a trainee who paid first (先垫后补).
enum class ClaimantKind { kInstitution, kEnterprise, kTrainee };
// The claimant kind of a scope code ("institution:12", "enterprise:3", "trainee:40").
std::optional<ClaimantKind> ParseClaimantKind(std::string_view scope_code);

// What one unit of a line is, from the class's training type (policy_rules.md §3.4, §3.5): a
// person; an apprentice-year for 企业新型学徒制 classes (the project's standard is per apprentice
// per year); a person-month for 以工代训 classes (per person per month, up to a number of months).
enum class Basis { kPerson, kApprenticeYear, kPersonMonth };
Basis BasisOf(std::string_view training_type);
std::string_view BasisName(Basis basis);
std::optional<Basis> ParseBasis(std::string_view text);

// Whether a claimant kind may claim a class of a training type: apprenticeship and 以工代训
// are the enterprise's subsidies; an enterprise claims only for training of its employees
// (岗前, 岗位技能提升, 转岗转业, 学徒制, 以工代训); institutions and trainees claim the rest.
bool MayClaim(ClaimantKind claimant, std::string_view training_type);

// How the per-person limit counts earlier subsidies: within the claim's calendar year, or ever.
enum class LimitWindow { kCalendarYear, kLifetime };
std::optional<LimitWindow> ParseLimitWindow(std::string_view text);

struct ClaimPolicy {
  int hours_threshold_1e4 = 8000;  // counted hours / planned hours a line needs (claim_hours_threshold_percent)
  int per_person_limit = 3;        // subsidies per person in the window (claim_per_person_limit) [V] 3
  LimitWindow window = LimitWindow::kCalendarYear;  // claim_limit_window [I]
  int claim_window_months = 12;    // from the certificate's issue to the claim (claim_window_months) [V]
  int min_age = 16;                // on the class's first day [V]
  int work_in_lieu_max_months = 6; // 以工代训 months per person (claim_work_in_lieu_max_months) [V] 6
};

// An earlier subsidy of the same person, whatever its type (history import or a paid line).
struct PriorSubsidy {
  std::int64_t occupation_id = 0;
  std::optional<int> level;  // 1 = 一级/高级技师 ... 5 = 五级/初级工; none for a special ability
  std::string on;            // YYYY-MM-DD the subsidised training or claim is dated
  std::string source;        // "history:12", "claim_line:40": named in the reason's detail
  Basis basis = Basis::kPerson;  // a line of a claim: what its units were
  int units = 1;
  std::string period;            // its apprentice-year's first day, or its first month
};

// The claiming enterprise's employment of a roster member covering the class's first day.
struct EmploymentFact {
  std::string kind;        // employee, apprentice
  std::string start_date;  // YYYY-MM-DD
  std::optional<std::string> end_date;
  bool operator==(const EmploymentFact&) const = default;
};

struct CertificateFact {
  std::string number;
  std::string type;    // skill_level, special_ability, training_completion
  std::string status;  // valid, revoked
  std::int64_t occupation_id = 0;
  std::optional<int> level;
  std::string issued_on;  // YYYY-MM-DD
};

// One roster member of the class, as the service found them.
struct LineFacts {
  std::int64_t trainee_id = 0;
  std::string birth_date;            // YYYY-MM-DD
  bool on_roster_before_start = false;  // 凡补必进: on the roster before the class's first session
  bool withdrawn = false;
  bool authorised = true;            // the claimant may claim for them (a trainee's 代领 authorisation)
  std::int64_t counted_minutes = 0;  // attendance that counts (the class's attendance rule)
  std::optional<CertificateFact> certificate;  // of the class's sitting (or imported), if any
  std::vector<PriorSubsidy> prior;   // every earlier subsidy of the person
  // An enterprise's claim only: its employment of the person on the class's first day, if any.
  bool employer_claims = false;
  std::optional<EmploymentFact> employment;
};

// The class the claim is for and the standard that prices it.
struct ClassFacts {
  std::int64_t occupation_id = 0;
  std::optional<int> level;
  std::string start_date;            // the first session's day
  std::string end_date;              // the last session's day
  std::int64_t planned_minutes = 0;
  std::int64_t standard_fen = 0;     // the project's subsidy in force when the class was filed, kept with it (per unit)
  Basis basis = Basis::kPerson;
};

struct Reason {
  std::string code;
  std::string detail;  // the numbers behind it, e.g. "72.5% < 80.0%", "history:12"
  bool operator==(const Reason&) const = default;
};

struct LineJudgement {
  bool paid = false;
  std::int64_t amount_fen = 0;  // the standard times the units
  int units = 1;                // apprentice-years or person-months (1 per person; 0 when none are left)
  std::string period;           // the apprentice-year's first day, or the first month ("YYYY-MM"); "" per person
  std::vector<Reason> reasons;  // empty when paid
};

// The reasons, in this order: not_on_roster_before_start, withdrawn, not_authorised, under_age,
// hours_below_threshold, not_employed_by_claimant, not_apprentice_of_claimant, no_certificate,
// certificate_revoked, certificate_not_for_class (another occupation or level),
// certificate_type_not_eligible, claim_window_passed, already_subsidised_same_level,
// lower_level_after_higher, per_person_limit, apprentice_year_claimed, work_in_lieu_months_used.
// A 以工代训 line needs no certificate and does not count against, nor is barred by, the
// certificate subsidies; an apprentice-year is paid once, whoever claims it. `claimed_on` is the
// claim's date (YYYY-MM-DD).
LineJudgement JudgeLine(const LineFacts& line, const ClassFacts& klass, SubsidyKind kind, const std::string& claimed_on,
                        const ClaimPolicy& policy);

// Whether `date` is within `months` calendar months after `from` (both YYYY-MM-DD): 2026-01-31
// plus one month is 2026-02-28.
bool WithinMonths(const std::string& from, int months, const std::string& date);
// The calendar months a span touches: 2026-01-20 to 2026-03-02 is 3.
int MonthsTouched(const std::string& from, const std::string& to);
// The first day of the apprentice-year (of an apprenticeship begun on `began`) that holds `day`:
// began 2025-09-01, day 2026-10-10 gives 2026-09-01 (the second year).
std::string ApprenticeYearStart(const std::string& began, const std::string& day);

}  // namespace sunshine::subsidy
