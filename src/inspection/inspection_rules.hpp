#pragma once
// What an inspection record of a drawn class must look like (R-W4; ADR 0013 decision 2), before
// any database is read: the fixed list of findings, the outcomes, and the checks of each step's
// input (arrival, update, video reference, closing). Pure.
#include <boost/describe.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::inspection {

// absent_trainees, wrong_teacher, wrong_venue, no_teaching, proxy_checkin, records_missing, other
const std::vector<std::string_view>& FindingCodes();
// fine, remarks, serious
const std::vector<std::string_view>& OutcomeCodes();

struct ArrivalInput {
  int headcount = 0;  // people found in the room
  std::optional<double> latitude, longitude;  // where the inspector is (WGS-84), from the phone
};
BOOST_DESCRIBE_STRUCT(ArrivalInput, (), (headcount, latitude, longitude))

struct InspectionUpdate {
  std::optional<int> headcount;
  std::optional<std::vector<std::string>> findings;
  std::optional<std::string> notes;
};
BOOST_DESCRIBE_STRUCT(InspectionUpdate, (), (headcount, findings, notes))

struct VideoInput {
  std::string camera_id;
  std::string from, to;  // ISO 8601 instants
  std::string reference;  // URL or archive reference of the recording
};
BOOST_DESCRIBE_STRUCT(VideoInput, (), (camera_id, from, to, reference))

struct CloseInput {
  std::string outcome;
  std::optional<double> latitude, longitude;  // where the inspector leaves
};
BOOST_DESCRIBE_STRUCT(CloseInput, (), (outcome, latitude, longitude))

inline constexpr int kMaxHeadcount = 1000;

std::vector<core::FieldError> CheckArrival(const ArrivalInput& in);
std::vector<core::FieldError> CheckUpdate(const InspectionUpdate& in);
std::vector<core::FieldError> CheckVideo(const VideoInput& in);
// `findings`: the record's findings when it is closed (a serious outcome needs at least one).
std::vector<core::FieldError> CheckClose(const CloseInput& in, const std::vector<std::string>& findings);

}  // namespace sunshine::inspection
