#include "risk/claim_rules.hpp"

#include <cmath>
#include <algorithm>
#include <map>
#include <set>

#include "risk/rule_kit.hpp"
#include "subsidy/claim_rules.hpp"
#include "training/calendar.hpp"

namespace sunshine::risk {

bool NotTrained(const std::string& reason) {
  static const std::set<std::string, std::less<>> kNotTrained = {
      "hours_below_threshold", "no_certificate",     "certificate_not_for_class", "certificate_revoked",
      "not_on_roster_before_start", "withdrawn"};
  return kNotTrained.contains(reason);
}

std::vector<Finding> ClaimLinesNotCounted(const std::vector<ClaimLine>& rows, const RuleInfo& rule) {
  const auto min_lines = kit::Whole(rule, "min_lines");
  const double min_share = rule.Value("min_unpaid_share");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const ClaimLine& r) { return r.claim_id; },
      [&](auto begin, auto end) {
        if (begin->lines < min_lines || begin->lines <= 0) return;
        int untrained = 0;
        std::vector<std::int64_t> people;
        boost::json::object reasons;  // how many of those lines each such reason left out
        for (auto k = begin; k != end; ++k) {
          if (!k->trainee_id || std::none_of(k->reasons.begin(), k->reasons.end(), NotTrained)) continue;
          ++untrained;
          kit::AddCapped(people, *k->trainee_id);
          for (const auto& reason : k->reasons) {
            if (NotTrained(reason)) reasons[reason] = reasons[reason].is_int64() ? reasons[reason].as_int64() + 1 : 1;
          }
        }
        const double share = static_cast<double>(untrained) / begin->lines;
        if (share < min_share) return;
        auto f = kit::Start(rule, begin->claim_id, begin->place, 50 + static_cast<int>(std::lround(50 * share)));
        f.statistic = kit::Format("申领 %d 人，其中 %d 人学时不足、无证书或未按时入班（%.0f%%）", begin->lines, untrained,
                                  share * 100);
        f.threshold = kit::Format("此类人员 ≥ %.0f%%（≥ %ld 人的申领）", min_share * 100, min_lines);
        f.evidence = {{"claim_ids", boost::json::array{begin->claim_id}},
                      {"class_ids", boost::json::array{begin->place.class_id}},
                      {"trainee_ids", kit::Ids(people)},
                      {"reasons", std::move(reasons)},
                      {"status", begin->status}};
        f.fingerprint = rule.id + ":claim:" + std::to_string(begin->claim_id);
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> ClaimsAtPersonLimit(const std::vector<ClaimPersonCount>& rows, const RuleInfo& rule) {
  const int limit = static_cast<int>(kit::Whole(rule, "limit"));
  const auto min_lines = kit::Whole(rule, "min_lines");
  const auto min_people = kit::Whole(rule, "min_people");
  const double min_share = rule.Value("min_share");
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const ClaimPersonCount& r) { return r.claim_id; },
      [&](auto begin, auto end) {
        if (begin->lines < min_lines || begin->lines <= 0) return;
        std::vector<std::int64_t> people;
        long at_limit = 0;
        for (auto k = begin; k != end; ++k) {
          if (k->earlier + 1 < limit) continue;
          ++at_limit;
          kit::AddCapped(people, k->trainee_id);
        }
        const double share = static_cast<double>(at_limit) / begin->lines;
        if (at_limit < min_people || share < min_share) return;
        const double above = min_share < 1 ? (share - min_share) / (1 - min_share) : 1;
        auto f = kit::Start(rule, begin->claim_id, begin->place, 50 + static_cast<int>(std::lround(50 * above)));
        f.statistic = kit::Format("申领 %d 人，其中 %ld 人因本次达到年度补贴次数上限（%.0f%%）", begin->lines, at_limit,
                                  share * 100);
        f.threshold = kit::Format("≥ %ld 人且 ≥ %.0f%%（每人每年 %d 次）", min_people, min_share * 100, limit);
        f.evidence = {{"claim_ids", boost::json::array{begin->claim_id}},
                      {"class_ids", boost::json::array{begin->place.class_id}},
                      {"trainee_ids", kit::Ids(people)}};
        f.fingerprint = rule.id + ":claim:" + std::to_string(begin->claim_id);
        out.push_back(std::move(f));
      });
  return out;
}

std::vector<Finding> ClaimsNearDeadline(const std::vector<ClaimCertificate>& rows, const RuleInfo& rule) {
  const int window = static_cast<int>(kit::Whole(rule, "window_months"));
  const int margin = static_cast<int>(kit::Whole(rule, "margin_days"));
  const auto min_claims = kit::Whole(rule, "min_claims");
  const double min_share = rule.Value("min_share");
  // Claimed within the window, but it would have closed within the margin.
  const auto near = [&](const ClaimCertificate& r) {
    return subsidy::WithinMonths(r.issued_on, window, r.claimed_on) &&
           !subsidy::WithinMonths(r.issued_on, window, training::AddDays(r.claimed_on, margin));
  };
  std::vector<Finding> out;
  kit::ForEachRun(
      rows, [](const ClaimCertificate& r) { return r.place.institution_id; },
      [&](auto begin, auto end) {
        int claims = 0;
        std::vector<std::int64_t> late, classes;
        std::string earliest_issue;
        kit::ForEachRun(
            begin, end, [](const ClaimCertificate& r) { return r.claim_id; },
            [&](auto first, auto last) {
              ++claims;
              const auto lines = std::distance(first, last);
              const auto near_lines = std::count_if(first, last, near);
              if (near_lines * 2 < lines) return;
              kit::AddCapped(late, first->claim_id);
              if (std::find(classes.begin(), classes.end(), first->place.class_id) == classes.end()) {
                kit::AddCapped(classes, first->place.class_id);
              }
              for (auto k = first; k != last; ++k) {
                if (earliest_issue.empty() || k->issued_on < earliest_issue) earliest_issue = k->issued_on;
              }
            });
        const auto n = static_cast<long>(late.size());
        const double share = claims > 0 ? static_cast<double>(n) / claims : 0;
        if (n < min_claims || n == 0 || share < min_share) return;
        const Place place{0, begin->place.institution_id, begin->place.region_code};
        const double above = min_share < 1 ? (share - min_share) / (1 - min_share) : 1;
        auto f = kit::Start(rule, place.institution_id, place, 50 + static_cast<int>(std::lround(50 * above)));
        f.statistic = kit::Format("%d 次申领中 %ld 次在证书申领期限截止前 %d 天内提出（%.0f%%）", claims, n, margin,
                                  share * 100);
        f.threshold = kit::Format("≥ %ld 次且 ≥ %.0f%%（期限 %d 个月）", min_claims, min_share * 100, window);
        f.evidence = {{"claim_ids", kit::Ids(late)},
                      {"class_ids", kit::Ids(classes)},
                      {"institution_ids", boost::json::array{place.institution_id}},
                      {"earliest_issue", earliest_issue}};
        f.fingerprint = rule.id + ":institution:" + std::to_string(place.institution_id);
        out.push_back(std::move(f));
      });
  return out;
}

}  // namespace sunshine::risk
