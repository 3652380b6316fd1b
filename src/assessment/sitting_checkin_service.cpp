#include "assessment/sitting_checkin_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "assessment/sitting_service.hpp"
#include "assessment/sitting_store.hpp"
#include "audit/store.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "training/calendar.hpp"
#include "training/checkin_store.hpp"
#include "training/device_auth.hpp"

namespace sunshine::assessment {
namespace {

std::string Field(std::size_t index, const char* member) {
  return "events[" + std::to_string(index) + "]." + member;
}

// What the rules need of one sitting named in the batch, looked up once per batch.
struct SittingContext {
  SittingCheckinFacts facts;
  std::set<std::int64_t> candidates;
};

std::optional<SittingContext> ContextOf(db::Connection& connection, std::int64_t sitting_id, std::int64_t host) {
  sitting_store::Reach reach;
  reach.institution_id = host;
  const auto sitting = sitting_store::Find(connection, sitting_id, reach);
  if (!sitting || sitting->host_institution_id != host) return std::nullopt;
  SittingContext out;
  out.facts.status = sitting->status;
  out.facts.from = core::AtShanghai(sitting->date, sitting->start).value_or(0);
  out.facts.to = core::AtShanghai(sitting->date, sitting->end).value_or(0);
  if (sitting->latitude_e6 && sitting->longitude_e6) {
    out.facts.place = core::LatLon{*sitting->latitude_e6 / 1e6, *sitting->longitude_e6 / 1e6};
  }
  for (const auto& c : sitting_store::Candidates(connection, sitting_id)) out.candidates.insert(c.trainee_id);
  return out;
}
}  // namespace

core::Result<std::vector<SittingCheckinInput>> ParseSittingCheckinBatch(std::string_view body) {
  auto events = training::ParseBatch<SittingCheckinInput>(body, "events", training::kMaxBatchEvents,
                                                           CheckSittingCheckinShape);
  if (events) std::for_each(events->begin(), events->end(), training::ToStoredDatum<SittingCheckinInput>);
  return events;
}

core::Result<training::BatchReceipt> SittingCheckinService::Upload(const core::Actor& actor,
                                                                   const http::Request& request) {
  auto events = ParseSittingCheckinBatch(request.body());
  if (!events) return events.take_error();
  const std::int64_t now = database_.clock().Now();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto signed_request = training::RecordSignature(connection, *actor.principal, request, now);
  if (!signed_request) return signed_request.take_error();
  auto receipt = Store(connection, actor, *events, *signed_request, now);
  if (receipt) transaction.Commit();
  return receipt;
}

core::Result<training::BatchReceipt> SittingCheckinService::Store(db::Connection& connection, const core::Actor& actor,
                                                                  const std::vector<SittingCheckinInput>& events,
                                                                  std::int64_t signed_request_id,
                                                                  std::int64_t now) const {
  const core::Principal& device = *actor.principal;
  const std::int64_t host = device.scope.OrganisationId("institution");
  // A terminal checks candidates in only at the sittings its institution hosts; a sitting it
  // does not serve and one that does not exist read alike.
  std::map<std::int64_t, std::optional<SittingContext>> sittings;
  std::vector<core::FieldError> not_served, unknown;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& e = events[i];
    auto [it, added] = sittings.try_emplace(e.sitting_id);
    if (added) it->second = ContextOf(connection, e.sitting_id, host);
    if (!it->second) {
      not_served.push_back({Field(i, "sitting_id"), "not_served"});
    } else if (!it->second->candidates.contains(e.trainee_id) &&
               !training::checkin_store::TraineeExists(connection, e.trainee_id)) {
      unknown.push_back({Field(i, "trainee_id"), "unknown"});
    }
  }
  if (!not_served.empty()) {
    return core::Error{core::ErrorKind::kForbidden, "sitting_not_served",
                       "终端只能上传本机构承办的考核场次的签到，整批未保存", std::move(not_served)};
  }
  if (!unknown.empty()) return core::Error::Invalid("invalid_fields", "签到指向的人员不存在，整批未保存", std::move(unknown));

  training::BatchReceipt receipt;
  std::vector<sitting_checkin_store::Row> rows;
  std::vector<std::size_t> row_of;
  training::JudgeCaptures(
      events,
      [&](const SittingCheckinInput& e) {
        const auto& context = *sittings.at(e.sitting_id);
        auto facts = context.facts;
        facts.candidate = context.candidates.contains(e.trainee_id);
        facts.received_at = now;
        return JudgeSittingCheckin(e, facts, policy_);
      },
      receipt, rows, row_of);
  training::StoreBatch(connection, actor, {"assessment:checkin:upload", "sitting_checkin_batch", "events"},
                       device.device_id, signed_request_id, now, receipt, row_of, [&](std::int64_t batch_id) {
                         return sitting_checkin_store::Insert(connection, device.device_id, batch_id, now, rows);
                       });
  return receipt;
}

core::Result<std::vector<HostedSittingView>> SittingCheckinService::Schedule(const core::Principal& terminal,
                                                                             const std::optional<std::string>& from,
                                                                             const std::optional<std::string>& to) {
  std::vector<core::FieldError> errors;
  training::CheckDateRange(from, to, kMaxScheduleDays, errors);
  if (!errors.empty()) return core::Error::Invalid("invalid_query", "日期范围有误（最长 31 天）", std::move(errors));
  db::Connection connection(database_);
  std::vector<HostedSittingView> out;
  for (auto& s : sitting_checkin_store::Hosted(connection, terminal.scope.OrganisationId("institution"), *from, *to,
                                               500)) {
    HostedSittingView view{std::move(s), {}};
    for (const auto& c : sitting_store::Candidates(connection, view.sitting.id)) {
      view.candidates.push_back({c.trainee_id, core::MaskName(c.name)});
    }
    out.push_back(std::move(view));
  }
  return out;
}

core::Result<std::vector<sitting_checkin_store::Capture>> SittingCheckinService::Captures(
    const core::Principal& principal, std::int64_t sitting_id) {
  db::Connection connection(database_);
  if (!sitting_store::Find(connection, sitting_id, sitting_store::ReachOf(principal.scope))) return SittingNotFound();
  auto captures = sitting_checkin_store::List(connection, sitting_id, kMaxCaptures);
  for (auto& c : captures) c.name = core::MaskName(c.name);
  return captures;
}

core::Result<training::Photo> SittingCheckinService::PhotoOf(const core::Actor& actor, std::int64_t sitting_id,
                                                             const std::string& sha256) {
  auto missing = [] { return core::Error::Of(core::ErrorKind::kNotFound, "not_found", "照片不存在或不在管辖范围内"); };
  if (!training::IsSha256Hex(sha256)) return missing();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  if (!sitting_store::Find(connection, sitting_id, sitting_store::ReachOf(actor.principal->scope)) ||
      !sitting_checkin_store::PhotoTaken(connection, sitting_id, sha256)) {
    return missing();
  }
  const auto photo = training::checkin_store::FindPhoto(connection, sha256);
  if (!photo) return missing();
  auto bytes = photos_.Bytes(*photo, sha256);
  if (!bytes) return bytes.error();
  // A face photo is personal data: every view is on the record, committed before it is sent.
  audit::Append(connection, actor,
                {.action = "assessment:photo:view", .object_type = "photo", .object_id = sha256,
                 .detail = "{\"sitting_id\":" + std::to_string(sitting_id) + "}"});
  transaction.Commit();
  return training::Photo{photo->content_type, std::move(*bytes)};
}

}  // namespace sunshine::assessment
