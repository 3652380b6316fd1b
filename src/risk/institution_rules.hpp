#pragma once
// Rules over an institution's volume as a whole: what it trained against what its peers did.
#include "risk/rules.hpp"

namespace sunshine::risk {

// A class with its roster size and its institution's first approval on the platform.
struct InstitutionClass {
  Place place;             // the class, its institution and the institution's county
  std::string start_date;  // YYYY-MM-DD
  int trainees = 0;        // on the roster, withdrawn people left out
  std::string approved_on;  // the institution's first approval, when it falls in the scanned span; else empty
};
// institution_volume_jump: an institution approved within the scanned span that, in its first
// `window_days`, started classes for at least `min_trainees` people and at least `factor` times
// the median of its prefecture's other institutions over the same days (counting those that
// trained anyone then). Rows of every institution whose classes start from the span's first day
// to `window_days` after its last; in any order.
std::vector<Finding> InstitutionVolumeJump(const std::vector<InstitutionClass>& rows, const RuleInfo& rule);

}  // namespace sunshine::risk
