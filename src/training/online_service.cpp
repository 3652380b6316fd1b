#include "training/online_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/time.hpp"
#include "training/checkin_store.hpp"
#include "training/class_store.hpp"
#include "training/device_auth.hpp"

namespace sunshine::training {
namespace {
struct ClassContext {
  CheckinClassFacts facts;
  std::map<std::int64_t, std::optional<std::int64_t>> roster;  // trainee -> withdrawn at
  std::vector<Interval> sessions;                                // the planned sessions' instants
};

std::string Field(std::size_t index, const char* member) {
  return "segments[" + std::to_string(index) + "]." + member;
}
}  // namespace

core::Result<std::vector<SegmentInput>> ParseSegmentBatch(std::string_view body) {
  return ParseBatch<SegmentInput>(body, "segments", kMaxBatchSegments, CheckSegmentShape);
}

core::Result<BatchReceipt> OnlineService::Upload(const core::Actor& actor, const http::Request& request) {
  auto segments = ParseSegmentBatch(request.body());
  if (!segments) return segments.take_error();
  const std::int64_t now = database_.clock().Now();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto signed_request = RecordSignature(connection, *actor.principal, request, now);
  if (!signed_request) return signed_request.take_error();
  auto receipt = Store(connection, actor, *segments, *signed_request, now);
  if (!receipt) return receipt;
  transaction.Commit();
  if (after_commit_) after_commit_();
  return receipt;
}

core::Result<BatchReceipt> OnlineService::Store(db::Connection& connection, const core::Actor& actor,
                                                const std::vector<SegmentInput>& segments,
                                                std::int64_t signed_request_id, std::int64_t now) const {
  const core::Principal& platform = *actor.principal;
  const std::int64_t institution_id = platform.scope.OrganisationId("institution");

  std::map<std::int64_t, std::optional<ClassContext>> classes;
  std::vector<core::FieldError> not_served, unknown;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& s = segments[i];
    auto [it, added] = classes.try_emplace(s.class_id);
    if (added) {
      if (auto facts = checkin_store::ClassFacts(connection, s.class_id)) {
        std::vector<Interval> sessions;
        for (const auto& [id, window] : class_store::SessionWindows(connection, s.class_id)) sessions.push_back(window);
        it->second = ClassContext{*facts, checkin_store::RosterPresence(connection, s.class_id), std::move(sessions)};
      }
    }
    if (!it->second) {
      unknown.push_back({Field(i, "class_id"), "unknown"});
      continue;
    }
    // A platform reports only for its own institution's online and mixed classes.
    const auto& facts = it->second->facts;
    if (facts.institution_id != institution_id || facts.mode == "offline") {
      not_served.push_back({Field(i, "class_id"), "not_served"});
      continue;
    }
    if (!it->second->roster.contains(s.trainee_id) && !checkin_store::TraineeExists(connection, s.trainee_id)) {
      unknown.push_back({Field(i, "trainee_id"), "unknown"});
    }
  }
  if (!not_served.empty()) {
    return core::Error{core::ErrorKind::kForbidden, "class_not_served",
                       "平台只能上传本机构线上或混合班级的学习记录，整批未保存", std::move(not_served)};
  }
  if (!unknown.empty()) return core::Error::Invalid("invalid_fields", "学习记录指向的班级或人员不存在，整批未保存", std::move(unknown));

  // Judge in order: a segment overlapping one stored before, or one accepted earlier in this
  // batch, does not count (time is never counted twice).
  BatchReceipt receipt;
  std::vector<SegmentRow> rows;
  std::vector<std::size_t> row_of;
  std::set<std::string_view> seen;
  std::map<std::int64_t, std::vector<Interval>> taken;  // trainee -> periods earlier in the batch
  for (const auto& s : segments) {
    ItemOutcome outcome{s.segment_id};
    if (!seen.insert(s.segment_id).second) {
      outcome.duplicate = true;
      receipt.outcomes.push_back(std::move(outcome));
      row_of.push_back(SIZE_MAX);
      continue;
    }
    const auto& context = *classes.at(s.class_id);
    const auto presence = context.roster.find(s.trainee_id);
    auto& earlier = taken[s.trainee_id];
    const bool overlaps =
        checkin_store::SegmentOverlaps(connection, s.trainee_id, s.started_at, s.ended_at) ||
        std::any_of(earlier.begin(), earlier.end(),
                    [&](const Interval& i) { return i.from < s.ended_at && i.to > s.started_at; });
    SegmentFacts facts{.class_status = context.facts.status, .on_roster = presence != context.roster.end(),
                       .withdrawn_at = presence != context.roster.end() ? presence->second : std::nullopt,
                       .overlaps_other = overlaps, .received_at = now,
                       .in_a_session = std::any_of(context.sessions.begin(), context.sessions.end(),
                                                   [&](const Interval& i) {
                                                     return i.from < s.ended_at && i.to > s.started_at;
                                                   })};
    outcome.reasons = JudgeSegment(s, facts, policy_);
    outcome.counts = outcome.reasons.empty();
    earlier.push_back({s.started_at, s.ended_at});
    rows.push_back({&s, outcome.counts, ReasonsJson(outcome.reasons)});
    row_of.push_back(rows.size() - 1);
    receipt.outcomes.push_back(std::move(outcome));
  }
  StoreBatch(connection, actor, {"training:online:upload", "segment_batch", "segments"}, platform.device_id,
             signed_request_id, now, receipt, row_of, [&](std::int64_t batch_id) {
               return checkin_store::InsertSegments(connection, platform.device_id, batch_id, now, rows);
             });
  MarkFinishedClassesStale(connection, classes);
  return receipt;
}

}  // namespace sunshine::training
