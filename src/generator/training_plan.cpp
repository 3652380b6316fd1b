#include "generator/training_plan.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "core/geo.hpp"
#include "generator/people.hpp"

namespace sunshine::generator {
namespace {
// Training types of filed classes (R-W2) [I]: most are employment skills, then upgrading.
struct Type {
  std::string_view id;
  double weight;
};
constexpr std::array<Type, 9> kTypes{{{"employment_skills", 45},
                                      {"skill_upgrade", 20},
                                      {"pre_job", 8},
                                      {"project_based", 9},
                                      {"entrepreneurship", 5},
                                      {"job_transfer", 4},
                                      {"park_order", 4},
                                      {"apprenticeship", 3},
                                      {"sector_programme", 2}}};
constexpr std::array<std::string_view, 3> kModes{"offline", "online", "mixed"};
constexpr std::array<double, 3> kModeWeights{93, 3, 4};  // [I]
constexpr std::array<std::string_view, 4> kTitles{"高级技师", "技师", "职业培训师（二级）", "高级讲师"};

// What a person is already booked for while the plan is made.
struct Booked {
  std::vector<std::pair<std::string, std::string>> ranges;  // start, end dates
  std::map<std::string, int> per_year;
  std::set<std::pair<std::int64_t, int>> levels;  // occupation, level
};

bool Overlaps(const std::vector<std::pair<std::string, std::string>>& ranges, const std::string& start,
              const std::string& end) {
  return std::any_of(ranges.begin(), ranges.end(), [&](const auto& r) { return !(r.second < start || end < r.first); });
}

struct Teacher {
  training::TeacherInput input;
  std::vector<std::pair<std::string, std::string>> ranges;
};

std::string OccupationOf(const GeneratedProject& project) { return project.name.substr(0, project.name.find("（")); }

class Planner {
 public:
  Planner(const Scale& scale, const RegistryFigures& registries, const CatalogueFigures& catalogue, std::uint64_t seed,
          const PlanOptions& options)
      : scale_(scale),
        reg_(registries),
        cat_(catalogue),
        root_(seed),
        options_(options),
        booked_(registries.people.size()),
        teachers_(registries.institution_list.size()),
        id_numbers_(registries.id_numbers) {
    for (std::size_t i = 0; i < reg_.people.size(); ++i) {
      if (!reg_.people[i].ghost) residents_[reg_.people[i].county].push_back(i), everyone_.push_back(i);
    }
  }

  TrainingPlan Plan() {
    DrawClasses();
    PlantPairs();
    PlantSurges();
    PlantRecycling();
    std::stable_sort(plan_.classes.begin(), plan_.classes.end(),
                     [](const ClassPlan& a, const ClassPlan& b) { return a.start < b.start; });
    // Pairs name classes by position: fill rosters in start order, then keep pairs pointing right.
    for (auto& c : plan_.classes) FillRoster(c);
    PlacePairedPeople();
    PlaceGhosts();
    DropEmptyClasses();
    PlantSittings();
    std::stable_sort(plan_.classes.begin(), plan_.classes.end(),
                     [](const ClassPlan& a, const ClassPlan& b) { return a.filed_on < b.filed_on; });
    // Re-point the pairs after the final ordering.
    for (auto& pair : plan_.pairs) {
      pair.morning = IndexOf(pair_keys_[&pair - plan_.pairs.data()].first);
      pair.afternoon = IndexOf(pair_keys_[&pair - plan_.pairs.data()].second);
    }
    return std::move(plan_);
  }

 private:
  std::string FirstStart() const { return training::AddDays(options_.from, 28); }

  ClassPlan Draw(Random& r, std::string key, std::size_t institution, int serial,
                 std::optional<DayPattern> pattern = {}, std::optional<std::string> start = {},
                 std::optional<std::size_t> project_chosen = {}) {
    const auto& inst = reg_.institution_list[institution];
    const auto& permitted = cat_.permitted[institution];
    std::vector<double> weights;
    for (const auto k : permitted) weights.push_back(cat_.projects[k].popularity);
    ClassPlan c;
    c.key = std::move(key);
    c.institution = institution;
    c.project = permitted[r.Weighted(weights)];
    if (project_chosen) c.project = *project_chosen;
    c.mode = std::string(kModes[r.Weighted(kModeWeights)]);
    if (pattern) c.mode = "offline";
    if (c.mode != "online") c.venue = static_cast<std::size_t>(r.Uniform(0, static_cast<int>(inst.venues.size()) - 1));
    std::array<double, kTypes.size()> type_weights{};
    for (std::size_t i = 0; i < kTypes.size(); ++i) type_weights[i] = kTypes[i].weight;
    c.training_type = std::string(kTypes[r.Weighted(type_weights)].id);
    c.pattern = pattern.value_or(DrawPattern(r));
    const auto& calendar = options_.policy.calendar;
    c.start = FirstTeachingDay(
        c.pattern, start.value_or(DrawStartDate(r, FirstStart(), training::AddDays(options_.to, 20))), calendar);
    const auto& project = cat_.projects[c.project];
    const int teachers = project.standard_hours >= 80 ? 2 : 1;
    c.sessions = PlanSessions(c.pattern, c.start, project.standard_hours, teachers, calendar);
    c.end = c.sessions.back().date;
    c.filed_on = DrawFilingDay(r, c.start, options_.policy.min_notice_working_days, calendar);
    c.approved_on = DrawApprovalDay(r, c.filed_on, c.start, calendar);
    c.name = OccupationOf(project) + "培训班（" + c.start.substr(0, 4) + "年第" + std::to_string(serial) + "期）";
    for (int t = 0; t < teachers; ++t) c.teachers.push_back(TeacherFor(institution, c.start, c.end, project));
    return c;
  }

  training::TeacherInput TeacherFor(std::size_t institution, const std::string& start, const std::string& end,
                                    const GeneratedProject& project) {
    auto& pool = teachers_[institution];
    for (auto& t : pool) {
      if (!Overlaps(t.ranges, start, end)) {
        t.ranges.emplace_back(start, end);
        return t.input;
      }
    }
    Random own = root_.Fork("teacher:" + std::to_string(reg_.institution_list[institution].id) + ":" +
                            std::to_string(pool.size()));
    const Sex sex = DrawSex(own, 0.45);
    const std::string& county = reg_.institution_list[institution].county;
    const std::string born = BirthDate(own, options_.from, 28, 58);
    std::string id;
    do {
      id = IdNumber(county, born, SequenceFor(own, sex));
    } while (!id_numbers_.insert(id).second);
    const std::string title(own.Pick(std::span<const std::string_view>(kTitles)));
    pool.push_back({{PersonName(own, sex, DrawNameStyle(own, county)), id,
                     title.starts_with("职业") || title.starts_with("高级讲") ? title : OccupationOf(project) + title},
                    {{start, end}}});
    return pool.back().input;
  }

  void DrawClasses() {
    std::vector<double> weights;
    for (const auto& inst : reg_.institution_list) {
      Random r = root_.Fork("volume:" + std::to_string(inst.id));
      weights.push_back(r.Bell(1, 0.4, 0.3, 2));
    }
    const auto counts = Apportion(scale_.classes, weights);
    for (std::size_t i = 0; i < reg_.institution_list.size(); ++i) {
      for (int n = 0; n < counts[i]; ++n) {
        const std::string key = "class:" + std::to_string(reg_.institution_list[i].id) + ":" + std::to_string(n);
        Random r = root_.Fork(key);
        plan_.classes.push_back(Draw(r, key, i, n + 1));
      }
    }
    if (!options_.showcase) return;
    // Started a few days before the live day, each long enough to still run on it.
    constexpr std::array<std::pair<DayPattern, int>, 5> kShowcase{{{DayPattern::kWeekend, -8},
                                                                   {DayPattern::kFullDay, -4},
                                                                   {DayPattern::kEvening, -9},
                                                                   {DayPattern::kMorning, -6},
                                                                   {DayPattern::kAfternoon, -2}}};
    const std::size_t showcase = *options_.showcase;
    for (std::size_t n = 0; n < kShowcase.size(); ++n) {
      const std::string key = "showcase:" + std::to_string(n);
      Random r = root_.Fork(key);
      const auto [pattern, offset] = kShowcase[n];
      plan_.classes.push_back(Draw(r, key, showcase, 80 + static_cast<int>(n), pattern,
                                   std::max(FirstStart(), training::AddDays(options_.live_day, offset))));
    }
  }

  // The institution farthest from `institution`'s first venue.
  std::size_t Farthest(std::size_t institution) const {
    const auto& a = reg_.institution_list[institution].venues[0];
    std::size_t best = institution;
    double widest = -1;
    for (std::size_t i = 0; i < reg_.institution_list.size(); ++i) {
      const auto& b = reg_.institution_list[i].venues[0];
      const double d = core::DistanceMetres({a.latitude, a.longitude}, {b.latitude, b.longitude});
      if (d > widest) widest = d, best = i;
    }
    return best;
  }

  // Planted pairs: a morning class and, as far away as the province allows, a midday class
  // on the same days; the people or the teacher of the first are on the second too.
  void PlantPairs() {
    for (const std::string kind : {"person_two_places", "teacher_two_places"}) {
      Random r = root_.Fork("anomaly:" + kind);
      const int count = PlantedCount(scale_.classes, options_.anomaly_share);
      for (int n = 0; n < count; ++n) {
        const auto a = static_cast<std::size_t>(r.Uniform(0, static_cast<int>(reg_.institution_list.size()) - 1));
        const auto b = Farthest(a);
        // Early enough in the period that both classes run before it ends.
        const std::string start =
            DrawStartDate(r, FirstStart(), std::max(FirstStart(), training::AddDays(options_.to, -30)));
        const std::string key = "pair:" + kind + ":" + std::to_string(n);
        ClassPlan morning = Draw(r, key + ":morning", a, 90 + n, DayPattern::kMorning, start);
        ClassPlan afternoon = Draw(r, key + ":afternoon", b, 95 + n, DayPattern::kMidday, morning.start);
        // The second must not train the first's occupation and level (the same people are on both).
        for (int guard = 0; guard < 20 && SameLevel(morning, afternoon); ++guard) {
          afternoon = Draw(r, key + ":afternoon", b, 95 + n, DayPattern::kMidday, morning.start);
        }
        if (SameLevel(morning, afternoon)) continue;
        if (kind == "teacher_two_places") {
          // One teacher of the first institution free for both classes' whole span: the second
          // may end later, and a teacher reserved for the first alone could be given another
          // class of the first institution in those last days, a clash the filing refuses.
          const auto both = TeacherFor(a, morning.start, std::max(morning.end, afternoon.end),
                                       cat_.projects[morning.project]);
          morning.teachers[0] = both;
          afternoon.teachers = {both};
          for (auto& s : afternoon.sessions) s.teacher = 0;
        }
        morning.paired = afternoon.paired = true;
        pair_keys_.emplace_back(morning.key, afternoon.key);
        plan_.pairs.push_back({kind, 0, 0, {}});
        plan_.classes.push_back(std::move(morning));
        plan_.classes.push_back(std::move(afternoon));
      }
    }
  }

  // Planted volume jumps (咸宁): institutions that, in the weeks after their approval (the
  // period's first day, when the registries are written), start kSurgeClasses full classes
  // beyond their share, all within four weeks of the first day classes may start.
  void PlantSurges() {
    Random r = root_.Fork("anomaly:volume_jump");
    const auto institutions = static_cast<int>(reg_.institution_list.size());
    std::set<std::size_t> chosen;
    for (int n = 0, count = PlantedCount(institutions, options_.anomaly_share); n < count; ++n) {
      const auto i = static_cast<std::size_t>(r.Uniform(0, institutions - 1));
      // A repeated draw, or the demo's own institution, plants one fewer.
      if (!chosen.insert(i).second || (options_.showcase && *options_.showcase == i)) continue;
      for (int k = 0; k < kSurgeClasses; ++k) {
        const std::string key = "surge:" + std::to_string(reg_.institution_list[i].id) + ":" + std::to_string(k);
        Random own = root_.Fork(key);
        const std::string start = DrawStartDate(own, FirstStart(), training::AddDays(FirstStart(), 24));
        ClassPlan c = Draw(own, key, i, 60 + k, std::nullopt, start);
        c.surge = true;
        plan_.classes.push_back(std::move(c));
      }
    }
  }

  // Planted recycling (拉人头): an institution runs three full-day classes of different trades (its
  // shortest) one after another from three weeks into the period, with the same people on all
  // three - so each of them reaches the yearly limit of subsidised trainings on the third.
  void PlantRecycling() {
    Random r = root_.Fork("anomaly:recycled_people");
    const auto institutions = static_cast<int>(reg_.institution_list.size());
    std::set<std::size_t> chosen;
    for (int n = 0, count = PlantedCount(institutions, options_.anomaly_share); n < count; ++n) {
      // Of a dozen institutions drawn, the one whose three shortest trades are shortest, so that
      // all three classes run and are claimed within a few months.
      std::optional<std::size_t> best;
      std::vector<std::size_t> projects;
      int least = 0;
      for (int draw = 0; draw < 12; ++draw) {
        const auto i = static_cast<std::size_t>(r.Uniform(0, institutions - 1));
        if ((options_.showcase && *options_.showcase == i) || chosen.contains(i)) continue;
        const auto three = ShortestTrades(i);
        if (three.size() < 3) continue;
        int hours = 0;
        for (const auto p : three) hours += cat_.projects[p].standard_hours;
        if (!best || hours < least) best = i, projects = three, least = hours;
      }
      if (!best) continue;
      const auto i = *best;
      chosen.insert(i);
      const std::string key = "recycled:" + std::to_string(reg_.institution_list[i].id) + ":" + std::to_string(n);
      // A week before other classes (the filing still falls within the period) and each the
      // next day after the one before.
      std::string start = training::AddDays(options_.from, 21);
      for (int k = 0; k < 3; ++k) {
        ClassPlan c = Draw(r, key + ":" + std::to_string(k), i, 85 + 3 * n + k, DayPattern::kFullDay, start,
                           projects[static_cast<std::size_t>(k)]);
        if (c.filed_on < options_.from) {  // a holiday before the start: filed on the first day
          c.filed_on = options_.from;
          c.approved_on = DrawApprovalDay(r, c.filed_on, c.start, options_.policy.calendar);
        }
        c.training_type = "employment_skills";  // the institution's to claim, for everyone on it
        c.recycled = k + 1;
        c.recycled_from = key + ":0";
        start = training::AddDays(c.end, 1);
        plan_.classes.push_back(std::move(c));
      }
    }
  }

  // The three shortest projects of different trades (occupation and level) an institution may train.
  std::vector<std::size_t> ShortestTrades(std::size_t institution) const {
    auto permitted = cat_.permitted[institution];
    std::stable_sort(permitted.begin(), permitted.end(), [&](std::size_t a, std::size_t b) {
      return cat_.projects[a].standard_hours < cat_.projects[b].standard_hours;
    });
    std::vector<std::size_t> out;
    for (const auto p : permitted) {
      const bool other_trade = std::none_of(out.begin(), out.end(), [&](std::size_t q) { return SameTrade(p, q); });
      if (other_trade && out.size() < 3) out.push_back(p);
    }
    return out;
  }

  // Whether two projects train the same occupation at the same level.
  bool SameTrade(std::size_t a, std::size_t b) const {
    return cat_.projects[a].occupation_id == cat_.projects[b].occupation_id &&
           cat_.projects[a].level == cat_.projects[b].level;
  }

  bool SameLevel(const ClassPlan& a, const ClassPlan& b) const { return SameTrade(a.project, b.project); }

  std::size_t IndexOf(const std::string& key) const {
    for (std::size_t i = 0; i < plan_.classes.size(); ++i) {
      if (plan_.classes[i].key == key) return i;
    }
    return 0;
  }

  int Capacity(const ClassPlan& c) const {
    int cap = options_.policy.max_class_size;
    if (c.venue) cap = std::min(cap, reg_.institution_list[c.institution].venues[*c.venue].capacity);
    return cap;
  }

  bool CanTake(std::size_t person, const ClassPlan& c) const {
    const auto& b = booked_[person];
    const auto& project = cat_.projects[c.project];
    if (Overlaps(b.ranges, c.start, c.end)) return false;
    if (const auto y = b.per_year.find(c.start.substr(0, 4));
        y != b.per_year.end() && y->second >= options_.policy.max_subsidised_per_year) {
      return false;
    }
    return !b.levels.contains({project.occupation_id, project.level});
  }

  void Book(std::size_t person, ClassPlan& c, bool beside_others = false) {
    auto& b = booked_[person];
    const auto& project = cat_.projects[c.project];
    if (!beside_others) b.ranges.emplace_back(c.start, c.end);
    ++b.per_year[c.start.substr(0, 4)];
    b.levels.insert({project.occupation_id, project.level});
    c.roster.push_back(person);
  }

  void FillRoster(ClassPlan& c) {
    Random r = root_.Fork("roster:" + c.key);
    const int mean = std::max(20, scale_.enrolments / std::max(1, scale_.classes));
    const int want = c.surge ? Capacity(c) : std::min(Capacity(c), static_cast<int>(r.Bell(mean, 7, 20, 50)));
    // A recycling's first class books its people on the next two as well: people free for all
    // three and with no other subsidised training that year, so the third brings them to the
    // limit. The next two were filled with it.
    std::vector<ClassPlan*> next;
    if (c.recycled == 1) {
      for (auto& other : plan_.classes) {
        if (other.recycled_from == c.key && other.recycled > 1) next.push_back(&other);
      }
    } else if (c.recycled > 1 && !c.roster.empty()) {
      return;
    }
    const auto take = [&](std::size_t person) {
      if (!CanTake(person, c)) return false;
      if (next.empty()) return true;
      const auto& years = booked_[person].per_year;
      if (years.contains(c.start.substr(0, 4))) return false;
      return std::all_of(next.begin(), next.end(), [&](const ClassPlan* other) {
        return CanTake(person, *other) && !years.contains(other->start.substr(0, 4));
      });
    };
    const std::string& county = reg_.institution_list[c.institution].county;
    // Residents of the county first, then of its prefecture.
    std::vector<const std::vector<std::size_t>*> pools{&residents_[county]};
    for (const auto& [code, list] : residents_) {
      if (code != county && code.substr(0, 4) == county.substr(0, 4)) pools.push_back(&list);
    }
    // A planted recycling recruits anyone it can find (拉人头), from the other prefectures too; a
    // planted surge draws from the whole province at once (drawn near home first, its hundreds of
    // places took a small prefecture's every untrained resident for the year).
    for (const auto& [code, list] : residents_) {
      if (c.recycled && code.substr(0, 4) != county.substr(0, 4)) pools.push_back(&list);
    }
    if (c.surge) pools = {&everyone_};
    // Most people train once a year (the reference's 1.3 trainings a person): a class takes people
    // with no training that year first (from its county, then its prefecture, and for a planted
    // surge anywhere), then those with one, and so on up to the limit. Drawn at random, a small
    // prefecture's few residents filled class after class to the limit (the more so beside a
    // surge), and a claim of such people looked like the recycling planted below.
    const std::string year = c.start.substr(0, 4);
    const auto trained = [&](std::size_t person) {
      const auto& years = booked_[person].per_year;
      const auto y = years.find(year);
      return y == years.end() ? 0 : y->second;
    };
    const int passes = c.recycled ? 1 : std::max(1, options_.policy.max_subsidised_per_year);
    std::vector<std::size_t> fewer;
    for (int pass = 0; pass < passes && static_cast<int>(c.roster.size()) < want; ++pass) {
      for (const auto* all : pools) {
        if (all->empty() || static_cast<int>(c.roster.size()) >= want) continue;
        // This pass draws from those with at most `pass` trainings this year (the last from all).
        const std::vector<std::size_t>* pool = all;
        if (pass + 1 < passes) {
          fewer.clear();
          for (const auto person : *all) {
            if (trained(person) <= pass) fewer.push_back(person);
          }
          if (fewer.empty()) continue;
          pool = &fewer;
        }
        for (int attempt = 0; static_cast<int>(c.roster.size()) < want && attempt < want * 8; ++attempt) {
          const auto person = (*pool)[static_cast<std::size_t>(r.Uniform(0, static_cast<int>(pool->size()) - 1))];
          if (std::find(c.roster.begin(), c.roster.end(), person) != c.roster.end()) continue;
          if (!take(person)) continue;
          Book(person, c);
          for (auto* other : next) {
            if (static_cast<int>(other->roster.size()) < Capacity(*other)) Book(person, *other);
          }
        }
      }
    }
  }

  // The people of each person_two_places pair's morning class join its afternoon class too:
  // the sessions do not overlap, so the filing check lets them.
  void PlacePairedPeople() {
    for (std::size_t p = 0; p < plan_.pairs.size(); ++p) {
      auto& pair = plan_.pairs[p];
      if (pair.kind != "person_two_places") continue;
      auto& morning = plan_.classes[IndexOf(pair_keys_[p].first)];
      auto& afternoon = plan_.classes[IndexOf(pair_keys_[p].second)];
      constexpr std::size_t kShared = 3;
      // Room for them: the afternoon class gives up its first places if it must.
      while (!afternoon.roster.empty() && static_cast<int>(afternoon.roster.size() + kShared) > Capacity(afternoon)) {
        afternoon.roster.erase(afternoon.roster.begin());
      }
      for (const auto person : morning.roster) {
        if (pair.people.size() >= kShared) break;
        auto& b = booked_[person];
        const auto& project = cat_.projects[afternoon.project];
        if (b.per_year[afternoon.start.substr(0, 4)] >= options_.policy.max_subsidised_per_year) continue;
        if (b.levels.contains({project.occupation_id, project.level})) continue;
        // Their other classes must leave the afternoon class free: it may end after the morning one.
        const bool busy = std::any_of(b.ranges.begin(), b.ranges.end(), [&](const auto& r) {
          return r != std::pair(morning.start, morning.end) && !(r.second < afternoon.start || afternoon.end < r.first);
        });
        if (busy) continue;
        Book(person, afternoon, true);
        pair.people.push_back(person);
      }
    }
  }

  // Ghost trainees (registered aged 90 and more) on the rosters of classes in their county's
  // prefecture: the filing check warns (over working age) but does not refuse.
  void PlaceGhosts() {
    Random r = root_.Fork("anomaly:ghost_rosters");
    for (std::size_t i = 0; i < reg_.people.size(); ++i) {
      if (!reg_.people[i].ghost) continue;
      for (int attempt = 0; attempt < 50; ++attempt) {
        auto& c = plan_.classes[static_cast<std::size_t>(r.Uniform(0, static_cast<int>(plan_.classes.size()) - 1))];
        if (c.start > options_.to || static_cast<int>(c.roster.size()) >= Capacity(c) || !CanTake(i, c)) continue;
        Book(i, c);
        break;
      }
    }
  }

  // A class nobody could join (its county and prefecture booked out in a short period) is never
  // filed: the filing check refuses an empty roster. Pairs that lean on one go with it,
  // and so do person pairs that found nobody to share.
  void DropEmptyClasses() {
    const auto empty = [&](const std::string& key) { return plan_.classes[IndexOf(key)].roster.empty(); };
    for (std::size_t p = plan_.pairs.size(); p-- > 0;) {
      const bool unplanted = plan_.pairs[p].kind == "person_two_places" && plan_.pairs[p].people.empty();
      if (unplanted || empty(pair_keys_[p].first) || empty(pair_keys_[p].second)) {
        plan_.pairs.erase(plan_.pairs.begin() + static_cast<std::ptrdiff_t>(p));
        pair_keys_.erase(pair_keys_.begin() + static_cast<std::ptrdiff_t>(p));
      }
    }
    std::erase_if(plan_.classes, [](const ClassPlan& c) { return c.roster.empty(); });
  }

  // The sitting-level kinds, each on its own classes that run inside the period.
  void PlantSittings() {
    const std::array<Plant, 9> kinds{Plant::kTerminalBurst,     Plant::kUniformTimes,      Plant::kFarAway,
                                     Plant::kNight,             Plant::kSharedPhoto,       Plant::kOnlineOverlap,
                                     Plant::kPerfectAttendance, Plant::kOnlineFastForward, Plant::kLookalikePhoto};
    // Planted sessions lie in the past of the data: a demo's classes run on past its live day,
    // and what is planted on a day still to come would never be in the database.
    const std::string last =
        options_.live_day.empty() ? options_.to : std::min(options_.to, training::AddDays(options_.live_day, -1));
    // Round by round, one class per kind each, so kinds that need the same rare classes (online
    // ones) share them.
    const int count = PlantedCount(scale_.classes, options_.anomaly_share);
    std::vector<Random> draws;
    std::vector<int> attempts(kinds.size(), 0);
    for (const auto kind : kinds) draws.push_back(root_.Fork("anomaly:" + std::string(PlantName(kind))));
    for (int round = 0; round < count; ++round) {
      for (std::size_t k = 0; k < kinds.size(); ++k) {
        const auto kind = kinds[k];
        for (; attempts[k] < 1000; ++attempts[k]) {
          auto& c = plan_.classes[static_cast<std::size_t>(
              draws[k].Uniform(0, static_cast<int>(plan_.classes.size()) - 1))];
          // Not the demo's own institution: its user explores ordinary classes.
          const bool showcased = options_.showcase && c.institution == *options_.showcase;
          if (c.plant != Plant::kNone || c.roster.size() < 8 || c.paired || c.surge || c.recycled || showcased) continue;
          const auto session = PlantedSession(c, kind, last);
          if (!session) continue;
          c.plant = kind;
          c.planted_session = *session;
          const bool everyone = kind == Plant::kTerminalBurst || kind == Plant::kUniformTimes || kind == Plant::kPerfectAttendance;
          const std::size_t people = everyone                                                        ? c.roster.size()
                                     : kind == Plant::kOnlineOverlap || kind == Plant::kOnlineFastForward ? 1
                                                                                                          : 4;
          for (std::size_t n = 0; n < people; ++n) c.planted_people.push_back(n);
          break;
        }
      }
    }
  }

  // The session a plant of `kind` goes on in class `c`, by `last`: among the first four, in the
  // room (online for the online kinds); for fast-forwarding, the first online session of two and
  // a half hours or more (the others take three whole lessons in it); for perfect attendance the
  // third session in the room, when the rule can see the habit. None when the class has none.
  static std::optional<std::size_t> PlantedSession(const ClassPlan& c, Plant kind, const std::string& last) {
    const bool online = kind == Plant::kOnlineOverlap || kind == Plant::kOnlineFastForward;
    const std::size_t wanted = kind == Plant::kPerfectAttendance ? 3 : 1;
    const std::size_t within = WholeClass(kind) ? c.sessions.size() : 4;
    std::size_t seen = 0;
    for (std::size_t s = 0; s < std::min(within, c.sessions.size()); ++s) {
      const auto& session = c.sessions[s];
      if (session.date > last || c.OnlineSession(s) != online) continue;
      if (kind == Plant::kOnlineFastForward && Minutes(session.end) - Minutes(session.start) < 150) continue;
      if (++seen == wanted) return s;
    }
    return std::nullopt;
  }

  const Scale& scale_;
  const RegistryFigures& reg_;
  const CatalogueFigures& cat_;
  Random root_;
  PlanOptions options_;
  std::vector<Booked> booked_;
  std::vector<std::vector<Teacher>> teachers_;
  std::set<std::string> id_numbers_;
  std::map<std::string, std::vector<std::size_t>> residents_;
  std::vector<std::size_t> everyone_;  // every resident but the ghosts
  std::vector<std::pair<std::string, std::string>> pair_keys_;
  TrainingPlan plan_;
};
}  // namespace

std::string_view PlantName(Plant plant) {
  switch (plant) {
    case Plant::kNone:
      return "none";
    case Plant::kTerminalBurst:
      return "terminal_burst";
    case Plant::kUniformTimes:
      return "uniform_checkins";
    case Plant::kFarAway:
      return "far_checkins";
    case Plant::kNight:
      return "night_checkins";
    case Plant::kSharedPhoto:
      return "shared_photo";
    case Plant::kLookalikePhoto:
      return "lookalike_photo";
    case Plant::kOnlineOverlap:
      return "online_overlap";
    case Plant::kPerfectAttendance:
      return "perfect_attendance";
    case Plant::kOnlineFastForward:
      return "online_fast_forward";
  }
  return "none";
}

TrainingPlan PlanTraining(const Scale& scale, const RegistryFigures& registries, const CatalogueFigures& catalogue,
                          std::uint64_t seed, const PlanOptions& options) {
  return Planner(scale, registries, catalogue, seed, options).Plan();
}

}  // namespace sunshine::generator
