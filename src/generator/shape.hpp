#pragma once
// The shape of a generated province (issue 12 item 2): how many of each thing a scale makes and
// how they spread over the 21 prefectures. Every figure here is an inferred default [I]: the
// prefectures are weighted by their resident population in the 2020 census (第七次全国人口普查,
// figures as recalled, rounded to 0.1 million; not in ../shared/reference), and the sizes are
// the targets. They are data, not rules: a profile can replace any of them.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sunshine::generator {

struct PrefectureWeight {
  std::string_view code;  // 6 digits, e.g. 510100
  double residents_millions;
};
// The 21 prefectures in code order.
std::span<const PrefectureWeight> Prefectures();

enum class ScaleKind { kDemo, kCity, kProvince };

struct Scale {
  ScaleKind kind = ScaleKind::kDemo;
  std::vector<std::string> prefectures;  // which prefectures get data (all of them for a province)
  int institutions = 0;
  int classes = 0;
  int enrolments = 0;   // roster places over the year; people may hold several
  int enterprises = 0;  // with employees and apprentices
};

// "demo": three prefectures of very different size (成都, 绵阳, 凉山) with enough data on every
// page (40 institutions, 80 classes, 2,400 enrolments, 30 enterprises); "city": 成都 alone at its share of a
// province; "province": all 21 (about 2,000 institutions, 20,000 classes, 1,000,000 enrolments and 3,000
// enterprises [I]). nullopt for any other name.
std::optional<Scale> ScaleNamed(std::string_view name);

// Splits `total` over `weights` in proportion (the largest-remainder method, ties to the lower
// index): the parts always add up to `total`, and each is within one of its exact share.
std::vector<int> Apportion(int total, std::span<const double> weights);

}  // namespace sunshine::generator
