#include "training/photo_service.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cstdio>

#include "audit/store.hpp"
#include "core/time.hpp"
#include "crypto/request_signature.hpp"
#include "crypto/token.hpp"
#include "training/checkin_rules.hpp"
#include "training/checkin_store.hpp"
#include "training/device_auth.hpp"

namespace sunshine::training {
namespace {
// The type the bytes really are, from their first bytes; empty when neither JPEG nor PNG.
std::string SniffedType(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xFF\xD8\xFF") return "image/jpeg";
  if (bytes.size() >= 8 && bytes.substr(0, 8) == "\x89PNG\r\n\x1A\n") return "image/png";
  return {};
}

// Writes the file durably under a temporary name, then renames it into place: a reader never
// sees half a photo, and a crash leaves at most a stray temporary file.
void WriteOnce(const std::filesystem::path& path, std::string_view bytes, bool durable) {
  std::filesystem::create_directories(path.parent_path());
  const auto temporary = path.parent_path() / (".tmp-" + crypto::RandomHex(8));
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) throw std::runtime_error("cannot create photo file " + temporary.string());
  std::size_t written = 0;
  while (written < bytes.size()) {
    const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) {
      ::close(fd);
      std::filesystem::remove(temporary);
      throw std::runtime_error("cannot write photo file " + temporary.string());
    }
    written += static_cast<std::size_t>(n);
  }
  const bool synced = !durable || ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) {
    std::filesystem::remove(temporary);
    throw std::runtime_error("cannot flush photo file " + temporary.string());
  }
  std::filesystem::rename(temporary, path);
}
}  // namespace

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
  if (declared != "image/jpeg" && declared != "image/png") {
    return core::Error::Of(core::ErrorKind::kInvalid, "unsupported_media_type", "照片须为 image/jpeg 或 image/png");
  }
  std::vector<core::FieldError> errors;
  if (bytes.empty())
    errors.push_back({"body", "required"});
  else if (SniffedType(bytes) != declared)
    errors.push_back({"body", "not_" + declared.substr(6)});
  if (errors.empty() && crypto::Sha256Hex(bytes) != sha256) errors.push_back({"sha256", "hash_mismatch"});
  if (!errors.empty())
    return core::Error::Invalid("invalid_fields", "照片内容与地址中的 SHA-256 或类型不符", std::move(errors));

  const auto path = PathOf(sha256);
  if (!std::filesystem::exists(path)) WriteOnce(path, bytes, durable_);
  const std::int64_t now = database_.clock().Now();
  db::Connection connection(database_);
  db::Transaction transaction(connection);
  auto signed_request = RecordSignature(connection, *actor.principal, request, now);
  if (!signed_request) return signed_request.take_error();
  PhotoReceipt receipt{std::string(sha256), static_cast<std::int64_t>(bytes.size()), false};
  receipt.already_stored =
      !checkin_store::InsertPhoto(connection, receipt.sha256, declared, receipt.bytes, actor.principal->device_id, now);
  if (!receipt.already_stored) {
    audit::Append(
        connection, actor,
        {.action = "training:photo:upload",
         .object_type = "photo",
         .object_id = receipt.sha256,
         .detail = boost::json::serialize(boost::json::object{{"bytes", receipt.bytes}, {"content_type", declared}})});
  }
  transaction.Commit();
  return receipt;
}

}  // namespace sunshine::training
