#pragma once
// Password rules and argon2id hashing (libsodium). Hashes are self-describing PHC strings
// ("$argon2id$v=19$m=...") so the cost can be raised later without breaking old hashes.
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::crypto {

struct PasswordPolicy {
  std::size_t min_length = 12;
  std::size_t max_length = 128;
  int min_classes = 3;  // of: upper case, lower case, digits, other characters
};

// Every rule the password breaks, as field errors on `field` (empty when acceptable).
// Reasons: too_short, too_long, too_simple (too few character classes), contains_username.
std::vector<core::FieldError> CheckPassword(std::string_view password, std::string_view username,
                                            const PasswordPolicy& policy, std::string_view field = "password");

// zh-CN sentence describing the policy, for error messages and forms.
std::string DescribePolicy(const PasswordPolicy& policy);

// argon2id with libsodium's "interactive" limits (64 MiB, 2 passes): ~0.1 s on this hardware.
std::string HashPassword(std::string_view password);

// Constant-time check of a password against a stored PHC string; false on a malformed hash.
bool VerifyPassword(std::string_view password, const std::string& stored_hash);

}  // namespace sunshine::crypto
