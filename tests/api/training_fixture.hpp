#pragma once
// What the training API tests share: valid ID numbers to register people with, and signed
// device requests (docs/device-signatures.md) as a terminal sends them.
#include <algorithm>
#include <atomic>

#include "core/clock.hpp"
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

// Now, but never the same instant twice: a device signing the same body twice in one
// millisecond sends the same request, which the server rightly refuses as a replay.
inline std::int64_t NextInstant() {
  static std::atomic<std::int64_t> last{0};
  std::int64_t previous = last.load(), next = 0;
  do {
    next = std::max(core::SystemClock().Now(), previous + 1);
  } while (!last.compare_exchange_weak(previous, next));
  return next;
}

// The three headers of a signed request, signed at `at` (Unix ms).
inline std::vector<std::pair<std::string, std::string>> SignedHeaders(const crypto::SigningKey& key,
                                                                      const std::string& key_id,
                                                                      const std::string& method,
                                                                      const std::string& path,
                                                                      const std::string& body,
                                                                      std::int64_t at = NextInstant()) {
  return {{"X-Key-Id", key_id},
          {"X-Timestamp", std::to_string(at)},
          {"X-Signature", crypto::SignRequest(key, at, method, path, body)}};
}

}  // namespace sunshine::testing
