#include "risk/assessment_rules.hpp"

#include <map>
#include <set>

#include "risk/rule_kit.hpp"

namespace sunshine::risk {
namespace {
using kit::Ids;

// A sitting's finding: the sitting is the subject, its region and organiser the place.
Finding SittingFinding(const RuleInfo& rule, std::int64_t sitting, const Place& place, int score) {
  auto f = kit::Start(rule, sitting, place, score);
  f.fingerprint = rule.id + ":sitting:" + std::to_string(sitting);
  return f;
}

template <typename Row>
std::int64_t SittingOf(const Row& r) {
  return r.sitting_id;
}
}  // namespace

std::vector<Finding> IdenticalScores(const std::vector<CandidateResult>& rows, const RuleInfo& rule) {
  const auto min_candidates = kit::Whole(rule, "min_candidates");
  const double min_share = rule.Value("min_share");
  std::vector<Finding> out;
  kit::ForEachRun(rows, SittingOf<CandidateResult>, [&](auto begin, auto end) {
    std::map<std::pair<int, int>, int> marks;
    int scored = 0, most = 0;
    std::pair<int, int> modal;
    std::set<std::int64_t> people, classes;
    for (auto k = begin; k != end; ++k) {
      if (k->absent || !k->theory) continue;
      ++scored;
      const std::pair<int, int> pair{*k->theory, k->practical.value_or(-1)};
      if (++marks[pair] > most) most = marks[pair], modal = pair;
      people.insert(k->trainee_id);
      if (k->place.class_id) classes.insert(k->place.class_id);
    }
    if (scored < min_candidates || static_cast<double>(most) / scored < min_share) return;
    auto f = SittingFinding(rule, begin->sitting_id, begin->place, 60 + 2 * most);
    f.statistic = modal.second >= 0
                      ? kit::Format("%d 名考生中 %d 名成绩完全相同（理论 %d，实操 %d）", scored, most, modal.first, modal.second)
                      : kit::Format("%d 名考生中 %d 名成绩完全相同（%d 分）", scored, most, modal.first);
    f.threshold = kit::Format("≥ %ld 名考生且相同者 ≥ %.0f%%", min_candidates, min_share * 100);
    f.evidence = {{"sitting_ids", boost::json::array{begin->sitting_id}}, {"trainee_ids", Ids(people)},
                  {"class_ids", Ids(classes)}};
    out.push_back(std::move(f));
  });
  return out;
}

std::vector<Finding> PerfectPassLargeSitting(const std::vector<CandidateResult>& rows, const RuleInfo& rule) {
  const auto min_candidates = kit::Whole(rule, "min_candidates");
  const double min_mean = rule.Value("min_mean_score");
  std::vector<Finding> out;
  kit::ForEachRun(rows, SittingOf<CandidateResult>, [&](auto begin, auto end) {
    const auto n = static_cast<int>(end - begin);
    if (n < min_candidates) return;
    double sum = 0;
    int marks = 0;
    std::set<std::int64_t> people, classes;
    for (auto k = begin; k != end; ++k) {
      if (k->absent || !k->passed) return;
      for (const auto& mark : {k->theory, k->practical}) {
        if (mark) sum += *mark, ++marks;
      }
      people.insert(k->trainee_id);
      if (k->place.class_id) classes.insert(k->place.class_id);
    }
    const double mean = marks ? sum / marks : 0;
    if (mean < min_mean) return;
    auto f = SittingFinding(rule, begin->sitting_id, begin->place, 50 + n);
    f.statistic = kit::Format("%d 名考生全部到考并通过，平均 %.1f 分", n, mean);
    f.threshold = kit::Format("≥ %ld 名考生全部通过且平均 ≥ %.0f 分", min_candidates, min_mean);
    f.evidence = {{"sitting_ids", boost::json::array{begin->sitting_id}}, {"trainee_ids", Ids(people)},
                  {"class_ids", Ids(classes)}};
    out.push_back(std::move(f));
  });
  return out;
}

std::vector<Finding> ExaminerTaughtClass(const std::vector<ExaminerTeacher>& rows, const RuleInfo& rule) {
  std::vector<Finding> out;
  kit::ForEachRun(rows, SittingOf<ExaminerTeacher>, [&](auto begin, auto end) {
    std::set<std::int64_t> examiners, teachers, classes;
    for (auto k = begin; k != end; ++k) {
      examiners.insert(k->examiner_id);
      teachers.insert(k->teacher_id);
      classes.insert(k->place.class_id);
    }
    auto f = SittingFinding(rule, begin->sitting_id, begin->place, 70 + 10 * static_cast<int>(examiners.size() - 1));
    f.statistic = kit::Format("%zu 名考评员是所考班级的授课教师", examiners.size());
    f.threshold = "考评员不得为本班教师";
    f.evidence = {{"sitting_ids", boost::json::array{begin->sitting_id}}, {"examiner_ids", Ids(examiners)},
                  {"teacher_ids", Ids(teachers)}, {"class_ids", Ids(classes)}};
    out.push_back(std::move(f));
  });
  return out;
}

std::vector<Finding> ScoredWithoutCheckin(const std::vector<UncheckedCandidate>& rows, const RuleInfo& rule) {
  const auto min_people = kit::Whole(rule, "min_people");
  std::vector<Finding> out;
  kit::ForEachRun(rows, SittingOf<UncheckedCandidate>, [&](auto begin, auto end) {
    std::set<std::int64_t> people, classes;
    for (auto k = begin; k != end; ++k) {
      people.insert(k->trainee_id);
      if (k->place.class_id) classes.insert(k->place.class_id);
    }
    const auto n = static_cast<int>(people.size());
    if (n < min_people) return;
    auto f = SittingFinding(rule, begin->sitting_id, begin->place, 60 + 10 * n);
    f.statistic = kit::Format("%d 名考生有成绩但考点终端未见其签到", n);
    f.threshold = kit::Format("≥ %ld 人", min_people);
    f.evidence = {{"sitting_ids", boost::json::array{begin->sitting_id}}, {"trainee_ids", Ids(people)},
                  {"class_ids", Ids(classes)}};
    out.push_back(std::move(f));
  });
  return out;
}

std::vector<Finding> CertificateBelowAttendance(const std::vector<CertificateAttendance>& rows, const RuleInfo& rule) {
  const auto min_rate = static_cast<int>(rule.Value("min_attendance") * 10000);
  std::vector<Finding> out;
  kit::ForEachRun(rows, SittingOf<CertificateAttendance>, [&](auto begin, auto end) {
    std::set<std::int64_t> people, classes, certificates;
    const CertificateAttendance* first = nullptr;
    int lowest = 10000;
    for (auto k = begin; k != end; ++k) {
      if (k->rate_1e4 >= min_rate) continue;
      if (!first) first = &*k;
      people.insert(k->trainee_id);
      classes.insert(k->place.class_id);
      certificates.insert(k->certificate_id);
      lowest = std::min(lowest, k->rate_1e4);
    }
    if (!first) return;
    const auto n = static_cast<int>(people.size());
    auto f = SittingFinding(rule, first->sitting_id, first->place, 65 + 10 * n);
    f.statistic = kit::Format("%d 人出勤不足仍获证书（最低出勤 %.1f%%）", n, lowest / 100.0);
    f.threshold = kit::Format("出勤 ≥ %.0f%%", min_rate / 100.0);
    f.evidence = {{"sitting_ids", boost::json::array{begin->sitting_id}}, {"trainee_ids", Ids(people)},
                  {"class_ids", Ids(classes)}, {"certificate_ids", Ids(certificates)}};
    out.push_back(std::move(f));
  });
  return out;
}

}  // namespace sunshine::risk
