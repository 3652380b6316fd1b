#pragma once
// The dashboards' maps (issue 12 item 5) from the same boundary package the generator places
// venues with (generator/counties.hpp), so a map and the data always name a county alike:
// `sunshine maps export` writes 510000.json (the 21 prefectures, from the package's outlines)
// and one <prefecture code>.json per prefecture (its counties), each a GeoJSON
// FeatureCollection whose features are named by region code (properties.name, what ECharts
// matches series data on) with the Chinese name beside it (properties.label). Coordinates are
// thinned (a point within `tolerance` degrees of the last kept is dropped) and rounded, so the
// province weighs a few hundred kilobytes instead of megabytes.
#include <string>
#include <vector>

#include "core/result.hpp"
#include "generator/counties.hpp"

namespace sunshine::generator {

// `ring` without the points closer than `tolerance` degrees (in longitude and latitude) to the
// last point kept; the first and last points stay, and a ring that would keep fewer than four
// points is returned whole.
Ring Thin(const Ring& ring, double tolerance);

struct RegionRow {
  std::string code, name, level, parent_code;
};
// The rows of db/seed/sichuan_regions.csv (code,name,level,parent_code with a header row).
core::Result<std::vector<RegionRow>> ReadRegionsCsv(const std::string& path);

// Writes the maps into `out_dir` (created if missing) from the package folder `geo_dir`
// (…/geojson/shape-with-internal-borders; its sibling shape-only holds the outlines). Returns
// the number of files written, or an error naming the file or county that could not be read
// or matched.
core::Result<int> ExportMaps(const std::string& geo_dir, const std::vector<RegionRow>& regions,
                             const std::string& out_dir);

}  // namespace sunshine::generator
