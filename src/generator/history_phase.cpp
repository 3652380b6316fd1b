#include "generator/history_phase.hpp"

#include <map>
#include <set>

#include "db/queries/generator.hpp"
#include "generator/acting.hpp"
#include "generator/random.hpp"
#include "registry/csv_table.hpp"
#include "subsidy/history_rules.hpp"
#include "subsidy/history_store.hpp"

namespace sunshine::generator {
namespace {
namespace q = db::queries::generator;

constexpr char kHeader[] = "姓名,身份证号,职业（工种）,等级,补贴类型,培训日期,补贴金额（元）,数据来源\n";
constexpr char kSource[] = "原四川省职业培训补贴管理系统";

struct Line {
  std::string name, id_number, occupation;
  std::optional<int> level;
  std::string type, date;
  std::int64_t yuan = 0;
};

// One CSV line as the old system's export would have it (names and sources hold no comma).
std::string CsvLine(const Line& l) {
  return l.name + "," + l.id_number + "," + l.occupation + "," + (l.level ? std::to_string(*l.level) : "") + "," +
         l.type + "," + l.date + "," + std::to_string(l.yuan) + "," + kSource + "\n";
}

// Imports the lines as the province would, and returns the import's id.
std::int64_t Import(app::App& app, const std::vector<Line>& lines, const std::string& what) {
  std::string csv = kHeader;
  for (const auto& l : lines) csv += CsvLine(l);
  Must(app.history().Import(GeneratorActor(), csv, nullptr), what);
  return app.history().Imports(0, 1).at(0).id;  // the newest: this one
}

// What a subsidy paid at a level (yuan, rounded to 50) [I]: more for higher levels.
std::int64_t AmountFor(Random& random, std::optional<int> level) {
  const int base = !level ? 600 : *level == 5 ? 1000 : *level == 4 ? 1500 : 2000;
  return base + 50 * random.Uniform(0, 10);
}

std::string DateIn(Random& random, int year) {
  char out[11];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, static_cast<int>(random.Uniform(3, 11)),
                static_cast<int>(random.Uniform(1, 28)));
  return out;
}

// An occupation as the old system's file names it: its code, or its name when it has none.
std::string NameOf(const subsidy::OccupationRef& o) { return o.code ? *o.code : o.name; }
}  // namespace

int WritePastHistory(app::App& app, const RegistryFigures& registries, const CatalogueFigures& catalogue,
                     std::uint64_t seed, const std::string& from) {
  db::Connection connection(app.database());
  const auto occupations = subsidy::history_store::Catalogue(connection);
  // Occupations and levels no generated project trains, and the special abilities (no project
  // trains one): a past training there never makes a planned filing a repeat.
  std::set<std::pair<std::int64_t, int>> trained;
  for (const auto& p : catalogue.projects) trained.insert({p.occupation_id, p.level});
  std::vector<std::pair<const subsidy::OccupationRef*, std::optional<int>>> choices;
  for (const auto& o : occupations) {
    if (o.special_ability) {
      choices.push_back({&o, std::nullopt});
      continue;
    }
    for (int level = o.highest_level.value_or(1); level <= o.lowest_level.value_or(5); ++level) {
      if (!trained.count({o.id, level})) choices.push_back({&o, level});
    }
  }
  if (choices.empty()) return 0;
  const int year = std::stoi(from.substr(0, 4));
  static constexpr std::string_view kTypes[] = {"就业技能培训", "就业技能培训", "岗位技能提升培训", "转岗转业培训"};
  Random root = Random(seed).Fork("history");
  std::vector<Line> lines;
  for (const auto& person : registries.people) {
    if (person.ghost) continue;
    Random random = root.Fork("person:" + std::to_string(person.id));
    if (!random.Chance(kHistoryShare)) continue;
    const int records = random.Chance(0.25) ? 2 : 1;
    std::set<std::pair<std::int64_t, std::optional<int>>> taken;  // never the same training twice
    for (int r = 0; r < records; ++r) {
      const auto& [occupation, level] =
          choices[static_cast<std::size_t>(random.Uniform(0, static_cast<std::int64_t>(choices.size()) - 1))];
      if (!taken.insert({occupation->id, level}).second) continue;
      // A year before the period, not before the person turned 16.
      const int earliest = std::max(year - 4, std::stoi(person.birth_date.substr(0, 4)) + 17);
      if (earliest > year - 1) continue;
      const int when = static_cast<int>(random.Uniform(earliest, year - 1));
      lines.push_back({person.name, person.id_number, NameOf(*occupation), level,
                       std::string(kTypes[random.Uniform(0, 3)]), DateIn(random, when), AmountFor(random, level)});
    }
  }
  if (lines.empty()) return 0;
  Import(app, lines, "the past subsidy history");
  return static_cast<int>(lines.size());
}

std::optional<Anomaly> PlantRepeatedEnrolments(app::App& app, const RegistryFigures& registries, std::uint64_t seed,
                                               double share, int enrolments, const std::string& last_start) {
  std::map<std::int64_t, const GeneratedTrainee*> people;
  for (const auto& p : registries.people) people[p.id] = &p;
  // Reservoir sampling over the enrolments in a stable order: the same picks for one seed,
  // holding only the picks, however many enrolments a province has.
  struct Pick {
    long long class_id = 0, trainee_id = 0;
    std::string start, type, code, name;
    int level = 0;
  };
  db::Connection connection(app.database());
  const int wanted = PlantedCount(enrolments, share);
  if (wanted == 0) return std::nullopt;
  Random random = Random(seed).Fork("repeated_enrolment");
  std::vector<Pick> picks;
  Pick row;
  std::string code;
  soci::indicator code_ind = soci::i_null;
  soci::statement statement =
      (connection.sql().prepare << connection.Text(q::kListEnrolledLevels), soci::into(row.class_id),
       soci::into(row.trainee_id), soci::into(row.start), soci::into(row.type), soci::into(row.level),
       soci::into(code, code_ind), soci::into(row.name));
  statement.execute();
  long long seen = 0;
  while (statement.fetch()) {
    const auto person = people.find(row.trainee_id);
    if (person == people.end() || person->second->ghost || row.start > last_start) continue;
    row.code = code_ind == soci::i_ok ? code : "";
    ++seen;
    if (static_cast<int>(picks.size()) < wanted) {
      picks.push_back(row);
    } else if (const auto k = random.Uniform(0, seen - 1); k < wanted) {
      picks[static_cast<std::size_t>(k)] = row;
    }
  }
  if (picks.empty()) return std::nullopt;
  std::vector<Line> lines;
  std::set<long long> repeated;  // one planted record per person
  Anomaly anomaly{"repeated_enrolment",
                  "the same people trained and subsidised in the same occupation and level a year or more before "
                  "(old-system records imported after the class was approved): a repeat the filing check would "
                  "have refused",
                  {},
                  {}};
  for (const auto& p : picks) {
    if (!repeated.insert(p.trainee_id).second) continue;
    const auto* person = people.at(p.trainee_id);
    const int year = std::stoi(p.start.substr(0, 4)) - static_cast<int>(random.Uniform(1, 2));
    if (std::stoi(person->birth_date.substr(0, 4)) + 17 > year) continue;
    lines.push_back({person->name, person->id_number, p.code.empty() ? p.name : p.code, p.level,
                     p.type, DateIn(random, year), AmountFor(random, p.level)});
    anomaly.ids["trainee_ids"].push_back(p.trainee_id);
    anomaly.ids["class_ids"].push_back(p.class_id);
  }
  if (lines.empty()) return std::nullopt;
  const auto import_id = Import(app, lines, "the repeated-enrolment history");
  long long import = import_id, id = 0;
  soci::statement ids = (connection.sql().prepare << connection.Text(q::kListHistoryIdsOfImport), soci::into(id),
                         soci::use(import));
  ids.execute();
  while (ids.fetch()) anomaly.ids["history_ids"].push_back(id);
  return anomaly;
}

}  // namespace sunshine::generator
