#pragma once
// The audit trail's hash chain (pure; no I/O). Each record's hash is SM3 over the previous
// record's hash and an unambiguous encoding of every field, so editing, deleting or
// reordering any record breaks the link at that record or the next.
#include <cstdint>
#include <optional>
#include <string>

namespace sunshine::audit {

inline constexpr char kGenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";

struct AuditRecord {
  std::int64_t seq = 0;
  std::int64_t at = 0;  // UTC epoch milliseconds
  std::optional<std::int64_t> user_id;
  std::string username;
  std::string role;
  std::string action;       // permission-style, e.g. "auth:session:create"
  std::string object_type;  // e.g. "session", "user"
  std::string object_id;
  std::string outcome;  // "success", "denied", "invalid", "failed", "error"
  std::string request_id;
  std::string client_ip;
  std::string detail;  // short JSON, never personal data in clear
  std::string prev_hash;
  std::string hash;
};

// SM3 over prev_hash and the record's fields (not its own hash).
std::string ChainHash(const AuditRecord& record);

struct VerifyReport {
  bool ok = true;
  std::int64_t checked = 0;
  std::optional<std::int64_t> first_broken_seq;
  std::string reason;  // "hash_mismatch", "prev_hash_mismatch", "seq_gap", "head_mismatch"
};

// Feeds records in ascending seq order and stops at the first broken link.
class ChainVerifier {
 public:
  // Returns false once the chain is broken; the report then names the record.
  bool Feed(const AuditRecord& record);
  // Compares the end of the chain with the stored head (catches deleted tail records).
  void Finish(std::int64_t head_seq, const std::string& head_hash);
  const VerifyReport& report() const { return report_; }

 private:
  void Break(std::int64_t seq, const char* reason);
  VerifyReport report_;
  std::int64_t last_seq_ = 0;
  std::string last_hash_ = kGenesisHash;
};

}  // namespace sunshine::audit
