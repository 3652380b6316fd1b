#pragma once
// Public notice (公示) and objections (issue 14 item 4; R-F1; policy_rules.md §3.8), as pure
// rules: how long a batch is published, until when an objection is taken and answered, when a
// batch may be paid, and what an objection must say. The service applies them to stored rows.
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "training/calendar.hpp"

namespace sunshine::subsidy {

struct NoticePolicy {
  int notice_working_days = 5;  // notice_working_days [V] 5 working days (常州; 深圳 7 days)
  int answer_working_days = 5;  // objection_answer_working_days [V] 5 working days (深圳)
  training::WorkCalendar calendar;
};

// The notice's last day: the `notice_working_days`-th working day counting the day it is
// published when that is a working day (published on a Monday, five days end on the Friday).
std::string NoticeEndsOn(const std::string& published_on, const NoticePolicy& policy);
// The last day an officer has to answer an objection lodged on `lodged_on`.
std::string AnswerDueOn(const std::string& lodged_on, const NoticePolicy& policy);

// Where a batch stands on `today`: published and taking objections; past its period with an
// objection still open; or payable (past its period, nothing open).
enum class NoticeState { kPublished, kAwaitingAnswers, kPayable };
NoticeState NoticeStateOn(const std::string& today, const std::string& ends_on, int open_objections);
std::string_view NoticeStateName(NoticeState state);

// An objection as lodged by anyone (no sign-in).
struct ObjectionFacts {
  std::optional<std::int64_t> line_id;
  std::string reason;
  std::optional<std::string> contact;
};
// Field errors: line_id required; reason required (not blank); contact, when given, not blank.
std::vector<core::FieldError> CheckObjection(const ObjectionFacts& objection);

}  // namespace sunshine::subsidy
