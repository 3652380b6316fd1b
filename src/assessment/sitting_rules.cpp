#include "assessment/sitting_rules.hpp"

#include <charconv>
#include <set>

#include "core/geo.hpp"
#include "assessment/certificate_number.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "training/filing_rules.hpp"

namespace sunshine::assessment {
namespace {
void Required(const std::string& value, const std::string& field, std::vector<core::FieldError>& errors) {
  if (value.empty()) errors.push_back({field, "required"});
}

void CheckIdNumberField(const std::string& number, const std::string& field, int today, std::set<std::string>& seen,
                        std::vector<core::FieldError>& errors) {
  if (number.empty()) {
    errors.push_back({field, "required"});
  } else if (auto reason = core::CheckIdNumber(number, today).reason; !reason.empty()) {
    errors.push_back({field, reason});
  } else if (!seen.insert(core::NormaliseIdNumber(number)).second) {
    errors.push_back({field, "duplicate"});
  }
}

void CheckExaminers(const SittingInput& in, int today, std::vector<core::FieldError>& errors) {
  if (in.examiners.empty()) errors.push_back({"examiners", "required"});
  if (in.examiners.size() > kMaxExaminers) errors.push_back({"examiners", "too_many"});
  std::set<std::string> seen;
  for (std::size_t i = 0; i < in.examiners.size() && i < kMaxExaminers; ++i) {
    const auto& e = in.examiners[i];
    const std::string at = "examiners[" + std::to_string(i) + "]";
    Required(e.name, at + ".name", errors);
    Required(e.certificate, at + ".certificate", errors);
    CheckIdNumberField(e.id_number, at + ".id_number", today, seen, errors);
  }
}

void CheckCandidates(const SittingInput& in, int today, std::vector<core::FieldError>& errors) {
  if (in.candidates.size() > kMaxCandidates) errors.push_back({"candidates", "too_many"});
  if (!in.class_id && in.candidates.empty()) errors.push_back({"candidates", "required"});
  std::set<std::string> numbers;
  std::set<std::int64_t> ids;
  for (std::size_t i = 0; i < in.candidates.size() && i < kMaxCandidates; ++i) {
    const auto& c = in.candidates[i];
    const std::string at = "candidates[" + std::to_string(i) + "]";
    if (in.class_id) {
      // A class's candidates are its trainees, named by registry id.
      if (!c.trainee_id || c.id_number) {
        errors.push_back({at + ".trainee_id", "required"});
      } else if (!ids.insert(*c.trainee_id).second) {
        errors.push_back({at + ".trainee_id", "duplicate"});
      }
    } else if (!c.id_number || c.trainee_id) {
      errors.push_back({at + ".id_number", "required"});
    } else {
      CheckIdNumberField(*c.id_number, at + ".id_number", today, numbers, errors);
    }
  }
}

void CheckPlace(const SittingInput& in, std::vector<core::FieldError>& errors) {
  Required(in.place, "place", errors);
  core::CheckOptionalPosition(in.latitude, in.longitude, errors);
}

std::optional<int> Number(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// "60/70" as theory and practical out of 100.
std::optional<PassMarks> ParseMarks(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto theory = Number(text.substr(0, slash)), practical = Number(text.substr(slash + 1));
  if (!theory || !practical || *theory < 0 || *theory > 100 || *practical < 0 || *practical > 100) return std::nullopt;
  return PassMarks{*theory, *practical};
}

void CheckScoresOf(const std::optional<int>& theory, const std::optional<int>& practical, bool absent,
                   const std::string& at, std::vector<core::FieldError>& errors) {
  if (absent) {
    if (theory) errors.push_back({at + ".theory", "not_allowed_when_absent"});
    if (practical) errors.push_back({at + ".practical", "not_allowed_when_absent"});
    return;
  }
  if (!theory) errors.push_back({at + ".theory", "required"});
  if (!practical) errors.push_back({at + ".practical", "required"});
  auto out = CheckScores({theory, practical}, at);
  errors.insert(errors.end(), out.begin(), out.end());
}
}  // namespace

std::vector<core::FieldError> CheckSittingInput(const SittingInput& in, int today) {
  std::vector<core::FieldError> errors;
  if (in.class_id) {
    if (*in.class_id <= 0) errors.push_back({"class_id", "unknown"});
    if (in.occupation_id) errors.push_back({"occupation_id", "not_allowed_with_class"});
    if (in.level) errors.push_back({"level", "not_allowed_with_class"});
    if (in.region_code) errors.push_back({"region_code", "not_allowed_with_class"});
    if (in.host_institution_id) errors.push_back({"host_institution_id", "not_allowed_with_class"});
  } else {
    if (in.host_institution_id && *in.host_institution_id <= 0) errors.push_back({"host_institution_id", "unknown"});
    if (!in.occupation_id) errors.push_back({"occupation_id", "required"});
    if (in.level && (*in.level < 1 || *in.level > 5)) errors.push_back({"level", "out_of_range"});
    if (!in.region_code) errors.push_back({"region_code", "required"});
  }
  if (in.certificate_type && !ParseType(*in.certificate_type)) errors.push_back({"certificate_type", "unknown"});
  if (!core::IsDate(in.date)) errors.push_back({"date", "not_a_date"});
  const auto start = training::ClockMinutes(in.start), end = training::ClockMinutes(in.end);
  if (!start) errors.push_back({"start", "not_a_time"});
  if (!end) errors.push_back({"end", "not_a_time"});
  if (start && end && *end <= *start) errors.push_back({"end", "not_after_start"});
  CheckPlace(in, errors);
  CheckExaminers(in, today, errors);
  CheckCandidates(in, today, errors);
  return errors;
}

std::vector<core::FieldError> CheckResults(const ResultsInput& in) {
  std::vector<core::FieldError> errors;
  if (in.results.empty()) errors.push_back({"results", "required"});
  if (in.results.size() > kMaxCandidates) errors.push_back({"results", "too_many"});
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < in.results.size() && i < kMaxCandidates; ++i) {
    const auto& r = in.results[i];
    const std::string at = "results[" + std::to_string(i) + "]";
    if (!seen.insert(r.trainee_id).second) errors.push_back({at + ".trainee_id", "duplicate"});
    CheckScoresOf(r.theory, r.practical, r.absent.value_or(false), at, errors);
  }
  return errors;
}

std::vector<core::FieldError> CheckAmendment(const AmendmentInput& in) {
  std::vector<core::FieldError> errors;
  std::vector<core::FieldError> scores;
  CheckScoresOf(in.theory, in.practical, in.absent.value_or(false), "result", scores);
  for (auto& e : scores) e.field = e.field.substr(std::string("result.").size());  // the body's own names
  errors.insert(errors.end(), scores.begin(), scores.end());
  Required(in.reason, "reason", errors);
  return errors;
}

core::Result<PassMarkTable> PassMarkTable::Parse(std::string_view setting) {
  PassMarkTable table;
  bool first = true;
  std::size_t begin = 0;
  while (begin <= setting.size()) {
    const auto comma = std::min(setting.find(',', begin), setting.size());
    const auto part = setting.substr(begin, comma - begin);
    const auto colon = part.find(':');
    const auto marks = ParseMarks(colon == std::string_view::npos ? part : part.substr(colon + 1));
    const auto level = colon == std::string_view::npos ? std::nullopt : Number(part.substr(0, colon));
    if (!marks || (colon != std::string_view::npos && (!level || *level < 0 || *level > 5)) ||
        (first != (colon == std::string_view::npos))) {
      return core::Error::Invalid("invalid_setting", "assessment_pass_marks: \"" + std::string(part) +
                                                         "\" is not theory/practical (first) or level:theory/practical");
    }
    if (first) {
      table.all_ = *marks;
    } else {
      table.by_level_[*level] = *marks;
    }
    first = false;
    begin = comma + 1;
  }
  return table;
}

PassMarks PassMarkTable::For(std::optional<int> level) const {
  const auto it = by_level_.find(level.value_or(0));
  return it == by_level_.end() ? all_ : it->second;
}

}  // namespace sunshine::assessment
