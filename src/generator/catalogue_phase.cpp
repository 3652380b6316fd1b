#include "generator/catalogue_phase.hpp"

#include <array>
#include <cmath>

#include "generator/acting.hpp"

namespace sunshine::generator {
namespace {
struct Popular {
  std::string_view name;
  double weight;
};
constexpr std::array<Popular, 16> kPopular{{
    {"中式烹调师", 12},
    {"养老护理员", 10},
    {"育婴员", 9},
    {"家政服务员", 9},
    {"电子商务师", 8},
    {"保育师", 7},
    {"中式面点师", 7},
    {"电工", 7},
    {"焊工", 6},
    {"美容师", 5},
    {"美发师", 5},
    {"互联网营销师", 5},
    {"农业技术员", 5},
    {"健康管理师", 4},
    {"汽车维修工", 4},
    {"茶艺师", 3},
}};
constexpr std::array<std::string_view, 5> kLevelNames{"一级", "二级", "三级", "四级", "五级"};
}  // namespace

double PopularityOf(std::string_view occupation_name) {
  for (const auto& p : kPopular) {
    if (p.name == occupation_name) return p.weight;
  }
  return 1;
}

CatalogueFigures WriteCatalogue(app::App& app, const Scale& scale, const RegistryFigures& registries,
                                std::uint64_t seed) {
  const core::Actor actor = GeneratorActor();
  Random random = Random(seed).Fork("catalogue");
  CatalogueFigures out;
  const std::string year = app.clock().Today().substr(0, 4);
  auto occupations = Must(app.occupations().List({}, 0, 1000), "the occupation list");
  // A demo offers the popular trades and a few others; a city or province the whole catalogue.
  const std::size_t others = scale.kind == ScaleKind::kDemo ? 8 : occupations.items.size();
  std::size_t taken_others = 0;
  for (const auto& occupation : occupations.items) {
    if (occupation.kind != "occupation" || !occupation.lowest_level) continue;
    const double popularity = PopularityOf(occupation.name);
    if (popularity <= 1 && taken_others++ >= others) continue;
    // 五级 for everyone; 四级 for most trades; 三级 for the popular ones [I].
    std::vector<int> levels{5};
    if (random.Chance(0.7)) levels.push_back(4);
    if (popularity > 1 && random.Chance(0.5)) levels.push_back(3);
    for (const int level : levels) {
      if (level < occupation.highest_level.value_or(1) || level > *occupation.lowest_level) continue;
      // Standards [I] (Sichuan's per-occupation table is a gap, policy_rules.md 3.3): 五级 40-80
      // hours, each level up half as much again; 15 元 an hour, rounded to 50 元.
      const int hours = static_cast<int>(random.Uniform(4, 8)) * 10 * (level == 5 ? 2 : level == 4 ? 3 : 4) / 2;
      const std::int64_t fen = static_cast<std::int64_t>(std::lround(hours * 15 / 50.0)) * 50 * 100;
      const std::string name = occupation.name + "（" + std::string(kLevelNames[level - 1]) + "）就业技能培训";
      const auto project = Must(app.projects().Create(actor, {name, occupation.id, level, "employment_skills", hours,
                                                              fen, year + "-01-01", std::nullopt, std::nullopt}),
                                "project " + name);
      out.projects.push_back({project.id, occupation.id, name, level, hours, popularity});
    }
  }
  std::vector<double> weights;
  for (const auto& p : out.projects) weights.push_back(p.popularity);
  const std::string valid_to = std::to_string(std::stoi(year) + 1) + "-12-31";
  for (const auto institution : registries.institution_ids) {
    Random own = Random(seed).Fork("permits:" + std::to_string(institution));
    std::vector<std::size_t> chosen;
    const int wanted = static_cast<int>(std::min<std::size_t>(out.projects.size(), own.Uniform(2, 6)));
    for (int guard = 0; static_cast<int>(chosen.size()) < wanted && guard < 100; ++guard) {
      const std::size_t k = own.Weighted(weights);
      if (std::find(chosen.begin(), chosen.end(), k) != chosen.end()) continue;
      chosen.push_back(k);
      Must(app.relations().Permit(actor, institution, {out.projects[k].id, year + "-01-01", valid_to}),
           "permit of project " + out.projects[k].name);
      ++out.permits;
    }
    out.permitted.push_back(std::move(chosen));
  }
  return out;
}

}  // namespace sunshine::generator
