#pragma once
// Protection of personal data at rest (ID numbers, phones) with Chinese commercial crypto:
// SM4-CTR encryption then HMAC-SM3 over version, nonce and ciphertext (encrypt-then-MAC; the
// OpenSSL 3.0 here has no SM4-GCM), and an HMAC-SM3 blind index for exact-match search.
//
// Keys come from a key file (docs/operations.md), never from the database. Thread-safe: all
// functions are pure over their arguments.
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace sunshine::crypto {

struct FieldKeys {
  std::array<unsigned char, 16> encryption{};  // SM4 key
  std::array<unsigned char, 32> mac{};         // HMAC-SM3 key for the sealed value
  std::array<unsigned char, 32> index{};       // HMAC-SM3 key for blind indexes
};

// Reads {"version":1,"sm4_key":"<32 hex>","mac_key":"<64 hex>","index_key":"<64 hex>"}.
// Refuses a file readable by group or others, wrong lengths, non-hex and equal keys.
core::Result<FieldKeys> LoadKeyFile(const std::filesystem::path& path);
// Writes a new key file with fresh random keys and mode 0600; refuses to overwrite.
core::Status GenerateKeyFile(const std::filesystem::path& path);

// "v1." + base64url(nonce 16 | ciphertext | tag 32). A fresh random nonce every call.
std::string Seal(const FieldKeys& keys, std::string_view plaintext);
// The plaintext, or an Error (field_tampered) if the value was altered or the key is wrong.
core::Result<std::string> Unseal(const FieldKeys& keys, std::string_view sealed);
// A sealed ID number as shown on screen (core::MaskIdNumber: 510104********1230), or "" when
// it cannot be opened.
std::string UnsealMaskedIdNumber(const FieldKeys& keys, std::string_view sealed);
// Lower-case hex HMAC-SM3 of the (already normalised) value under the index key.
std::string BlindIndex(const FieldKeys& keys, std::string_view normalised);

// The keys, or 503 personal_data_keys_missing when no key file is configured: `what` names the
// data that cannot be shown ("学员信息"), so the message says what is unavailable and why.
core::Result<const FieldKeys*> RequireKeys(const std::optional<FieldKeys>& keys, std::string_view what);

}  // namespace sunshine::crypto
