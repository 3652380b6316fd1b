#pragma once
// Where check-in photos' bytes live (ADR 0012): appended to pack files under the photo
// directory, `packs/<day>-<n>.pack` (the day in China, a new file every 256 MiB), instead of one
// file per photo. A province-year is tens of millions of photos: as files they would cost a
// file system more in inodes, directory entries and file creations than the bytes themselves,
// and a backup would walk millions of entries. Packs are append-only and self-describing: each
// record is the magic "SPK1", the photo's SHA-256 (32 bytes), its length (4 bytes, big-endian)
// and its bytes, so the photos table can be rebuilt from the packs alone.
//
// Appends take a lock on the pack (flock), so two processes on one photo directory never
// interleave; a crash between an append and its row leaves a record no row points at, which is
// harmless. Reading checks the record's header and the bytes' hash: a damaged pack is an error,
// never a wrong photo.
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace sunshine::training {

struct PackLocation {
  std::string pack;         // file name under packs/, e.g. "2026-03-02-0.pack"
  std::int64_t offset = 0;  // of the photo's first byte
};

class PhotoPacks {
 public:
  static constexpr std::int64_t kMaxPackBytes = 256ll << 20;
  static constexpr std::size_t kHeaderBytes = 4 + 32 + 4;

  explicit PhotoPacks(std::filesystem::path directory) : directory_(std::move(directory) / "packs") {}

  // Appends one photo (its hash as 64 hex digits) to the day's pack; `durable` syncs the pack
  // before returning (the durable_commits setting). Throws std::runtime_error on an I/O error.
  PackLocation Append(std::string_view day, std::string_view sha256_hex, std::string_view bytes, bool durable);
  // Several photos in one write to one pack (a batch's photos), in their order.
  struct PackRecord {
    std::string_view sha256_hex, bytes;
  };
  std::vector<PackLocation> Append(std::string_view day, const std::vector<PackRecord>& photos, bool durable);

  // The photo's bytes, checked against the record's header and the hash. Errors: photo_pack_missing,
  // photo_pack_damaged.
  core::Result<std::string> Read(const PackLocation& where, std::int64_t length, std::string_view sha256_hex) const;

  const std::filesystem::path& directory() const { return directory_; }

 private:
  std::filesystem::path directory_;
  std::mutex mutex_;
  std::string day_;  // the pack being filled: its day and number
  int number_ = 0;
};

}  // namespace sunshine::training
