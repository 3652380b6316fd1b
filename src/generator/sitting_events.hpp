#pragma once
// What terminals and the online platform report for one session of a generated class (issue 12
// item 2), as pure rules: who came, when each check-in was captured and where, the face scores
// and the photo of each, and the learning segments with their face checks - realistic habits
// (a few late, a few leaving early, some missing days) and, where the class carries a plant,
// the planted fraud (generator/training_plan.hpp). The same labels give the same events.
#include <string>
#include <vector>

#include "assessment/sitting_checkin_rules.hpp"
#include "core/clock.hpp"
#include "generator/training_plan.hpp"
#include "training/checkin_rules.hpp"
#include "training/online_rules.hpp"

namespace sunshine::generator {

struct SittingContext {
  const ClassPlan* plan = nullptr;
  std::size_t session = 0;  // position in the plan's sessions
  std::int64_t class_id = 0, session_id = 0;
  std::vector<std::int64_t> trainee_ids;           // per roster position
  core::EpochMillis from = 0, to = 0;              // the session's instants
  double venue_latitude = 0, venue_longitude = 0;  // WGS-84
  std::uint64_t seed = 0;
};

// A photo to upload: generator/portrait.hpp's labels.
struct PhotoLabel {
  std::string person, sitting;
  std::string retouch;  // none, or the sitting's photo retouched by a few pixels (portrait.hpp)
};

struct PlannedEvent {
  training::CheckinEventInput event;  // photo_sha256 left empty: the caller hashes the portrait
  PhotoLabel photo;
};

// The check-ins of `kind` ("start" or "end") at one session in the room.
std::vector<PlannedEvent> SittingEvents(const SittingContext& context, std::string_view kind);

// A candidate's check-in at an assessment sitting (generator/assessment_steps.hpp).
struct PlannedCapture {
  assessment::SittingCheckinInput event;  // photo_sha256 left empty
  PhotoLabel photo;
};

struct PlannedSegment {
  training::SegmentInput segment;  // each face check's photo_sha256 left empty
  std::vector<PhotoLabel> photos;  // per face check
};

// The learning segments of one session taught online.
std::vector<PlannedSegment> SessionSegments(const SittingContext& context);

}  // namespace sunshine::generator
