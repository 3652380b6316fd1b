#pragma once
// What the training API tests share: valid ID numbers to register people with, and signed
// device requests (docs/device-signatures.md) as a terminal sends them.
#include "api_fixture.hpp"
#include "core/ids.hpp"
#include "core/time.hpp"
#include "crypto/request_signature.hpp"

namespace sunshine::testing {

// A valid ID number of 锦江区 for a birth date and a 3-digit sequence.
inline std::string IdNumber(const std::string& birth_yyyymmdd, const std::string& seq) {
  const std::string first17 = "510104" + birth_yyyymmdd + seq;
  return first17 + core::IdCheckCharacter(first17);
}

inline crypto::SigningKey DeviceKey(unsigned char fill) {
  std::array<unsigned char, 32> seed{};
  seed.fill(fill);
  return crypto::SigningKeyFromSeed(seed);
}

// The three headers of a signed request, signed at `at` (Unix ms).
inline std::vector<std::pair<std::string, std::string>> SignedHeaders(const crypto::SigningKey& key,
                                                                      const std::string& key_id,
                                                                      const std::string& method,
                                                                      const std::string& path,
                                                                      const std::string& body,
                                                                      std::int64_t at = core::NowMillis()) {
  return {{"X-Key-Id", key_id},
          {"X-Timestamp", std::to_string(at)},
          {"X-Signature", crypto::SignRequest(key, at, method, path, body)}};
}

}  // namespace sunshine::testing
