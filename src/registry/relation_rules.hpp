#pragma once
// Records that tie registries together, pure rules: an enterprise's employees and apprentices
// (R-P2), an evaluation body's filings of occupations and levels (R-C4), an institution's
// venues and the training projects it may train (R-C3).
#include <boost/describe.hpp>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/geo.hpp"
#include "registry/occupation_rules.hpp"

namespace sunshine::registry {

struct EmploymentInput {
  std::string id_number;  // the person, found by the blind index of their ID number
  std::string kind;       // "employee" | "apprentice"
  std::string start_date;
  std::optional<std::string> end_date;
  static constexpr std::array<std::string_view, 1> kNullable{"end_date"};
};
BOOST_DESCRIBE_STRUCT(EmploymentInput, (), (id_number, kind, start_date, end_date))

struct FilingInput {
  std::int64_t occupation_id = 0;
  std::optional<int> level;  // none for a special ability
  std::string valid_from, valid_to;
  static constexpr std::array<std::string_view, 1> kNullable{"level"};
};
BOOST_DESCRIBE_STRUCT(FilingInput, (), (occupation_id, level, valid_from, valid_to))

struct VenueInput {
  std::string name, address, region_code;
  double latitude = 0, longitude = 0;  // degrees in `datum`
  int capacity = 0;
  // The datum of latitude/longitude: "gcj02" by default (高德 and 腾讯 maps, and most phones'
  // map apps, show GCJ-02), "bd09" (百度), or "wgs84" (a GPS receiver). Stored as WGS-84.
  std::optional<std::string> datum;
};
BOOST_DESCRIBE_STRUCT(VenueInput, (), (name, address, region_code, latitude, longitude, capacity, datum))

struct PermittedProjectInput {
  std::int64_t project_id = 0;
  std::string valid_from, valid_to;
};
BOOST_DESCRIBE_STRUCT(PermittedProjectInput, (), (project_id, valid_from, valid_to))

// A period of two dates: both real dates, the end not before the start.
void CheckPeriod(const std::string& from, const std::optional<std::string>& to, bool to_required,
                 std::vector<core::FieldError>& errors, const char* from_field = "valid_from",
                 const char* to_field = "valid_to");

std::vector<core::FieldError> CheckEmployment(const EmploymentInput& input);
// `occupation`: the filed occupation, nullopt when it does not exist.
std::vector<core::FieldError> CheckFiling(const FilingInput& input, const std::optional<Occupation>& occupation);
// `region_level`: the level of region_code, nullopt when unknown.
std::vector<core::FieldError> CheckVenue(const VenueInput& input, const std::optional<std::string>& region_level);
// Degrees to the stored micro-degrees (rounded).
std::int64_t MicroDegrees(double degrees);

// The venue's point in WGS-84, the datum it is stored in. Precondition: CheckVenue passed.
core::LatLon VenueWgs84(const VenueInput& input);

}  // namespace sunshine::registry
