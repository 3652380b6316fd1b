#pragma once
// The exceptions officers work through (异常打卡): check-ins and online-learning segments that
// do not count, each with the reasons the rules gave when it arrived. This file holds the pure
// part: the catalogue of reasons with their zh-CN wording (for exports and the UI's fallback)
// and the reading of a list's filter from query parameters, with a field error per bad value.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace sunshine::supervision {

enum class Source { kCheckin, kOnline };

struct ReasonInfo {
  std::string_view code;
  std::string_view label;  // zh-CN
  bool checkin, online;    // which kind of record the rules give it to
};
const std::vector<ReasonInfo>& Reasons();
const ReasonInfo* FindReason(std::string_view code);
// A stored reasons array (JSON text, e.g. ["late","far_from_venue"]) as the codes it holds.
std::vector<std::string> ReasonCodes(std::string_view reasons_json);
// The same as zh-CN labels joined with "、"; an unknown code is shown as itself.
std::string ReasonLabels(std::string_view reasons_json);

struct ExceptionFilter {
  Source source = Source::kCheckin;
  std::int64_t class_id = 0, terminal_id = 0, institution_id = 0;  // 0: any
  std::string region_prefix;  // the class's region code starts with it; empty: any
  std::string reason;         // one reason code; empty: any
  std::int64_t from = 0, to = 0;  // UTC millis, [from, to); 0: open
};

// Reads `source` (checkin | online, default checkin), `class_id`, `terminal_id`,
// `institution_id`, `region_code` (a 6-digit code of the province, prefecture or county),
// `reason`, `from` and `to` (dates in China, both inclusive). Refuses with `invalid_query` and
// one field error per bad parameter.
core::Result<ExceptionFilter> ReadFilter(const std::map<std::string, std::string, std::less<>>& query);

// Summaries group the exceptions by one of these, with a count per reason.
enum class Grouping { kInstitution, kClass, kTerminal, kRegion };
std::optional<Grouping> GroupingNamed(std::string_view name);

struct SummaryRow {
  std::int64_t key = 0;  // institution, class or terminal id; the county's code for regions
  std::string name;
  std::int64_t total = 0;
  std::map<std::string, std::int64_t> by_reason;
};
// Folds (group, name, reasons JSON, count) rows as the summary queries give them into one row
// per group, largest first (then by key), at most `limit`.
struct SummaryInput {
  std::int64_t key = 0;
  std::string name, reasons;
  std::int64_t count = 0;
};
std::vector<SummaryRow> FoldSummary(const std::vector<SummaryInput>& rows, std::size_t limit);

}  // namespace sunshine::supervision
