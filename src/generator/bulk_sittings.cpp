#include "generator/bulk_sittings.hpp"

#include <algorithm>
#include <stdexcept>

#include "app/progress.hpp"
#include "db/queries/generator.hpp"
#include "generator/acting.hpp"
#include "training/checkin_store.hpp"
#include "training/checkin_service.hpp"
#include "training/device_auth.hpp"
#include "training/online_service.hpp"

namespace sunshine::generator {
namespace {
// Rows per transaction: large enough that commits cost nothing next to the rows, small enough
// that the write-ahead log stays modest between checkpoints.
constexpr std::size_t kRowsPerTransaction = 20'000;
// Photos appended to packs whose rows wait to be inserted together in hash order: a photo's
// hash is random, so one by one each row rewrites a page of the photos' index somewhere, and a
// province-year of them rewrote that index many times over; sorted, neighbours share pages. Each
// insert of them rewrites most of that index all the same once it is large (50 million keys at
// a province-year), so the fewer the better: a million at a time, some 450 MB held.
constexpr std::size_t kPhotosPerRecording = 1'000'000;
}  // namespace

// Left open only when writing failed: the transaction rolls back (generate refuses a
// half-written province anyway).
BulkSittings::~BulkSittings() = default;

db::Connection& BulkSittings::Open() {
  if (!connection_) connection_ = std::make_unique<db::Connection>(app_.database());
  if (!transaction_) transaction_.emplace(*connection_);
  return *connection_;
}

// The connection goes back to the pool with the transaction: the services need it in between.
void BulkSittings::Commit() {
  if (!transaction_) return;
  transaction_->Commit();
  transaction_.reset();
  connection_.reset();
  rows_ = 0;
}

void BulkSittings::Written(std::size_t rows) {
  rows_ += rows;
  if (rows_ >= kRowsPerTransaction) Commit();
}

int BulkSittings::Keep(std::int64_t terminal_id, const std::vector<SittingUpload::Photo>& photos,
                       std::int64_t now) {
  // The held rows never move while held (held_ points into them): recorded first when these
  // would not fit.
  if (unrecorded_.capacity() < kPhotosPerRecording) unrecorded_.reserve(kPhotosPerRecording + kPhotosPerRecording / 8);
  if (unrecorded_.size() + photos.size() > unrecorded_.capacity()) RecordPhotos();
  std::vector<training::PhotoService::PhotoBytes> list;
  list.reserve(photos.size());
  for (const auto& p : photos) {
    if (held_.contains(p.sha256)) continue;
    list.push_back({p.sha256, p.bytes, p.hashed ? &p.perceptual : nullptr, kept_ && !kept_->MayContain(p.sha256)});
  }
  auto fresh = app_.photos().Append(Open(), "image/png", list, terminal_id, now);
  for (auto& row : fresh) {
    if (kept_) kept_->Add(row.sha256);
    const auto& held = unrecorded_.emplace_back(std::move(row));
    held_.emplace(held.sha256, &held.phash);
  }
  Written(photos.size());
  if (unrecorded_.size() >= kPhotosPerRecording) RecordPhotos();
  return static_cast<int>(fresh.size());
}

void BulkSittings::RecordPhotos() {
  if (unrecorded_.empty()) return;
  held_.clear();  // it points into the rows, which the sort moves
  std::sort(unrecorded_.begin(), unrecorded_.end(),
            [](const auto& a, const auto& b) { return a.sha256 < b.sha256; });
  const auto inserted = training::checkin_store::InsertPhotos(Open(), unrecorded_);
  // The lookups before appending and the hashes held here kept every one of them new.
  if (std::count(inserted.begin(), inserted.end(), false) > 0) {
    throw std::runtime_error("generator: a photo appended in bulk was recorded already");
  }
  // The check-ins stored meanwhile took their photos' hashes from `held_` (Checkins).
  unrecorded_.clear();
  Written(inserted.size());
}

template <class Items, class Store>
training::BatchReceipt BulkSittings::Upload(const core::Actor& device, const http::Request& request,
                                            std::int64_t now, const Items& items, Store store) {
  const auto signed_request =
      Must(training::RecordSignature(Open(), *device.principal, request, now), "signature of a bulk batch");
  auto receipt = Must(store(*connection_, device, items, signed_request, now), "a bulk batch");
  Written(items.size());
  return receipt;
}

training::BatchReceipt BulkSittings::Checkins(const core::Actor& device, const http::Request& request,
                                              std::int64_t now) {
  return Upload(device, request, now, Must(training::ParseCheckinBatch(request.body()), "a bulk batch of check-ins"),
                [this](auto&&... args) { return app_.checkins().Store(args..., &held_); });
}

training::BatchReceipt BulkSittings::Segments(const core::Actor& platform, const http::Request& request,
                                              std::int64_t now) {
  return Upload(platform, request, now, Must(training::ParseSegmentBatch(request.body()), "a bulk batch of segments"),
                [this](auto&&... args) { return app_.online().Store(args...); });
}

void BulkSittings::DeferIndexes(std::uint64_t expected_photos) {
  Commit();
  db::Connection connection(app_.database());
  // 16 bits a photo expected: under 1 % "maybe" even when half as many again are kept.
  constexpr std::uint64_t kBitsPerPhoto = 16;
  kept_.emplace(kBitsPerPhoto * std::max<std::uint64_t>(expected_photos, 1'000));
  soci::rowset<std::string> stored =
      (connection.sql().prepare << connection.Text(db::queries::generator::kListPhotoHashes));
  for (const auto& sha256 : stored) kept_->Add(sha256);
  soci::rowset<soci::row> rows =
      (connection.sql().prepare << connection.Text(db::queries::generator::kListDeferrableCheckinIndexes));
  for (const auto& row : rows) deferred_.emplace_back(row.get<std::string>(0), row.get<std::string>(1));
  db::Transaction transaction(connection);
  // The names come from the catalogue, filtered by the query to four known ones.
  for (const auto& [name, statement] : deferred_) connection.sql() << "DROP INDEX " + name;
  transaction.Commit();
}

void BulkSittings::RestoreIndexes() {
  // Minutes at province scale: the last photo rows, then each index (and on PostgreSQL the
  // vacuum), shown as they go.
  const bool vacuum = app_.database().dialect() == db::Dialect::kPostgresql;
  app::Progress progress("照片记录与打卡索引", static_cast<std::int64_t>(deferred_.size()) + (vacuum ? 2 : 1));
  RecordPhotos();
  Commit();
  progress.Advance();
  if (deferred_.empty()) return;
  db::Connection connection(app_.database());
  db::Transaction transaction(connection);
  for (const auto& [name, statement] : deferred_) {
    connection.sql() << statement;
    progress.Advance();
  }
  transaction.Commit();
  deferred_.clear();
  if (vacuum) {
    // Outside any transaction, as VACUUM must be; fixed table names, no input.
    for (const char* table : {"checkins", "photos", "online_segments", "checkin_batches", "signed_requests",
                              "class_roster", "class_sessions", "classes", "trainees", "audit_records"}) {
      connection.sql() << std::string("VACUUM (ANALYZE) ") + table;
    }
    progress.Advance();
  }
}

}  // namespace sunshine::generator
