#include "generator/assessment_steps.hpp"

#include <algorithm>
#include <cmath>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "db/queries/generator.hpp"
#include "generator/acting.hpp"
#include "generator/people.hpp"
#include "generator/random.hpp"
#include "registry/organisation_rules.hpp"
#include "registry/regions.hpp"
#include "training/calendar.hpp"

namespace sunshine::generator {
namespace {
constexpr int kExaminersPerBody = 6;
constexpr std::size_t kLargeSitting = 25;  // candidates from which a sitting counts as large [I]
constexpr double kAbsentShare = 0.03;      // candidates who do not come [I]

core::Actor BodyActor(std::int64_t id) {
  return GeneratorAs("evaluator", core::ScopeKind::kOrganisation, "evaluation_body:" + std::to_string(id));
}
core::Actor OfficerActor() { return GeneratorActor(); }

// A score out of 100 around `mean`: the sum of four uniforms, a bell as real marks have.
int Score(Random& r, int mean) {
  double sum = 0;
  for (int i = 0; i < 4; ++i) sum += r.Real();
  return std::clamp(static_cast<int>(std::lround(mean + (sum - 2.0) * 17)), 0, 100);
}
}  // namespace

Assessor::Assessor(app::App& app, const RegistryFigures& reg, const CatalogueFigures& cat, std::uint64_t seed,
                   double anomaly_share)
    : app_(app), reg_(reg), cat_(cat), seed_(seed) {
  // The share applies per kind to the classes assessed; set in Prepare once the plan is known.
  share_ = anomaly_share;
}

void Assessor::Prepare(const TrainingPlan& plan, const std::string& today) {
  Random r = Random(seed_).Fork("assessment");
  const auto showcase = reg_.showcase;
  std::vector<std::size_t> eligible;
  for (std::size_t k = 0; k < plan.classes.size(); ++k) {
    if (!showcase || plan.classes[k].institution != *showcase) eligible.push_back(k);
  }
  const int n = static_cast<int>(eligible.size());
  for (int i = 0, never = PlantedCount(n, share_); i < never && !eligible.empty(); ++i) {
    const auto at = static_cast<std::size_t>(r.Uniform(0, static_cast<std::int64_t>(eligible.size()) - 1));
    never_.insert(eligible[at]);
    eligible.erase(eligible.begin() + static_cast<std::ptrdiff_t>(at));
  }
  to_identical_ = to_full_pass_ = to_examiner_ = to_below_ = to_unchecked_ = PlantedCount(n, share_);

  // One body per prefecture that trains, in the county of its first institution, filed for every
  // occupation and level the catalogue trains.
  const std::string year = today.substr(0, 4), next = std::to_string(std::stoi(year) + 1);
  std::set<std::pair<std::int64_t, int>> trades;
  for (const auto& p : cat_.projects) trades.insert({p.occupation_id, p.level});
  const auto officer = OfficerActor();
  int serial = 0;
  for (const auto& inst : reg_.institution_list) {
    const std::string prefecture = inst.county.substr(0, 4);
    if (bodies_.contains(prefecture)) continue;
    std::string name = "职业技能鉴定中心";
    {
      db::Connection connection(app_.database());
      if (const auto region = registry::FindRegion(connection, prefecture + "00")) name = region->name + name;
    }
    char code[24];
    std::snprintf(code, sizeof code, "52%sMJ7%05d", inst.county.c_str(), ++serial);
    const auto body = Must(app_.organisations().Create(registry::KindOf("evaluation_body"), officer,
                                                       {name, core::CompleteCreditCode(code), "social_organisation",
                                                        inst.county, std::nullopt, std::nullopt, std::nullopt}),
                           "evaluation body " + name);
    Body b{body.id, {}};
    for (const auto& [occupation, level] : trades) {
      Must(app_.relations().File(officer, body.id, {occupation, level, year + "-01-01", next + "-12-31"}),
           "filing of " + name);
      ++figures_.filings;
    }
    Random people = Random(seed_).Fork("examiners:" + prefecture);
    while (static_cast<int>(b.examiners.size()) < kExaminersPerBody) {
      const auto sex = DrawSex(people, 0.4);
      const auto birth = BirthDate(people, today, 35, 58);
      const auto number = IdNumber(inst.county, birth, SequenceFor(people, sex));
      if (reg_.id_numbers.contains(number)) continue;
      b.examiners.push_back({PersonName(people, sex), number,
                             "KP" + prefecture + std::to_string(1000 + b.examiners.size())});
    }
    bodies_.emplace(prefecture, std::move(b));
    ++figures_.bodies;
  }
}

std::optional<Assessor::Timing> Assessor::TimingOf(const TrainingPlan& plan, std::size_t k) const {
  const auto& c = plan.classes[k];
  if (never_.contains(k) || (reg_.showcase && c.institution == *reg_.showcase)) return std::nullopt;
  Random r = Random(seed_).Fork("assessment:" + c.key);
  // Planned 1 to 7 days after the class ends, sat 3 to 12 days later at 09:00 (the terminal's
  // batch goes up a few minutes after), results that evening [I].
  const auto planned_on = training::AddDays(c.end, static_cast<int>(r.Uniform(1, 7)));
  const auto date = training::AddDays(planned_on, static_cast<int>(r.Uniform(3, 12)));
  return Timing{*core::AtShanghai(planned_on, "10:00") + r.Uniform(0, 300) * 60'000,
                *core::AtShanghai(date, "09:05") + r.Uniform(0, 10) * 60'000,
                *core::AtShanghai(date, "17:30") + r.Uniform(0, 60) * 60'000, date};
}

void Assessor::Plan(const ClassPlan& c, std::size_t k, std::int64_t class_id, const std::string& date,
                    core::LatLon venue) {
  const auto& inst = reg_.institution_list[c.institution];
  const auto& body = bodies_.at(inst.county.substr(0, 4));
  const auto actor = BodyActor(body.id);
  Random r = Random(seed_).Fork("sitting:" + c.key);
  assessment::SittingInput input;
  input.class_id = class_id;
  input.date = date;
  input.start = "09:00";
  input.end = "11:30";
  input.place = "鉴定考场（" + inst.county + "）";
  input.latitude = venue.lat;
  input.longitude = venue.lon;
  // Two examiners of the body who did not teach the class.
  for (std::size_t i = static_cast<std::size_t>(r.Uniform(0, kExaminersPerBody - 1)); input.examiners.size() < 2;
       i = (i + 1) % body.examiners.size()) {
    const auto& e = body.examiners[i];
    const bool taught = std::any_of(c.teachers.begin(), c.teachers.end(),
                                    [&](const training::TeacherInput& t) { return t.id_number == e.id_number; });
    if (!taught) input.examiners.push_back({e.name, e.id_number, e.certificate});
  }
  const auto view = Must(app_.sittings().ForClass(*actor.principal, class_id), "应评尽评 of " + c.key);
  if (view.unaccounted == 0) return;  // nobody reached the threshold: nothing to assess
  const auto detail = Must(app_.sittings().Plan(actor, input), "sitting of " + c.key);
  Sitting s;
  s.id = detail.sitting.id;
  s.class_id = class_id;
  s.body = body.id;
  s.venue = venue;
  s.date = date;
  for (const auto& candidate : detail.candidates) s.candidates.push_back(candidate.row.trainee_id);
  ++figures_.sittings;

  db::Connection connection(app_.database());
  if (to_below_ > 0) {
    const auto below = std::find_if(view.members.begin(), view.members.end(),
                                    [](const assessment::ClassMember& m) { return !m.withdrawn && !m.eligible; });
    if (below != view.members.end()) {
      long long sitting = s.id, trainee = below->trainee_id, klass = class_id;
      connection.sql() << connection.Text(db::queries::generator::kPlantCandidate), soci::use(sitting),
          soci::use(trainee), soci::use(klass);
      s.candidates.push_back(below->trainee_id);
      s.below_threshold = below->trainee_id;
      --to_below_;
    }
  }
  if (to_examiner_ > 0) {
    long long sitting = s.id, klass = class_id;
    int position = static_cast<int>(input.examiners.size());
    const std::string certificate = "KP-" + std::to_string(class_id);
    connection.sql() << connection.Text(db::queries::generator::kPlantExaminer), soci::use(sitting),
        soci::use(position), soci::use(certificate), soci::use(klass);
    examiner_sittings_.push_back(s.id);
    examiner_classes_.push_back(class_id);
    --to_examiner_;
  }
  if (s.candidates.size() >= kLargeSitting && to_full_pass_ > 0) {
    s.full_pass = true;
    --to_full_pass_;
  } else if (s.candidates.size() >= 3 && to_identical_ > 0 && !s.below_threshold) {
    s.identical = true;
    --to_identical_;
  }
  // Who does not come is known now: the terminal sees them not come, the results say absent.
  if (!s.identical && !s.full_pass) {
    Random who = Random(seed_).Fork("absent:" + std::to_string(s.id));
    for (const auto trainee : s.candidates) {
      if (trainee != s.below_threshold && who.Chance(kAbsentShare)) s.absent.insert(trainee);
    }
  }
  if (to_unchecked_ > 0 && s.candidates.size() >= 3) {
    const auto present = std::find_if(s.candidates.begin(), s.candidates.end(), [&](std::int64_t t) {
      return !s.absent.contains(t) && t != s.below_threshold;
    });
    if (present != s.candidates.end()) {
      s.unchecked = *present;
      --to_unchecked_;
    }
  }
  figures_.candidates += static_cast<int>(s.candidates.size());
  sittings_.emplace(k, std::move(s));
}

void Assessor::Results(std::size_t k) {
  const auto it = sittings_.find(k);
  if (it == sittings_.end()) return;
  const auto& s = it->second;
  Random r = Random(seed_).Fork("results:" + std::to_string(s.id));
  assessment::ResultsInput input;
  const int same_theory = static_cast<int>(r.Uniform(80, 95)), same_practical = static_cast<int>(r.Uniform(80, 95));
  for (const auto trainee : s.candidates) {
    assessment::ResultInput result{trainee, std::nullopt, std::nullopt, std::nullopt};
    if (s.identical) {
      result.theory = same_theory;
      result.practical = same_practical;
    } else if (s.full_pass || s.below_threshold == trainee) {
      result.theory = static_cast<int>(r.Uniform(70, 98));
      result.practical = static_cast<int>(r.Uniform(72, 98));
    } else if (s.absent.contains(trainee)) {
      result.absent = true;
    } else {
      result.theory = Score(r, 74);
      result.practical = Score(r, 77);
    }
    input.results.push_back(result);
  }
  const auto actor = BodyActor(s.body);
  Must(app_.sittings().EnterResults(actor, s.id, input), "results of sitting " + std::to_string(s.id));
  const auto locked = Must(app_.sittings().Lock(actor, s.id), "lock of sitting " + std::to_string(s.id));
  if (locked.passed > 0) {
    const auto numbers =
        Must(app_.certificates().IssueForSitting(actor, s.id), "certificates of sitting " + std::to_string(s.id));
    figures_.certificates += static_cast<int>(numbers.size());
  }
  // What the manifest names is in the data: the results of the planted sittings are in.
  if (s.identical) identical_.push_back(s.id);
  if (s.full_pass) full_pass_.push_back(s.id);
  if (s.below_threshold) {
    below_sittings_.push_back(s.id);
    below_trainees_.push_back(*s.below_threshold);
  }
  if (s.unchecked) {
    unchecked_sittings_.push_back(s.id);
    unchecked_trainees_.push_back(*s.unchecked);
  }
}

std::vector<PlannedCapture> Assessor::Captures(std::size_t k) const {
  const auto it = sittings_.find(k);
  if (it == sittings_.end()) return {};
  const auto& s = it->second;
  Random r = Random(seed_).Fork("sitting-checkins:" + std::to_string(s.id));
  const auto opens = *core::AtShanghai(s.date, "08:30");
  std::vector<PlannedCapture> out;
  for (const auto trainee : s.candidates) {
    if (s.absent.contains(trainee) || trainee == s.unchecked) continue;
    PlannedCapture p;
    auto& e = p.event;
    e.event_id = "sit-" + std::to_string(s.id) + "-" + std::to_string(trainee);
    e.sitting_id = s.id;
    e.trainee_id = trainee;
    e.captured_at = opens + r.Uniform(0, 28 * 60) * 1000;  // in the half hour before the start
    e.latitude = s.venue.lat + (r.Real() - 0.5) * 0.0006;    // within some 30 m of the venue's point
    e.longitude = s.venue.lon + (r.Real() - 0.5) * 0.0006;
    e.face_score = 0.86 + r.Real() * 0.13;
    e.liveness_score = 0.93 + r.Real() * 0.065;
    e.datum = "wgs84";
    p.photo = {"trainee:" + std::to_string(trainee), e.event_id};
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(),
            [](const PlannedCapture& a, const PlannedCapture& b) { return a.event.captured_at < b.event.captured_at; });
  return out;
}

std::vector<Anomaly> Assessor::Anomalies(const std::vector<std::int64_t>& class_ids) const {
  std::vector<Anomaly> out;
  auto add = [&](const char* kind, const char* description, std::map<std::string, std::vector<std::int64_t>> ids) {
    if (ids.begin()->second.empty()) return;
    out.push_back({kind, description, std::move(ids), {}});
  };
  add("identical_scores", "every candidate of a sitting has the same theory and practical scores",
      {{"sitting_ids", identical_}});
  add("perfect_pass_large_sitting", "every candidate of a large sitting (25 or more) passes, with high scores",
      {{"sitting_ids", full_pass_}});
  add("examiner_taught_class", "a teacher of the class is recorded as an examiner of its sitting",
      {{"sitting_ids", examiner_sittings_}, {"class_ids", examiner_classes_}});
  add("scored_without_checkin",
      "a candidate has scores (and may hold a certificate) though the sitting's terminal never checked them in",
      {{"sitting_ids", unchecked_sittings_}, {"trainee_ids", unchecked_trainees_}});
  add("certificate_below_attendance",
      "a trainee below the attendance threshold was a candidate, passed and holds a certificate",
      {{"sitting_ids", below_sittings_}, {"trainee_ids", below_trainees_}});
  std::vector<std::int64_t> never;
  for (const auto k : never_) {
    if (k < class_ids.size() && class_ids[k] != 0) never.push_back(class_ids[k]);
  }
  std::sort(never.begin(), never.end());
  add("not_assessed", "a finished class none of whose eligible trainees was assessed or given a reason (应评未评)",
      {{"class_ids", never}});
  return out;
}

}  // namespace sunshine::generator
