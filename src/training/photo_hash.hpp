#pragma once
// A perceptual hash of a check-in photo (issue 15: near-identical photos), computed when the
// photo arrives and kept on its row, so screening compares numbers instead of images. The same
// picture re-encoded (PNG or JPEG), retouched by a few pixels or a little lighter hashes within a
// few bits of itself; two people's photos differ in dozens. (Resized, a sharp picture moves by
// twenty or thirty bits: the hash is built for copies of one photo, not for every edit.) The method is a DCT hash: the picture in
// grey, averaged down to 32 x 32, its 2-D cosine transform, and one bit for each of the 16 x 16
// lowest frequencies after the constant ones (256 bits), set when its magnitude lies above their
// median. Two choices differ from the textbook 64-bit hash, both measured on the generated
// portraits: 64 bits are too few (head-and-shoulders photos against one background share their
// lowest frequencies: one pair in 300 of different people hashed within 4 of 64 bits), and signs
// are unstable (a face is nearly symmetric, so half the frequencies are near zero and a speck
// flips their sign, not their smallness). As built, a retouched portrait stays within 6 bits and
// the nearest two of 400 people are 16 apart (portrait_test). JPEG is decoded with libjpeg-turbo (scaled in
// the DCT domain, so a camera photo costs little), PNG with libpng; both Debian's.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sunshine::training {

struct PhotoHash {
  std::array<std::uint64_t, 4> bits{};
  // The mean grey of each of 4 x 4 blocks: the bits keep a picture's shape and lose its tones, so
  // two people drawn alike (the same framing by chance) can share bits but not skin, hair and
  // clothes; a retouched copy shares both.
  std::array<std::uint8_t, 16> tones{};
  std::string Hex() const;  // 96 lowercase hex digits (64 for the bits, 32 for the tones), as stored
  static std::optional<PhotoHash> FromHex(std::string_view hex);
  bool operator==(const PhotoHash&) const = default;
};

// The hash of a JPEG or PNG (`content_type` image/jpeg or image/png); none when the bytes do not
// decode as that (the photo is kept all the same: a terminal's photo is evidence whatever a
// decoder makes of it).
std::optional<PhotoHash> PerceptualHash(std::string_view bytes, std::string_view content_type);

// The hash of a grey picture, row by row (`width` x `height` bytes, 0 black - 255 white).
PhotoHash HashOfGrey(const std::vector<std::uint8_t>& grey, int width, int height);

// How many bits two hashes differ in (0-256).
int HammingDistance(const PhotoHash& a, const PhotoHash& b);
// Each pair i < j of `hashes` whose bits differ in at most `max_bits`, passed to `near` with the
// distance: the look-alike rule's inner loop over a session's photos (all pairs of them, so
// hundreds of millions a province-year), kept in one function so the count is inlined.
void ForEachNearPair(std::span<const PhotoHash> hashes, int max_bits,
                     const std::function<void(std::size_t, std::size_t, int)>& near);
// How far two pictures' tones are apart once their overall brightness is set equal: the mean
// difference of the blocks' grey, 0-255 (a lighter copy of one picture is near 0).
double ToneDistance(const PhotoHash& a, const PhotoHash& b);

}  // namespace sunshine::training
