#include "training/photo_service.hpp"

#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <future>
#include <set>
#include <sstream>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "crypto/request_signature.hpp"
#include "crypto/token.hpp"
#include "training/checkin_rules.hpp"
#include "training/checkin_store.hpp"
#include "training/device_auth.hpp"
#include "training/photo_hash.hpp"

namespace sunshine::training {
namespace {
// The type the bytes really are, from their first bytes; empty when neither JPEG nor PNG.
std::string SniffedType(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xFF\xD8\xFF") return "image/jpeg";
  if (bytes.size() >= 8 && bytes.substr(0, 8) == "\x89PNG\r\n\x1A\n") return "image/png";
  return {};
}

// Why `bytes` are not the image `declared` says, or nothing.
std::optional<core::Error> RefuseImage(std::string_view bytes, const std::string& declared) {
  if (declared != "image/jpeg" && declared != "image/png") {
    return core::Error::Of(core::ErrorKind::kInvalid, "unsupported_media_type", "照片须为 image/jpeg 或 image/png");
  }
  if (bytes.empty()) return core::Error::Invalid("invalid_fields", "照片内容为空", {{"body", "required"}});
  if (SniffedType(bytes) != declared) {
    return core::Error::Invalid("invalid_fields", "照片内容与声明的类型不符", {{"body", "not_" + declared.substr(6)}});
  }
  return std::nullopt;
}

// The perceptual hash of each photo (none where it does not decode), or the one `given` (the
// caller hashed those bytes already with PerceptualHash). A large batch (the generator's bulk
// path) is hashed in two halves at once: some 30 us a photo adds up over millions, and the
// machine has a second core.
std::vector<std::optional<PhotoHash>> HashAll(const std::vector<PhotoPacks::PackRecord>& records,
                                              const std::vector<const std::optional<PhotoHash>*>& given,
                                              const std::string& content_type) {
  std::vector<std::optional<PhotoHash>> out(records.size());
  std::vector<std::size_t> unhashed;
  for (std::size_t k = 0; k < records.size(); ++k) {
    if (given[k]) {
      out[k] = *given[k];
    } else {
      unhashed.push_back(k);
    }
  }
  const auto hash = [&](std::size_t from, std::size_t to) {
    for (std::size_t t = from; t < to; ++t) out[unhashed[t]] = PerceptualHash(records[unhashed[t]].bytes, content_type);
  };
  constexpr std::size_t kWorthAThread = 256;
  if (unhashed.size() < kWorthAThread) {
    hash(0, unhashed.size());
    return out;
  }
  const std::size_t half = unhashed.size() / 2;
  auto other = std::async(std::launch::async, hash, half, unhashed.size());
  hash(0, half);
  other.get();
  return out;
}
}  // namespace

core::Result<PhotoService::Packed> PhotoService::PackEvidence(std::string_view bytes, const std::string& declared) {
  if (auto refused = RefuseImage(bytes, declared)) return *refused;
  Packed out;
  out.sha256 = crypto::Sha256Hex(bytes);
  out.content_type = declared;
  out.bytes = static_cast<std::int64_t>(bytes.size());
  out.where = packs_.Append(core::DateInShanghai(database_.clock().Now()), out.sha256, bytes, durable_);
  return out;
}

std::filesystem::path PhotoService::PathOf(std::string_view sha256) const {
  // Two levels of 256 directories keep any one directory small at millions of photos.
  return directory_ / std::string(sha256.substr(0, 2)) / std::string(sha256.substr(2, 2)) / std::string(sha256);
}

core::Result<PhotoReceipt> PhotoService::Put(const core::Actor& actor, const http::Request& request,
                                             std::string_view sha256) {
  if (!IsSha256Hex(sha256)) {
    return core::Error::Invalid("invalid_fields", "照片地址须为 64 位小写十六进制 SHA-256",
                                {{"sha256", "invalid_format"}});
  }
  const std::string_view bytes = request.body();
  const std::string declared(request[http::beast_http::field::content_type]);
  if (auto refused = RefuseImage(bytes, declared)) return *refused;
  if (crypto::Sha256Hex(bytes) != sha256) {
    return core::Error::Invalid("invalid_fields", "照片内容与地址中的 SHA-256 或类型不符", {{"sha256", "hash_mismatch"}});
  }

  const std::int64_t now = database_.clock().Now();
  PhotoReceipt receipt{std::string(sha256), static_cast<std::int64_t>(bytes.size()), false};
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto signed_request = RecordSignature(connection, *actor.principal, request, now);
  if (!signed_request) return signed_request.take_error();
  const auto kept = Keep(connection, receipt.sha256, declared, bytes, actor.principal->device_id, now);
  receipt.already_stored = !kept.stored;
  if (!receipt.already_stored) {
    audit::Append(
        connection, actor,
        {.action = "training:photo:upload",
         .object_type = "photo",
         .object_id = receipt.sha256,
         .detail = boost::json::serialize(boost::json::object{{"bytes", receipt.bytes}, {"content_type", declared}})});
  }
  transaction.Commit();
  if (kept.checkins_hashed > 0 && after_commit_) after_commit_();
  return receipt;
}

PhotoService::Kept PhotoService::Keep(db::Connection& connection, const std::string& sha256,
                                     const std::string& content_type, std::string_view bytes,
                                     std::int64_t terminal_id, std::int64_t now) {
  const auto fresh = Append(connection, content_type, {{sha256, bytes}}, terminal_id, now);
  if (fresh.empty() || !checkin_store::InsertPhotos(connection, fresh).front()) return {};
  Kept kept{.stored = true};
  if (fresh.front().phash) {
    kept.checkins_hashed = checkin_store::SetCheckinPhotoHash(connection, sha256, *fresh.front().phash);
  }
  return kept;
}

std::vector<checkin_store::NewPhoto> PhotoService::Append(db::Connection& connection, const std::string& content_type,
                                                          const std::vector<PhotoBytes>& photos,
                                                          std::int64_t terminal_id, std::int64_t now) {
  std::vector<std::string> hashes;
  hashes.reserve(photos.size());
  for (const auto& p : photos) {
    if (!p.surely_new) hashes.push_back(p.sha256);
  }
  const auto looked_up = checkin_store::PhotosStored(connection, hashes);
  std::vector<bool> stored(photos.size(), false);
  for (std::size_t i = 0, k = 0; i < photos.size(); ++i) {
    if (!photos[i].surely_new) stored[i] = looked_up[k++];
  }
  // Bytes already stored, or twice in the list, are not appended again (a re-sent or shared photo).
  std::vector<PhotoPacks::PackRecord> records;
  std::vector<const std::optional<PhotoHash>*> given;
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < photos.size(); ++i) {
    if (!stored[i] && seen.insert(photos[i].sha256).second) {
      records.push_back({photos[i].sha256, photos[i].bytes});
      given.push_back(photos[i].perceptual);
    }
  }
  std::vector<checkin_store::NewPhoto> fresh;
  if (records.empty()) return fresh;
  const auto where = packs_.Append(core::DateInShanghai(now), records, durable_);
  const auto perceptual = HashAll(records, given, content_type);
  fresh.reserve(records.size());
  for (std::size_t k = 0; k < records.size(); ++k) {
    fresh.push_back({std::string(records[k].sha256_hex),
                     {content_type, static_cast<std::int64_t>(records[k].bytes.size()), where[k].pack, where[k].offset},
                     terminal_id,
                     now,
                     perceptual[k] ? std::optional<std::string>(perceptual[k]->Hex()) : std::nullopt});
  }
  return fresh;
}

core::Result<std::string> PhotoService::Bytes(const checkin_store::StoredPhoto& photo,
                                              const std::string& sha256) const {
  if (photo.pack) return packs_.Read({*photo.pack, photo.pack_offset}, photo.bytes, sha256);
  std::ifstream file(PathOf(sha256), std::ios::binary);
  if (!file) return core::Error::Of(core::ErrorKind::kInternal, "photo_file_missing", "照片文件缺失");
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return bytes.str();
}

}  // namespace sunshine::training
