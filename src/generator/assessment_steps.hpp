#pragma once
// Assessment in a generated province (issue 13 item 7). Each prefecture's evaluation body, filed
// for the occupation and level of every project, assesses the finished classes of its
// prefecture through the services on the simulated clock: a sitting planned days after a class
// ends (every eligible trainee a candidate) at the class's venue, the candidates who come checked
// in there by the venue's terminal, the results entered that evening, locked,
// and certificates issued to those who passed. The showcase school's classes (the demo) are left
// to the demo's own evaluation-body account.
//
// Planted, in the manifest: sittings whose scores are all identical; large sittings where every
// candidate passes; an examiner who taught the class and a candidate below the attendance
// threshold (both written around the rule, as a body's own records would be: the services
// refuse them); a candidate scored though the sitting's terminal never checked them in; and
// classes never assessed (应评未评).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "generator/manifest.hpp"
#include "generator/province.hpp"
#include "generator/sitting_events.hpp"
#include "generator/training_plan.hpp"

namespace sunshine::generator {

struct AssessmentFigures {
  int bodies = 0, filings = 0, sittings = 0, candidates = 0, sitting_checkins = 0, certificates = 0;
};

class Assessor {
 public:
  Assessor(app::App& app, const RegistryFigures& reg, const CatalogueFigures& cat, std::uint64_t seed,
           double anomaly_share);

  // Registers the bodies, files them from 1 January of `today`'s year to the end of the next,
  // and chooses what `plan`'s classes will carry.
  void Prepare(const TrainingPlan& plan, const std::string& today);
  // When class `k` of `plan` is assessed: the sitting planned at `plan_at`, its results at
  // `results_at`; nullopt when it is not (the showcase's classes, the planted 应评未评).
  struct Timing {
    std::int64_t plan_at = 0, checkins_at = 0, results_at = 0;
    std::string date;  // the sitting's day
  };
  std::optional<Timing> TimingOf(const TrainingPlan& plan, std::size_t k) const;
  // Plans class `k`'s sitting at `venue` (WGS-84), where the class was taught.
  void Plan(const ClassPlan& c, std::size_t k, std::int64_t class_id, const std::string& date, core::LatLon venue);
  // The check-ins of class `k`'s candidates who come, captured before the start near the venue
  // (none when the class has no sitting).
  std::vector<PlannedCapture> Captures(std::size_t k) const;
  void CountCheckins(int n) { figures_.sitting_checkins += n; }
  void Results(std::size_t k);

  const AssessmentFigures& figures() const { return figures_; }
  // The plan's classes left unassessed on purpose (应评未评).
  const std::set<std::size_t>& never_assessed() const { return never_; }
  // The planted kinds (with what was really planted) and the classes never assessed.
  std::vector<Anomaly> Anomalies(const std::vector<std::int64_t>& class_ids) const;

 private:
  struct Examiner {
    std::string name, id_number, certificate;
  };
  struct Body {
    std::int64_t id = 0;
    std::vector<Examiner> examiners;
  };
  struct Sitting {
    std::int64_t id = 0, class_id = 0, body = 0;
    std::vector<std::int64_t> candidates;
    std::optional<std::int64_t> below_threshold;  // the planted candidate, if any
    std::optional<std::int64_t> unchecked;        // planted: scored, never checked in
    std::set<std::int64_t> absent;                // candidates who do not come
    core::LatLon venue;
    std::string date;
    bool identical = false, full_pass = false;
  };

  app::App& app_;
  const RegistryFigures& reg_;
  const CatalogueFigures& cat_;
  std::uint64_t seed_;
  double share_ = 0;
  std::map<std::string, Body> bodies_;  // by prefecture (4 digits)
  std::map<std::size_t, Sitting> sittings_;
  std::set<std::size_t> never_;        // classes planted as never assessed
  int to_identical_ = 0, to_full_pass_ = 0, to_examiner_ = 0, to_below_ = 0, to_unchecked_ = 0;
  std::vector<std::int64_t> identical_, full_pass_, examiner_sittings_, examiner_classes_, below_sittings_,
      below_trainees_, unchecked_sittings_, unchecked_trainees_;
  AssessmentFigures figures_;
};

}  // namespace sunshine::generator
