#include "inspection/spot_check_draw.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/time.hpp"
#include "crypto/request_signature.hpp"

namespace sunshine::inspection {
namespace {
std::string Rank(const std::string& seed, const char* kind, std::int64_t id) {
  return crypto::Sha256Hex(seed + ":" + kind + ":" + std::to_string(id));
}
}  // namespace

std::vector<std::int64_t> DrawSample(const std::vector<RunningClass>& population, const SampleSize& size,
                                     const std::string& seed) {
  std::vector<SampleUnit> units;
  for (const auto& c : population) units.push_back({c.class_id, c.institution_id});
  return StratifiedSample(units, size, seed, "class", "institution");
}

std::vector<std::int64_t> StratifiedSample(const std::vector<SampleUnit>& population, const SampleSize& size,
                                           const std::string& seed, const char* unit, const char* stratum) {
  const auto total = static_cast<std::int64_t>(population.size());
  if (total == 0) return {};
  std::int64_t wanted = size.count > 0 ? size.count : static_cast<std::int64_t>(std::ceil(size.rate * total - 1e-9));
  wanted = std::clamp<std::int64_t>(wanted, 0, total);

  std::map<std::int64_t, std::vector<std::int64_t>> strata;  // stratum -> its units
  for (const auto& u : population) strata[u.stratum].push_back(u.id);

  struct Share {
    std::int64_t stratum;
    std::int64_t seats;
    std::int64_t remainder;  // of wanted x n_i / N, in units of 1/N
    std::string rank;
  };
  std::vector<Share> shares;
  std::int64_t given = 0;
  for (const auto& [key, units] : strata) {
    const std::int64_t product = wanted * static_cast<std::int64_t>(units.size());
    shares.push_back({key, product / total, product % total, Rank(seed, stratum, key)});
    given += product / total;
  }
  std::vector<Share*> by_remainder;
  for (auto& s : shares) by_remainder.push_back(&s);
  std::sort(by_remainder.begin(), by_remainder.end(), [](const Share* a, const Share* b) {
    return a->remainder != b->remainder ? a->remainder > b->remainder : a->rank < b->rank;
  });
  for (std::int64_t i = 0; given < wanted; ++i, ++given) ++by_remainder[static_cast<std::size_t>(i)]->seats;

  std::vector<std::int64_t> drawn;
  for (const auto& share : shares) {
    std::vector<std::pair<std::string, std::int64_t>> ranked;
    for (const auto id : strata[share.stratum]) ranked.emplace_back(Rank(seed, unit, id), id);
    std::sort(ranked.begin(), ranked.end());
    for (std::int64_t i = 0; i < share.seats; ++i) drawn.push_back(ranked[static_cast<std::size_t>(i)].second);
  }
  std::sort(drawn.begin(), drawn.end());
  return drawn;
}

std::vector<core::FieldError> CheckDrawInput(const DrawInput& input) {
  std::vector<core::FieldError> out;
  if (!core::IsDate(input.date)) out.push_back({"date", "invalid_date"});
  if (input.rate && input.count) {
    out.push_back({"rate", "exclusive", 0, "", "rate or count, not both"});
  } else if (!input.rate && !input.count) {
    out.push_back({"count", "required", 0, "", "a rate or a count"});
  }
  // Rates are kept in 1/10000: a smaller one would be stored as none.
  if (input.rate && !(*input.rate >= 0.0001 && *input.rate <= 1)) out.push_back({"rate", "out_of_range", 0, "", "0.0001-1"});
  if (input.count && (*input.count < 1 || *input.count > kMaxDrawCount)) {
    out.push_back({"count", "out_of_range", 0, "", "1-" + std::to_string(kMaxDrawCount)});
  }
  return out;
}

SampleSize SizeOf(std::optional<int> rate_1e4, std::optional<int> count) {
  if (count) return {.count = *count};
  return {.rate = rate_1e4.value_or(0) / 10000.0};
}

std::optional<int> Rate1e4(const DrawInput& input) {
  if (!input.rate) return std::nullopt;
  return static_cast<int>(std::lround(*input.rate * 10000));
}

}  // namespace sunshine::inspection
