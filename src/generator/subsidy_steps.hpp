#pragma once
// Subsidy funds in a generated province (issue 14 item 9), through the services on the simulated
// clock as they would run. Each institution sets its bank account; a finished, assessed class is
// claimed by its institution for everyone on its roster days after the certificates; the county
// and then the city approve within their working days; every Monday each city publishes its
// approved claims, members of the public object now and then and the city answers on
// Wednesday; every Thursday the city turns payable notices into payment batches (the province
// budgets and allocates when the city's money runs short), which the treasury pays on Friday. The showcase school's classes (the demo) are left to the demo's own accounts.
//
// Planted, in the manifest: a claim for a class never assessed (no certificates); a person
// enrolled after the start (whom the claim may not name); a claim left unreviewed past its county's
// working days; an objection upheld (the line withheld, never paid); a paid line recovered
// after a finding; a stored line whose amount was raised after payment (claims verify names it).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "core/clock.hpp"
#include "generator/manifest.hpp"
#include "generator/province.hpp"
#include "generator/training_plan.hpp"

namespace sunshine::generator {

struct SubsidyFigures {
  int accounts = 0, claims = 0, lines = 0, payable_lines = 0, approved = 0, rejected = 0, notices = 0,
      objections = 0, upheld = 0, payments = 0, paid_batches = 0, recoveries = 0;
  int employer_claims = 0;  // apprenticeship classes claimed by the employer
  int audits = 0, audits_with_issues = 0;
  long long claimed_fen = 0, paid_fen = 0, budget_fen = 0, allocated_fen = 0;
};

class Disburser {
 public:
  Disburser(app::App& app, const RegistryFigures& reg, std::uint64_t seed, double anomaly_share);

  // Sets every institution's account (not the showcase's: its user does), budgets the year,
  // and chooses what the plan's claims will carry. `never_assessed`: the plan's classes the
  // assessor leaves unassessed.
  void Prepare(const TrainingPlan& plan, const std::set<std::size_t>& never_assessed);

  // When class `k` is claimed and reviewed, given when its results were entered (or, for a
  // class never assessed, when it ended); nullopt when it is not claimed.
  struct Timing {
    core::EpochMillis late_enrol_at = 0;  // 0: no one enrolled late
    core::EpochMillis claim_at = 0, county_at = 0, city_at = 0;
    bool reviewed = true;  // false: left past its county's working days (planted)
  };
  std::optional<Timing> TimingOf(std::size_t k, core::EpochMillis results_at) const;

  void EnrolLate(std::size_t k, std::int64_t class_id);
  void Claim(std::size_t k, std::int64_t class_id);
  void CountyReview(std::size_t k);
  void CityReview(std::size_t k);

  // The cities that train, and their weekly steps.
  std::vector<std::string> Cities() const;
  void Publish(const std::string& city);
  void Answer(const std::string& city);
  void Fund(const std::string& city);  // payable notices into payment batches
  void Pay(const std::string& city);   // the batches made this week, paid by the treasury
  // Every four weeks the city draws a random audit of the claims of the four weeks before
  // `monday` and assigns it to the city's accounting firm, which concludes it in the week.
  void DrawAudits(const std::string& city, const std::string& monday);
  void WorkAudits(const std::string& city);

  const SubsidyFigures& figures() const { return figures_; }
  std::vector<Anomaly> Anomalies() const;
  // The claim made for class `k` of the plan, when one was.
  std::optional<std::int64_t> ClaimOf(std::size_t k) const {
    const auto it = claims_.find(k);
    return it == claims_.end() ? std::nullopt : std::optional<std::int64_t>(it->second.id);
  }

 private:
  struct Claimed {
    std::int64_t id = 0, class_id = 0;
    std::string county;
    bool payable = false;
  };
  // The enterprise that employed most of a class's roster on its first day, as an actor, with
  // its account made on its first claim; none when nobody was employed.
  std::optional<core::Actor> EmployerOf(std::int64_t class_id);
  void TopUp(const std::string& city, std::int64_t amount_fen);
  void Paid(const std::string& city, std::int64_t payment_id);

  app::App& app_;
  const RegistryFigures& reg_;
  std::uint64_t seed_;
  double share_;
  const TrainingPlan* plan_ = nullptr;
  std::set<std::size_t> never_assessed_, late_, unreviewed_;
  std::map<std::size_t, Claimed> claims_;              // by class in the plan
  std::set<std::int64_t> enterprise_accounts_;          // enterprises given an account
  std::map<std::string, std::string> auditor_of_;       // by city: its accounting firm ("auditor:7")
  std::map<std::string, std::vector<std::int64_t>> open_audits_;  // by city: drawn and assigned
  int to_find_ = 0;                                     // audits still to conclude with a finding
  std::vector<std::int64_t> finding_audits_, finding_claims_;
  std::map<std::size_t, std::int64_t> late_trainees_;  // by class: who was enrolled after the start
  std::map<std::string, std::vector<std::int64_t>> open_notices_;  // by city: published, not yet paid out
  std::map<std::string, std::vector<std::int64_t>> committed_;     // by city: batches not yet paid
  std::set<std::int64_t> to_uphold_;                               // objections the city will uphold
  int budgets_ = 0, allocations_ = 0, objections_planted_ = 0, recoveries_planted_ = 0, tampered_planted_ = 0;
  int to_uphold_count_ = 0, to_recover_ = 0, to_tamper_ = 0;
  std::vector<std::int64_t> no_certificate_claims_, no_certificate_classes_, late_claims_, late_classes_, late_trainee_ids_,
      unreviewed_claims_, upheld_objections_, upheld_claims_, upheld_trainees_, recovery_ids_, recovered_claims_,
      tampered_claims_, tampered_trainees_;
  SubsidyFigures figures_;
};

}  // namespace sunshine::generator
