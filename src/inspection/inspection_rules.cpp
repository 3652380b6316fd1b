#include "inspection/inspection_rules.hpp"

#include <algorithm>
#include <set>

#include "core/geo.hpp"
#include "core/time.hpp"

namespace sunshine::inspection {
namespace {
bool Known(const std::vector<std::string_view>& codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

void CheckHeadcount(int headcount, std::vector<core::FieldError>& errors) {
  if (headcount < 0 || headcount > kMaxHeadcount) errors.push_back({"headcount", "out_of_range"});
}

}  // namespace

const std::vector<std::string_view>& FindingCodes() {
  static const std::vector<std::string_view> codes = {"absent_trainees", "wrong_teacher",   "wrong_venue", "no_teaching",
                                                      "proxy_checkin",   "records_missing", "other"};
  return codes;
}

const std::vector<std::string_view>& OutcomeCodes() {
  static const std::vector<std::string_view> codes = {"fine", "remarks", "serious"};
  return codes;
}

std::vector<core::FieldError> CheckArrival(const ArrivalInput& in) {
  std::vector<core::FieldError> errors;
  CheckHeadcount(in.headcount, errors);
  core::CheckOptionalPosition(in.latitude, in.longitude, errors);
  return errors;
}

std::vector<core::FieldError> CheckUpdate(const InspectionUpdate& in) {
  std::vector<core::FieldError> errors;
  if (in.headcount) CheckHeadcount(*in.headcount, errors);
  if (in.findings) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < in.findings->size(); ++i) {
      const auto& f = (*in.findings)[i];
      const std::string at = "findings[" + std::to_string(i) + "]";
      if (!Known(FindingCodes(), f)) {
        errors.push_back({at, "unknown"});
      } else if (!seen.insert(f).second) {
        errors.push_back({at, "duplicate"});
      }
    }
    // "Other" says nothing by itself: the notes must.
    if (seen.contains("other") && in.notes.value_or("").empty()) errors.push_back({"notes", "required_with_other"});
  }
  return errors;
}

std::vector<core::FieldError> CheckVideo(const VideoInput& in) {
  std::vector<core::FieldError> errors;
  if (in.camera_id.empty()) errors.push_back({"camera_id", "required"});
  if (in.reference.empty()) errors.push_back({"reference", "required"});
  const auto from = core::ParseIso8601(in.from), to = core::ParseIso8601(in.to);
  if (!from) errors.push_back({"from", "not_a_time"});
  if (!to) errors.push_back({"to", "not_a_time"});
  if (from && to && *to <= *from) errors.push_back({"to", "not_after_start"});
  return errors;
}

std::vector<core::FieldError> CheckClose(const CloseInput& in, const std::vector<std::string>& findings) {
  std::vector<core::FieldError> errors;
  if (!Known(OutcomeCodes(), in.outcome)) errors.push_back({"outcome", "unknown"});
  // A serious outcome opens a case on the institution: it must say what was found.
  if (in.outcome == "serious" && findings.empty()) errors.push_back({"outcome", "serious_without_findings"});
  core::CheckOptionalPosition(in.latitude, in.longitude, errors);
  return errors;
}

}  // namespace sunshine::inspection
