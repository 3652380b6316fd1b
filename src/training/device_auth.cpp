#include "training/device_auth.hpp"

#include <charconv>

#include "crypto/request_signature.hpp"
#include "training/checkin_store.hpp"

namespace sunshine::training {
namespace {
core::Error Refused(const char* code, const char* message) {
  return core::Error::Of(core::ErrorKind::kUnauthenticated, code, message);
}

std::string_view Header(const http::Request& request, std::string_view name) {
  auto it = request.find(name);
  return it == request.end() ? std::string_view{} : std::string_view(it->value());
}

std::optional<std::int64_t> Timestamp(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}
}  // namespace

core::Result<core::Principal> TerminalAuthenticator::Authenticate(const http::Request& request) {
  const std::string key_id(Header(request, "X-Key-Id"));
  const std::string_view signature = Header(request, "X-Signature");
  const auto timestamp = Timestamp(Header(request, "X-Timestamp"));
  if (key_id.empty() || signature.empty()) {
    return Refused("signature_required", "设备请求须带 X-Key-Id、X-Timestamp 与 X-Signature");
  }
  if (!timestamp) return Refused("bad_timestamp", "X-Timestamp 须为 Unix 毫秒数");
  std::optional<DeviceRecord> device;
  {
    db::Connection connection(database_);
    device = checkin_store::FindDevice(connection, key_id);
  }
  if (!device) return Refused("unknown_terminal", "终端未登记");
  if (device->status != "active") return Refused("terminal_revoked", "终端已撤销，不能再上传");
  const auto check = crypto::VerifyRequest(device->public_key, signature, *timestamp, database_.clock().Now(), max_skew_ms_,
                                           std::string_view(request.method_string()), request.target(), request.body());
  switch (check) {
    case crypto::SignatureCheck::kValid: break;
    case crypto::SignatureCheck::kStale: return Refused("stale_timestamp", "X-Timestamp 与服务器时间相差过大");
    default: return Refused("bad_signature", "签名无效");
  }
  core::Principal principal;
  principal.username = key_id;
  principal.display_name = device->name;
  // A check-in terminal and an online-learning platform may each upload only their own kind.
  principal.role = device->kind == "online" ? "online_platform" : "terminal";
  principal.scope = {core::ScopeKind::kOrganisation, "institution:" + std::to_string(device->institution_id)};
  principal.device_id = device->id;
  return principal;
}

core::Result<std::int64_t> RecordSignature(db::Connection& connection, const core::Principal& device,
                                           const http::Request& request, std::int64_t received_at) {
  const std::int64_t signed_at = *Timestamp(Header(request, "X-Timestamp"));
  // The same target the signature covers (path and query string).
  const std::string target = std::string(request.method_string()) + " " + std::string(request.target());
  checkin_store::SignedRequest record{
      .terminal_id = device.device_id,
      .signed_sha256 = crypto::Sha256Hex(crypto::SignedText(signed_at, request.method_string(), request.target(),
                                                            request.body())),
      .signature = std::string(Header(request, "X-Signature")),
      .signed_at = signed_at,
      .received_at = received_at,
      .target = target};
  auto id = checkin_store::RecordSignedRequest(connection, record);
  if (!id) return core::Error::Of(core::ErrorKind::kConflict, "replayed", "该签名请求已受理过，不能重放");
  return *id;
}

}  // namespace sunshine::training
