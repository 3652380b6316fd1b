#pragma once
// Learning segments from online-learning platforms (R-W3), taken like check-in batches: whole
// or not at all (malformed segments, classes the platform does not serve, unknown people
// refuse it all), every well-formed segment stored once with the reasons it does not count,
// in one transaction with the replay record and audit.
#include <functional>
#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "http/message.hpp"
#include "training/online_rules.hpp"
#include "training/upload_batch.hpp"

namespace sunshine::training {

// The batch body, {"segments": [...]}, read with every refused field named.
core::Result<std::vector<SegmentInput>> ParseSegmentBatch(std::string_view body);

class OnlineService {
 public:
  OnlineService(db::Database& database, OnlinePolicy policy) : database_(database), policy_(policy) {}

  // `actor` is the platform (a device principal); `request` the signed request itself.
  core::Result<BatchReceipt> Upload(const core::Actor& actor, const http::Request& request);

  // What Upload does once the request is read and its signature recorded: judges and stores the
  // segments received at `now` in the caller's transaction (the generator's bulk path, ADR 0012).
  core::Result<BatchReceipt> Store(db::Connection& connection, const core::Actor& actor,
                                   const std::vector<SegmentInput>& segments, std::int64_t signed_request_id,
                                   std::int64_t now) const;

  // Called after each uploaded batch commits (risk screening wakes on it, docs/risk-screening.md):
  // set once before the server runs; it must return at once.
  void AfterCommit(std::function<void()> hook) { after_commit_ = std::move(hook); }

 private:
  std::function<void()> after_commit_;
  db::Database& database_;
  OnlinePolicy policy_;
};

}  // namespace sunshine::training
