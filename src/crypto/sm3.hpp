#pragma once
// SM3 (GB/T 32905) digests through OpenSSL 3. Used for the audit hash chain and for storing
// session tokens hashed. Thread-safe: every call builds its own context.
#include <string>
#include <string_view>

namespace sunshine::crypto {

// Lower-case hex of SM3(data), 64 characters.
std::string Sm3Hex(std::string_view data);

}  // namespace sunshine::crypto
