#pragma once
// Candidates check in by real name at an assessment sitting (R-W5, "the sitting is supervised
// too"; ADR 0013 decision 4): a terminal of the sitting's host institution uploads signed
// captures, through the same signature check, replay store and batch rows as class check-ins,
// taken whole or not at all. Terminals download the sittings they serve; the organiser and
// officers see every capture with its reasons, and each photo view is audited.
#include <string>
#include <vector>

#include "assessment/sitting_checkin_store.hpp"
#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "http/message.hpp"
#include "training/attendance_service.hpp"
#include "training/photo_service.hpp"
#include "training/upload_batch.hpp"

namespace sunshine::assessment {

// The batch body {"events": [...]}, every refused field named.
core::Result<std::vector<SittingCheckinInput>> ParseSittingCheckinBatch(std::string_view body);

struct HostedSittingView {
  sitting_checkin_store::HostedSitting sitting;
  struct Candidate {
    std::int64_t trainee_id = 0;
    std::string name_masked;
  };
  std::vector<Candidate> candidates;
};

class SittingCheckinService {
 public:
  static constexpr int kMaxScheduleDays = 31;
  static constexpr int kMaxCaptures = 5000;

  SittingCheckinService(db::Database& database, training::CheckinPolicy policy, training::PhotoService& photos)
      : database_(database), policy_(policy), photos_(photos) {}

  // `actor` is the terminal; `request` the signed request itself.
  core::Result<training::BatchReceipt> Upload(const core::Actor& actor, const http::Request& request);
  // Upload's judging and storing in the caller's transaction (the generator's path too).
  core::Result<training::BatchReceipt> Store(db::Connection& connection, const core::Actor& actor,
                                             const std::vector<SittingCheckinInput>& events,
                                             std::int64_t signed_request_id, std::int64_t now) const;

  // The planned sittings the terminal's institution hosts between two dates (at most
  // kMaxScheduleDays), with their candidates' masked names.
  core::Result<std::vector<HostedSittingView>> Schedule(const core::Principal& terminal,
                                                        const std::optional<std::string>& from,
                                                        const std::optional<std::string>& to);
  // Every capture at a sitting within the reader's reach, in time order.
  core::Result<std::vector<sitting_checkin_store::Capture>> Captures(const core::Principal& principal,
                                                                     std::int64_t sitting_id);
  // A photo taken at one of the sitting's captures (each view audited).
  core::Result<training::Photo> PhotoOf(const core::Actor& actor, std::int64_t sitting_id, const std::string& sha256);

 private:
  db::Database& database_;
  training::CheckinPolicy policy_;
  training::PhotoService& photos_;
};

}  // namespace sunshine::assessment
