#include "db/pg_array.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace sunshine::db {
namespace {

TEST(PgArray, WritesNumbersTextAndNullsAsPostgresqlReadsThem) {
  PgArray numbers;
  numbers.Add(std::int64_t{-5});
  numbers.Add(std::optional<std::int64_t>{});
  numbers.Add(std::int64_t{9'007'199'254'740'993});
  EXPECT_EQ(numbers.Text(), "{-5,NULL,9007199254740993}");

  PgArray text;
  text.Add("plain");
  text.Add("NULL");
  text.Add(R"(["far","night"])");
  text.Add(R"(a\b)");
  text.Add("{ , }");
  text.Add("");
  text.Add("张三");
  EXPECT_EQ(text.Text(), R"({"plain","NULL","[\"far\",\"night\"]","a\\b","{ , }","","张三"})");
  PgArray empty;
  EXPECT_EQ(empty.Text(), "{}");
}

TEST(PgArray, WritesTheShortestTextThatReadsBackAsTheSameDouble) {
  PgArray scores;
  scores.Add(0.1);
  scores.Add(0.93456789012345678);
  scores.Add(1.0);
  scores.Add(-2.5e-7);
  EXPECT_EQ(scores.Text(), "{0.1,0.9345678901234568,1,-2.5e-07}");
  PgArray bad;
  EXPECT_THROW(bad.Add(std::numeric_limits<double>::quiet_NaN()), std::invalid_argument);
  EXPECT_THROW(bad.Add(std::numeric_limits<double>::infinity()), std::invalid_argument);
}

}  // namespace
}  // namespace sunshine::db
