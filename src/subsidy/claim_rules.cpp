#include "subsidy/claim_rules.hpp"

#include <algorithm>
#include <cstdio>

#include "core/text.hpp"
#include "core/time.hpp"

namespace sunshine::subsidy {
namespace {
bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && LeapYear(year) ? 29 : kDays[month - 1];
}

// `from` plus whole calendar months, the day clamped to the month's end (2026-01-31 + 1 month
// is 2026-02-28).
std::string AddMonths(const std::string& from, int months) {
  int year = std::stoi(from.substr(0, 4)), month = std::stoi(from.substr(5, 2));
  const int day = std::stoi(from.substr(8, 2));
  month += months;
  year += (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, std::min(day, DaysIn(year, month)));
  return out;
}

// The earlier certificate subsidies that bar this line: the same occupation and level, or a
// higher level of the same occupation (a smaller level number), and how many fall in the limit's
// window. 以工代训 months are another fund and do not count; an earlier apprentice-year counts
// towards the limit but does not bar the next apprentice-year of the same trade.
void JudgePrior(const LineFacts& line, const ClassFacts& klass, const std::string& claimed_on,
                const ClaimPolicy& policy, std::vector<Reason>& reasons) {
  int in_window = 0;
  std::string same_source, higher_source;
  for (const auto& p : line.prior) {
    if (p.basis == Basis::kPersonMonth) continue;
    if (policy.window == LimitWindow::kLifetime || p.on.substr(0, 4) == claimed_on.substr(0, 4)) ++in_window;
    if (p.occupation_id != klass.occupation_id) continue;
    if (klass.basis == Basis::kApprenticeYear && p.basis == Basis::kApprenticeYear) continue;
    if (p.level == klass.level) {
      if (same_source.empty()) same_source = p.source;
    } else if (p.level && klass.level && *p.level < *klass.level) {
      if (higher_source.empty()) higher_source = p.source;
    }
  }
  if (!same_source.empty()) reasons.push_back({"already_subsidised_same_level", same_source});
  if (!higher_source.empty()) reasons.push_back({"lower_level_after_higher", higher_source});
  if (in_window >= policy.per_person_limit) {
    reasons.push_back({"per_person_limit", std::to_string(in_window) + "/" + std::to_string(policy.per_person_limit)});
  }
}

void JudgeCertificate(const LineFacts& line, const ClassFacts& klass, SubsidyKind kind, const std::string& claimed_on,
                      const ClaimPolicy& policy, std::vector<Reason>& reasons) {
  if (!line.certificate) {
    reasons.push_back({"no_certificate", ""});
    return;
  }
  const auto& c = *line.certificate;
  if (c.status != "valid") reasons.push_back({"certificate_revoked", c.number});
  if (c.occupation_id != klass.occupation_id || c.level != klass.level) {
    reasons.push_back({"certificate_not_for_class", c.number});
  }
  if (kind == SubsidyKind::kAssessment && c.type == "training_completion") {
    reasons.push_back({"certificate_type_not_eligible", c.type});
  }
  if (!WithinMonths(c.issued_on, policy.claim_window_months, claimed_on)) {
    reasons.push_back({"claim_window_passed", c.issued_on});
  }
}

// An enterprise claims only for its own employees, and an apprenticeship only for its apprentices.
void JudgeEmployment(const LineFacts& line, const ClassFacts& klass, std::vector<Reason>& reasons) {
  if (!line.employer_claims) return;
  if (!line.employment) {
    reasons.push_back({"not_employed_by_claimant", klass.start_date});
  } else if (klass.basis == Basis::kApprenticeYear && line.employment->kind != "apprentice") {
    reasons.push_back({"not_apprentice_of_claimant", line.employment->kind});
  }
}
}  // namespace

std::optional<ClaimantKind> ParseClaimantKind(std::string_view scope_code) {
  const auto colon = scope_code.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const auto kind = scope_code.substr(0, colon);
  if (kind == "institution") return ClaimantKind::kInstitution;
  if (kind == "enterprise") return ClaimantKind::kEnterprise;
  if (kind == "trainee") return ClaimantKind::kTrainee;
  return std::nullopt;
}

Basis BasisOf(std::string_view training_type) {
  if (training_type == "apprenticeship") return Basis::kApprenticeYear;
  if (training_type == "work_in_lieu") return Basis::kPersonMonth;
  return Basis::kPerson;
}

std::string_view BasisName(Basis basis) {
  switch (basis) {
    case Basis::kApprenticeYear: return "apprentice_year";
    case Basis::kPersonMonth: return "person_month";
    case Basis::kPerson: break;
  }
  return "person";
}

std::optional<Basis> ParseBasis(std::string_view text) {
  for (const auto basis : {Basis::kPerson, Basis::kApprenticeYear, Basis::kPersonMonth}) {
    if (BasisName(basis) == text) return basis;
  }
  return std::nullopt;
}

bool MayClaim(ClaimantKind claimant, std::string_view training_type) {
  static constexpr std::string_view kEnterpriseTypes[] = {"pre_job", "skill_upgrade", "job_transfer", "apprenticeship",
                                                          "work_in_lieu"};
  const bool enterprise_type = std::find(std::begin(kEnterpriseTypes), std::end(kEnterpriseTypes), training_type) !=
                               std::end(kEnterpriseTypes);
  if (claimant == ClaimantKind::kEnterprise) return enterprise_type;
  return BasisOf(training_type) == Basis::kPerson;
}

int MonthsTouched(const std::string& from, const std::string& to) {
  if (!core::IsDate(from) || !core::IsDate(to) || to < from) return 0;
  return (std::stoi(to.substr(0, 4)) - std::stoi(from.substr(0, 4))) * 12 + std::stoi(to.substr(5, 2)) -
         std::stoi(from.substr(5, 2)) + 1;
}

std::string ApprenticeYearStart(const std::string& began, const std::string& day) {
  if (!core::IsDate(began) || !core::IsDate(day) || day < began) return began;
  int years = std::stoi(day.substr(0, 4)) - std::stoi(began.substr(0, 4));
  while (years > 0 && AddMonths(began, 12 * years) > day) --years;
  return AddMonths(began, 12 * years);
}

std::optional<SubsidyKind> ParseSubsidyKind(std::string_view text) {
  if (text == "training") return SubsidyKind::kTraining;
  if (text == "assessment") return SubsidyKind::kAssessment;
  return std::nullopt;
}

std::string_view SubsidyKindName(SubsidyKind kind) {
  return kind == SubsidyKind::kTraining ? "training" : "assessment";
}

std::optional<LimitWindow> ParseLimitWindow(std::string_view text) {
  if (text == "calendar_year") return LimitWindow::kCalendarYear;
  if (text == "lifetime") return LimitWindow::kLifetime;
  return std::nullopt;
}

bool WithinMonths(const std::string& from, int months, const std::string& date) {
  if (!core::IsDate(from) || !core::IsDate(date)) return false;
  if (date < from) return false;
  return date <= AddMonths(from, months);
}

LineJudgement JudgeLine(const LineFacts& line, const ClassFacts& klass, SubsidyKind kind, const std::string& claimed_on,
                        const ClaimPolicy& policy) {
  LineJudgement out;
  auto& reasons = out.reasons;
  if (!line.on_roster_before_start) reasons.push_back({"not_on_roster_before_start", ""});
  if (line.withdrawn) reasons.push_back({"withdrawn", ""});
  if (!line.authorised) reasons.push_back({"not_authorised", ""});
  if (core::IsDate(line.birth_date) && core::AgeOn(line.birth_date, klass.start_date) < policy.min_age) {
    reasons.push_back({"under_age", std::to_string(core::AgeOn(line.birth_date, klass.start_date))});
  }
  const std::int64_t rate_1e4 = klass.planned_minutes > 0 ? line.counted_minutes * 10000 / klass.planned_minutes : 0;
  if (rate_1e4 < policy.hours_threshold_1e4) {
    reasons.push_back({"hours_below_threshold",
                       core::PercentOf1e4(rate_1e4) + " < " + core::PercentOf1e4(policy.hours_threshold_1e4)});
  }
  JudgeEmployment(line, klass, reasons);
  switch (klass.basis) {
    case Basis::kPerson:
      JudgeCertificate(line, klass, kind, claimed_on, policy, reasons);
      JudgePrior(line, klass, claimed_on, policy, reasons);
      break;
    case Basis::kApprenticeYear: {
      JudgeCertificate(line, klass, kind, claimed_on, policy, reasons);
      JudgePrior(line, klass, claimed_on, policy, reasons);
      if (line.employment) out.period = ApprenticeYearStart(line.employment->start_date, klass.start_date);
      for (const auto& p : line.prior) {
        if (p.basis == Basis::kApprenticeYear && !out.period.empty() && p.period == out.period) {
          reasons.push_back({"apprentice_year_claimed", p.source});
          break;
        }
      }
      break;
    }
    case Basis::kPersonMonth: {
      int used = 0;
      for (const auto& p : line.prior) used += p.basis == Basis::kPersonMonth ? p.units : 0;
      const int left = std::max(0, policy.work_in_lieu_max_months - used);
      out.units = std::min(MonthsTouched(klass.start_date, klass.end_date), left);
      out.period = klass.start_date.substr(0, 7);
      if (left == 0) {
        reasons.push_back({"work_in_lieu_months_used",
                           std::to_string(used) + "/" + std::to_string(policy.work_in_lieu_max_months)});
      }
      break;
    }
  }
  out.paid = reasons.empty();
  out.amount_fen = out.paid ? klass.standard_fen * out.units : 0;
  return out;
}

}  // namespace sunshine::subsidy
