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

// Seeds an officer of another county (青羊区, 510105), to prove what is in 锦江区 is out of its
// scope: pass to RunningServer as its before_start.
inline void SeedQingyangOfficer(app::App& app) {
  const core::Actor seeder{.request_id = "test", .client_ip = "local", .system_name = "test"};
  auto made =
      app.auth().CreateUser(seeder, {"qingyang_officer", "青羊区人社局", "county_officer", "510105", app::kDemoPassword});
  if (!made) throw std::runtime_error(made.error().message);
}

// The reply's JSON (null for an empty body) when it has the status a test's set-up expects;
// otherwise the set-up stops with the status and the body.
inline boost::json::value Must(const HttpReply& reply, int status) {
  if (reply.status != status) throw std::runtime_error(std::to_string(reply.status) + " " + reply.body);
  return reply.body.empty() ? boost::json::value() : reply.Json();
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
