#pragma once
// Copying a SQLite database into a new PostgreSQL one (`sunshine db copy`, docs/operations.md):
// a county that started on the embedded engine moves to a server, and a province generated on
// SQLite (two hours here) becomes a PostgreSQL province in minutes instead of four hours.
//
// Whole or nothing: the target is migrated to the same schema, must hold no data of its own
// (an empty audit trail), and is filled in one transaction: its keys and indexes are dropped,
// every table is loaded with COPY, the keys and indexes are made again (checking every foreign
// key), the auto-numbered columns continue after the copied numbers, and the caller's hook runs
// (the audit record of the copy) before the commit. The source is read in one read transaction,
// so the copy is one consistent instant of it. Row counts are compared table by table.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "db/database.hpp"

namespace sunshine::db {

// PostgreSQL's COPY text format, value by value: a column separated by a tab, a row ended by a
// newline, \N for NULL and backslash escapes for the characters the format reserves.
void AppendCopyText(std::string& out, std::string_view text);
void AppendCopyInteger(std::string& out, std::int64_t value);
void AppendCopyReal(std::string& out, double value);  // the shortest text that reads back exactly
inline void AppendCopyNull(std::string& out) { out += "\\N"; }

struct CopiedTable {
  std::string name;
  std::int64_t rows = 0;
};

struct CopyReport {
  std::vector<CopiedTable> tables;
  std::int64_t rows = 0;
  int schema_version = 0;
};

struct CopyHooks {
  // Before the tables: how many rows there are to copy in all.
  std::function<void(std::int64_t total_rows)> counted;
  // As rows go: how many more have been sent.
  std::function<void(std::int64_t rows)> copied;
  // A step after the rows ("keys and indexes", "sequences").
  std::function<void(std::string_view step)> step;
  // Inside the target's transaction, after everything is loaded: the audit record of the copy.
  std::function<void(Connection& target, const CopyReport& report)> before_commit;
};

// Copies `source` (SQLite, migrated to this binary's schema) into `target` (PostgreSQL, new or
// empty; migrated here). Refusals (wrong engines, a source behind or ahead of this binary's
// schema, a target that holds data, a table whose columns differ) come back as an Error naming
// the field ("from" or "to") and the reason; a failure while loading rolls the target back and
// is thrown with the server's message.
core::Result<CopyReport> CopyToPostgresql(Database& source, Database& target, const CopyHooks& hooks = {});

}  // namespace sunshine::db
