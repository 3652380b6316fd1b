// The COPY text format a SQLite database is copied to PostgreSQL in: the reserved characters
// escaped, numbers exact. The copy itself, over a generated province, is tests/cli/cli_test.sh's.
#include "db/copy.hpp"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <limits>

namespace sunshine::db {
namespace {

TEST(CopyText, EscapesOnlyWhatTheFormatReserves) {
  std::string out;
  AppendCopyText(out, "a\tb\nc\rd\\e 'f' \"g\" 锦江区 \\N");
  EXPECT_EQ(out, "a\\tb\\nc\\rd\\\\e 'f' \"g\" 锦江区 \\\\N");
  out.clear();
  AppendCopyNull(out);
  EXPECT_EQ(out, "\\N");  // NULL is \N; the text "\N" above became \\N
}

TEST(CopyText, WritesIntegersWhole) {
  std::string out;
  AppendCopyInteger(out, std::numeric_limits<std::int64_t>::min());
  out += ' ';
  AppendCopyInteger(out, 1772409600000);
  EXPECT_EQ(out, "-9223372036854775808 1772409600000");
}

TEST(CopyText, WritesRealsThatReadBackExactly) {
  for (const double value : {0.1, 0.93 * 3, 1.0 / 3, 104.06573, -1e-300, 12345678.9}) {
    std::string out;
    AppendCopyReal(out, value);
    double back = 0;
    std::from_chars(out.data(), out.data() + out.size(), back);
    EXPECT_EQ(back, value) << out;
  }
  std::string out;
  AppendCopyReal(out, 0.1);
  EXPECT_EQ(out, "0.1");  // the shortest, not 0.10000000000000001
}

}  // namespace
}  // namespace sunshine::db
