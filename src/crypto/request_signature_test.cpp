// Signed device uploads: a worked example integrators can reproduce, and every way a request
// may fail (wrong key, changed byte, another path, stale or future timestamp, malformed values).
#include "crypto/request_signature.hpp"

#include <gtest/gtest.h>

namespace sunshine::crypto {
namespace {
constexpr std::int64_t kNow = 1795536000000;  // 2026-11-25T00:00:00+08:00
constexpr std::int64_t kSkew = 5 * 60 * 1000;
const std::string kPath = "/api/v1/checkins/batches";
const std::string kBody = R"({"events":[]})";

SigningKey Key(unsigned char fill) {
  std::array<unsigned char, 32> seed;
  seed.fill(fill);
  return SigningKeyFromSeed(seed);
}
}  // namespace

TEST(RequestSignature, TheSignedTextIsDocumentedExactly) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(SignedText(kNow, "POST", kPath, kBody),
            "SUNSHINE-ED25519-V1\n1795536000000\nPOST /api/v1/checkins/batches\n" + Sha256Hex(kBody));
  // RFC 8032 test 1: the seed 9d61b19d... gives the public key d75a9801...
  std::array<unsigned char, 32> seed{};
  const char* hex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
  for (int i = 0; i < 32; ++i) seed[i] = static_cast<unsigned char>(std::stoi(std::string(hex + 2 * i, 2), nullptr, 16));
  EXPECT_EQ(SigningKeyFromSeed(seed).public_key_b64, "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
}

// The worked example of docs/device-signatures.md, as tools/sign-request.mjs (Node's crypto)
// produces it: the server and the published client agree byte for byte.
TEST(RequestSignature, TheWorkedExampleMatchesThePublishedClient) {
  const auto key = Key(7);
  EXPECT_EQ(key.public_key_b64, "6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=");
  EXPECT_EQ(Sha256Hex(kBody), "24de1c4a19c43ad41b013f13dcd858c17b0daa7f33a53f19913e5b11366d1c2e");
  const std::string signature = SignRequest(key, kNow, "POST", kPath, kBody);
  EXPECT_EQ(signature, "ELI7b8bGbqXvD9Tj2wEeT0nzDq0/sSTU/pox4yukYWxQ6KQEqrZ4BHeZR1bXbvWYTmmMWGjSBAr8QzaXNX/8Aw==");
  EXPECT_EQ(VerifyRequest(key.public_key_b64, signature, kNow, kNow, kSkew, "POST", kPath, kBody),
            SignatureCheck::kValid);
}

TEST(RequestSignature, AValidSignatureVerifiesAndAnyChangeBreaksIt) {
  const auto key = Key(7);
  const auto signature = SignRequest(key, kNow, "POST", kPath, kBody);
  auto verify = [&](std::string_view pub, std::string_view sig, std::int64_t ts, std::string_view path,
                    std::string_view body) { return VerifyRequest(pub, sig, ts, kNow, kSkew, "POST", path, body); };
  EXPECT_EQ(verify(key.public_key_b64, signature, kNow, kPath, kBody), SignatureCheck::kValid);
  EXPECT_EQ(verify(Key(8).public_key_b64, signature, kNow, kPath, kBody), SignatureCheck::kBadSignature);
  EXPECT_EQ(verify(key.public_key_b64, signature, kNow, kPath, R"({"events":[1]})"), SignatureCheck::kBadSignature);
  EXPECT_EQ(verify(key.public_key_b64, signature, kNow, "/api/v1/online/segments/batches", kBody),
            SignatureCheck::kBadSignature);
  EXPECT_EQ(verify(key.public_key_b64, signature, kNow + 1, kPath, kBody), SignatureCheck::kBadSignature);
  // Stale or from the future beyond the skew, even with a signature made for that time.
  const auto old_signature = SignRequest(key, kNow - kSkew - 1, "POST", kPath, kBody);
  EXPECT_EQ(VerifyRequest(key.public_key_b64, old_signature, kNow - kSkew - 1, kNow, kSkew, "POST", kPath, kBody),
            SignatureCheck::kStale);
  const auto edge = SignRequest(key, kNow + kSkew, "POST", kPath, kBody);
  EXPECT_EQ(VerifyRequest(key.public_key_b64, edge, kNow + kSkew, kNow, kSkew, "POST", kPath, kBody),
            SignatureCheck::kValid);
  EXPECT_EQ(verify("not base64!", signature, kNow, kPath, kBody), SignatureCheck::kMalformedKey);
  EXPECT_EQ(verify(key.public_key_b64, "c2hvcnQ=", kNow, kPath, kBody), SignatureCheck::kMalformedSignature);
  EXPECT_STREQ(SignatureCheckName(SignatureCheck::kStale), "stale_timestamp");
}

}  // namespace sunshine::crypto

namespace sunshine::crypto {
TEST(RequestSignature, OnlyLargeOrderPointsAreRegistrableKeys) {
  std::array<unsigned char, 32> seed{};
  seed.fill(7);
  EXPECT_TRUE(IsEd25519PublicKey(SigningKeyFromSeed(seed).public_key_b64));
  EXPECT_FALSE(IsEd25519PublicKey("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));  // the identity: small order
  EXPECT_FALSE(IsEd25519PublicKey("6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0i"));    // 31 bytes
  EXPECT_FALSE(IsEd25519PublicKey("not base64!"));
}
}  // namespace sunshine::crypto
