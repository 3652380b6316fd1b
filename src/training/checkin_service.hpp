#pragma once
// Check-in batches from terminals (R-W3). A batch is taken whole or not at all: malformed
// events, classes the terminal does not serve, unknown sessions or people refuse it all and
// store nothing; otherwise every event is stored once (a re-sent event id is a duplicate)
// with the reasons it does not count, in one transaction with the replay record and audit.
#include <functional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "http/message.hpp"
#include "training/checkin_rules.hpp"
#include "training/checkin_store.hpp"
#include "training/upload_batch.hpp"

namespace sunshine::training {

// The batch body, {"events": [...]}, read with every refused field named ("events[3].kind").
core::Result<std::vector<CheckinEventInput>> ParseCheckinBatch(std::string_view body);

class CheckinService {
 public:
  CheckinService(db::Database& database, CheckinPolicy policy) : database_(database), policy_(policy) {}

  // `actor` is the terminal (a device principal); `request` the signed request itself.
  core::Result<BatchReceipt> Upload(const core::Actor& actor, const http::Request& request);

  // What Upload does once the request is read and its signature recorded (`signed_request_id`):
  // judges and stores the events received at `now` in the caller's transaction. The generator's
  // bulk path (ADR 0012) calls it for many batches in one transaction; the rules are these.
  // `held`: the photos the caller kept but has not recorded yet, whose hashes the check-ins take.
  core::Result<BatchReceipt> Store(db::Connection& connection, const core::Actor& actor,
                                   const std::vector<CheckinEventInput>& events, std::int64_t signed_request_id,
                                   std::int64_t now, const HeldPhotoHashes* held = nullptr) const;

  // Called after each uploaded batch commits (risk screening wakes on it, docs/risk-screening.md):
  // set once before the server runs; it must return at once.
  void AfterCommit(std::function<void()> hook) { after_commit_ = std::move(hook); }

  const CheckinPolicy& policy() const { return policy_; }

 private:
  std::function<void()> after_commit_;
  db::Database& database_;
  CheckinPolicy policy_;
};

}  // namespace sunshine::training
