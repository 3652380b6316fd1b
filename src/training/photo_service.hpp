#pragma once
// Check-in photos, uploaded by terminals apart from the events and addressed by the SHA-256 of
// their bytes (PUT /api/v1/photos/{sha256}). The hash is verified, the bytes must be a JPEG or
// PNG as declared, and they are appended once to the day's pack under the photo directory
// (training/photo_pack.hpp, ADR 0012) before the row that records where they are, so a row
// always has its bytes.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/principal.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "training/checkin_store.hpp"
#include "training/photo_hash.hpp"
#include "training/photo_pack.hpp"
#include "http/message.hpp"

namespace sunshine::training {

struct PhotoReceipt {
  std::string sha256;
  std::int64_t bytes = 0;
  bool already_stored = false;
};

class PhotoService {
 public:
  // `durable`: each file is synced before its row is written (the durable_commits setting);
  // off only where the whole data set is synced once at the end (`sunshine generate`).
  PhotoService(db::Database& database, std::filesystem::path directory, bool durable = true)
      : database_(database), directory_(directory), packs_(std::move(directory)), durable_(durable) {}

  // `actor` is the terminal; `request` the signed PUT with the photo as its body.
  core::Result<PhotoReceipt> Put(const core::Actor& actor, const http::Request& request, std::string_view sha256);

  // What Put does with checked bytes (`sha256` their hash, `content_type` what they are), in the
  // caller's transaction: appends them to the day's pack and records the row, once, and gives
  // their perceptual hash to the check-ins stored before them.
  struct Kept {
    bool stored = false;             // false: they were already stored
    std::int64_t checkins_hashed = 0;  // check-ins that were waiting for this photo's hash
  };
  Kept Keep(db::Connection& connection, const std::string& sha256, const std::string& content_type,
            std::string_view bytes, std::int64_t terminal_id, std::int64_t now);
  // Keep's first half for many photos of one type at once: those not stored yet (nor earlier
  // in the list) appended to the pack in one write, returned as the rows that will record them.
  // The generator's bulk path inserts them later, many at once in hash order.
  struct PhotoBytes {
    std::string sha256;
    std::string_view bytes;
    // PerceptualHash of these bytes when the caller computed it already (the generator's bulk
    // path does on the thread that renders the photos); else Append computes it.
    const std::optional<PhotoHash>* perceptual = nullptr;
    // The caller knows no photo with these bytes is stored (the generator's bulk path, which
    // keeps every photo it wrote in a filter): not looked up.
    bool surely_new = false;
  };
  std::vector<checkin_store::NewPhoto> Append(db::Connection& connection, const std::string& content_type,
                                              const std::vector<PhotoBytes>& photos, std::int64_t terminal_id,
                                              std::int64_t now);

  // Evidence photos that are no check-in's (a spot check's, say): the bytes must be the JPEG or
  // PNG declared; they are appended to the day's pack and the caller records where, in its own
  // table and transaction. Errors: unsupported_media_type, invalid_fields (body).
  struct Packed {
    std::string sha256, content_type;
    PackLocation where;
    std::int64_t bytes = 0;
  };
  core::Result<Packed> PackEvidence(std::string_view bytes, const std::string& declared);
  // The bytes of a packed evidence photo, checked against its hash.
  core::Result<std::string> ReadPacked(const PackLocation& where, std::int64_t length, const std::string& sha256) const {
    return packs_.Read(where, length, sha256);
  }

  // The bytes of a stored photo (its row), checked against its hash. Errors: photo_file_missing,
  // photo_pack_missing, photo_pack_damaged.
  core::Result<std::string> Bytes(const checkin_store::StoredPhoto& photo, const std::string& sha256) const;

  // Called after a photo commits through Put whose perceptual hash reached check-ins uploaded
  // before it: the look-alike rule reads it there, so risk screening wakes on it as on a batch
  // (docs/risk-screening.md). Set once before the server runs; it must return at once.
  void AfterCommit(std::function<void()> hook) { after_commit_ = std::move(hook); }

 private:
  // Where a photo stored before packs lives: its own file.
  std::filesystem::path PathOf(std::string_view sha256) const;

  std::function<void()> after_commit_;
  db::Database& database_;
  std::filesystem::path directory_;
  PhotoPacks packs_;
  bool durable_;
};

}  // namespace sunshine::training
