#pragma once
// Certificates, their numbering counters and the public checks' counts in SQL
// (db/queries/assessment). Callers hold the transaction and have checked the caller's rights.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace sunshine::assessment::certificate_store {

struct Certificate {
  std::int64_t id = 0;
  std::string number, certificate_type, source = "issued";
  std::optional<std::int64_t> sitting_id, candidate_id;
  std::int64_t trainee_id = 0;
  std::string holder_name, id_number_sealed;  // the holder's sealed ID number (read only)
  std::int64_t occupation_id = 0;
  std::string occupation_name;
  std::optional<int> level;
  std::string issuer, issuer_name, issued_on, status = "valid";
  std::optional<std::int64_t> revoked_at;
  std::optional<std::string> revoked_by, revoked_reason;
  std::int64_t created_at = 0;
  std::string created_by;
  // Where it may be read (read only): the sitting's region, the institution of its class.
  std::optional<std::string> region_code;
  std::optional<std::int64_t> institution_id;
};

// Takes the next `n` serials under a numbering key and returns the first of them.
std::int64_t TakeSerials(db::Connection& connection, const std::string& key, int n);
void Insert(db::Connection& connection, const Certificate& certificate);
std::optional<Certificate> Find(db::Connection& connection, const std::string& number);
// The numbers of a sitting's certificates still valid.
std::vector<std::string> ValidOfSitting(db::Connection& connection, std::int64_t sitting_id);
// false when the certificate was not valid.
bool Revoke(db::Connection& connection, const std::string& number, std::int64_t at, const std::string& by,
            const std::string& reason);
void CountLookup(db::Connection& connection, const std::string& day, const std::string& outcome);

}  // namespace sunshine::assessment::certificate_store
