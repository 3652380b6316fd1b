#pragma once
// Check-in photos for a generated province (issue 12 item 2): a small ID-photo-like portrait
// as a real PNG, so the platform stores, hashes and shows it like a terminal's photo. The
// person decides the face (background, skin, hair, face and eye geometry); the sitting decides
// the light, the framing and the sensor noise, so two sittings of one person look alike yet
// never share bytes, and different people look different (what near-duplicate screening,
// issue 15, must tell apart). Pure: the same labels give the same bytes.
#include <cstdint>
#include <string>
#include <string_view>

namespace sunshine::generator {

inline constexpr int kPortraitWidth = 48;
inline constexpr int kPortraitHeight = 64;

// The PNG bytes of `person`'s portrait at `sitting` (any labels: "trainee:12", "event:abc").
// `retouch`, when given, draws the sensor noise from it instead of the sitting: the sitting's
// photo with a few pixels changed, byte-different yet the same picture (a planted near-duplicate).
std::string Portrait(std::string_view person, std::string_view sitting, std::string_view retouch = {});

}  // namespace sunshine::generator
