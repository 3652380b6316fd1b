#include "crypto/field_cipher.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>
#include <sys/stat.h>

#include <boost/json.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "core/ids.hpp"

namespace sunshine::crypto {
namespace {
constexpr std::string_view kPrefix = "v1.";
constexpr std::size_t kNonce = 16, kTag = 32;

core::Error KeyFileError(std::string message) {
  return core::Error::Of(core::ErrorKind::kInvalid, "key_file_invalid", std::move(message));
}

template <std::size_t N>
bool FromHex(std::string_view hex, std::array<unsigned char, N>& out) {
  std::size_t written = 0;
  return hex.size() == 2 * N &&
         sodium_hex2bin(out.data(), N, hex.data(), hex.size(), nullptr, &written, nullptr) == 0 && written == N;
}

template <std::size_t N>
std::string ToHex(const std::array<unsigned char, N>& bytes) {
  std::string hex(2 * N + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), N);
  hex.pop_back();
  return hex;
}

std::array<unsigned char, kTag> Mac(const std::array<unsigned char, 32>& key, std::string_view data) {
  std::array<unsigned char, kTag> out{};
  unsigned int length = 0;
  if (HMAC(EVP_sm3(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
           data.size(), out.data(), &length) == nullptr ||
      length != kTag) {
    throw std::runtime_error("HMAC-SM3 failed");
  }
  return out;
}

std::string Sm4Ctr(const std::array<unsigned char, 16>& key, const unsigned char* nonce, std::string_view input) {
  std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  std::string out(input.size(), '\0');
  int length = 0, final_length = 0;
  // CTR is its own inverse: the same call encrypts and decrypts.
  if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_sm4_ctr(), nullptr, key.data(), nonce) != 1 ||
      EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length,
                        reinterpret_cast<const unsigned char*>(input.data()), static_cast<int>(input.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + length, &final_length) != 1) {
    throw std::runtime_error("SM4-CTR failed");
  }
  return out;
}
}  // namespace

core::Result<FieldKeys> LoadKeyFile(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return KeyFileError("密钥文件不存在或不可读：" + path.string());
  if ((info.st_mode & 077) != 0) return KeyFileError("密钥文件权限过宽，须为 0600：" + path.string());
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  boost::system::error_code ec;
  const auto json = boost::json::parse(text.str(), ec);
  if (ec || !json.is_object()) return KeyFileError("密钥文件不是 JSON 对象");
  const auto& o = json.as_object();
  auto hex = [&](const char* name) -> std::string_view {
    const auto* v = o.if_contains(name);
    return v && v->is_string() ? std::string_view(v->as_string()) : std::string_view();
  };
  const auto* version = o.if_contains("version");
  if (!version || !version->is_int64() || version->as_int64() != 1) return KeyFileError("密钥文件版本须为 1");
  FieldKeys keys;
  if (!FromHex(hex("sm4_key"), keys.encryption)) return KeyFileError("sm4_key 须为 32 位十六进制");
  if (!FromHex(hex("mac_key"), keys.mac)) return KeyFileError("mac_key 须为 64 位十六进制");
  if (!FromHex(hex("index_key"), keys.index)) return KeyFileError("index_key 须为 64 位十六进制");
  if (keys.mac == keys.index) return KeyFileError("mac_key 与 index_key 不得相同");
  return keys;
}

core::Status GenerateKeyFile(const std::filesystem::path& path) {
  if (std::filesystem::exists(path)) return KeyFileError("密钥文件已存在，拒绝覆盖：" + path.string());
  // Name the folder when it is what is missing (a fresh clone has no var/).
  if (const auto folder = path.parent_path(); !folder.empty() && !std::filesystem::is_directory(folder)) {
    return KeyFileError("无法写入密钥文件：文件夹 " + folder.string() + " 不存在");
  }
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  FieldKeys keys;
  randombytes_buf(keys.encryption.data(), keys.encryption.size());
  randombytes_buf(keys.mac.data(), keys.mac.size());
  randombytes_buf(keys.index.data(), keys.index.size());
  const boost::json::object body{{"version", 1},
                                 {"sm4_key", ToHex(keys.encryption)},
                                 {"mac_key", ToHex(keys.mac)},
                                 {"index_key", ToHex(keys.index)}};
  const mode_t previous = ::umask(077);  // created 0600 from the start, never readable by others
  std::ofstream out(path);
  out << boost::json::serialize(body) << "\n";
  out.close();
  ::umask(previous);
  if (!out) return KeyFileError("无法写入密钥文件：" + path.string());
  return core::Ok{};
}

std::string Seal(const FieldKeys& keys, std::string_view plaintext) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  std::string body(kNonce, '\0');
  randombytes_buf(body.data(), kNonce);
  body += Sm4Ctr(keys.encryption, reinterpret_cast<const unsigned char*>(body.data()), plaintext);
  const auto tag = Mac(keys.mac, std::string(kPrefix) + body);
  body.append(reinterpret_cast<const char*>(tag.data()), tag.size());
  std::string encoded(sodium_base64_ENCODED_LEN(body.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<const unsigned char*>(body.data()), body.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  encoded.pop_back();  // the terminating NUL
  return std::string(kPrefix) + encoded;
}

core::Result<std::string> Unseal(const FieldKeys& keys, std::string_view sealed) {
  const auto tampered = core::Error::Of(core::ErrorKind::kInternal, "field_tampered", "加密字段校验失败");
  if (!sealed.starts_with(kPrefix)) return tampered;
  const std::string_view encoded = sealed.substr(kPrefix.size());
  std::string body(encoded.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(body.data()), body.size(), encoded.data(), encoded.size(),
                        nullptr, &length, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      length < kNonce + kTag) {
    return tampered;
  }
  body.resize(length);
  const std::string_view authenticated(body.data(), length - kTag);
  const auto expected = Mac(keys.mac, std::string(kPrefix) + std::string(authenticated));
  if (CRYPTO_memcmp(expected.data(), body.data() + length - kTag, kTag) != 0) return tampered;
  return Sm4Ctr(keys.encryption, reinterpret_cast<const unsigned char*>(body.data()), authenticated.substr(kNonce));
}

std::string BlindIndex(const FieldKeys& keys, std::string_view normalised) {
  const auto mac = Mac(keys.index, normalised);
  return ToHex(mac);
}

core::Result<const FieldKeys*> RequireKeys(const std::optional<FieldKeys>& keys, std::string_view what) {
  if (!keys) {
    return core::Error::Of(core::ErrorKind::kUnavailable, "personal_data_keys_missing",
                           "未配置个人信息加密密钥，" + std::string(what) + "暂不可用（见 docs/operations.md）");
  }
  return &*keys;
}

std::string UnsealMaskedIdNumber(const FieldKeys& keys, std::string_view sealed) {
  const auto number = Unseal(keys, sealed);
  return number ? core::MaskIdNumber(*number) : "";
}

}  // namespace sunshine::crypto
