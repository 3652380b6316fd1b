#include "db/keyset.hpp"

#include <gtest/gtest.h>

namespace sunshine::db {
namespace {

constexpr std::string_view kKeys[] = {"name", "region_code"};
const SortColumns kColumns{"t", kKeys};
constexpr std::string_view kQuery = "SELECT t.id, {sort_key} AS sort_key FROM t WHERE x = :x AND {after} ORDER BY {order} LIMIT :limit";

TEST(SortedText, FillsTheSortKeyTheKeysetAndTheOrderForEachSort) {
  struct Case {
    core::Sort sort;
    bool has_after;
    std::string_view expected;
  };
  const Case cases[] = {
      {{"id", true}, false, "SELECT t.id, '' AS sort_key FROM t WHERE x = :x AND 1 = 1 ORDER BY t.id ASC LIMIT :limit"},
      {{"id", false}, true,
       "SELECT t.id, '' AS sort_key FROM t WHERE x = :x AND t.id < :after_id ORDER BY t.id DESC LIMIT :limit"},
      {{"name", true}, true,
       "SELECT t.id, t.name AS sort_key FROM t WHERE x = :x AND (t.name, t.id) > (:after_key, :after_id) "
       "ORDER BY t.name ASC, t.id ASC LIMIT :limit"},
      {{"region_code", false}, false,
       "SELECT t.id, t.region_code AS sort_key FROM t WHERE x = :x AND 1 = 1 "
       "ORDER BY t.region_code DESC, t.id DESC LIMIT :limit"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SortedText(kQuery, kColumns, c.sort, c.has_after), c.expected) << c.sort.key << c.has_after;
  }
}

TEST(SortedText, RefusesAnUndeclaredKeyAndAQueryWithoutItsMarkers) {
  EXPECT_THROW(SortedText(kQuery, kColumns, {"birth_date", true}, false), std::logic_error);
  EXPECT_THROW(SortedText("SELECT 1 ORDER BY {order}", kColumns, {"id", true}, false), std::logic_error);
  EXPECT_THROW(SortedText("SELECT {sort_key}, {sort_key} WHERE {after} ORDER BY {order}", kColumns, {"id", true}, false),
               std::logic_error);
}

constexpr std::string_view kConditions =
    "WHERE ({branch region t.region LIKE :region} OR {branch own t.owner = :own}) "
    "AND {filter q t.name LIKE :q ESCAPE '\\'} AND {filter status t.status = :status}";

TEST(FillFilter, KeepsTheConditionsThatAreOnAndLeavesTheOthersNeutral) {
  std::string text(kConditions);
  FillBranch(text, "region", true);
  FillBranch(text, "own", false);
  FillFilter(text, "q", true);
  FillFilter(text, "status", false);
  EXPECT_EQ(text, "WHERE ((t.region LIKE :region) OR FALSE) AND (t.name LIKE :q ESCAPE '\\') AND TRUE");
}

TEST(FillFilter, RefusesAMissingRepeatedOrUnclosedMarker) {
  std::string text(kConditions);
  EXPECT_THROW(FillFilter(text, "region", true), std::logic_error);  // a branch, not a filter
  EXPECT_THROW(FillFilter(text, "name", true), std::logic_error);
  std::string twice = "{filter q a = :a} AND {filter q b = :b}";
  EXPECT_THROW(FillFilter(twice, "q", true), std::logic_error);
  std::string unclosed = "{filter q a = :a AND {filter r b = :b}";
  EXPECT_THROW(FillFilter(unclosed, "q", true), std::logic_error);
  EXPECT_EQ(text, kConditions);  // nothing filled by a refusal
}

TEST(FilledText, LetsEachParamsObjectWithAFillFillItsMarkers) {
  struct Scope {
    void Fill(std::string& text) const { FillMarker(text, "{scope}", "t.region = :region"); }
  };
  struct Filters {
    bool status = false;
    void Fill(std::string& text) const { FillFilter(text, "status", status); }
  };
  struct Plain {};
  EXPECT_EQ(FilledText("WHERE {scope} AND {filter status t.status = :status}", Scope{}, Plain{}, Filters{true}),
            "WHERE t.region = :region AND (t.status = :status)");
}

}  // namespace
}  // namespace sunshine::db
