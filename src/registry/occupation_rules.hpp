#pragma once
// The occupation catalogue's records and rules (pure; no I/O).
#include <boost/describe.hpp>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sunshine::registry {

struct Occupation {
  std::int64_t id = 0;
  std::optional<std::string> code;  // "4-03-02-01"; none for special abilities and 育婴员
  std::string name;
  std::string category;              // 大类
  std::string kind = "occupation";   // "occupation" or "special_ability"
  std::optional<int> highest_level;  // 1 = 一级/高级技师 ... 5 = 五级/初级工
  std::optional<int> lowest_level;
  bool urgent = false;               // 急需紧缺
  std::optional<int> shortage_rank;  // 短缺职业排行, 1 = shortest
  bool is_new = false;               // 新职业
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

struct OccupationInput {
  std::optional<std::string> code;
  std::string name;
  std::string category;
  std::string kind;
  std::optional<int> highest_level;
  std::optional<int> lowest_level;
  std::optional<bool> urgent;
  std::optional<int> shortage_rank;
  std::optional<bool> is_new;
  static constexpr std::array<std::string_view, 4> kNullable{"code", "highest_level", "lowest_level", "shortage_rank"};
};
BOOST_DESCRIBE_STRUCT(OccupationInput, (),
                      (code, name, category, kind, highest_level, lowest_level, urgent, shortage_rank, is_new))

// Only the fields present change. shortage_rank 0 removes the ranking; code "" removes it.
struct OccupationPatch {
  std::optional<std::string> code, name, category;
  std::optional<int> highest_level, lowest_level, shortage_rank;
  std::optional<bool> urgent, is_new;
};
BOOST_DESCRIBE_STRUCT(OccupationPatch, (),
                      (code, name, category, highest_level, lowest_level, shortage_rank, urgent, is_new))

// The eight major groups (大类) of the 2022 classification.
const std::vector<std::string>& OccupationCategories();

// Every refused field of a complete occupation record.
std::vector<core::FieldError> CheckOccupation(const Occupation& occupation);
Occupation FromInput(const OccupationInput& input);
// The record after a patch, and the fields that actually changed (name, old, new).
struct FieldChange {
  std::string field;
  std::optional<std::string> before, after;
};
std::vector<FieldChange> ApplyPatch(Occupation& occupation, const OccupationPatch& patch);

// zh-CN name of a level number: 5 -> "五级/初级工".
std::string LevelName(int level);

}  // namespace sunshine::registry
