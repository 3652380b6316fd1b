#pragma once
// Opaque session tokens: 32 random bytes, URL-safe base64, prefixed "st_". Only the SM3 hash of
// a token is ever stored, so a copy of the database cannot be used to sign in.
#include <string>
#include <string_view>

namespace sunshine::crypto {

std::string NewSessionToken();
std::string HashToken(std::string_view token);
// Random hex string of `bytes` random bytes (request ids, nonces).
std::string RandomHex(std::size_t bytes);

}  // namespace sunshine::crypto
