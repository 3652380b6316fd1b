#include "audit/chain.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace sunshine::audit {
namespace {

std::vector<AuditRecord> Chain(int count) {
  std::vector<AuditRecord> records;
  std::string prev = kGenesisHash;
  for (int i = 1; i <= count; ++i) {
    AuditRecord r{.seq = i,
                  .at = 1000 * i,
                  .user_id = i % 2 ? std::optional<std::int64_t>(7) : std::nullopt,
                  .username = "city_officer",
                  .role = "city_officer",
                  .action = "auth:session:create",
                  .object_type = "session",
                  .object_id = std::to_string(i),
                  .outcome = "success",
                  .request_id = "r-" + std::to_string(i),
                  .client_ip = "127.0.0.1",
                  .detail = "{}"};
    r.prev_hash = prev;
    r.hash = ChainHash(r);
    prev = r.hash;
    records.push_back(r);
  }
  return records;
}

VerifyReport Verify(const std::vector<AuditRecord>& records, std::int64_t head_seq, const std::string& head_hash) {
  ChainVerifier verifier;
  for (const auto& r : records) {
    if (!verifier.Feed(r)) break;
  }
  verifier.Finish(head_seq, head_hash);
  return verifier.report();
}

TEST(ChainTest, AnyTamperingNamesTheFirstBrokenRecord) {
  struct Case {
    const char* name;
    void (*tamper)(std::vector<AuditRecord>&);
    std::optional<std::int64_t> broken;
    const char* reason;
  };
  const Case cases[] = {
      {"untouched", [](auto&) {}, std::nullopt, ""},
      {"edited outcome", [](auto& r) { r[2].outcome = "denied"; }, 3, "hash_mismatch"},
      {"edited user id", [](auto& r) { r[1].user_id = 8; }, 2, "hash_mismatch"},
      {"edited and rehashed",
       [](auto& r) {
         r[2].action = "x";
         r[2].hash = ChainHash(r[2]);
       },
       4, "prev_hash_mismatch"},
      {"deleted middle", [](auto& r) { r.erase(r.begin() + 3); }, 4, "seq_gap"},
      {"deleted last", [](auto& r) { r.pop_back(); }, 5, "head_mismatch"},
      {"swapped", [](auto& r) { std::swap(r[0], r[1]); }, 1, "seq_gap"},
  };
  for (const auto& c : cases) {
    auto records = Chain(5);
    const auto head = records.back();
    c.tamper(records);
    const VerifyReport report = Verify(records, head.seq, head.hash);
    EXPECT_EQ(report.ok, !c.broken.has_value()) << c.name;
    EXPECT_EQ(report.first_broken_seq, c.broken) << c.name;
    EXPECT_EQ(report.reason, c.reason) << c.name;
  }
}

TEST(ChainTest, FieldBoundariesAreUnambiguous) {
  auto a = Chain(1)[0], b = a;
  a.username = "ab", a.role = "c";
  b.username = "a", b.role = "bc";
  EXPECT_NE(ChainHash(a), ChainHash(b));
}

}  // namespace
}  // namespace sunshine::audit
