#include "crypto/password.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace sunshine::crypto {
namespace {
void EnsureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium failed to initialise");
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}
}  // namespace

std::vector<core::FieldError> CheckPassword(std::string_view password, std::string_view username,
                                            const PasswordPolicy& policy, std::string_view field) {
  std::vector<core::FieldError> errors;
  auto add = [&](const char* reason) { errors.push_back({std::string(field), reason}); };
  // Length counts bytes: a Chinese character is 3 bytes, which only makes the rule stricter
  // to satisfy with ASCII, never weaker.
  if (password.size() < policy.min_length) add("too_short");
  if (password.size() > policy.max_length) add("too_long");
  bool upper = false, lower = false, digit = false, other = false;
  for (unsigned char c : password) {
    if (std::isupper(c))
      upper = true;
    else if (std::islower(c))
      lower = true;
    else if (std::isdigit(c))
      digit = true;
    else
      other = true;
  }
  if (int(upper) + int(lower) + int(digit) + int(other) < policy.min_classes) add("too_simple");
  if (!username.empty() && Lower(password).find(Lower(username)) != std::string::npos) {
    add("contains_username");
  }
  return errors;
}

std::string DescribePolicy(const PasswordPolicy& policy) {
  return "密码长度须为" + std::to_string(policy.min_length) + "至" + std::to_string(policy.max_length) +
         "个字符，至少包含大写字母、小写字母、数字、特殊字符中的" + std::to_string(policy.min_classes) +
         "类，且不得包含用户名";
}

std::string HashPassword(std::string_view password) {
  EnsureSodium();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("argon2id hashing ran out of memory");
  }
  return hash;
}

bool VerifyPassword(std::string_view password, const std::string& stored_hash) {
  EnsureSodium();
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace sunshine::crypto
