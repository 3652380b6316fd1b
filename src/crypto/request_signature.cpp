#include "crypto/request_signature.hpp"

#include <sodium.h>

#include <vector>

namespace sunshine::crypto {
namespace {
// Standard base64 (with padding) into exactly `size` bytes; false on anything else.
bool DecodeExact(std::string_view text, unsigned char* out, std::size_t size) {
  std::size_t length = 0;
  return sodium_base642bin(out, size, text.data(), text.size(), nullptr, &length, nullptr,
                           sodium_base64_VARIANT_ORIGINAL) == 0 &&
         length == size;
}

std::string Base64(const unsigned char* bytes, std::size_t size) {
  std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}
}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string SignedText(std::int64_t timestamp_ms, std::string_view method, std::string_view path,
                       std::string_view body) {
  return "SUNSHINE-ED25519-V1\n" + std::to_string(timestamp_ms) + "\n" + std::string(method) + " " +
         std::string(path) + "\n" + Sha256Hex(body);
}

const char* SignatureCheckName(SignatureCheck check) {
  switch (check) {
    case SignatureCheck::kValid: return "valid";
    case SignatureCheck::kMalformedKey: return "malformed_key";
    case SignatureCheck::kMalformedSignature: return "malformed_signature";
    case SignatureCheck::kStale: return "stale_timestamp";
    case SignatureCheck::kBadSignature: return "bad_signature";
  }
  return "bad_signature";
}

bool IsEd25519PublicKey(std::string_view public_key_b64) {
  unsigned char key[crypto_sign_ed25519_PUBLICKEYBYTES];
  return DecodeExact(public_key_b64, key, sizeof key) && crypto_core_ed25519_is_valid_point(key) == 1;
}

SignatureCheck VerifyRequest(std::string_view public_key_b64, std::string_view signature_b64,
                             std::int64_t timestamp_ms, std::int64_t now_ms, std::int64_t max_skew_ms,
                             std::string_view method, std::string_view path, std::string_view body) {
  if (sodium_init() < 0) return SignatureCheck::kBadSignature;
  unsigned char key[crypto_sign_ed25519_PUBLICKEYBYTES];
  unsigned char signature[crypto_sign_ed25519_BYTES];
  if (!DecodeExact(public_key_b64, key, sizeof key)) return SignatureCheck::kMalformedKey;
  if (!DecodeExact(signature_b64, signature, sizeof signature)) return SignatureCheck::kMalformedSignature;
  if (timestamp_ms < now_ms - max_skew_ms || timestamp_ms > now_ms + max_skew_ms) return SignatureCheck::kStale;
  const std::string text = SignedText(timestamp_ms, method, path, body);
  return crypto_sign_ed25519_verify_detached(signature, reinterpret_cast<const unsigned char*>(text.data()),
                                             text.size(), key) == 0
             ? SignatureCheck::kValid
             : SignatureCheck::kBadSignature;
}

SigningKey SigningKeyFromSeed(const std::array<unsigned char, 32>& seed) {
  SigningKey out;
  unsigned char public_key[crypto_sign_ed25519_PUBLICKEYBYTES];
  if (sodium_init() >= 0) crypto_sign_ed25519_seed_keypair(public_key, out.secret.data(), seed.data());
  out.public_key_b64 = Base64(public_key, sizeof public_key);
  return out;
}

std::string SignRequest(const SigningKey& key, std::int64_t timestamp_ms, std::string_view method,
                        std::string_view path, std::string_view body) {
  const std::string text = SignedText(timestamp_ms, method, path, body);
  unsigned char signature[crypto_sign_ed25519_BYTES];
  crypto_sign_ed25519_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                               key.secret.data());
  return Base64(signature, sizeof signature);
}

}  // namespace sunshine::crypto
