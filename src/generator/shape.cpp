#include "generator/shape.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace sunshine::generator {
namespace {
constexpr std::array<PrefectureWeight, 21> kPrefectures{{
    {"510100", 20.9}, {"510300", 2.5}, {"510400", 1.2}, {"510500", 4.3}, {"510600", 3.5}, {"510700", 4.9},
    {"510800", 2.3},  {"510900", 2.8}, {"511000", 3.1}, {"511100", 3.2}, {"511300", 5.6}, {"511400", 3.0},
    {"511500", 4.6},  {"511600", 3.3}, {"511700", 5.4}, {"511800", 1.4}, {"511900", 2.7}, {"512000", 2.3},
    {"513200", 0.8},  {"513300", 1.1}, {"513400", 4.9},
}};
constexpr int kProvinceInstitutions = 2000, kProvinceClasses = 20000, kProvinceEnrolments = 1'000'000,
              kProvinceEnterprises = 3000;

double ResidentsOf(std::string_view code) {
  for (const auto& p : kPrefectures) {
    if (p.code == code) return p.residents_millions;
  }
  return 0;
}

// A province's totals cut down to the share of `prefectures` (at least one of each).
Scale ShareOf(ScaleKind kind, std::vector<std::string> prefectures, double factor) {
  double residents = 0, all = 0;
  for (const auto& p : kPrefectures) all += p.residents_millions;
  for (const auto& code : prefectures) residents += ResidentsOf(code);
  const double share = residents / all * factor;
  auto part = [share](int total) { return std::max(1, static_cast<int>(std::lround(total * share))); };
  return {kind,
          std::move(prefectures),
          part(kProvinceInstitutions),
          part(kProvinceClasses),
          part(kProvinceEnrolments),
          part(kProvinceEnterprises)};
}
}  // namespace

std::span<const PrefectureWeight> Prefectures() { return kPrefectures; }

std::optional<Scale> ScaleNamed(std::string_view name) {
  if (name == "province") {
    std::vector<std::string> all;
    for (const auto& p : kPrefectures) all.emplace_back(p.code);
    return Scale{ScaleKind::kProvince, std::move(all),      kProvinceInstitutions,
                 kProvinceClasses,     kProvinceEnrolments, kProvinceEnterprises};
  }
  if (name == "city") return ShareOf(ScaleKind::kCity, {"510100"}, 1.0);
  // A demo must come up in under two minutes yet show something in most counties: about a
  // hundredth of those three prefectures' classes and people, with more schools than that.
  if (name == "demo") return Scale{ScaleKind::kDemo, {"510100", "510700", "513400"}, 40, 80, 2400, 30};
  return std::nullopt;
}

std::vector<int> Apportion(int total, std::span<const double> weights) {
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<int> parts(weights.size(), 0);
  if (weights.empty() || sum <= 0 || total <= 0) return parts;
  std::vector<std::pair<double, std::size_t>> remainders;
  int given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const double exact = total * weights[i] / sum;
    parts[i] = static_cast<int>(std::floor(exact));
    given += parts[i];
    remainders.emplace_back(exact - parts[i], i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (int k = 0; k < total - given; ++k) ++parts[remainders[static_cast<std::size_t>(k)].second];
  return parts;
}

}  // namespace sunshine::generator
