#include "crypto/sm3.hpp"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace sunshine::crypto {

std::string Sm3Hex(std::string_view data) {
  // Fetched once: the default provider's SM3 implementation never changes during a run.
  static EVP_MD* const kSm3 = EVP_MD_fetch(nullptr, "SM3", nullptr);
  if (kSm3 == nullptr) throw std::runtime_error("OpenSSL has no SM3 digest");
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &length, kSm3, nullptr) != 1) {
    throw std::runtime_error("SM3 digest failed");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(length * 2, '0');
  for (unsigned int i = 0; i < length; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return hex;
}

}  // namespace sunshine::crypto
