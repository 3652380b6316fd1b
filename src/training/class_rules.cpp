#include "training/class_rules.hpp"

#include <set>

#include "core/ids.hpp"
#include "core/time.hpp"
#include "training/filing_rules.hpp"

namespace sunshine::training {
namespace {
std::size_t Chars(const std::string& utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

void CheckText(const std::string& value, const std::string& field, std::size_t max, bool required,
               std::vector<core::FieldError>& errors) {
  if (required && value.empty()) {
    errors.push_back({field, "required"});
  } else if (Chars(value) > max) {
    errors.push_back({field, "too_long"});
  }
}

void CheckTeachers(const ClassInput& in, int today, std::vector<core::FieldError>& errors) {
  if (in.teachers.empty()) errors.push_back({"teachers", "required"});
  if (in.teachers.size() > kMaxTeachers) errors.push_back({"teachers", "too_many"});
  std::set<std::string> seen;
  for (std::size_t i = 0; i < in.teachers.size() && i < kMaxTeachers; ++i) {
    const auto& t = in.teachers[i];
    const std::string at = "teachers[" + std::to_string(i) + "]";
    CheckText(t.name, at + ".name", 50, true, errors);
    CheckText(t.qualification, at + ".qualification", 100, true, errors);
    if (t.id_number.empty()) {
      errors.push_back({at + ".id_number", "required"});
    } else if (auto reason = core::CheckIdNumber(t.id_number, today).reason; !reason.empty()) {
      errors.push_back({at + ".id_number", reason});
    } else if (!seen.insert(core::NormaliseIdNumber(t.id_number)).second) {
      errors.push_back({at + ".id_number", "duplicate"});
    }
  }
}

void CheckSessionShapes(const ClassInput& in, std::vector<core::FieldError>& errors) {
  if (in.sessions.size() > kMaxSessions) errors.push_back({"sessions", "too_many"});
  for (std::size_t i = 0; i < in.sessions.size() && i < kMaxSessions; ++i) {
    const auto& s = in.sessions[i];
    const std::string at = "sessions[" + std::to_string(i) + "]";
    if (!core::IsDate(s.date)) errors.push_back({at + ".date", "not_a_date"});
    const auto start = ClockMinutes(s.start), end = ClockMinutes(s.end);
    if (!start) errors.push_back({at + ".start", "not_a_time"});
    if (!end) errors.push_back({at + ".end", "not_a_time"});
    if (start && end && *end <= *start) errors.push_back({at + ".end", "not_after_start"});
    CheckText(s.topic, at + ".topic", 100, true, errors);
    if (s.teacher < 0 || static_cast<std::size_t>(s.teacher) >= in.teachers.size()) {
      errors.push_back({at + ".teacher", "unknown"});
    }
  }
}

void CheckRosterShapes(const ClassInput& in, int today, std::vector<core::FieldError>& errors) {
  if (in.roster.size() > kMaxRoster) errors.push_back({"roster", "too_many"});
  std::set<std::int64_t> ids;
  std::set<std::string> numbers;
  for (std::size_t i = 0; i < in.roster.size() && i < kMaxRoster; ++i) {
    const auto& r = in.roster[i];
    const std::string at = "roster[" + std::to_string(i) + "]";
    if (r.trainee_id.has_value() == r.id_number.has_value()) {
      errors.push_back({at, "one_of_trainee_id_or_id_number"});
    } else if (r.trainee_id) {
      if (*r.trainee_id <= 0) errors.push_back({at + ".trainee_id", "unknown"});
      else if (!ids.insert(*r.trainee_id).second) errors.push_back({at + ".trainee_id", "duplicate"});
    } else if (auto reason = core::CheckIdNumber(*r.id_number, today).reason; !reason.empty()) {
      errors.push_back({at + ".id_number", reason});
    } else if (!numbers.insert(core::NormaliseIdNumber(*r.id_number)).second) {
      errors.push_back({at + ".id_number", "duplicate"});
    }
  }
}
}  // namespace

boost::json::result<RosterEntryInput> tag_invoke(boost::json::try_value_to_tag<RosterEntryInput>,
                                                 const boost::json::value& value) {
  const auto refused = boost::json::make_error_code(boost::json::error::not_object);
  if (!value.is_object()) return refused;
  RosterEntryInput out;
  for (const auto& [key, item] : value.as_object()) {
    if (item.is_null()) continue;
    if (key == "trainee_id" && item.is_int64()) {
      out.trainee_id = item.as_int64();
    } else if (key == "trainee_id" && item.is_uint64()) {
      out.trainee_id = static_cast<std::int64_t>(item.as_uint64());
    } else if (key == "id_number" && item.is_string()) {
      out.id_number = std::string(item.as_string());
    } else {
      return refused;
    }
  }
  return out;
}

bool IsMode(std::string_view mode) { return mode == "offline" || mode == "online" || mode == "mixed"; }

std::vector<core::FieldError> CheckClassInput(const ClassInput& in, int today) {
  std::vector<core::FieldError> errors;
  CheckText(in.name, "name", 100, true, errors);
  if (in.project_id <= 0) errors.push_back({"project_id", "required"});
  if (in.training_type.empty()) errors.push_back({"training_type", "required"});
  if (!IsMode(in.mode)) {
    errors.push_back({"mode", in.mode.empty() ? "required" : "unknown"});
  } else if (in.mode == "online" && in.venue_id) {
    errors.push_back({"venue_id", "not_allowed"});  // an online class has no classroom to check
  } else if (in.mode != "online" && !in.venue_id) {
    errors.push_back({"venue_id", "required"});
  }
  if (!core::IsDate(in.start_date)) errors.push_back({"start_date", in.start_date.empty() ? "required" : "not_a_date"});
  if (!core::IsDate(in.end_date)) errors.push_back({"end_date", in.end_date.empty() ? "required" : "not_a_date"});
  CheckTeachers(in, today, errors);
  CheckSessionShapes(in, errors);
  CheckRosterShapes(in, today, errors);
  return errors;
}

std::optional<ClassAction> ParseClassAction(std::string_view name) {
  if (name == "submit") return ClassAction::kSubmit;
  if (name == "approve") return ClassAction::kApprove;
  if (name == "reject") return ClassAction::kReject;
  if (name == "cancel") return ClassAction::kCancel;
  return std::nullopt;
}

std::string_view ActionName(ClassAction action) {
  switch (action) {
    case ClassAction::kSubmit: return "submit";
    case ClassAction::kApprove: return "approve";
    case ClassAction::kReject: return "reject";
    case ClassAction::kCancel: return "cancel";
  }
  return "";
}

std::optional<std::string> NextStatus(std::string_view status, ClassAction action) {
  switch (action) {
    case ClassAction::kSubmit:
      if (status == "draft" || status == "rejected") return "submitted";
      break;
    case ClassAction::kApprove:
      if (status == "submitted") return "approved";
      break;
    case ClassAction::kReject:
      if (status == "submitted") return "rejected";
      break;
    case ClassAction::kCancel:
      // Once teaching has begun the class is finished with what happened, never cancelled.
      if (status == "draft" || status == "submitted" || status == "approved" || status == "rejected") {
        return "cancelled";
      }
      break;
  }
  return std::nullopt;
}

bool PlanEditable(std::string_view status) { return status == "draft" || status == "rejected"; }

std::optional<std::string> AdvanceOnDate(std::string_view status, const std::string& start_date,
                                         const std::string& end_date, const std::string& today) {
  if (status == "approved" && today > end_date) return "finished";
  if (status == "approved" && today >= start_date) return "running";
  if (status == "running" && today > end_date) return "finished";
  return std::nullopt;
}

bool BooksPeople(std::string_view status) {
  return status == "submitted" || status == "approved" || status == "running";
}

}  // namespace sunshine::training
