#include "core/geo.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sunshine::core {
namespace {
constexpr double kPi = std::numbers::pi;
// The Krasovsky 1940 ellipsoid, on which GCJ-02's offsets are defined.
constexpr double kKrasovskyA = 6378245.0;
constexpr double kKrasovskyEe = 0.00669342162296594323;

bool OutsideChina(LatLon p) { return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271; }

double OffsetLat(double x, double y) {
  double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return r;
}

double OffsetLon(double x, double y) {
  double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return r;
}
}  // namespace

std::optional<Datum> ParseDatum(std::string_view name) {
  if (name == "wgs84") return Datum::kWgs84;
  if (name == "gcj02") return Datum::kGcj02;
  if (name == "bd09") return Datum::kBd09;
  return std::nullopt;
}

std::string_view DatumName(Datum datum) {
  switch (datum) {
    case Datum::kGcj02:
      return "gcj02";
    case Datum::kBd09:
      return "bd09";
    case Datum::kWgs84:
      break;
  }
  return "wgs84";
}

LatLon Gcj02FromWgs84(LatLon p) {
  if (OutsideChina(p)) return p;
  double d_lat = OffsetLat(p.lon - 105.0, p.lat - 35.0);
  double d_lon = OffsetLon(p.lon - 105.0, p.lat - 35.0);
  const double rad_lat = p.lat / 180.0 * kPi;
  double magic = std::sin(rad_lat);
  magic = 1 - kKrasovskyEe * magic * magic;
  const double sqrt_magic = std::sqrt(magic);
  d_lat = (d_lat * 180.0) / ((kKrasovskyA * (1 - kKrasovskyEe)) / (magic * sqrt_magic) * kPi);
  d_lon = (d_lon * 180.0) / (kKrasovskyA / sqrt_magic * std::cos(rad_lat) * kPi);
  return {p.lat + d_lat, p.lon + d_lon};
}

LatLon Wgs84FromGcj02(LatLon gcj) {
  if (OutsideChina(gcj)) return gcj;
  // The offset changes slowly with position, so subtracting the offset at the current guess
  // converges in a few steps.
  LatLon guess = gcj;
  for (int i = 0; i < 30; ++i) {
    const LatLon there = Gcj02FromWgs84(guess);
    const double e_lat = there.lat - gcj.lat, e_lon = there.lon - gcj.lon;
    guess = {guess.lat - e_lat, guess.lon - e_lon};
    if (std::abs(e_lat) < 1e-10 && std::abs(e_lon) < 1e-10) break;
  }
  return guess;
}

LatLon Bd09FromGcj02(LatLon p) {
  constexpr double kXPi = kPi * 3000.0 / 180.0;
  const double z = std::sqrt(p.lon * p.lon + p.lat * p.lat) + 0.00002 * std::sin(p.lat * kXPi);
  const double theta = std::atan2(p.lat, p.lon) + 0.000003 * std::cos(p.lon * kXPi);
  return {z * std::sin(theta) + 0.006, z * std::cos(theta) + 0.0065};
}

LatLon Gcj02FromBd09(LatLon p) {
  constexpr double kXPi = kPi * 3000.0 / 180.0;
  const double x = p.lon - 0.0065, y = p.lat - 0.006;
  const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kXPi);
  const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kXPi);
  return {z * std::sin(theta), z * std::cos(theta)};
}

LatLon ToWgs84(LatLon point, Datum from) {
  switch (from) {
    case Datum::kGcj02:
      return Wgs84FromGcj02(point);
    case Datum::kBd09:
      return Wgs84FromGcj02(Gcj02FromBd09(point));
    case Datum::kWgs84:
      break;
  }
  return point;
}

LatLon FromWgs84(LatLon wgs84, Datum to) {
  switch (to) {
    case Datum::kGcj02:
      return Gcj02FromWgs84(wgs84);
    case Datum::kBd09:
      return Bd09FromGcj02(Gcj02FromWgs84(wgs84));
    case Datum::kWgs84:
      break;
  }
  return wgs84;
}

double DistanceMetres(LatLon a, LatLon b) {
  constexpr double kEarthRadius = 6371008.8;  // IUGG mean radius, metres
  constexpr double kRad = kPi / 180.0;
  const double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

void CheckOptionalPosition(const std::optional<double>& latitude, const std::optional<double>& longitude,
                           std::vector<FieldError>& errors) {
  if (latitude.has_value() != longitude.has_value()) errors.push_back({latitude ? "longitude" : "latitude", "required"});
  if (latitude && (*latitude < -90 || *latitude > 90)) errors.push_back({"latitude", "out_of_range"});
  if (longitude && (*longitude < -180 || *longitude > 180)) errors.push_back({"longitude", "out_of_range"});
}

}  // namespace sunshine::core
