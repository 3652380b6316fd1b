#include "db/keyset.hpp"

#include <algorithm>
#include <stdexcept>

namespace sunshine::db {
void FillMarker(std::string& text, std::string_view marker, std::string_view with) {
  const auto at = text.find(marker);
  if (at == std::string::npos || text.find(marker, at + 1) != std::string::npos) {
    throw std::logic_error("list query needs exactly one " + std::string(marker));
  }
  text.replace(at, marker.size(), with);
}

namespace {
void FillCondition(std::string& text, std::string_view kind, std::string_view name, bool on) {
  const std::string marker = "{" + std::string(kind) + " " + std::string(name) + " ";
  const auto at = text.find(marker);
  const auto end = at == std::string::npos ? at : text.find('}', at);
  if (end == std::string::npos || text.find(marker, at + 1) != std::string::npos ||
      text.find('{', at + 1) < end) {
    throw std::logic_error("list query needs exactly one closed " + marker + "...}");
  }
  const auto begin = at + marker.size();
  std::string with = on ? "(" + text.substr(begin, end - begin) + ")" : (kind == "filter" ? "TRUE" : "FALSE");
  text.replace(at, end + 1 - at, with);
}
}  // namespace

void FillFilter(std::string& text, std::string_view name, bool on) { FillCondition(text, "filter", name, on); }
void FillBranch(std::string& text, std::string_view name, bool on) { FillCondition(text, "branch", name, on); }

std::string SortedText(std::string_view text, const SortColumns& columns, const core::Sort& sort, bool has_after) {
  const std::string alias = std::string(columns.alias) + ".";
  std::string key;  // empty when sorted by id
  if (sort.key != "id") {
    if (std::find(columns.keys.begin(), columns.keys.end(), sort.key) == columns.keys.end()) {
      throw std::logic_error("list sorted by an undeclared key: " + sort.key);
    }
    key = alias + sort.key;
  }
  const std::string id = alias + "id";
  const std::string direction = sort.ascending ? " ASC" : " DESC";
  const std::string beyond = sort.ascending ? " > " : " < ";
  std::string after = "1 = 1";
  // A row value, so that an index on (key, id) starts right after the previous page.
  if (has_after) after = key.empty() ? id + beyond + ":after_id" : "(" + key + ", " + id + ")" + beyond + "(:after_key, :after_id)";
  std::string out(text);
  FillMarker(out, "{sort_key}", key.empty() ? "''" : key);
  FillMarker(out, "{after}", after);
  FillMarker(out, "{order}", key.empty() ? id + direction : key + direction + ", " + id + direction);
  return out;
}

}  // namespace sunshine::db
