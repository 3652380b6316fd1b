#pragma once
// Past subsidised trainings from the old system (issue 12 item 8): the rules for one imported
// row, pure. Without them the per-person limit and the no-repeat rule (policy_rules.md §3.2)
// would be blind in the platform's first year. A row names the person by ID number, the
// occupation by its national code or its name (special abilities have no code), the level,
// the subsidy type, the date, the amount in yuan and the system it came from.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::subsidy {

struct HistoryInput {
  std::string name;
  std::string id_number;
  std::string occupation;  // code ("4-03-02-01") or name ("育婴员", a special ability's name)
  std::string level;       // "3", "三级", "高级工", "三级/高级工"; empty for a special ability
  std::string subsidy_type;
  std::string trained_on;  // "2023-03-15", "2023/3/15", "20230315", "2023年3月15日"
  std::string amount;      // yuan: "1200", "1,200.50", "1200.5元"
  std::string source;      // the old system, e.g. "四川省职业培训补贴系统（2019-2023）"
};

// An occupation of the catalogue as the rules need it.
struct OccupationRef {
  std::int64_t id = 0;
  std::optional<std::string> code;
  std::string name;
  bool special_ability = false;
  std::optional<int> highest_level, lowest_level;  // 1 = 一级/高级技师 ... 5 = 五级/初级工
};

// The checked row, ready to seal and store.
struct HistoryRecord {
  std::string name;
  std::string id_number;  // normalised
  std::int64_t occupation_id = 0;
  std::optional<int> level;
  std::string subsidy_type;
  std::string trained_on;  // YYYY-MM-DD
  std::int64_t amount_fen = 0;
  std::string source;
};

// No training subsidy for one person and one training comes near this; a larger amount is a
// unit mistake (fen typed as yuan) and is refused.
inline constexpr std::int64_t kMaxHistoryAmountFen = 10'000'000;  // 100,000 yuan
// The old systems start after this; an earlier date is a typing mistake.
inline constexpr std::string_view kEarliestHistoryDate = "2000-01-01";

// "1200" -> 120000, "1,200.5" -> 120050, "1200.50元" -> 120050; nullopt for anything else
// (negative, three decimals, letters, misplaced thousands separators).
std::optional<std::int64_t> ParseYuan(std::string_view text);
// "3", "三级", "高级工", "三级/高级工", "3级" -> 3; nullopt for anything else.
std::optional<int> ParseLevel(std::string_view text);
// The date forms spreadsheets produce -> "YYYY-MM-DD" when a real date; nullopt otherwise.
std::optional<std::string> ParseHistoryDate(std::string_view text);

// Picks the catalogue's occupation a row names: by code first, then by name (a name shared by an
// occupation and a special ability is resolved by whether the row gives a level).
const OccupationRef* ResolveOccupation(const std::vector<OccupationRef>& catalogue, std::string_view text,
                                       bool has_level);

// Checks one row; fills `out` when valid. Field errors (reasons): name required/too_long;
// id_number required/length/characters/birth_date/region/check_digit; occupation required/
// unknown; level required/unknown/not_offered (outside the occupation's levels)/not_applicable
// (a special ability has none); subsidy_type required/unknown; trained_on required/format/
// in_future/too_early/before_birth; amount required/format/out_of_range; source required/
// too_long. `today` is YYYY-MM-DD.
std::vector<core::FieldError> CheckHistory(const HistoryInput& in, const OccupationRef* occupation,
                                           std::string_view today, HistoryRecord& out);

// The key one past training is known by: the same person, occupation, level, type and date
// twice is the same record (refused in one file, and against what was imported before).
std::string HistoryKey(std::string_view id_number_index, const HistoryRecord& record);

}  // namespace sunshine::subsidy
