// libpq numbers its parameters: a named query's :names become $1, $2, ... in order, and casts
// and quoted text keep their colons.
#include "db/pg_rows.hpp"

#include <gtest/gtest.h>

namespace sunshine::db {
namespace {

TEST(NumberedParameters, NumbersNamesInOrderAndLeavesCastsAndQuotes) {
  EXPECT_EQ(NumberedParameters("SELECT a FROM t WHERE id >= :from_id AND id < :to_id"),
            "SELECT a FROM t WHERE id >= $1 AND id < $2");
  EXPECT_EQ(NumberedParameters("SELECT CAST(:ids AS json), x::text, ':not_me', \"a:b\" FROM t WHERE y = :y2"),
            "SELECT CAST($1 AS json), x::text, ':not_me', \"a:b\" FROM t WHERE y = $2");
  EXPECT_EQ(NumberedParameters("SELECT 1"), "SELECT 1");
}

}  // namespace
}  // namespace sunshine::db
