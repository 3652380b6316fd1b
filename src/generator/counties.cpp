#include "generator/counties.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cmath>

namespace sunshine::generator {
namespace {
core::Error Malformed(const std::string& what) {
  return core::Error::Invalid("bad_geojson", "边界数据格式有误：" + what);
}

std::optional<LonLat> PointOf(const boost::json::value& v) {
  const auto* a = v.if_array();
  if (!a || a->size() < 2 || !(*a)[0].is_number() || !(*a)[1].is_number()) return std::nullopt;
  return LonLat{(*a)[0].to_number<double>(), (*a)[1].to_number<double>()};
}

std::optional<Ring> RingOf(const boost::json::value& v) {
  const auto* a = v.if_array();
  if (!a || a->size() < 4) return std::nullopt;
  Ring ring;
  ring.reserve(a->size());
  for (const auto& p : *a) {
    auto point = PointOf(p);
    if (!point) return std::nullopt;
    ring.push_back(*point);
  }
  return ring;
}

// A GeoJSON polygon: the outer ring, then its holes.
std::optional<Polygon> PolygonOf(const boost::json::value& v) {
  const auto* rings = v.if_array();
  if (!rings || rings->empty()) return std::nullopt;
  Polygon polygon;
  for (std::size_t i = 0; i < rings->size(); ++i) {
    auto ring = RingOf((*rings)[i]);
    if (!ring) return std::nullopt;
    if (i == 0)
      polygon.outer = std::move(*ring);
    else
      polygon.holes.push_back(std::move(*ring));
  }
  return polygon;
}

bool InRing(const Ring& ring, LonLat p) {
  bool inside = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const auto& a = ring[i];
    const auto& b = ring[j];
    if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon) {
      inside = !inside;
    }
  }
  return inside;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kFiles{{
    {"510100", "cheng2_du1"},
    {"510300", "zi4_gong4"},
    {"510400", "pan1_zhi1_hua1"},
    {"510500", "lu2_zhou1"},
    {"510600", "de2_yang2"},
    {"510700", "mian2_yang2"},
    {"510800", "guang3_yuan2"},
    {"510900", "sui4_ning2"},
    {"511000", "nei4_jiang1"},
    {"511100", "le4_shan1"},
    {"511300", "nan2_chong1"},
    {"511400", "mei2_shan1"},
    {"511500", "yi2_bin1"},
    {"511600", "guang3_an1"},
    {"511700", "da2_zhou1"},
    {"511800", "ya3_an1"},
    {"511900", "ba1_zhong1"},
    {"512000", "zi1_yang2"},
    {"513200", "a1_ba4_cang2_zu2_qiang1_zu2_zi4_zhi4_zhou1"},
    {"513300", "gan1_zi1_cang2_zu2_zi4_zhi4_zhou1"},
    {"513400", "liang2_shan1_yi2_zu2_zi4_zhi4_zhou1"},
}};
// Renamed outright since the data were drawn (2018: 宜宾县 became 叙州区).
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kAliases{{{"宜宾县", "叙州区"}}};
}  // namespace

core::Result<std::vector<CountyShape>> ParseCountyShapes(std::string_view geojson) {
  boost::system::error_code ec;
  const auto doc = boost::json::parse(geojson, ec);
  if (ec) return Malformed(ec.message());
  const auto* features = doc.is_object() ? doc.as_object().if_contains("features") : nullptr;
  if (!features || !features->is_array()) return Malformed("no features");
  std::vector<CountyShape> out;
  for (const auto& f : features->as_array()) {
    const auto* props = f.is_object() ? f.as_object().if_contains("properties") : nullptr;
    const auto* geometry = f.is_object() ? f.as_object().if_contains("geometry") : nullptr;
    if (!props || !props->is_object() || !geometry || !geometry->is_object())
      return Malformed("a feature without properties or geometry");
    CountyShape shape;
    const auto* name = props->as_object().if_contains("name");
    const auto* cp = props->as_object().if_contains("cp");
    if (!name || !name->is_string()) return Malformed("a feature without a name");
    shape.name = std::string(name->as_string());
    const auto& g = geometry->as_object();
    const auto* type = g.if_contains("type");
    const auto* coordinates = g.if_contains("coordinates");
    if (!type || !type->is_string() || !coordinates || !coordinates->is_array())
      return Malformed(shape.name + ": no geometry");
    if (type->as_string() == "Polygon") {
      auto polygon = PolygonOf(*coordinates);
      if (!polygon) return Malformed(shape.name + ": a bad polygon");
      shape.polygons.push_back(std::move(*polygon));
    } else if (type->as_string() == "MultiPolygon") {
      for (const auto& p : coordinates->as_array()) {
        auto polygon = PolygonOf(p);
        if (!polygon) return Malformed(shape.name + ": a bad polygon");
        shape.polygons.push_back(std::move(*polygon));
      }
    } else {
      return Malformed(shape.name + ": geometry " + std::string(type->as_string()));
    }
    shape.min = {180, 90};
    shape.max = {-180, -90};
    for (const auto& polygon : shape.polygons) {
      for (const auto& p : polygon.outer) {
        shape.min = {std::min(shape.min.lon, p.lon), std::min(shape.min.lat, p.lat)};
        shape.max = {std::max(shape.max.lon, p.lon), std::max(shape.max.lat, p.lat)};
      }
    }
    auto centre = cp ? PointOf(*cp) : std::nullopt;
    shape.centre = centre ? *centre : LonLat{(shape.min.lon + shape.max.lon) / 2, (shape.min.lat + shape.max.lat) / 2};
    out.push_back(std::move(shape));
  }
  return out;
}

std::vector<std::string> MatchCounties(std::vector<CountyShape>& shapes, const std::vector<RegionName>& counties) {
  std::vector<std::string> unmatched;
  for (auto& shape : shapes) {
    std::string wanted = shape.name;
    for (const auto& [old_name, new_name] : kAliases) {
      if (wanted == old_name) wanted = new_name;
    }
    auto found = std::find_if(counties.begin(), counties.end(), [&](const RegionName& r) { return r.name == wanted; });
    if (found == counties.end()) {
      found = std::find_if(counties.begin(), counties.end(),
                           [&](const RegionName& r) { return CountyStem(r.name) == CountyStem(wanted); });
    }
    if (found == counties.end())
      unmatched.push_back(shape.name);
    else
      shape.code = found->code;
  }
  return unmatched;
}

bool Contains(const CountyShape& shape, LonLat point) {
  if (point.lon < shape.min.lon || point.lon > shape.max.lon || point.lat < shape.min.lat ||
      point.lat > shape.max.lat) {
    return false;
  }
  for (const auto& polygon : shape.polygons) {
    if (!InRing(polygon.outer, point)) continue;
    if (std::none_of(polygon.holes.begin(), polygon.holes.end(), [&](const Ring& h) { return InRing(h, point); })) {
      return true;
    }
  }
  return false;
}

std::optional<LonLat> PlaceIn(Random& random, const CountyShape& shape) {
  // Seven in ten near the centre (a bell a tenth of the county's extent wide), the rest
  // anywhere in it; each retried until it lands inside.
  const double width = shape.max.lon - shape.min.lon, height = shape.max.lat - shape.min.lat;
  const bool near_centre = random.Chance(0.7);
  for (int attempt = 0; attempt < 200; ++attempt) {
    LonLat p;
    if (near_centre && attempt < 100) {
      p = {random.Bell(shape.centre.lon, width / 10, shape.min.lon, shape.max.lon),
           random.Bell(shape.centre.lat, height / 10, shape.min.lat, shape.max.lat)};
    } else {
      p = {shape.min.lon + random.Real() * width, shape.min.lat + random.Real() * height};
    }
    p = {std::round(p.lon * 1e6) / 1e6, std::round(p.lat * 1e6) / 1e6};  // what a venue stores
    if (Contains(shape, p)) return p;
  }
  return std::nullopt;
}

std::string CountyStem(const std::string& name) {
  for (const std::string_view suffix : {"彝族自治县", "藏族自治县", "羌族自治县", "自治县", "县", "区", "市"}) {
    if (name.size() > suffix.size() + 3 && name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
  }
  return name;
}

std::string PrefectureFile(std::string_view prefecture_code) {
  for (const auto& [code, stem] : kFiles) {
    if (code == prefecture_code) return "si4_chuan1_" + std::string(stem) + ".geojson";
  }
  return "";
}

}  // namespace sunshine::generator
