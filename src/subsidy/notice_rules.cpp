#include "subsidy/notice_rules.hpp"

#include "core/text.hpp"

namespace sunshine::subsidy {

std::string NoticeEndsOn(const std::string& published_on, const NoticePolicy& policy) {
  return training::AddWorkingDays(training::AddDays(published_on, -1), policy.notice_working_days, policy.calendar);
}

std::string AnswerDueOn(const std::string& lodged_on, const NoticePolicy& policy) {
  return training::AddWorkingDays(lodged_on, policy.answer_working_days, policy.calendar);
}

NoticeState NoticeStateOn(const std::string& today, const std::string& ends_on, int open_objections) {
  if (today <= ends_on) return NoticeState::kPublished;
  return open_objections > 0 ? NoticeState::kAwaitingAnswers : NoticeState::kPayable;
}

std::string_view NoticeStateName(NoticeState state) {
  switch (state) {
    case NoticeState::kPublished: return "published";
    case NoticeState::kAwaitingAnswers: return "awaiting_answers";
    case NoticeState::kPayable: return "payable";
  }
  return "published";
}

std::vector<core::FieldError> CheckObjection(const ObjectionFacts& objection) {
  std::vector<core::FieldError> errors;
  if (!objection.line_id) errors.push_back({"line_id", "required"});
  if (core::IsBlank(objection.reason)) errors.push_back({"reason", "required"});
  if (objection.contact && core::IsBlank(*objection.contact)) errors.push_back({"contact", "blank"});
  return errors;
}

}  // namespace sunshine::subsidy
