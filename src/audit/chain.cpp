#include "audit/chain.hpp"

#include "crypto/sm3.hpp"

namespace sunshine::audit {
namespace {
// Length-prefixed so that no two different records encode to the same bytes.
void Put(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ';';
}
}  // namespace

std::string ChainHash(const AuditRecord& r) {
  std::string encoded;
  encoded.reserve(256 + r.detail.size());
  Put(encoded, r.prev_hash);
  Put(encoded, std::to_string(r.seq));
  Put(encoded, std::to_string(r.at));
  Put(encoded, r.user_id ? std::to_string(*r.user_id) : "-");
  for (const std::string* field : {&r.username, &r.role, &r.action, &r.object_type, &r.object_id, &r.outcome,
                                   &r.request_id, &r.client_ip, &r.detail}) {
    Put(encoded, *field);
  }
  return crypto::Sm3Hex(encoded);
}

void ChainVerifier::Break(std::int64_t seq, const char* reason) {
  report_.ok = false;
  report_.first_broken_seq = seq;
  report_.reason = reason;
}

bool ChainVerifier::Feed(const AuditRecord& record) {
  if (!report_.ok) return false;
  ++report_.checked;
  if (record.seq != last_seq_ + 1) {
    Break(last_seq_ + 1, "seq_gap");  // the missing record is the broken link
  } else if (record.prev_hash != last_hash_) {
    Break(record.seq, "prev_hash_mismatch");
  } else if (ChainHash(record) != record.hash) {
    Break(record.seq, "hash_mismatch");
  }
  last_seq_ = record.seq;
  last_hash_ = record.hash;
  return report_.ok;
}

void ChainVerifier::Finish(std::int64_t head_seq, const std::string& head_hash) {
  if (!report_.ok) return;
  if (head_seq != last_seq_ || head_hash != last_hash_) Break(last_seq_ + 1, "head_mismatch");
}

}  // namespace sunshine::audit
