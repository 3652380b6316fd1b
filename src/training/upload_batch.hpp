#pragma once
// What check-in and online-segment batches share: the body {"<member>": [...]} read with every
// refused field named ("events[3].kind"), and the outcome of each item once stored.
#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "db/database.hpp"
#include "http/json.hpp"
#include "training/attendance_store.hpp"
#include "training/checkin_rules.hpp"

namespace sunshine::training {

struct ItemOutcome {
  std::string id;  // the device's own id of the event or segment
  bool duplicate = false;
  bool counts = false;
  std::vector<std::string> reasons;
};

struct BatchReceipt {
  std::int64_t batch_id = 0;
  int stored = 0, duplicates = 0, counting = 0;
  std::vector<ItemOutcome> outcomes;  // in the batch's order
};

// Reads `body` as {"<member>": [item, ...]} with 1..max_items described items of type T; `check`
// adds the value refusals of item i (named "<member>[i].field") after the members are read.
// One refusal per field; everything refused is named at once.
template <class T, class Check>
core::Result<std::vector<T>> ParseBatch(std::string_view body, const std::string& member, std::size_t max_items,
                                        Check check) {
  auto object = http::ParseObject(body);
  if (!object) return object.take_error();
  std::vector<core::FieldError> errors;
  for (const auto& [key, value] : *object) {
    if (key != member) errors.push_back({std::string(key), "unknown_field"});
  }
  const auto* items = object->if_contains(member);
  if (items == nullptr || !items->is_array()) {
    errors.push_back({member, items == nullptr ? "required" : "wrong_type"});
    return core::Error::Invalid("invalid_fields", "批次须为 {\"" + member + "\": [...]}", std::move(errors));
  }
  const auto& array = items->as_array();
  if (array.empty()) errors.push_back({member, "empty"});
  if (array.size() > max_items) errors.push_back({member, "too_many"});
  std::vector<T> out;
  out.reserve(array.size());
  for (std::size_t i = 0; i < array.size() && errors.size() < 100; ++i) {
    const std::string at = member + "[" + std::to_string(i) + "]";
    if (!array[i].is_object()) {
      errors.push_back({at, "not_object"});
      continue;
    }
    const std::size_t before = errors.size();
    out.push_back(http::ReadDescribed<T>(array[i].as_object(), at + ".", errors));
    std::vector<core::FieldError> values;
    check(out.back(), i, values);
    for (auto& refusal : values) {
      const bool named = std::any_of(errors.begin() + static_cast<std::ptrdiff_t>(before), errors.end(),
                                     [&](const core::FieldError& e) { return e.field == refusal.field; });
      if (!named) errors.push_back(std::move(refusal));
    }
  }
  if (!errors.empty()) return core::Error::Invalid("invalid_fields", "上传数据有误，整批未保存", std::move(errors));
  return out;
}

// What one kind of batch is called in the audit trail.
struct BatchKind {
  const char* action;       // "training:checkin:upload"
  const char* object_type;  // "checkin_batch"
  const char* items;        // "events"
};

// Stores a judged batch in the caller's transaction: the batch row, its items (`insert` stores
// them under the batch id and says which were new; the others are duplicates), the counts in
// `receipt`, and one audit record. `row_of[i]` is the stored row of outcome i (SIZE_MAX: a
// repeat within the batch).
void StoreBatch(db::Connection& connection, const core::Actor& actor, const BatchKind& kind, std::int64_t device_id,
                std::int64_t signed_request_id, std::int64_t received_at, BatchReceipt& receipt,
                const std::vector<std::size_t>& row_of,
                const std::function<std::vector<bool>(std::int64_t batch_id)>& insert);

// The reason codes as a JSON array, as stored.
inline std::string ReasonsJson(const std::vector<std::string>& reasons) {
  std::string out = "[";
  for (const auto& r : reasons) out.append(out.size() > 1 ? ",\"" : "\"").append(r).append("\"");
  return out + "]";
}

// Judges a batch's captures in order (class or sitting check-ins): a second copy of an event id
// within the batch is a duplicate; `judge(event)` gives the CheckinJudgement of the others,
// each stored as a row {&event, distance, counts, reasons}. `row_of` as StoreBatch takes it.
template <class Event, class Row, class Judge>
void JudgeCaptures(const std::vector<Event>& events, Judge judge, BatchReceipt& receipt, std::vector<Row>& rows,
                   std::vector<std::size_t>& row_of) {
  std::set<std::string_view> seen;
  for (const auto& e : events) {
    ItemOutcome outcome{e.event_id};
    if (!seen.insert(e.event_id).second) {
      outcome.duplicate = true;
      receipt.outcomes.push_back(std::move(outcome));
      row_of.push_back(SIZE_MAX);
      continue;
    }
    CheckinJudgement judged = judge(e);
    outcome.counts = judged.reasons.empty();
    rows.push_back({&e, judged.distance_m, outcome.counts, ReasonsJson(judged.reasons)});
    outcome.reasons = std::move(judged.reasons);
    row_of.push_back(rows.size() - 1);
    receipt.outcomes.push_back(std::move(outcome));
  }
}

// Late uploads for a finished class are accepted, and change its kept attendance: mark every
// finished class of the batch for settling again (attendance_store.hpp). `classes` maps class
// ids to an optional context with `facts.status`, as both upload services hold them.
template <class Contexts>
void MarkFinishedClassesStale(db::Connection& connection, const Contexts& classes) {
  for (const auto& [id, context] : classes) {
    if (context && context->facts.status == "finished") attendance_store::MarkStale(connection, id);
  }
}

}  // namespace sunshine::training
