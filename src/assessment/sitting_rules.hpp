#pragma once
// What an assessment sitting's plan and results must look like before any database is read
// (ADR 0013 decisions 3-4): the shape checks of the plan, of entered results and of amendments,
// and the pass marks per level from their setting. Pure; the service adds what needs the data
// (R-C4 filings, the roster and attendance, the class's teachers).
#include <boost/describe.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "assessment/assessment_rules.hpp"
#include "core/result.hpp"
#include "training/class_rules.hpp"

namespace sunshine::assessment {

struct ExaminerInput {
  std::string name;
  std::string id_number;
  std::string certificate;  // the examiner's 考评员 certificate number
};
BOOST_DESCRIBE_STRUCT(ExaminerInput, (), (name, id_number, certificate))

// A candidate: a trainee of the class by registry id, or (a sitting without a class) a person
// by ID number; read as a class's roster entry is.
using CandidateInput = training::RosterEntryInput;

// POST /api/v1/assessments/sittings. For a class the occupation, level and region are the
// class's; without one they are given. `candidates` empty for a class: every eligible trainee
// of the class not yet a candidate and not exempted.
struct SittingInput {
  std::optional<std::int64_t> class_id;
  std::optional<std::int64_t> occupation_id;
  std::optional<int> level;
  std::optional<std::string> region_code;
  std::optional<std::string> certificate_type;  // for a class of a special ability: which certificate
  std::string date;                             // YYYY-MM-DD
  std::string start, end;                       // HH:MM
  std::string place;
  std::optional<double> latitude, longitude;    // WGS-84 degrees, optional
  // Without a class: the institution whose site and terminals host the sitting (optional; a
  // class's sitting is hosted by the class's institution).
  std::optional<std::int64_t> host_institution_id;
  std::vector<ExaminerInput> examiners;
  std::vector<CandidateInput> candidates;
};
BOOST_DESCRIBE_STRUCT(SittingInput, (),
                      (class_id, occupation_id, level, region_code, certificate_type, date, start, end, place,
                       latitude, longitude, host_institution_id, examiners, candidates))

inline constexpr std::size_t kMaxExaminers = 20;
inline constexpr std::size_t kMaxCandidates = 500;

// Field errors of the plan's shape. `today`: YYYYMMDD for the ID-number check.
std::vector<core::FieldError> CheckSittingInput(const SittingInput& in, int today);

// One candidate's result as entered: scores, or absent (then no scores).
struct ResultInput {
  std::int64_t trainee_id = 0;
  std::optional<int> theory, practical;
  std::optional<bool> absent;  // absent: not sat (no scores)
  static constexpr bool kReadByField = true;
};
BOOST_DESCRIBE_STRUCT(ResultInput, (), (trainee_id, theory, practical, absent))

struct ResultsInput {
  std::vector<ResultInput> results;
};
BOOST_DESCRIBE_STRUCT(ResultsInput, (), (results))

// Field errors of entered results ("results[2].theory"): scores 0-100, both parts for one who
// sat, none for one absent, each trainee once.
std::vector<core::FieldError> CheckResults(const ResultsInput& in);

// A correction after entry: the whole result again, and why.
struct AmendmentInput {
  std::optional<int> theory, practical;
  std::optional<bool> absent;
  std::string reason;
};
BOOST_DESCRIBE_STRUCT(AmendmentInput, (), (theory, practical, absent, reason))
std::vector<core::FieldError> CheckAmendment(const AmendmentInput& in);

// Pass marks per level from the setting `assessment_pass_marks`: "60/60" for every level, then
// optional per-level overrides, "60/60,1:70/70,2:65/65" (level:theory/practical). Level 0 is
// the marks of a sitting without levels. Errors name the setting's bad part.
class PassMarkTable {
 public:
  static core::Result<PassMarkTable> Parse(std::string_view setting);
  PassMarks For(std::optional<int> level) const;

 private:
  PassMarks all_;
  std::map<int, PassMarks> by_level_;
};

}  // namespace sunshine::assessment
