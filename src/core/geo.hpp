#pragma once
// Coordinates and their datum. The platform stores and compares every coordinate in WGS-84
// (what GPS receivers and terminals report). Chinese map apps show GCJ-02 (高德, 腾讯, and
// the "国测局" datum of every licensed map) or BD-09 (百度), which lie 300-700 m away from
// WGS-84 in Sichuan, so a coordinate is converted to WGS-84 where it enters, according to the
// datum the request names (docs/device-signatures.md, "Coordinates"). Pure.
#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::core {

struct LatLon {
  double lat = 0, lon = 0;  // degrees
};

enum class Datum { kWgs84, kGcj02, kBd09 };

// "wgs84", "gcj02", "bd09"; nullopt for anything else.
std::optional<Datum> ParseDatum(std::string_view name);
std::string_view DatumName(Datum datum);

// The published GCJ-02 obfuscation of a WGS-84 point; outside China's bounding box the two
// datums coincide and the point is returned unchanged.
LatLon Gcj02FromWgs84(LatLon wgs84);
// Its inverse, by fixed-point iteration to better than 1e-9 degrees (about 0.1 mm).
LatLon Wgs84FromGcj02(LatLon gcj02);
// Baidu's BD-09 over GCJ-02, both ways.
LatLon Bd09FromGcj02(LatLon gcj02);
LatLon Gcj02FromBd09(LatLon bd09);

// Any datum to WGS-84, and WGS-84 to any datum (for showing a stored point on a Chinese map).
LatLon ToWgs84(LatLon point, Datum from);
LatLon FromWgs84(LatLon wgs84, Datum to);

// Great-circle distance in metres (haversine on the IUGG mean radius).
double DistanceMetres(LatLon a, LatLon b);

// An optional position given as two fields (`latitude`, `longitude`, in degrees): both or
// neither (the missing one `required`), each in range (`out_of_range`).
void CheckOptionalPosition(const std::optional<double>& latitude, const std::optional<double>& longitude,
                           std::vector<FieldError>& errors);

}  // namespace sunshine::core
