// SQLite's own calls read what SOCI reads: numbers, text, nulls; parameters bound by position and
// bound again for the next run; a statement that does not prepare says why.
#include "db/sqlite_cursor.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace sunshine::db {
namespace {

TEST(SqliteCursor, StepsThroughRowsAndRunsAgainWhenBoundAgain) {
  const auto file = std::filesystem::temp_directory_path() / ("cursor_" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(file);
  {
    Database database({.url = "sqlite:" + file.string(), .pool_size = 1});
    Connection connection(database);
    connection.sql() << "CREATE TABLE t (id INTEGER PRIMARY KEY, n BIGINT, s TEXT)";
    connection.sql() << "INSERT INTO t (id, n, s) VALUES (1, 9000000000, 'a'), (2, NULL, NULL), (3, -5, '照片')";
    SqliteCursor cursor(connection, "SELECT id, n, s FROM t WHERE id >= :from_id AND id < :to_id ORDER BY id");
    cursor.Bind(1, 1);
    cursor.Bind(2, 3);
    ASSERT_TRUE(cursor.Step());
    EXPECT_EQ(cursor.Int(0), 1);
    EXPECT_EQ(cursor.Int(1), 9'000'000'000);
    EXPECT_EQ(cursor.Text(2), "a");
    ASSERT_TRUE(cursor.Step());
    EXPECT_TRUE(cursor.IsNull(1));
    EXPECT_TRUE(cursor.IsNull(2));
    EXPECT_FALSE(cursor.IsNull(0));
    EXPECT_FALSE(cursor.Step());
    cursor.Bind(1, 3);
    cursor.Bind(2, 10);
    ASSERT_TRUE(cursor.Step());
    EXPECT_EQ(cursor.Int(1), -5);
    EXPECT_EQ(cursor.Text(2), "照片");
    EXPECT_FALSE(cursor.Step());
    try {
      SqliteCursor bad(connection, "SELECT x FROM missing_table");
      ADD_FAILURE() << "prepared";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("no such table"), std::string::npos) << e.what();
    }
  }
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace sunshine::db
