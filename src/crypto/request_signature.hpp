#pragma once
// Signed uploads from check-in terminals and the online-learning platform (issue 5): each
// request is signed with the device's Ed25519 key over its exact bytes and a timestamp, so the
// server knows which registered device sent it, that nothing changed on the way, and when.
//
// Headers: X-Key-Id (the registered key's id), X-Timestamp (Unix milliseconds), X-Signature
// (standard base64 of the 64-byte Ed25519 signature). The signed text is
//
//   "SUNSHINE-ED25519-V1\n" + timestamp + "\n" + METHOD + " " + path + "\n" + hex(SHA-256(body))
//
// (the request target: the path and, for a download, its query string exactly as sent; uploads
// have none). A timestamp further than the allowed skew from the
// server's clock is refused; the caller also refuses a signature it has seen before (replay).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sunshine::crypto {

std::string Sha256Hex(std::string_view bytes);
std::string SignedText(std::int64_t timestamp_ms, std::string_view method, std::string_view path,
                       std::string_view body);

enum class SignatureCheck { kValid, kMalformedKey, kMalformedSignature, kStale, kBadSignature };
const char* SignatureCheckName(SignatureCheck check);  // "valid", "malformed_key", ...

// `public_key_b64`: the device's 32-byte Ed25519 public key in standard base64, as registered.
SignatureCheck VerifyRequest(std::string_view public_key_b64, std::string_view signature_b64,
                             std::int64_t timestamp_ms, std::int64_t now_ms, std::int64_t max_skew_ms,
                             std::string_view method, std::string_view path, std::string_view body);

// A registrable device key: standard base64 of 32 bytes that are a valid Ed25519 point of
// large order (libsodium's check; refuses the small-order keys that accept forged signatures).
bool IsEd25519PublicKey(std::string_view public_key_b64);

// For the signing client, tests and benchmarks: a key pair from a 32-byte seed, and a signature.
struct SigningKey {
  std::array<unsigned char, 64> secret{};
  std::string public_key_b64;
};
SigningKey SigningKeyFromSeed(const std::array<unsigned char, 32>& seed);
std::string SignRequest(const SigningKey& key, std::int64_t timestamp_ms, std::string_view method,
                        std::string_view path, std::string_view body);

}  // namespace sunshine::crypto
