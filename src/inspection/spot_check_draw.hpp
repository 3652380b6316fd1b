#pragma once
// The random sample of a spot-check draw (培训中抽查, R-W4), reproducible by anyone from what
// the draw stores: the population (the classes running in the drawer's scope on the day, each
// with its institution), the seed, and the rate or count asked for.
//
// The rule (docs/spot-checks.md):
//  1. The sample size K is the count asked for, or ceil(rate x N), at most N.
//  2. K is shared among the institutions (the strata) in proportion to their running classes,
//     by largest remainder: each gets floor(K x n_i / N), and the seats left go to the largest
//     remainders, ties to the smallest SHA-256("<seed>:institution:<id>") in hex.
//  3. Within an institution, the classes with the smallest SHA-256("<seed>:class:<id>") in hex.
// A hash rank rather than a random generator: the same in any language, with no library
// version or platform to match, and one class's rank does not depend on the others.
#include <boost/describe.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace sunshine::inspection {

struct RunningClass {
  std::int64_t class_id = 0;
  std::int64_t institution_id = 0;
};

// How many to draw: exactly one of the two is set (the service refuses both or neither).
struct SampleSize {
  double rate = 0;  // 0 < rate <= 1
  int count = 0;    // > 0
};

// The drawn class ids, in ascending order. The population's order does not matter.
std::vector<std::int64_t> DrawSample(const std::vector<RunningClass>& population, const SampleSize& size,
                                     const std::string& seed);

// The same rule for any units in strata: the units ranked by SHA-256("<seed>:<unit>:<id>"), the
// strata's tied remainders by SHA-256("<seed>:<stratum>:<id>") (claim audits draw claims by
// institution, docs/subsidy-claims.md).
struct SampleUnit {
  std::int64_t id = 0;
  std::int64_t stratum = 0;
};
std::vector<std::int64_t> StratifiedSample(const std::vector<SampleUnit>& population, const SampleSize& size,
                                           const std::string& seed, const char* unit, const char* stratum);

// What a drawer asks for (POST /api/v1/spot-checks/draws): the day, and a rate or a count.
struct DrawInput {
  std::string date;             // YYYY-MM-DD
  std::optional<double> rate;   // 0.0001 .. 1
  std::optional<int> count;     // 1 .. kMaxDrawCount
  // Where: an officer's own region by default (or a region within it); an engaged auditor must
  // name a region its engagement covers on the day.
  std::optional<std::string> region_code;
};
BOOST_DESCRIBE_STRUCT(DrawInput, (), (date, rate, count, region_code))

constexpr int kMaxDrawCount = 1000;

// Refusals of the input's shape: the date, and exactly one of rate and count in range.
std::vector<core::FieldError> CheckDrawInput(const DrawInput& input);
// The size a draw stores and is drawn and re-derived with: a count, or a rate in 1/10000.
SampleSize SizeOf(std::optional<int> rate_1e4, std::optional<int> count);
// The input's rate in 1/10000 as stored (after CheckDrawInput found nothing), if it has one.
std::optional<int> Rate1e4(const DrawInput& input);

}  // namespace sunshine::inspection
