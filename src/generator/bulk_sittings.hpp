#pragma once
// The province scale's way of writing sittings (ADR 0012 §3). A province-year is some 30 million
// check-ins and online face checks, each with a photo; through the API each photo is its own
// signed request, transaction and audit record, which would take hours here. In bulk the
// terminals' batches are still signed by their devices, recorded against replay, judged and
// stored by the services' own code (CheckinService::Store, OnlineService::Store) and their
// photos kept by PhotoService::Keep, with two differences only:
//   - many batches share one transaction (committed before every step the services take
//     themselves, since SQLite has one writer, and every few thousand rows);
//   - a photo has no signed request and audit record of its own: the signed batch names each
//     photo's SHA-256, so the batch's signature and its audit record vouch for its photos;
//     photo rows are inserted many at a time in hash order (the bytes are in the pack at once),
//     and the check-ins take their photos' perceptual hashes from those held for that.
// tests/generation/bulk_equality_test.cpp writes one period both ways and finds the same rows.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "generator/photo_filter.hpp"
#include "generator/sitting_upload.hpp"
#include "training/checkin_store.hpp"
#include "training/upload_batch.hpp"

namespace sunshine::generator {

class BulkSittings {
 public:
  explicit BulkSittings(app::App& app) : app_(app) {}
  ~BulkSittings();  // rolls back what was not committed
  BulkSittings(const BulkSittings&) = delete;
  BulkSittings& operator=(const BulkSittings&) = delete;

  // Keeps a batch's photos, received from `terminal_id` at `now`; how many were not stored before.
  // Their bytes go to the pack at once (PhotoService::Append); their rows are inserted many at a
  // time in hash order (RecordPhotos), at the latest by RestoreIndexes.
  int Keep(std::int64_t terminal_id, const std::vector<SittingUpload::Photo>& photos, std::int64_t now);
  // One signed batch as the upload endpoints take it: `device` the terminal's principal,
  // `request` the signed request, its body read by the endpoints' own parser (so the numbers are
  // stored as the API would read them). Throws std::runtime_error on a refusal.
  training::BatchReceipt Checkins(const core::Actor& device, const http::Request& request, std::int64_t now);
  training::BatchReceipt Segments(const core::Actor& platform, const http::Request& request, std::int64_t now);
  // Ends the open transaction, if any.
  void Commit();

  // The check-ins' secondary indexes that nothing reads while the sittings are written (by
  // trainee, photo, instant, and the not-counting list) are dropped before and built again after,
  // from the statements the catalogue held: an index built once from sorted rows costs a small
  // part of one kept up row by row in random order (the photo hash) through a province-year.
  // `expected_photos`: about how many photos the period keeps (sizes the filter of photos kept).
  void DeferIndexes(std::uint64_t expected_photos);
  // Also, on PostgreSQL, vacuums and analyses the tables the period filled: without it nothing
  // is marked all-visible (no index-only scans) and the planner guesses sizes until autovacuum
  // comes round (docs/performance.md, the city on PostgreSQL).
  void RestoreIndexes();

 private:
  // The open transaction's connection, opening one if none is open.
  db::Connection& Open();
  // The rest of an upload once its body is read as the endpoint reads it: the signature recorded
  // against replay, then `store` (the service's Store) in the open transaction.
  template <class Items, class Store>
  training::BatchReceipt Upload(const core::Actor& device, const http::Request& request, std::int64_t now,
                                const Items& items, Store store);
  void Written(std::size_t rows);
  void RecordPhotos();

  app::App& app_;
  std::unique_ptr<db::Connection> connection_;
  std::optional<db::Transaction> transaction_;
  std::size_t rows_ = 0;  // written in the open transaction
  std::vector<std::pair<std::string, std::string>> deferred_;  // name, the statement that makes it
  // Appended, not yet inserted; and their perceptual hashes, which their check-ins take at once
  // (one write per check-in, not an insert without the hash and an update after).
  std::vector<training::checkin_store::NewPhoto> unrecorded_;
  training::HeldPhotoHashes held_;
  // Every photo kept, and those stored before (DeferIndexes sizes it and reads them): the photos
  // it has never seen are appended without a lookup. None before DeferIndexes: every photo is
  // looked up.
  std::optional<PhotoFilter> kept_;
};

}  // namespace sunshine::generator
