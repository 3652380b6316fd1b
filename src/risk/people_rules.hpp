#pragma once
// Rules over who is on a roster and who teaches: ages, repeats, teachers and online learners
// who cannot be where the records put them.
#include "risk/rules.hpp"

namespace sunshine::risk {

// implausible_age: someone on a roster too old (or young) to be a trainee on the first day.
struct RosterAge {
  std::int64_t trainee_id = 0;
  std::string birth_date, start_date;  // YYYY-MM-DD
  Place place;
};
std::vector<Finding> ImplausibleAge(const std::vector<RosterAge>& rows, const RuleInfo& rule);

// re_enrolment: someone on a class's roster who was trained in the same occupation and level
// before, on another class or in the old system's history.
struct EarlierTraining {
  std::int64_t trainee_id = 0;
  Place place;             // the later class
  std::string start_date;  // of the later class
  std::string earlier_source;  // "class" or "history"
  std::int64_t earlier_id = 0;  // the earlier class, or the history record
  std::string earlier_date;
};
// Rows ordered by the later class.
std::vector<Finding> ReEnrolment(const std::vector<EarlierTraining>& rows, const RuleInfo& rule);

// A session as its teacher gives it: the teacher's blind index names one person across classes.
struct TeacherSession {
  std::string teacher_key;
  std::int64_t teacher_id = 0, session_id = 0;  // the class's teacher row, the session
  Place place;
  std::int64_t from = 0, to = 0;  // Unix ms
  std::optional<std::pair<std::int64_t, std::int64_t>> venue_e6;  // latitude, longitude; none online
};
// teacher_two_places: a teacher whose sessions at two classes overlap, or follow each other
// closer than the road between the venues allows. Rows ordered by teacher and start.
std::vector<Finding> TeacherTwoPlaces(const std::vector<TeacherSession>& rows, const RuleInfo& rule);

// An online learning segment.
struct OnlineSegment {
  std::int64_t segment_id = 0, trainee_id = 0;
  Place place;
  std::int64_t started_at = 0, ended_at = 0;  // Unix ms
  std::string course_item;                    // the lesson, as the platform reported it
};
// online_overlap: a learner whose segments of a day overlap, or add up to more hours than a day
// of study holds. Rows ordered by trainee and start.
std::vector<Finding> OnlineOverlap(const std::vector<OnlineSegment>& rows, const RuleInfo& rule);
// online_too_fast: a learner who, on some days, took most lessons of a class in a fraction of
// the median time the class's other learners took for the same lesson. Rows ordered by trainee
// and start.
std::vector<Finding> OnlineTooFast(const std::vector<OnlineSegment>& rows, const RuleInfo& rule);

}  // namespace sunshine::risk
