#pragma once
// The classes of a generated province-year (issue 12 item 2), planned before anything is
// written: which institution trains which permitted project when, on which days, with which
// teachers and which people, and where fraud is planted (item 3). Pure: the plan depends only
// on the seed and on the registries and catalogue written before it, and it keeps every rule a
// filing is checked against (class sizes, venue capacity, no one booked twice, at most
// `max_per_year` subsidised trainings a year, the same occupation and level never twice), so
// the services accept every class - except where fraud is planted on purpose, and then only
// in ways the filing checks cannot see.
#include <optional>
#include <string>
#include <vector>

#include "generator/class_plan.hpp"
#include "generator/province.hpp"
#include "generator/shape.hpp"
#include "training/class_rules.hpp"
#include "training/filing_rules.hpp"

namespace sunshine::generator {

// What a class carries on purpose, on `planted_session` (or on all its sessions).
enum class Plant {
  kNone,
  kTerminalBurst,  // one session's start check-ins of the whole roster within seconds
  kUniformTimes,   // every check-in on the exact minute, every one at the same coordinates
  kFarAway,        // a few people check in 3-30 km from the venue
  kNight,          // a few people's check-ins captured between 01:00 and 04:30
  kSharedPhoto,    // a few people's check-ins carry one and the same photo
  kLookalikePhoto, // a few people's check-ins carry one photo, each retouched by a few pixels
  kOnlineOverlap,  // one learner's segments of a day overlap and add up to more than a day
  kPerfectAttendance,  // everyone at every session, each person at their own second of it every time
  kOnlineFastForward,  // one learner takes every online lesson in a fraction of the others' time
};

// Whether a plant concerns every session of its class (`planted_session` is then the one after
// which it shows), not one.
inline bool WholeClass(Plant plant) {
  return plant == Plant::kUniformTimes || plant == Plant::kPerfectAttendance || plant == Plant::kOnlineFastForward;
}

struct ClassPlan {
  std::string key;              // unique in the plan; labels the class's random streams
  bool paired = false;          // one of a PlantedPair
  bool surge = false;           // one of a planted volume jump's classes (filled to capacity)
  // A planted recycling: the key of the first of three classes in a row that share their people
  // (empty when not planted); `recycled` is the class's place among them, 1 to 3.
  std::string recycled_from;
  int recycled = 0;
  std::size_t institution = 0;  // into RegistryFigures::institution_list
  std::size_t project = 0;      // into CatalogueFigures::projects
  std::string name, training_type, mode;
  std::optional<std::size_t> venue;  // into the institution's venues; none for online classes
  DayPattern pattern = DayPattern::kFullDay;
  std::string filed_on, approved_on, start, end;
  std::vector<training::TeacherInput> teachers;
  std::vector<PlannedSession> sessions;
  std::vector<std::size_t> roster;  // into RegistryFigures::people
  Plant plant = Plant::kNone;
  std::size_t planted_session = 0;
  std::vector<std::size_t> planted_people;  // positions in `roster` the plant concerns
  // Whether a session is taught online (segments) or in the room (check-ins).
  bool OnlineSession(std::size_t session) const { return mode == "online" || (mode == "mixed" && session % 2 == 1); }
};

// How many classes a planted volume jump adds to its institution, all starting within four weeks
// of the first day classes may start (the institution's approval is the period's first day).
inline constexpr int kSurgeClasses = 12;

// Two classes far apart on the same days, morning and midday (half an hour after the morning's
// end), that share people or a teacher: each filing is valid, yet no one can be at both - not
// even within one city, where the farthest venue is tens of kilometres away, not hundreds.
struct PlantedPair {
  std::string kind;                        // person_two_places | teacher_two_places
  std::size_t morning = 0, afternoon = 0;  // into TrainingPlan::classes
  std::vector<std::size_t> people;         // into RegistryFigures::people
};

struct TrainingPlan {
  std::vector<ClassPlan> classes;  // in filing order
  std::vector<PlantedPair> pairs;
};

struct PlanOptions {
  std::string from, to;  // the generated period; classes start from four weeks in
  double anomaly_share = 0;
  training::PolicyConfig policy;
  // The demo's institution (into RegistryFigures::institution_list) and the day the demo goes
  // live: it gets classes of several day patterns (weekends too) running on that day, so a
  // user signed in as it sees check-ins arrive whatever the day of the week.
  std::optional<std::size_t> showcase;
  std::string live_day;
};

TrainingPlan PlanTraining(const Scale& scale, const RegistryFigures& registries, const CatalogueFigures& catalogue,
                          std::uint64_t seed, const PlanOptions& options);

std::string_view PlantName(Plant plant);

}  // namespace sunshine::generator
