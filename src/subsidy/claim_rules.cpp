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

// The earlier subsidies that bar this line: the same occupation and level, or a higher level of
// the same occupation (a smaller level number), and how many fall in the limit's window.
void JudgePrior(const LineFacts& line, const ClassFacts& klass, const std::string& claimed_on,
                const ClaimPolicy& policy, std::vector<Reason>& reasons) {
  int in_window = 0;
  std::string same_source, higher_source;
  for (const auto& p : line.prior) {
    if (policy.window == LimitWindow::kLifetime || p.on.substr(0, 4) == claimed_on.substr(0, 4)) ++in_window;
    if (p.occupation_id != klass.occupation_id) continue;
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
}  // namespace

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
  int year = std::stoi(from.substr(0, 4)), month = std::stoi(from.substr(5, 2));
  const int day = std::stoi(from.substr(8, 2));
  month += months;
  year += (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  char last[32];
  std::snprintf(last, sizeof last, "%04d-%02d-%02d", year, month, std::min(day, DaysIn(year, month)));
  return date <= std::string(last);
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
  JudgeCertificate(line, klass, kind, claimed_on, policy, reasons);
  JudgePrior(line, klass, claimed_on, policy, reasons);
  out.paid = reasons.empty();
  out.amount_fen = out.paid ? klass.standard_fen : 0;
  return out;
}

}  // namespace sunshine::subsidy
