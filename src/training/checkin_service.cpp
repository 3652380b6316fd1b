#include "training/checkin_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/time.hpp"
#include "http/json.hpp"
#include "training/attendance_rules.hpp"
#include "training/checkin_store.hpp"
#include "training/class_store.hpp"
#include "training/device_auth.hpp"

namespace sunshine::training {
namespace {

// What the rules need of one class named in the batch, looked up once per batch.
struct ClassContext {
  CheckinClassFacts facts;
  std::map<std::int64_t, Interval> sessions;  // id -> the session's instants
  std::map<std::int64_t, std::optional<std::int64_t>> roster;            // trainee -> withdrawn at
};

std::string Field(std::size_t index, const char* member) {
  return "events[" + std::to_string(index) + "]." + member;
}

}  // namespace

core::Result<std::vector<CheckinEventInput>> ParseCheckinBatch(std::string_view body) {
  auto events = ParseBatch<CheckinEventInput>(body, "events", kMaxBatchEvents, CheckEventShape);
  // Judged and stored in WGS-84 only, whatever datum the terminal reported in.
  if (events) std::for_each(events->begin(), events->end(), ToStoredDatum<CheckinEventInput>);
  return events;
}

core::Result<BatchReceipt> CheckinService::Upload(const core::Actor& actor, const http::Request& request) {
  auto events = ParseCheckinBatch(request.body());
  if (!events) return events.take_error();
  const std::int64_t now = database_.clock().Now();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto signed_request = RecordSignature(connection, *actor.principal, request, now);
  if (!signed_request) return signed_request.take_error();
  auto receipt = Store(connection, actor, *events, *signed_request, now);
  if (!receipt) return receipt;
  transaction.Commit();
  if (after_commit_) after_commit_();
  return receipt;
}

core::Result<BatchReceipt> CheckinService::Store(db::Connection& connection, const core::Actor& actor,
                                                 const std::vector<CheckinEventInput>& events,
                                                 std::int64_t signed_request_id, std::int64_t now,
                                                 const HeldPhotoHashes* held) const {
  const core::Principal& device = *actor.principal;
  const std::int64_t institution_id = device.scope.OrganisationId("institution");

  // The facts of every class named, and the refusals that make the whole batch fail.
  const auto venues = checkin_store::DeviceVenues(connection, device.device_id);
  std::map<std::int64_t, std::optional<ClassContext>> classes;
  std::vector<core::FieldError> not_served, unknown;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& e = events[i];
    auto [it, added] = classes.try_emplace(e.class_id);
    if (added) {
      if (auto facts = checkin_store::ClassFacts(connection, e.class_id)) {
        it->second = ClassContext{*facts, class_store::SessionWindows(connection, e.class_id),
                                  checkin_store::RosterPresence(connection, e.class_id)};
      }
    }
    const auto& context = it->second;
    if (!context) {
      unknown.push_back({Field(i, "class_id"), "unknown"});
      continue;
    }
    // A terminal reports only for its own institution's classes held at the venues it serves.
    const bool served = context->facts.institution_id == institution_id && context->facts.venue_id &&
                        std::find(venues.begin(), venues.end(), *context->facts.venue_id) != venues.end();
    if (!served) {
      not_served.push_back({Field(i, "class_id"), "not_served"});
      continue;
    }
    if (!context->sessions.contains(e.session_id)) unknown.push_back({Field(i, "session_id"), "unknown"});
    if (!context->roster.contains(e.trainee_id) && !checkin_store::TraineeExists(connection, e.trainee_id)) {
      unknown.push_back({Field(i, "trainee_id"), "unknown"});
    }
  }
  if (!not_served.empty()) {
    return core::Error{core::ErrorKind::kForbidden, "class_not_served", "终端只能上传本机构、本终端所服务场地的班级打卡，整批未保存",
                       std::move(not_served)};
  }
  if (!unknown.empty()) return core::Error::Invalid("invalid_fields", "打卡指向的班级、课次或人员不存在，整批未保存", std::move(unknown));

  // Judge every event; a second copy of an event id within the batch is a duplicate too.
  BatchReceipt receipt;
  std::vector<CheckinRow> rows;
  std::vector<std::size_t> row_of_outcome;
  JudgeCaptures(
      events,
      [&](const CheckinEventInput& e) {
        const auto& context = *classes.at(e.class_id);
        const auto window = context.sessions.at(e.session_id);
        const auto presence = context.roster.find(e.trainee_id);
        CheckinFacts facts{.class_status = context.facts.status, .session_from = window.from,
                           .session_to = window.to, .venue = context.facts.venue,
                           .on_roster = presence != context.roster.end(),
                           .withdrawn_at = presence != context.roster.end() ? presence->second : std::nullopt,
                           .received_at = now};
        return JudgeCheckin(e, facts, policy_);
      },
      receipt, rows, row_of_outcome);
  if (held) {
    for (auto& row : rows) {
      if (const auto it = held->find(row.event->photo_sha256); it != held->end()) row.held_photo_phash = *it->second;
    }
  }

  StoreBatch(connection, actor, {"training:checkin:upload", "checkin_batch", "events"}, device.device_id,
             signed_request_id, now, receipt, row_of_outcome, [&](std::int64_t batch_id) {
               return checkin_store::InsertCheckins(connection, device.device_id, batch_id, now, rows);
             });
  MarkFinishedClassesStale(connection, classes);
  return receipt;
}

}  // namespace sunshine::training
