#include "generator/map_export.hpp"

#include <boost/json.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sunshine::generator {
namespace {
namespace fs = std::filesystem;
constexpr double kProvinceTolerance = 0.02;  // about 2 km: a prefecture on a province map
constexpr double kPrefectureTolerance = 0.005;

core::Error Failed(const std::string& message) { return core::Error::Invalid("maps_failed", message); }

core::Result<std::vector<CountyShape>> ReadShapes(const fs::path& path) {
  std::ifstream in(path);
  if (!in) return Failed("读不到边界文件 " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  return ParseCountyShapes(text.str());
}

double Rounded(double v) { return std::round(v * 10000) / 10000; }

boost::json::array RingJson(const Ring& ring) {
  boost::json::array out;
  for (const auto& p : ring) out.push_back(boost::json::array{Rounded(p.lon), Rounded(p.lat)});
  return out;
}

boost::json::object Feature(const CountyShape& shape, const std::string& label, double tolerance) {
  boost::json::array polygons;
  for (const auto& polygon : shape.polygons) {
    boost::json::array rings{RingJson(Thin(polygon.outer, tolerance))};
    for (const auto& hole : polygon.holes) rings.push_back(RingJson(Thin(hole, tolerance)));
    polygons.push_back(std::move(rings));
  }
  return {{"type", "Feature"},
          {"properties",
           {{"name", shape.code},
            {"label", label},
            {"cp", boost::json::array{Rounded(shape.centre.lon), Rounded(shape.centre.lat)}}}},
          {"geometry", {{"type", "MultiPolygon"}, {"coordinates", std::move(polygons)}}}};
}

core::Status Write(const fs::path& path, boost::json::array features) {
  std::ofstream out(path);
  out << boost::json::serialize(boost::json::object{{"type", "FeatureCollection"}, {"features", std::move(features)}});
  if (!out) return Failed("写不了 " + path.string());
  return core::Ok{};
}
}  // namespace

Ring Thin(const Ring& ring, double tolerance) {
  if (ring.size() < 4) return ring;
  Ring out{ring.front()};
  for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
    const auto& last = out.back();
    if (std::abs(ring[i].lon - last.lon) >= tolerance || std::abs(ring[i].lat - last.lat) >= tolerance) {
      out.push_back(ring[i]);
    }
  }
  out.push_back(ring.back());
  return out.size() < 4 ? ring : out;
}

core::Result<std::vector<RegionRow>> ReadRegionsCsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Failed("读不到行政区划文件 " + path);
  std::vector<RegionRow> out;
  std::string line;
  std::getline(in, line);  // the header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    if (cells.size() < 3) return Failed("行政区划文件格式有误：" + line);
    out.push_back({cells[0], cells[1], cells[2], cells.size() > 3 ? cells[3] : ""});
  }
  return out;
}

core::Result<int> ExportMaps(const std::string& geo_dir, const std::vector<RegionRow>& regions,
                             const std::string& out_dir) {
  fs::create_directories(out_dir);
  const fs::path outlines = fs::path(geo_dir).parent_path() / "shape-only";
  boost::json::array province;
  int written = 0;
  for (const auto& prefecture : regions) {
    if (prefecture.level != "prefecture") continue;
    const std::string file = PrefectureFile(prefecture.code);
    if (file.empty()) return Failed("没有 " + prefecture.code + " " + prefecture.name + " 的边界文件");
    auto outline = ReadShapes(outlines / file);
    if (!outline) return outline.take_error();
    for (auto& shape : *outline) {
      shape.code = prefecture.code;
      province.push_back(Feature(shape, prefecture.name, kProvinceTolerance));
    }
    auto counties = ReadShapes(fs::path(geo_dir) / file);
    if (!counties) return counties.take_error();
    std::vector<RegionName> names;
    for (const auto& r : regions) {
      if (r.parent_code == prefecture.code) names.push_back({r.code, r.name});
    }
    if (const auto unmatched = MatchCounties(*counties, names); !unmatched.empty()) {
      return Failed(file + " 中的区县无法对应区划代码：" + unmatched[0]);
    }
    boost::json::array features;
    for (const auto& shape : *counties) {
      const auto name =
          std::find_if(names.begin(), names.end(), [&](const RegionName& r) { return r.code == shape.code; });
      features.push_back(Feature(shape, name->name, kPrefectureTolerance));
    }
    if (auto done = Write(fs::path(out_dir) / (prefecture.code + ".json"), std::move(features)); !done) {
      return done.error();
    }
    ++written;
  }
  if (auto done = Write(fs::path(out_dir) / "510000.json", std::move(province)); !done) return done.error();
  return written + 1;
}

}  // namespace sunshine::generator
