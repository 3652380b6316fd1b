#include "core/geo.hpp"

#include <gtest/gtest.h>

namespace sunshine::core {
namespace {

// Reference points published with the widely used open implementations of the GCJ-02
// transform (eviltransform's test table; coordtransform's worked example).
TEST(GeoTest, Gcj02MatchesPublishedReferencePoints) {
  struct Case {
    const char* name;
    LatLon wgs84, gcj02;
  };
  const Case cases[] = {
      {"Shanghai", {31.1774276, 121.5272106}, {31.17530398364597, 121.531541859215}},
      {"Shenzhen", {22.543847, 113.912316}, {22.540796131694766, 113.9171764808363}},
      {"Beijing", {39.911954, 116.377817}, {39.91334545536069, 116.38404722455657}},
      {"Beijing, Tiananmen", {39.915, 116.404}, {39.91640428150164, 116.41024449916938}},
  };
  for (const auto& c : cases) {
    const LatLon gcj = Gcj02FromWgs84(c.wgs84);
    EXPECT_NEAR(gcj.lat, c.gcj02.lat, 1e-9) << c.name;
    EXPECT_NEAR(gcj.lon, c.gcj02.lon, 1e-9) << c.name;
    const LatLon back = Wgs84FromGcj02(c.gcj02);
    EXPECT_LT(DistanceMetres(back, c.wgs84), 0.01) << c.name << ": the inverse is exact to a centimetre";
  }
}

TEST(GeoTest, Bd09MatchesPublishedReferencePoints) {
  const LatLon gcj = Gcj02FromBd09({39.915, 116.404});
  EXPECT_NEAR(gcj.lat, 39.90865673957631, 1e-9);
  EXPECT_NEAR(gcj.lon, 116.39762729119315, 1e-9);
  const LatLon bd = Bd09FromGcj02({39.915, 116.404});
  EXPECT_NEAR(bd.lat, 39.92133699351021, 1e-9);
  EXPECT_NEAR(bd.lon, 116.41036949371029, 1e-9);
  const LatLon round = Gcj02FromBd09(Bd09FromGcj02({30.657, 104.081}));
  EXPECT_LT(DistanceMetres(round, {30.657, 104.081}), 0.5);
}

TEST(GeoTest, InSichuanTheDatumsAreHundredsOfMetresApart) {
  // Chengdu's Tianfu Square and Xichang: the gap the issue measured (350-460 m) against a
  // 500 m check-in limit is why every coordinate is converted before it is compared.
  for (const LatLon wgs : {LatLon{30.6570, 104.0660}, LatLon{27.8940, 102.2640}, LatLon{32.0, 98.5}}) {
    const double apart = DistanceMetres(wgs, Gcj02FromWgs84(wgs));
    EXPECT_GT(apart, 200) << wgs.lat;
    EXPECT_LT(apart, 800) << wgs.lat;
    EXPECT_LT(DistanceMetres(ToWgs84(FromWgs84(wgs, Datum::kGcj02), Datum::kGcj02), wgs), 0.01);
    EXPECT_LT(DistanceMetres(ToWgs84(FromWgs84(wgs, Datum::kBd09), Datum::kBd09), wgs), 0.5);
  }
}

TEST(GeoTest, OutsideChinaNothingMoves) {
  const LatLon london{51.5, -0.12};
  EXPECT_EQ(Gcj02FromWgs84(london).lat, london.lat);
  EXPECT_EQ(Wgs84FromGcj02(london).lon, london.lon);
}

TEST(GeoTest, DatumNames) {
  EXPECT_EQ(ParseDatum("gcj02"), Datum::kGcj02);
  EXPECT_EQ(ParseDatum("bd09"), Datum::kBd09);
  EXPECT_EQ(ParseDatum("wgs84"), Datum::kWgs84);
  EXPECT_FALSE(ParseDatum("WGS84").has_value());
  EXPECT_EQ(DatumName(Datum::kGcj02), "gcj02");
}

TEST(GeoTest, DistanceIsHaversine) {
  EXPECT_NEAR(DistanceMetres({30.0, 104.0}, {30.001, 104.0}), 111.19, 0.05);
  EXPECT_EQ(DistanceMetres({30.0, 104.0}, {30.0, 104.0}), 0.0);
}

}  // namespace
}  // namespace sunshine::core
