#include "crypto/token.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

#include "crypto/sm3.hpp"

namespace sunshine::crypto {
namespace {
void EnsureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium failed to initialise");
}
}  // namespace

std::string NewSessionToken() {
  EnsureSodium();
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  char encoded[sodium_base64_ENCODED_LEN(sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(encoded, sizeof encoded, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return std::string("st_") + encoded;
}

std::string HashToken(std::string_view token) { return Sm3Hex(token); }

std::string RandomHex(std::size_t bytes) {
  EnsureSodium();
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  hex.pop_back();
  return hex;
}

}  // namespace sunshine::crypto
