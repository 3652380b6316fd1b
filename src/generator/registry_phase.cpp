#include "generator/registry_phase.hpp"

#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "app/progress.hpp"
#include "core/ids.hpp"
#include "generator/acting.hpp"
#include "generator/people.hpp"
#include "registry/regions.hpp"
#include "registry/trainee_store.hpp"
#include "training/calendar.hpp"

namespace sunshine::generator {
namespace {

struct InstitutionType {
  std::string_view id;
  double weight;          // share of institutions [I]: most training is by private schools
  std::string_view kind;  // the credit code's registration class: 52 private non-enterprise, 12 public, 91 company
  std::string_view pattern;
};
constexpr std::array<InstitutionType, 7> kTypes{{
    {"private_institution", 55, "52", "{word}职业技能培训学校"},
    {"vocational_college", 8, "12", "职业技术学校"},
    {"technical_school", 8, "12", "技工学校"},
    {"technician_college", 3, "12", "技师学院"},
    {"enterprise_centre", 14, "91", "{word}企业培训中心"},
    {"industry_association", 6, "51", "{word}行业协会培训部"},
    {"public_centre", 6, "12", "公共实训基地"},
}};
constexpr std::array<std::string_view, 16> kWords{"阳光", "启航", "众创", "巧手", "匠心", "蓝天", "新希望", "锦程",
                                                  "天府", "金桥", "同心", "兴业", "华夏", "远航", "明德",   "红星"};
constexpr std::array<std::string_view, 12> kRoads{"人民路", "建设路",   "解放路",   "滨江路", "学府路", "光明街",
                                                  "文化路", "新华大道", "工业园路", "育才路", "兴隆街", "迎宾大道"};
constexpr std::array<std::string_view, 6> kRooms{"实训楼", "教学楼", "实训基地", "培训中心", "实操车间", "多媒体教室"};

// Enterprises [I]: mostly private; the trades that train most (manufacturing, building,
// catering, retail, services, care); mostly micro and small.
struct Weighted {
  std::string_view id;
  double weight;
};
// (Sole traders, 个体工商户, are left out: the names below are of companies.)
constexpr std::array<Weighted, 6> kEnterpriseTypes{
    {{"private", 78}, {"state_owned", 10}, {"foreign", 4}, {"collective", 3}, {"hmt", 2}, {"other", 3}}};
struct Industry {
  std::string_view id, suffix;
  double weight;
};
constexpr std::array<Industry, 8> kIndustries{{{"C", "机械制造有限公司", 35},
                                               {"E", "建筑工程有限公司", 15},
                                               {"F", "商贸有限公司", 12},
                                               {"H", "餐饮管理有限公司", 12},
                                               {"O", "家政服务有限公司", 10},
                                               {"Q", "养老服务有限公司", 6},
                                               {"G", "物流有限公司", 6},
                                               {"I", "电子商务有限公司", 4}}};
struct Size {
  std::string_view id;
  double weight;
  int min_staff, max_staff;  // employees registered on the platform, not the whole workforce
};
constexpr std::array<Size, 4> kSizes{
    {{"micro", 40, 2, 5}, {"small", 35, 4, 12}, {"medium", 20, 10, 25}, {"large", 5, 20, 40}}};

struct Group {
  std::string_view id;
  double share;  // [I] shares of the key groups among subsidised trainees
};
constexpr std::array<Group, 7> kGroups{{{"rural_migrant", 0.30},
                                        {"two_after_youth", 0.05},
                                        {"unemployed", 0.08},
                                        {"veteran", 0.03},
                                        {"disabled", 0.02},
                                        {"employment_difficulty", 0.05},
                                        {"poverty_risk", 0.02}}};
constexpr std::array<std::string_view, 6> kStatuses{"employed",   "flexible", "self_employed",
                                                    "unemployed", "student",  "other"};
constexpr std::array<double, 6> kStatusWeights{35, 20, 8, 25, 7, 5};

std::string Replace(std::string_view pattern, std::string_view word) {
  std::string out(pattern);
  if (const auto at = out.find("{word}"); at != std::string::npos) out.replace(at, 6, word);
  return out;
}

// Counties of each prefecture of the scale, in code order.
std::map<std::string, std::vector<registry::Region>> CountiesOf(app::App& app,
                                                                const std::vector<std::string>& prefectures) {
  db::Connection connection(app.database());
  std::map<std::string, std::vector<registry::Region>> out;
  for (const auto& r : registry::ListRegions(connection)) {
    if (r.level != "county" || !r.parent_code) continue;
    if (std::find(prefectures.begin(), prefectures.end(), *r.parent_code) != prefectures.end()) {
      out[*r.parent_code].push_back(r);
    }
  }
  return out;
}

// One person living in `county`, aged min_age..max_age on `today`, with an ID number not yet
// in `id_numbers` (which it joins).
registry::TraineeInput DrawTrainee(Random& random, const std::string& county,
                                   const std::vector<std::string>& all_counties, const std::string& today, int min_age,
                                   int max_age, std::set<std::string>& id_numbers) {
  const Sex sex = DrawSex(random, 0.48);
  // Registered where they were born (户籍) mostly; some live elsewhere in the province.
  const std::string household = random.Chance(0.85) ? county : random.Pick(std::span<const std::string>(all_counties));
  const std::string born = BirthDate(random, today, min_age, max_age);
  std::string id;
  do {
    id = IdNumber(household, born, SequenceFor(random, sex));
  } while (!id_numbers.insert(id).second);
  std::vector<std::string> groups;
  for (const auto& g : kGroups) {
    if (random.Chance(g.share)) groups.emplace_back(g.id);
  }
  return {PersonName(random, sex, DrawNameStyle(random, household)),
          id,
          MobilePhone(random),
          household,
          county,
          std::move(groups),
          std::string(kStatuses[random.Weighted(kStatusWeights)])};
}

// "YYYY-MM-DD" from the birth date inside an ID number.
std::string BirthOfIdNumber(const std::string& id) {
  return id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2);
}

double ResidentsOf(const std::string& prefecture) {
  for (const auto& p : Prefectures()) {
    if (p.code == prefecture) return p.residents_millions;
  }
  return 0;
}

// How many of `total` each county gets: by prefecture residents, then evenly in the prefecture.
std::map<std::string, int> PerCounty(int total, const std::map<std::string, std::vector<registry::Region>>& counties) {
  std::vector<double> weights;
  for (const auto& [prefecture, list] : counties) weights.push_back(ResidentsOf(prefecture));
  const auto by_prefecture = Apportion(total, weights);
  std::map<std::string, int> out;
  std::size_t i = 0;
  for (const auto& [prefecture, list] : counties) {
    const auto parts = Apportion(by_prefecture[i++], std::vector<double>(list.size(), 1.0));
    for (std::size_t k = 0; k < list.size(); ++k) out[list[k].code] = parts[k];
  }
  return out;
}
template <std::size_t N, class T>
std::array<double, N> WeightsOf(const std::array<T, N>& items) {
  std::array<double, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = items[i].weight;
  return out;
}

// Enterprises in each county with some of its people as employees (R-P2) and apprentices
// (企业新型学徒制: people aged 16 to 35 who started within the last year), registered as an
// officer would and linked through RelationService::Employ by ID number. A person works for at
// most one of them.
void WriteEnterprises(app::App& app, const Scale& scale,
                      const std::map<std::string, std::vector<registry::Region>>& counties, const Random& root,
                      const std::string& today, RegistryFigures& figures) {
  const core::Actor actor = GeneratorActor();
  std::map<std::string, std::vector<std::size_t>> residents;  // county -> people not yet employed
  for (std::size_t i = 0; i < figures.people.size(); ++i) {
    if (!figures.people[i].ghost) residents[figures.people[i].county].push_back(i);
  }
  const auto per_county = PerCounty(scale.enterprises, counties);
  app::Progress progress("企业", scale.enterprises);
  std::set<std::string> names;
  int serial = 100000;
  for (const auto& [prefecture, list] : counties) {
    for (const auto& county : list) {
      Random random = root.Fork("enterprises:" + county.code);
      auto& pool = residents[county.code];
      for (int n = 0; n < per_county.at(county.code); ++n) {
        const auto& type = kEnterpriseTypes[random.Weighted(WeightsOf(kEnterpriseTypes))];
        const auto& industry = kIndustries[random.Weighted(WeightsOf(kIndustries))];
        const auto& size = kSizes[random.Weighted(WeightsOf(kSizes))];
        const std::string base =
            CountyStem(county.name) + std::string(random.Pick<std::string_view>(kWords)) + std::string(industry.suffix);
        std::string name = base;
        for (int copy = 2; !names.insert(name).second; ++copy) name = base + "（" + std::to_string(copy) + "）";
        const std::string first16 = "91" + county.code + "MA" + std::to_string(++serial);
        const auto created =
            Must(app.organisations().Create(registry::KindOf("enterprise"), actor,
                                            {name, core::CompleteCreditCode(first16), std::string(type.id), county.code,
                                             std::string(industry.id), std::string(size.id), std::nullopt}),
                 "enterprise " + name);
        ++figures.enterprises;
        figures.enterprise_list.push_back({created.id, county.code, name, 0});
        progress.Advance();
        const int staff = static_cast<int>(random.Uniform(size.min_staff, size.max_staff));
        const int apprentices = industry.id == "C" || industry.id == "E" ? static_cast<int>(random.Uniform(0, 3)) : 0;
        for (int k = 0; k < staff + apprentices && !pool.empty(); ++k) {
          const auto at = static_cast<std::size_t>(random.Uniform(0, static_cast<int>(pool.size()) - 1));
          const auto person = pool[at];
          const auto& who = figures.people[person];
          const int age = std::stoi(today.substr(0, 4)) - std::stoi(who.birth_date.substr(0, 4));
          const bool apprentice = k >= staff;
          if (apprentice && age > 35) continue;
          pool[at] = pool.back();
          pool.pop_back();
          const std::string start = training::AddDays(
              today, -static_cast<int>(random.Uniform(apprentice ? 30 : 60, apprentice ? 330 : 1800)));
          Must(app.relations().Employ(actor, created.id,
                                      {who.id_number, apprentice ? "apprentice" : "employee", start, std::nullopt}),
               "employment at " + name);
          ++(apprentice ? figures.apprentices : figures.employees);
          ++figures.enterprise_list.back().staff;
        }
      }
    }
  }
}

// A county's people registered as its officer's import file would register them: the same
// checks as one registration each, all or none, one audit record, about seven times the pace of
// one registration at a time (a province registers 770,000). Their ids, in `inputs` order.
std::vector<std::int64_t> RegisterPeople(app::App& app, const core::Actor& actor,
                                         const std::vector<registry::TraineeInput>& inputs, const std::string& what) {
  if (inputs.empty()) return {};
  constexpr std::size_t kChunk = 2000;
  const auto columns = std::make_shared<const std::map<std::string, std::string>>();
  const registry::ImportChunks<registry::TraineeInput> chunks =
      [&](const std::function<void(const std::vector<registry::TraineeImportRow>&)>& visit) {
        std::vector<registry::TraineeImportRow> rows;
        for (std::size_t start = 0; start < inputs.size(); start += kChunk) {
          rows.clear();
          for (std::size_t i = start; i < std::min(inputs.size(), start + kChunk); ++i) {
            rows.push_back({static_cast<int>(i) + 2, columns, inputs[i]});
          }
          visit(rows);
        }
      };
  Must(app.trainees().Import(actor, chunks), what);
  db::Connection connection(app.database());
  std::vector<std::int64_t> ids;
  ids.reserve(inputs.size());
  for (const auto& input : inputs) {
    const auto index = Must(app.trainees().IdNumberIndex(input.id_number), "the index of " + input.name);
    const auto id = registry::trainee_store::FindByIdNumberIndex(connection, index);
    if (!id) throw std::runtime_error("generator: " + input.name + " was imported but is not registered");
    ids.push_back(*id);
  }
  return ids;
}

}  // namespace

core::Result<CountyMap> LoadCounties(app::App& app, const std::string& geo_dir,
                                     const std::vector<std::string>& prefectures) {
  CountyMap out;
  for (const auto& [prefecture, list] : CountiesOf(app, prefectures)) {
    const auto path = std::filesystem::path(geo_dir) / PrefectureFile(prefecture);
    std::ifstream in(path);
    if (!in) return core::Error::Invalid("geo_missing", "读不到边界文件 " + path.string());
    std::stringstream text;
    text << in.rdbuf();
    auto shapes = ParseCountyShapes(text.str());
    if (!shapes) return shapes.error();
    std::vector<RegionName> names;
    for (const auto& r : list) names.push_back({r.code, r.name});
    if (const auto unmatched = MatchCounties(*shapes, names); !unmatched.empty()) {
      return core::Error::Invalid("geo_unmatched",
                                  path.filename().string() + " 中的区县无法对应区划代码：" + unmatched[0]);
    }
    for (auto& shape : *shapes) out.emplace(shape.code, std::move(shape));
    for (const auto& r : list) {
      if (!out.contains(r.code))
        return core::Error::Invalid("geo_unmatched", "区县 " + r.code + " " + r.name + " 没有边界");
    }
  }
  return out;
}

RegistryFigures WriteRegistries(app::App& app, const Scale& scale, const CountyMap& shapes, std::uint64_t seed,
                                double anomaly_share, const std::optional<Showcase>& showcase) {
  const core::Actor actor = GeneratorActor();
  const Random root(seed);
  const auto counties = CountiesOf(app, scale.prefectures);
  RegistryFigures figures;
  std::array<double, kTypes.size()> type_weights{};
  for (std::size_t i = 0; i < kTypes.size(); ++i) type_weights[i] = kTypes[i].weight;

  const auto institutions = PerCounty(scale.institutions, counties);
  std::set<std::string> names;
  int serial = 0;
  app::Progress institution_progress("培训机构", scale.institutions);
  for (const auto& [prefecture, list] : counties) {
    for (const auto& county : list) {
      Random random = root.Fork("institutions:" + county.code);
      for (int n = 0; n < institutions.at(county.code); ++n) {
        const auto* type = &kTypes[random.Weighted(type_weights)];
        const std::string stem = CountyStem(county.name);
        std::string name = stem + Replace(type->pattern, random.Pick<std::string_view>(kWords));
        for (int copy = 2; names.contains(name); ++copy) {
          name =
              stem + Replace(type->pattern, random.Pick<std::string_view>(kWords)) + "（" + std::to_string(copy) + "）";
        }
        const bool showcased = showcase && !figures.showcase && county.code == showcase->county;
        if (showcased) {
          name = showcase->name;
          type = &kTypes[0];  // a private training school, as its name says
          figures.showcase = figures.institution_list.size();
        }
        names.insert(name);
        char org[12];
        std::snprintf(org, sizeof org, "%06d", ++serial);
        const std::string first16 = std::string(type->kind) + county.code + (type->kind == "91" ? "MA" : "MJ") + org;
        const auto created = Must(app.institutions().Create(actor, {name, core::CompleteCreditCode(first16),
                                                                    std::string(type->id), county.code, std::nullopt}),
                                  "institution " + name);
        Must(app.institutions().Act(actor, created.id, "review", {"", std::nullopt, std::nullopt}),
             "review of " + name);
        Must(app.institutions().Act(actor, created.id, "approve", {"培训能力评估合格", std::nullopt, std::nullopt}),
             "approval of " + name);
        institution_progress.Advance();
        figures.institution_ids.push_back(created.id);
        figures.institution_list.push_back({created.id, county.code, {}});
        ++figures.institutions;
        const int venues = static_cast<int>(random.Uniform(1, 3));
        for (int v = 0; v < venues; ++v) {
          const auto place = PlaceIn(random, shapes.at(county.code));
          if (!place) throw std::runtime_error("generator: no place found in " + county.name);
          const std::string room = std::string(random.Pick<std::string_view>(kRooms)) + std::to_string(v + 1) + "号";
          // One draw per statement: the operands of + are evaluated in no fixed order.
          const std::string road(random.Pick<std::string_view>(kRoads));
          const std::string address = county.name + road + std::to_string(random.Uniform(1, 399)) + "号";
          const auto venue =
              Must(app.relations().AddVenue(actor, created.id,
                                            {room, address, county.code, place->lat, place->lon,
                                             static_cast<int>(random.Uniform(30, 80)), std::string("gcj02")}),
                   "venue of " + name);
          figures.institution_list.back().venues.push_back(
              {venue.id, venue.latitude_e6 / 1e6, venue.longitude_e6 / 1e6, venue.capacity});
          ++figures.venues;
        }
      }
    }
  }

  institution_progress.Done();
  // People take about 1.3 subsidised trainings each over a year [I].
  const auto trainees = PerCounty(static_cast<int>(scale.enrolments / 1.3), counties);
  app::Progress trainee_progress("学员", static_cast<std::int64_t>(scale.enrolments / 1.3));
  const std::string today = app.clock().Today();
  std::set<std::string>& id_numbers = figures.id_numbers;
  std::vector<std::string> all_counties;
  for (const auto& [prefecture, list] : counties) {
    for (const auto& c : list) all_counties.push_back(c.code);
  }
  for (const auto& [prefecture, list] : counties) {
    for (const auto& county : list) {
      Random random = root.Fork("trainees:" + county.code);
      std::vector<registry::TraineeInput> inputs;
      for (int n = 0; n < trainees.at(county.code); ++n) {
        inputs.push_back(DrawTrainee(random, county.code, all_counties, today, 16, 60, id_numbers));
      }
      const auto ids = RegisterPeople(app, actor, inputs, "the trainees of " + county.name);
      for (std::size_t n = 0; n < inputs.size(); ++n) {
        const auto& input = inputs[n];
        figures.trainee_ids.push_back(ids[n]);
        figures.people.push_back(
            {ids[n], county.code, BirthOfIdNumber(input.id_number), input.id_number, false, input.name});
        ++figures.trainees;
      }
      trainee_progress.Advance(static_cast<std::int64_t>(inputs.size()));
    }
  }

  trainee_progress.Done();
  Random ghosts = root.Fork("anomaly:ghost_trainee");
  Anomaly ghost{"ghost_trainee", "people registered aged 90 to 104 on the first day: implausible trainees", {}};
  for (int n = 0; n < PlantedCount(figures.trainees, anomaly_share); ++n) {
    const auto county = ghosts.Pick(std::span<const std::string>(all_counties));
    const auto input = DrawTrainee(ghosts, county, all_counties, today, 90, 104, id_numbers);
    const auto id = Must(app.trainees().Create(actor, input), "ghost trainee " + input.name).trainee.id;
    figures.trainee_ids.push_back(id);
    figures.people.push_back({id, county, BirthOfIdNumber(input.id_number), input.id_number, true, input.name});
    ghost.ids["trainee_ids"].push_back(id);
    ++figures.trainees;
  }
  if (!ghost.ids.empty()) figures.anomalies.push_back(std::move(ghost));
  WriteEnterprises(app, scale, counties, root, today, figures);
  return figures;
}

}  // namespace sunshine::generator
