#include "registry/relation_rules.hpp"

#include <cmath>

#include "core/time.hpp"

namespace sunshine::registry {
namespace {
bool Blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

// Sichuan lies within about 26°N-34.4°N and 97.3°E-108.6°E; a venue outside a generous box
// around it is a typo (swapped coordinates, a missing digit), not a place to train.
constexpr double kMinLat = 25.5, kMaxLat = 35.0, kMinLon = 96.5, kMaxLon = 109.5;
}  // namespace

void CheckPeriod(const std::string& from, const std::optional<std::string>& to, bool to_required,
                 std::vector<core::FieldError>& errors, const char* from_field, const char* to_field) {
  const bool from_ok = core::IsDate(from);
  if (!from_ok) errors.push_back({from_field, from.empty() ? "required" : "not_a_date"});
  if (!to || to->empty()) {
    if (to_required) errors.push_back({to_field, "required"});
  } else if (!core::IsDate(*to)) {
    errors.push_back({to_field, "not_a_date"});
  } else if (from_ok && *to < from) {
    errors.push_back({to_field, "before_start"});
  }
}

std::vector<core::FieldError> CheckEmployment(const EmploymentInput& in) {
  std::vector<core::FieldError> errors;
  if (Blank(in.id_number)) errors.push_back({"id_number", "required"});
  if (in.kind != "employee" && in.kind != "apprentice") errors.push_back({"kind", "unknown"});
  CheckPeriod(in.start_date, in.end_date, false, errors, "start_date", "end_date");
  return errors;
}

std::vector<core::FieldError> CheckFiling(const FilingInput& in, const std::optional<Occupation>& occupation) {
  std::vector<core::FieldError> errors;
  if (!occupation) {
    errors.push_back({"occupation_id", "unknown"});
  } else if (occupation->kind == "special_ability") {
    if (in.level) errors.push_back({"level", "not_applicable"});
  } else if (!in.level) {
    errors.push_back({"level", "required"});
  } else if (*in.level < occupation->highest_level.value_or(1) || *in.level > occupation->lowest_level.value_or(5)) {
    errors.push_back({"level", "not_offered"});  // the occupation has no such level
  }
  CheckPeriod(in.valid_from, in.valid_to, true, errors);
  return errors;
}

std::vector<core::FieldError> CheckVenue(const VenueInput& in, const std::optional<std::string>& region_level) {
  std::vector<core::FieldError> errors;
  if (Blank(in.name)) errors.push_back({"name", "required"});
  if (Blank(in.address)) errors.push_back({"address", "required"});
  if (!region_level)
    errors.push_back({"region_code", "unknown_region"});
  else if (*region_level != "county")
    errors.push_back({"region_code", "not_a_county"});
  if (!std::isfinite(in.latitude) || in.latitude < kMinLat || in.latitude > kMaxLat)
    errors.push_back({"latitude", "outside_province"});
  if (!std::isfinite(in.longitude) || in.longitude < kMinLon || in.longitude > kMaxLon)
    errors.push_back({"longitude", "outside_province"});
  if (in.capacity < 1 || in.capacity > 10000) errors.push_back({"capacity", "out_of_range"});
  if (in.datum && !core::ParseDatum(*in.datum)) errors.push_back({"datum", "unknown"});
  return errors;
}

core::LatLon VenueWgs84(const VenueInput& in) {
  const auto datum = core::ParseDatum(in.datum.value_or("gcj02")).value_or(core::Datum::kGcj02);
  return core::ToWgs84({in.latitude, in.longitude}, datum);
}

std::int64_t MicroDegrees(double degrees) { return std::llround(degrees * 1e6); }

}  // namespace sunshine::registry
